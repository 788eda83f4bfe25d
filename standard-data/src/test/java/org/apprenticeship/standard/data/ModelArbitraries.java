package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Declaration;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.GradeDescriptor;
import org.apprenticeship.standard.model.GradingRule;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.Occupation;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.ResitPolicy;
import org.apprenticeship.standard.model.Salary;
import org.apprenticeship.standard.model.SocGroup;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;

/**
 * Generators of model values that satisfy every constraint, for the round-trip and schema
 * properties: a generated standard is valid as a whole (unique codes, resolvable references, a
 * complete and monotone grading table, citations that match facts).
 */
final class ModelArbitraries {
  private static final List<List<String>> SCALES = List.of(
      List.of("FAIL", "PASS"), List.of("FAIL", "PASS", "DISTINCTION"), List.of("FAIL", "PASS", "MERIT", "DISTINCTION"));

  private ModelArbitraries() {}

  static Arbitrary<String> text() {
    return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-–’é\"\\/:,.'()&£")
        .ofMinLength(1).ofMaxLength(60)
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<LocalDate> date() {
    return Arbitraries.integers().between(0, 365 * 12).map(d -> LocalDate.of(2017, 1, 1).plusDays(d));
  }

  static Arbitrary<Period> period() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 24).map(Period::ofMonths),
        Arbitraries.integers().between(1, 120).map(Period::ofDays),
        Arbitraries.integers().between(1, 2).map(Period::ofYears));
  }

  static Arbitrary<String> slug() {
    return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8).list().ofMinSize(1).ofMaxSize(3)
        .map(words -> String.join("-", words));
  }

  static Arbitrary<String> monthOrDate() {
    return date().flatMap(d -> Arbitraries.of(d.toString(), d.toString().substring(0, 7)));
  }

  static Arbitrary<Map<String, JsonNode>> extensions() {
    // One of four kinds of value, chosen without oneOf (a flatMap, whose memoized arbitraries slow every try).
    Arbitrary<JsonNode> value = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(-1000, 1000),
            text(), Arbitraries.of(true, false), text().list().ofMaxSize(3))
        .as((kind, number, text, flag, list) -> {
          switch (kind) {
            case 0:
              return (JsonNode) IntNode.valueOf(number);
            case 1:
              return TextNode.valueOf(text);
            case 2:
              return BooleanNode.valueOf(flag);
            default:
              var array = JsonNodeFactory.instance.arrayNode();
              list.forEach(array::add);
              return array;
          }
        });
    return Arbitraries.maps(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10), value).ofMaxSize(3);
  }

  static Arbitrary<Ksb> ksb(String code) {
    return Combinators.combine(text(), text().optional(), Arbitraries.strings().numeric().ofLength(8).optional())
        .as((statement, theme, guid) -> Ksb.builder().code(code).statement(statement).theme(theme).guid(guid).build());
  }

  static Arbitrary<List<Ksb>> ksbs() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 15), Arbitraries.integers().between(1, 30), Arbitraries.integers().between(0, 8))
        .as((k, s, b) -> {
          List<String> codes = new ArrayList<>();
          for (int i = 1; i <= k; i++) {
            codes.add("K" + i);
          }
          for (int i = 1; i <= s; i++) {
            codes.add("S" + i);
          }
          for (int i = 1; i <= b; i++) {
            codes.add("B" + i);
          }
          return codes;
        })
        .flatMap(codes -> Combinators.combine(codes.stream().map(ModelArbitraries::ksb).collect(Collectors.toList())).as(List::copyOf));
  }

  static Arbitrary<List<String>> subset(List<String> items, int min) {
    return Arbitraries.subsetOf(items).ofMinSize(Math.min(min, items.size()))
        .map(set -> items.stream().filter(set::contains).collect(Collectors.toList()));
  }

  static Arbitrary<SocGroup> socGroup() {
    return Combinators.combine(Arbitraries.integers().between(1000, 9999), Arbitraries.integers().between(0, 99).optional(), text())
        .as((unit, sub, name) -> SocGroup.of(unit + sub.map(s -> String.format("/%02d", s)).orElse(""), name));
  }

  static Arbitrary<Salary> salary() {
    return Combinators.combine(Arbitraries.integers().between(1, 200_000), monthOrDate()).as(Salary::of);
  }

  static Arbitrary<Occupation> occupation() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 9999), text(), Arbitraries.integers().between(2, 7), text(), text(),
            text().optional(), socGroup().optional(), socGroup().list().ofMaxSize(3))
        .flatAs((ref, title, level, route, summary, description, soc, subGroups) ->
            Combinators.combine(text().list().ofMaxSize(4), text().list().ofMaxSize(4), text().list().ofMaxSize(4), salary().optional())
                .as((titles, keywords, employers, salary) -> Occupation.builder()
                    .reference(String.format("OCC%04d", ref)).title(title).level(level).route(route).status("Approved occupation")
                    .summary(summary).description(description).soc2020(soc).socSubUnitGroups(subGroups)
                    .typicalJobTitles(titles).keywords(keywords).employers(employers).medianSalary(salary).build()));
  }

  static Arbitrary<StandardOption> option(String id) {
    return text().map(title -> StandardOption.of(id, title));
  }

  static Arbitrary<Duty> duty(int number, List<String> ksbCodes, List<String> optionIds) {
    return Combinators.combine(text(), Arbitraries.of(true, false), subset(ksbCodes, 0), subset(optionIds, 0), Arbitraries.strings().numeric().ofLength(6).optional())
        .as((statement, core, ksbs, options, guid) -> Duty.builder().code("D" + number).statement(statement).core(core)
            .ksbs(ksbs).options(options).guid(guid).build());
  }

  static Arbitrary<AssessmentMethod> method(String id, List<String> ksbCodes) {
    return Arbitraries.of(SCALES).flatMap(scale -> Combinators.combine(
            text(), Arbitraries.integers().between(1, 600).optional(), Arbitraries.integers().between(0, 100).optional(),
            period().optional(), subset(ksbCodes, 1), descriptors(scale, ksbCodes), text().list().ofMaxSize(2))
        .as((name, duration, extension, preparation, ksbs, descriptors, notes) -> AssessmentMethod.builder()
            .id(id).name(name).durationMinutes(duration).extensionPercent(extension).preparationPeriod(preparation)
            .ksbs(ksbs).grades(scale).descriptors(descriptors).notes(notes).build()));
  }

  static Arbitrary<List<GradeDescriptor>> descriptors(List<String> scale, List<String> ksbCodes) {
    return Combinators.combine(Arbitraries.of(scale), subset(ksbCodes, 0), text())
        .as((grade, ksbs, statement) -> GradeDescriptor.builder().grade(grade).ksbs(ksbs).statement(statement).build())
        .list().ofMaxSize(2);
  }

  static Arbitrary<AssessmentPlan> plan(List<String> ksbCodes) {
    return Arbitraries.integers().between(1, 3)
        .flatMap(count -> Combinators.combine(
                java.util.stream.IntStream.range(0, count).mapToObj(i -> method("method-" + (char) ('a' + i), ksbCodes)).collect(Collectors.toList()))
            .as(List::copyOf))
        .flatMap(methods -> Combinators.combine(Arbitraries.of(SCALES), period(), resit(), text().list().ofMaxSize(2))
            .as((overall, epaPeriod, resit, notes) -> AssessmentPlan.builder()
                .methods(methods).overallGrades(overall).gradingRules(monotoneTable(methods, overall))
                .epaPeriod(epaPeriod).resit(resit.map(r -> r.withGradeCap(overall.get(Math.min(1, overall.size() - 1)))))
                .notes(notes).build()));
  }

  /** Every combination of method grades, the overall grade scaled from the lowest method rank: monotone. */
  static List<GradingRule> monotoneTable(List<AssessmentMethod> methods, List<String> overall) {
    AssessmentPlan shape = AssessmentPlan.builder().methods(methods).overallGrades(overall).epaPeriod(Period.ofMonths(1)).build();
    List<GradingRule> rules = new ArrayList<>();
    for (Map<String, String> combination : shape.gradeCombinations()) {
      double lowest = 1;
      for (AssessmentMethod method : methods) {
        lowest = Math.min(lowest, method.rankOf(combination.get(method.id())) / (double) (method.grades().size() - 1));
      }
      String grade = overall.get((int) Math.floor(lowest * (overall.size() - 1)));
      rules.add(GradingRule.builder().methodGrades(combination).overall(grade).build());
    }
    return rules;
  }

  static Arbitrary<java.util.Optional<ResitPolicy>> resit() {
    return Combinators.combine(period(), Arbitraries.of(true, false), text().list().ofMaxSize(2))
        .as((window, lifted, notes) -> ResitPolicy.builder().window(window).capLiftedByExceptionalCircumstances(lifted).notes(notes).build())
        .optional();
  }

  static Arbitrary<GatewayCriterion> criterion(String id) {
    return Combinators.combine(text(), Arbitraries.of(CriterionKind.class), Arbitraries.of(true, false),
            Arbitraries.integers().between(1, 8), text().optional(), Arbitraries.of(Declaration.class))
        .as((statement, kind, mandatory, level, title, declaration) -> {
          GatewayCriterion.Builder builder = GatewayCriterion.builder().id(id).statement(statement).kind(kind).mandatory(mandatory);
          if (kind == CriterionKind.QUALIFICATION || kind == CriterionKind.ENGLISH || kind == CriterionKind.MATHS) {
            builder.minimumLevel(level);
          }
          if (kind == CriterionKind.QUALIFICATION) {
            builder.qualificationTitle(title);
          }
          if (kind == CriterionKind.OTHER) {
            builder.declaration(declaration);
          }
          return builder.build();
        });
  }

  static Arbitrary<Source> source(String id) {
    return Combinators.combine(text(), text().optional(), monthOrDate().optional(), Arbitraries.of(SourceStatus.class), text().optional())
        .as((title, url, read, status, note) -> Source.builder().id(id).title(title).url(url).dateRead(read).status(status).note(note).build());
  }

  static Arbitrary<Standard> standard() {
    return ksbs().flatMap(ksbs -> {
      List<String> codes = ksbs.stream().map(Ksb::code).collect(Collectors.toList());
      Arbitrary<List<StandardOption>> options = Arbitraries.integers().between(0, 2)
          .flatMap(n -> Combinators.combine(java.util.stream.IntStream.range(0, n).mapToObj(i -> option("option-" + i)).collect(Collectors.toList())).as(List::copyOf));
      return options.flatMap(opts -> {
        List<String> optionIds = opts.stream().map(StandardOption::id).collect(Collectors.toList());
        Arbitrary<List<Duty>> duties = Arbitraries.integers().between(0, 3)
            .flatMap(n -> Combinators.combine(java.util.stream.IntStream.range(1, n + 1).mapToObj(i -> duty(i, codes, optionIds)).collect(Collectors.toList())).as(List::copyOf));
        Arbitrary<List<GatewayCriterion>> criteria = Arbitraries.integers().between(0, 4)
            .flatMap(n -> Combinators.combine(java.util.stream.IntStream.range(0, n).mapToObj(i -> criterion("criterion-" + i)).collect(Collectors.toList())).as(List::copyOf));
        Arbitrary<List<Source>> sources = Arbitraries.integers().between(1, 3)
            .flatMap(n -> Combinators.combine(java.util.stream.IntStream.range(1, n + 1).mapToObj(i -> source("P" + i)).collect(Collectors.toList())).as(List::copyOf));
        return Combinators.combine(
                Arbitraries.integers().between(0, 9999), Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 12),
                text(), Arbitraries.integers().between(2, 7), occupation().optional(), plan(codes).optional(), duties)
            .flatAs((ref, major, minor, title, level, occupation, plan, dutyList) -> Combinators.combine(
                    criteria, sources, Arbitraries.integers().between(1, 48).optional(), Arbitraries.integers().between(0, 30_000).optional(),
                    date().optional(), date().optional())
                .as((criteriaList, sourceList, months, funding, earliest, latest) -> {
                  String first = codes.get(0);
                  List<Citation> citations = List.of(
                      Citation.of("$.title", sourceList.get(0).id()),
                      Citation.builder().path("$.ksbs[*].statement").addSources(sourceList.get(sourceList.size() - 1).id()).note("From the page").build(),
                      Citation.of("$.ksbs[" + first + "]", sourceList.get(0).id()));
                  return Standard.builder()
                      .reference(String.format("ST%04d", ref)).version(major + "." + minor).title(title).level(level)
                      .status("Approved for delivery").route("Care services")
                      .typicalDurationMonths(months).maxFundingPounds(funding).earliestStartDate(earliest).latestStartDate(latest)
                      .occupation(occupation).ksbs(ksbs).duties(dutyList).options(opts).assessmentPlan(plan)
                      .gatewayCriteria(criteriaList).sources(sourceList).citations(citations).build();
                }));
      });
    });
  }

  /**
   * Decimal hours from {@code min} to {@code max} hundredths, written with 0, 1 or 2 decimals as a
   * person might write them, trailing zeros included ({@code 7.50}, {@code 0.1}, {@code 6}).
   */
  static Arbitrary<BigDecimal> hours(int minHundredths, int maxHundredths) {
    return Combinators.combine(Arbitraries.integers().between(minHundredths, maxHundredths), Arbitraries.integers().between(0, 2))
        .as((hundredths, scale) -> BigDecimal.valueOf(hundredths, 2).setScale(scale, RoundingMode.DOWN))
        .filter(h -> h.multiply(BigDecimal.valueOf(100)).compareTo(BigDecimal.valueOf(minHundredths)) >= 0);
  }

  static Arbitrary<BreakInLearning> breakInLearning() {
    return Combinators.combine(date(), Arbitraries.integers().between(0, 200), text().optional(), extensions())
        .as((from, days, reason, ext) -> BreakInLearning.builder().from(from).to(from.plusDays(days)).reason(reason).extensions(ext).build());
  }

  static Arbitrary<OffTheJobEntry> offTheJobEntry() {
    return Combinators.combine(date(), hours(1, 2400), text(), extensions())
        .as((date, hours, activity, ext) -> OffTheJobEntry.builder().date(date).hours(hours).activity(activity).extensions(ext).build());
  }

  static Arbitrary<Achievement> achievement() {
    return Combinators.combine(Arbitraries.of(AchievementKind.class), text().optional(), Arbitraries.integers().between(1, 8).optional(), date(), extensions())
        .as((kind, title, level, on, ext) -> Achievement.builder().kind(kind).title(title).level(level).achievedOn(on).extensions(ext).build());
  }

  static Arbitrary<Evidence> evidence(int index) {
    Arbitrary<String> code = Combinators.combine(Arbitraries.of("K", "S", "B"), Arbitraries.integers().between(1, 30)).as((l, n) -> l + n);
    return Combinators.combine(text(), date(), code.list().ofMaxSize(5), Arbitraries.of(EvidenceStatus.class), extensions())
        .as((title, date, ksbs, status, ext) -> Evidence.builder().id("E" + index).title(title).date(date).ksbs(ksbs).status(status).extensions(ext).build());
  }

  static Arbitrary<Declarations> declarations() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((p, e, o) -> Declarations.builder().portfolioSubmitted(p).employerConfirmsReady(e).observationScopeAgreed(o).build());
  }

  static Arbitrary<MethodResult> methodResult() {
    return Combinators.combine(slug(), Arbitraries.of("FAIL", "PASS", "MERIT", "DISTINCTION"), date(), Arbitraries.integers().between(1, 5),
            Arbitraries.of(AttemptKind.class).optional(), extensions())
        .as((method, grade, date, attempt, kind, ext) -> MethodResult.builder().method(method).grade(grade).date(date).attempt(attempt)
            .kind(kind).extensions(ext).build());
  }

  static Arbitrary<EpaRecord> epaRecord() {
    return Combinators.combine(date().optional(), methodResult().list().ofMaxSize(4), Arbitraries.of(true, false))
        .as((gateway, results, exceptional) -> EpaRecord.builder().gatewayDate(gateway).results(results).exceptionalCircumstances(exceptional).build());
  }

  /**
   * Learner records. Made without {@code flatMap}, whose memoized arbitraries make each try slower
   * the more tries there are: the evidence ids are numbered after the list is made.
   */
  static Arbitrary<LearnerRecord> learnerRecord() {
    Arbitrary<List<Evidence>> evidence = evidence(0).list().ofMaxSize(6).map(list -> {
      List<Evidence> numbered = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        numbered.add(list.get(i).withId("E" + (i + 1)));
      }
      return List.copyOf(numbered);
    });
    Arbitrary<LearnerRecord> head = Combinators.combine(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20), Arbitraries.integers().between(0, 9999),
            Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, 12)).as((a, b) -> a + "." + b).optional(),
            date(), Arbitraries.integers().between(1, 1000), hours(1, 16800),
            hours(0, 1_000_000), offTheJobEntry().list().ofMaxSize(5))
        .as((id, ref, version, start, days, hours, prior, otj) -> LearnerRecord.builder()
            .learnerId(id).standard(String.format("ST%04d", ref)).version(version)
            .startDate(start).plannedEndDate(start.plusDays(days))
            .contractedHoursPerWeek(hours).priorLearningReductionHours(prior).offTheJob(otj).build());
    return Combinators.combine(head, achievement().list().ofMaxSize(3), evidence, declarations(), epaRecord().optional(), extensions(),
            date().optional(), breakInLearning().list().ofMaxSize(3))
        .as((record, achievements, evidenceList, declarations, epa, ext, born, breaks) -> record
            .withDateOfBirth(born.map(d -> d.minusYears(18))).withBreaks(breaks).withAchievements(achievements)
            .withEvidence(evidenceList).withDeclarations(declarations).withEpa(epa).withExtensions(ext));
  }
}
