package org.apprenticeship.standard.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.Rounding;
import picocli.CommandLine.Option;

/** The evaluation policy, as options shared by {@code evaluate} and {@code batch}. */
public final class PolicyOptions {
  @Option(names = "--minimum-evidence", paramLabel = "N", defaultValue = "1",
      description = "accepted pieces of evidence that cover a KSB (default: ${DEFAULT-VALUE})")
  int minimumEvidence;

  @Option(names = "--amber-margin", paramLabel = "PERCENT", defaultValue = "10",
      description = "percentage points below the expected coverage that are still amber (default: ${DEFAULT-VALUE})")
  double amberMargin;

  @Option(names = "--published-otj-minimum", paramLabel = "HOURS",
      description = "the off-the-job minimum published for the standard, for starts from 1 August 2025 (not bundled for ST0007)")
  Double publishedMinimum;

  @Option(names = "--otj-rounding", paramLabel = "ROUNDING", defaultValue = "EXACT",
      description = "rounding of the off-the-job minimum: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  Rounding rounding;

  @Option(names = "--not-applicable", paramLabel = "CRITERION", split = ",",
      description = "gateway criteria that do not apply to the apprentice, such as maths")
  List<String> notApplicable = new ArrayList<>();

  EvaluationPolicy policy() {
    return EvaluationPolicy.builder()
        .minimumAcceptedEvidence(minimumEvidence)
        .amberMarginPercent(amberMargin)
        .publishedOffTheJobMinimumHours(Optional.ofNullable(publishedMinimum))
        .offTheJobRounding(rounding)
        .notApplicableCriteria(notApplicable)
        .build();
  }
}
