package org.apprenticeship.standard.cli.internal;

import java.text.NumberFormat;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.GradingRule;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.Occupation;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.internal.KsbCodes;

/** Writes a standard for a person: KSBs by theme, methods, grading, gateway criteria, sources; each fact with its status. */
final class StandardText {
  private final Standard standard;
  private final StringBuilder text = new StringBuilder();

  private StandardText(Standard standard) {
    this.standard = standard;
  }

  static String render(Standard standard) {
    return new StandardText(standard).all();
  }

  private String all() {
    header();
    ksbs();
    standard.assessmentPlan().ifPresentOrElse(this::plan,
        () -> line("").line("End-point assessment: no assessment plan is held for this standard."));
    gateway();
    sources();
    return text.toString();
  }

  private void header() {
    line(standard.reference() + " " + standard.title() + ", version " + standard.version()
        + " (level " + standard.level() + ", " + standard.route() + ")");
    line("  Status: " + standard.status() + status("$.status"));
    standard.typicalDurationMonths().ifPresent(m -> line("  Typical duration: " + m + " months" + status("$.typicalDurationMonths")));
    standard.maxFundingPounds().ifPresent(p -> line("  Maximum funding: £" + NumberFormat.getIntegerInstance(Locale.UK).format(p) + status("$.maxFundingPounds")));
    standard.earliestStartDate().ifPresent(d -> line("  Earliest start: " + d + status("$.earliestStartDate")));
    standard.latestStartDate().ifPresent(d -> line("  Latest start: " + d + status("$.latestStartDate")));
    standard.occupation().ifPresent(this::occupation);
  }

  private void occupation(Occupation occupation) {
    line("  Occupation: " + occupation.reference() + " " + occupation.title() + status("$.occupation"));
    line("    " + occupation.summary());
    occupation.soc2020().ifPresent(soc -> line("    SOC 2020: " + soc.code() + " " + soc.name()));
    if (!occupation.typicalJobTitles().isEmpty()) {
      line("    Typical job titles: " + String.join(", ", occupation.typicalJobTitles()));
    }
  }

  private void ksbs() {
    line("");
    line("Knowledge, skills and behaviours: " + standard.ksbs().size() + " (" + standard.ksbs(KsbType.KNOWLEDGE).size() + " K, "
        + standard.ksbs(KsbType.SKILL).size() + " S, " + standard.ksbs(KsbType.BEHAVIOUR).size() + " B)" + status("$.ksbs"));
    Map<String, List<Ksb>> byTheme = standard.ksbsByTheme();
    for (Map.Entry<String, List<Ksb>> theme : byTheme.entrySet()) {
      line("  " + theme.getKey() + status("$.ksbs[" + theme.getValue().get(0).code() + "].theme"));
      theme.getValue().forEach(this::ksb);
    }
    List<Ksb> unthemed = standard.ksbs().stream().filter(k -> k.theme().isEmpty()).collect(Collectors.toList());
    if (!unthemed.isEmpty()) {
      line(byTheme.isEmpty() ? "  (no themes)" : "  Without a theme");
      unthemed.forEach(this::ksb);
    }
  }

  private void ksb(Ksb ksb) {
    line(String.format("    %-4s %s", ksb.code(), ksb.statement()));
  }

  private void plan(AssessmentPlan plan) {
    line("");
    line("End-point assessment: within " + period(plan.epaPeriod()) + " of gateway" + status("$.assessmentPlan.epaPeriod"));
    for (AssessmentMethod method : plan.methods()) {
      String path = "$.assessmentPlan.methods[" + method.id() + "]";
      StringBuilder head = new StringBuilder("  " + method.id() + ": " + method.name());
      method.durationMinutes().ifPresent(m -> head.append(", ").append(m).append(" minutes"));
      method.extensionPercent().ifPresent(p -> head.append(" (may be extended by ").append(p).append("%)"));
      line(head + status(path));
      method.preparationPeriod().ifPresent(p -> line("    Preparation after gateway: " + period(p) + status(path + ".preparationPeriod")));
      line("    Grades: " + String.join(" < ", method.grades()) + status(path + ".grades"));
      line("    Assesses " + method.ksbs().size() + " KSBs: " + KsbCodes.ranges(method.ksbs()) + status(path + ".ksbs"));
      method.notes().forEach(note -> line("    - " + note));
    }
    line("  Overall grades: " + String.join(" < ", plan.overallGrades()) + status("$.assessmentPlan.overallGrades"));
    line("  Grading table" + status("$.assessmentPlan.gradingRules"));
    List<String> methods = plan.methods().stream().map(AssessmentMethod::id).collect(Collectors.toList());
    int width = methods.stream().mapToInt(String::length).max().orElse(8) + 2;
    StringBuilder row = new StringBuilder("    ");
    methods.forEach(m -> row.append(pad(m, width)));
    line(row + "overall");
    for (GradingRule rule : plan.gradingRules()) {
      StringBuilder cells = new StringBuilder("    ");
      methods.forEach(m -> cells.append(pad(rule.methodGrades().getOrDefault(m, "?"), width)));
      line(cells + rule.overall());
    }
    plan.resit().ifPresent(resit -> {
      line("  Resit or retake: within " + period(resit.window()) + " of the failed result"
          + resit.gradeCap().map(cap -> "; overall grade capped at " + cap
              + (resit.capLiftedByExceptionalCircumstances() ? " unless exceptional circumstances are accepted" : ""))
              .orElse("")
          + status("$.assessmentPlan.resit"));
      resit.notes().forEach(note -> line("    - " + note));
    });
    plan.notes().forEach(note -> line("  - " + note));
  }

  private void gateway() {
    line("");
    line("Gateway criteria" + (standard.gatewayCriteria().isEmpty() ? ": none held" : ""));
    for (GatewayCriterion criterion : standard.gatewayCriteria()) {
      line("  " + (criterion.mandatory() ? "[mandatory] " : "[optional]  ") + criterion.id() + ": " + criterion.statement()
          + status("$.gatewayCriteria[" + criterion.id() + "]"));
    }
  }

  private void sources() {
    line("");
    line("Sources (CONFIRMED: an official page, the standard's or the Department for Education's; SECONDARY: restated by an assessment organisation or provider; ASSUMED: modelled, not confirmed)");
    for (Source source : standard.sources()) {
      line(String.format("  %-4s %-9s %s", source.id(), source.status(), source.title())
          + source.dateRead().map(d -> " (read " + d + ")").orElse(""));
      source.url().ifPresent(url -> line("            " + url));
      source.note().ifPresent(note -> line("            " + note));
    }
  }

  private String status(String path) {
    return standard.statusOf(path).map(s -> " [" + s + "]").orElse("");
  }

  private static String period(Period period) {
    if (period.getYears() == 0 && period.getDays() == 0) {
      return period.getMonths() + (period.getMonths() == 1 ? " month" : " months");
    }
    if (period.getYears() == 0 && period.getMonths() == 0 && period.getDays() % 7 == 0) {
      int weeks = period.getDays() / 7;
      return weeks + (weeks == 1 ? " week" : " weeks");
    }
    return period.toString();
  }

  private static String pad(String text, int width) {
    return String.format("%-" + width + "s", text);
  }

  private StandardText line(String line) {
    text.append(line).append('\n');
    return this;
  }
}
