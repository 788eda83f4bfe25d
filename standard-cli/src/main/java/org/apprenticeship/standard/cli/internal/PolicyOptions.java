package org.apprenticeship.standard.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.PublishedMinimum;
import org.apprenticeship.standard.rules.Rounding;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The evaluation policy, as options shared by {@code evaluate} and {@code batch}. */
public final class PolicyOptions {
  @Option(names = "--minimum-evidence", paramLabel = "N", defaultValue = "1",
      description = "accepted pieces of evidence that cover a KSB (default: ${DEFAULT-VALUE})")
  int minimumEvidence;

  @Option(names = "--amber-margin", paramLabel = "PERCENT", defaultValue = "10",
      description = "percentage points below the expected coverage that are still amber (default: ${DEFAULT-VALUE})")
  double amberMargin;

  @Option(names = "--published-otj-minimum", paramLabel = "HOURS", split = ",", converter = PublishedMinimumConverter.class,
      description = "the off-the-job minimum published for the standard, for starts from 1 August 2025 (not bundled for ST0007):"
          + " HOURS, or FIRST..LAST=HOURS for a range of start dates, such as 2025-08-01..2025-12-31=250,2026-01-01..=300")
  List<PublishedMinimum> publishedMinimums = new ArrayList<>();

  @Option(names = "--otj-rounding", paramLabel = "ROUNDING", defaultValue = "EXACT",
      description = "rounding of the off-the-job minimum: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Rounding rounding;

  @Option(names = "--not-applicable", paramLabel = "CRITERION", split = ",",
      description = "gateway criteria that do not apply to the apprentice, such as maths")
  List<String> notApplicable = new ArrayList<>();

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * The policy the options give; a value out of range, or a criterion that no bundled standard has,
   * is a usage error that names the option.
   *
   * @throws ParameterException if an option's value cannot be used
   */
  EvaluationPolicy policy() {
    if (minimumEvidence < 1) {
      throw usage("--minimum-evidence must be at least 1, not " + minimumEvidence);
    }
    if (!(amberMargin >= 0 && amberMargin <= 100)) {
      throw usage("--amber-margin must be a number of percentage points from 0 to 100, not " + amberMargin);
    }
    Set<String> criteria = new LinkedHashSet<>();
    Standards.bundled().all().forEach(standard -> standard.gatewayCriteria().forEach(c -> criteria.add(c.id())));
    for (String id : notApplicable) {
      if (!criteria.contains(id)) {
        throw usage("--not-applicable: '" + id + "' is not a gateway criterion of " + Standards.bundled().all().stream()
            .map(standard -> standard.reference() + " " + standard.version()).collect(Collectors.joining(", "))
            + "; the criteria are " + String.join(", ", criteria));
      }
    }
    try {
      return EvaluationPolicy.builder()
          .minimumAcceptedEvidence(minimumEvidence)
          .amberMarginPercent(amberMargin)
          .publishedOffTheJobMinimums(publishedMinimums)
          .offTheJobRounding(rounding)
          .notApplicableCriteria(notApplicable)
          .build();
    } catch (IllegalArgumentException e) {
      throw usage("the policy options do not fit together: " + e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
