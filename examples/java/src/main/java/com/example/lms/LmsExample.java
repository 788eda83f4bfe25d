package com.example.lms;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Evaluations;
import org.apprenticeship.standard.rules.Rules;

/**
 * What an LMS does with the library: load the bundled standard, build a learner record from its
 * own data with the builders, evaluate it by the bundled funding rules, show the result, store
 * the evaluation as JSON in the form of the command line's contract, and evaluate a cohort.
 *
 * <p>Usage: {@code LmsExample EVALUATION.json}; the report goes to standard output.
 */
public final class LmsExample {
  private static final LocalDate AS_OF = LocalDate.of(2026, 2, 1);

  private LmsExample() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: LmsExample EVALUATION.json");
      System.exit(2);
    }
    PrintStream out = System.out;
    Standard st0007 = Standards.bundled().get("ST0007");
    out.println("Standard: " + st0007.reference() + " " + st0007.title() + ", version " + st0007.version()
        + ", " + st0007.ksbs().size() + " KSBs");

    LearnerRecord record = learner(st0007);
    Validated<Evaluation> result = Rules.evaluate(st0007, FundingRules.bundled(), record, AS_OF);
    result.findings().forEach(finding -> out.println("Finding: " + finding));
    Evaluation evaluation = result.orElseThrow("learner " + record.learnerId());
    out.println("Learner " + evaluation.learnerId() + " as of " + evaluation.asOf());
    out.println("Coverage: " + evaluation.coverage().covered() + " of " + evaluation.coverage().total()
        + " KSBs (" + evaluation.coverage().percent() + "%), " + evaluation.coverage().rag());
    out.println("Off-the-job: " + evaluation.offTheJob().loggedHours() + " hours logged, minimum "
        + evaluation.offTheJob().minimumHours().map(String::valueOf).orElse("unknown"));
    for (CriterionResult criterion : evaluation.gateway().criteria()) {
      out.println("  " + criterion.id() + ": " + criterion.status() + " (" + criterion.reason() + ")");
    }
    out.println("Ready for gateway: " + evaluation.gateway().ready());
    out.println("Overall grade: " + evaluation.grade().overall().orElse("open"));

    // The JSON contract of the command line's evaluate: what the LMS stores, or serves to others.
    String json = Evaluations.toJson(evaluation);
    Files.writeString(Path.of(args[0]), json);
    out.println("Evaluation written as JSON, beginning:");
    json.lines().limit(5).forEach(line -> out.println("  " + line));

    // A record with mistakes gives findings, every error at once, and no evaluation.
    LearnerRecord mistaken = record
        .withEvidence(record.evidence().get(0).withKsbs("K1", "K99"))
        .withOffTheJob(OffTheJobEntry.of(start(), BigDecimal.valueOf(25), "Study day and night"));
    Validated<Evaluation> rejected = Rules.evaluate(st0007, FundingRules.bundled(), mistaken, AS_OF);
    out.println("Mistaken record valid: " + rejected.isValid());
    rejected.findings().forEach(finding -> out.println("Finding: " + finding));

    // A cohort as the LMS exports it, one record a line (NDJSON): evaluated on every core, in order,
    // each result with its line; a line with errors gives findings, and the run goes on.
    ObjectMapper mapper = LibraryJson.newMapper();
    String cohort = mapper.writeValueAsString(record) + "\n" + "{\"learnerId\": \"L-000124\", \"standard\": \"ST0007\"}\n"
        + mapper.writeValueAsString(record.withLearnerId("L-000125")) + "\n";
    try (Stream<LearnerRecordInput> inputs = LearnerRecords.readLines(new ByteArrayInputStream(cohort.getBytes(StandardCharsets.UTF_8)));
        Stream<EvaluationResult> results = Rules.evaluateAll(inputs, Standards.bundled(), FundingRules.bundled(), AS_OF,
            EvaluationPolicy.defaults())) {
      results.forEach(each -> out.println("Cohort line " + each.line().getAsLong() + ", " + each.learnerId().orElse("no id") + ": "
          + each.evaluation().value().map(e -> "ready for gateway " + e.gateway().ready())
              .orElseGet(() -> each.evaluation().findings().size() + " findings, first " + each.evaluation().findings().get(0))));
    }
  }

  /** The record an LMS would build from its own tables: weekly study days, qualifications, accepted evidence. */
  static LearnerRecord learner(Standard standard) {
    LocalDate start = start();
    LearnerRecord.Builder record = LearnerRecord.builder()
        .learnerId("L-000123")
        .dateOfBirth(LocalDate.of(1988, 4, 12))
        .standard(standard.reference())
        .version(standard.version())
        .startDate(start)
        .plannedEndDate(start.plusMonths(18))
        .contractedHoursPerWeek(new BigDecimal("37.5"))
        .addAchievement(Achievement.builder().kind(AchievementKind.DIPLOMA)
            .title("Level 4 Diploma in Adult Care (England)").level(4).achievedOn(LocalDate.of(2026, 1, 10)).build())
        .addAchievement(Achievement.builder().kind(AchievementKind.ENGLISH).level(2).achievedOn(LocalDate.of(2019, 6, 1)).build())
        .addAchievement(Achievement.builder().kind(AchievementKind.MATHS).level(2).achievedOn(LocalDate.of(2019, 6, 1)).build())
        .declarations(Declarations.builder()
            .portfolioSubmitted(true).employerConfirmsReady(true).observationScopeAgreed(true).build());
    for (int week = 0; week < 74; week++) {
      record.addOffTheJob(OffTheJobEntry.of(start.plusWeeks(week).plusDays(2), BigDecimal.valueOf(6), "Study day " + (week + 1)));
    }
    List<Ksb> ksbs = standard.ksbs();
    for (int i = 0; i < ksbs.size(); i += 5) {
      Evidence.Builder evidence = Evidence.builder()
          .id("E" + (i / 5 + 1))
          .title("Reflective account " + (i / 5 + 1))
          .date(start.plusMonths(2 + i / 5))
          .status(EvidenceStatus.ACCEPTED);
      ksbs.subList(i, Math.min(i + 5, ksbs.size())).forEach(ksb -> evidence.addKsb(ksb.code()));
      record.addEvidence(evidence.build());
    }
    return record.build();
  }

  private static LocalDate start() {
    return LocalDate.of(2024, 9, 2);
  }
}
