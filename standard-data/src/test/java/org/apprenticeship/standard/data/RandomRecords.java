package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AchievementKind;
import org.apprenticeship.standard.model.AttemptKind;
import org.apprenticeship.standard.model.BreakInLearning;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.OffTheJobEntry;

/**
 * Valid learner records made from a seed, every field of the format used: cheap enough for tens of
 * thousands of tries (jqwik's combinators of {@link ModelArbitraries} are slower per try the more
 * tries there are).
 */
final class RandomRecords {
  private static final String TEXT = "abcdefghijklmnopqrstuvwxyz ABCXYZ0123456789-–’é\"\\/:,.'()&£";

  private final Random random;

  private RandomRecords(long seed) {
    this.random = new Random(seed);
  }

  /** The valid record of a seed. */
  static LearnerRecord record(long seed) {
    return new RandomRecords(seed).record();
  }

  private LearnerRecord record() {
    LocalDate start = date();
    LearnerRecord.Builder record = LearnerRecord.builder()
        .learnerId(word(1 + random.nextInt(20)))
        .standard(String.format("ST%04d", random.nextInt(10_000)))
        .version(maybe(() -> (1 + random.nextInt(3)) + "." + random.nextInt(13)))
        .dateOfBirth(maybe(() -> date().minusYears(18 + random.nextInt(40))))
        .startDate(start)
        .plannedEndDate(start.plusDays(1 + random.nextInt(1000)))
        .contractedHoursPerWeek(hours(1, 16_800))
        .priorLearningReductionHours(hours(0, 1_000_000))
        .declarations(Declarations.builder().portfolioSubmitted(random.nextBoolean()).employerConfirmsReady(random.nextBoolean())
            .observationScopeAgreed(random.nextBoolean()).build())
        .epa(maybe(this::epa))
        .extensions(extensions());
    for (int i = random.nextInt(6); i > 0; i--) {
      record.addOffTheJob(OffTheJobEntry.builder().date(date()).hours(hours(1, 2400)).activity(text()).extensions(extensions()).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      record.addAchievement(Achievement.builder().kind(pick(AchievementKind.values())).title(maybe(this::text))
          .level(maybe(() -> 1 + random.nextInt(8))).achievedOn(date()).extensions(extensions()).build());
    }
    for (int i = 1; i <= random.nextInt(7); i++) {
      List<String> ksbs = new ArrayList<>();
      for (int k = random.nextInt(6); k > 0; k--) {
        ksbs.add(pick(new String[] {"K", "S", "B"}) + (1 + random.nextInt(30)));
      }
      record.addEvidence(Evidence.builder().id("E" + i).title(text()).date(date()).ksbs(ksbs).status(pick(EvidenceStatus.values()))
          .extensions(extensions()).build());
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      LocalDate from = date();
      record.addBreak(BreakInLearning.builder().from(from).to(from.plusDays(random.nextInt(200))).reason(maybe(this::text))
          .extensions(extensions()).build());
    }
    return record.build();
  }

  private EpaRecord epa() {
    EpaRecord.Builder epa = EpaRecord.builder().gatewayDate(maybe(this::date)).exceptionalCircumstances(random.nextBoolean());
    for (int i = random.nextInt(5); i > 0; i--) {
      epa.addResult(MethodResult.builder().method(word(1 + random.nextInt(8)).toLowerCase() + (random.nextBoolean() ? "-x" : ""))
          .grade(pick(new String[] {"FAIL", "PASS", "MERIT", "DISTINCTION"})).date(date()).attempt(1 + random.nextInt(5))
          .kind(maybe(() -> pick(AttemptKind.values()))).extensions(extensions()).build());
    }
    return epa.build();
  }

  private Map<String, JsonNode> extensions() {
    Map<String, JsonNode> extensions = new LinkedHashMap<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      JsonNode value;
      switch (random.nextInt(5)) {
        case 0:
          value = IntNode.valueOf(random.nextInt(2001) - 1000);
          break;
        case 1:
          value = TextNode.valueOf(text());
          break;
        case 2:
          value = BooleanNode.valueOf(random.nextBoolean());
          break;
        case 3:
          value = DecimalNode.valueOf(new BigDecimal(pick(new String[] {"1.10", "1E+2", "1e400", "12345678901234567890.5", "-0.5"})));
          break;
        default:
          value = JsonNodeFactory.instance.arrayNode().add(text()).add(random.nextInt(10));
      }
      extensions.put(word(1 + random.nextInt(10)).toLowerCase(), value);
    }
    return extensions;
  }

  /** A day from 2017 to 2028. */
  private LocalDate date() {
    return LocalDate.of(2017, 1, 1).plusDays(random.nextInt(365 * 12));
  }

  /** Hours in hundredths from min to max, written with 0, 1 or 2 decimals ({@code 7.50}, {@code 0.1}, {@code 6}). */
  private BigDecimal hours(int minHundredths, int maxHundredths) {
    int scale = random.nextInt(3);
    int step = scale == 2 ? 1 : scale == 1 ? 10 : 100;
    int low = (minHundredths + step - 1) / step;
    int high = maxHundredths / step;
    return BigDecimal.valueOf((long) (low + random.nextInt(high - low + 1)) * step, 2).setScale(scale);
  }

  private String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 1 + random.nextInt(40); i > 0; i--) {
      text.append(TEXT.charAt(random.nextInt(TEXT.length())));
    }
    return text.toString().isBlank() ? "x" + text : text.toString();
  }

  private String word(int length) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      word.append("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".charAt(random.nextInt(62)));
    }
    return word.toString();
  }

  private <T> T pick(T[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
    return random.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
  }
}
