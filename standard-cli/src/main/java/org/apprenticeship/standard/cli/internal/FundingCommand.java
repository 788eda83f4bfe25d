package org.apprenticeship.standard.cli.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code funding [--start-date DATE] [--funding-rules FILE] [--format text|json]}. */
@Command(
    name = "funding",
    description = "Shows the funding rules (the bundled set, or your own file): each rule with its dates, figures, sources and status."
        + " With --start-date, only the rules that apply to an apprentice who started then: those decided by the start date, and"
        + " those decided by the date of an event from then on. As JSON it prints the library's funding rules format, which you can"
        + " extend with next year's rules and give to evaluate and batch with --funding-rules.")
public final class FundingCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  HelpOption help;

  @Mixin
  FundingRulesOption funding;

  @Option(names = "--start-date", paramLabel = "DATE", description = "show only the rules that apply to a start on this date, such as 2024-09-02")
  LocalDate startDate;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    FundingRuleSet all = funding.rules();
    List<FundingRule> rules = startDate == null ? all.rules() : all.applyingTo(startDate);
    Set<String> cited = rules.stream().flatMap(r -> r.sources().stream()).collect(Collectors.toCollection(LinkedHashSet::new));
    FundingRuleSet shown = startDate == null ? all
        : all.withRules(rules).withSources(all.sources().stream().filter(s -> cited.contains(s.id())).collect(Collectors.toList()));
    spec.commandLine().getOut().print(format == Format.JSON ? FundingRules.toJson(shown) : text(shown));
    return 0;
  }

  private String text(FundingRuleSet set) {
    StringBuilder out = new StringBuilder();
    out.append("Funding rules ").append(set.version()).append(": ").append(set.title()).append('\n');
    out.append(startDate == null ? "Every rule of the set" : "The rules that apply to a start on " + startDate
        + " (by start date, or by the date of an event from then on)").append(":\n");
    for (FundingRule rule : set.rules()) {
      out.append('\n').append("  ").append(rule.id()).append(" [").append(rule.status()).append("] ").append(rule.kind())
          .append(", ").append(rule.dates()).append('\n');
      out.append("    ").append(rule.statement()).append('\n');
      String parameters = rule.kind().parameters().stream()
          .map(p -> p.jsonName() + " " + p.in(rule.parameters()).map(v -> v.toPlainString()).orElse("?"))
          .collect(Collectors.joining(", "));
      if (!parameters.isEmpty()) {
        out.append("    Figures: ").append(parameters).append('\n');
      }
      rule.note().ifPresent(note -> out.append("    Note: ").append(note).append('\n'));
      for (Source source : set.sourcesOf(rule)) {
        out.append("    Source ").append(source.id()).append(" [").append(source.status()).append("] ").append(source.title())
            .append(source.url().map(url -> ", " + url).orElse("")).append('\n');
      }
    }
    return out.toString();
  }
}
