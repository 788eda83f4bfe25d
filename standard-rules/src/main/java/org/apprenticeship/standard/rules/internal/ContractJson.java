package org.apprenticeship.standard.rules.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CoveredCount;
import org.apprenticeship.standard.rules.CriterionResult;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.GatewayReport;
import org.apprenticeship.standard.rules.GradeReport;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.MethodGrade;
import org.apprenticeship.standard.rules.OffTheJobReport;
import org.apprenticeship.standard.rules.Timeline;

/**
 * Writes results in the JSON contract, field by field, through a streaming generator: the one
 * place the contract's form is made, for {@code Evaluations}, the cohort writer and any Jackson
 * mapper (through {@link ContractSerializer}). Every property of each result type, in the order the
 * type declares them; absent values as {@code null} (a {@link CoveredCount} gives only its
 * {@code method} or its {@code type}); dates as ISO strings; decimal hours as plain numbers, exactly
 * as computed; enums by name. A result document has {@code valid} after {@code learnerId}, and a
 * line of a cohort has its {@code line} first.
 *
 * <p>Thread-safe: it holds nothing.
 */
public final class ContractJson {
  // The names of the fields, encoded once.
  private static final SerializableString ACCEPTED = new SerializedString("accepted");
  private static final SerializableString ACCEPTED_EVIDENCE = new SerializedString("acceptedEvidence");
  private static final SerializableString AS_OF = new SerializedString("asOf");
  private static final SerializableString ATTEMPT = new SerializedString("attempt");
  private static final SerializableString CAPPED = new SerializedString("capped");
  private static final SerializableString CODE = new SerializedString("code");
  private static final SerializableString COVERAGE = new SerializedString("coverage");
  private static final SerializableString COVERED = new SerializedString("covered");
  private static final SerializableString CRITERIA = new SerializedString("criteria");
  private static final SerializableString DATE = new SerializedString("date");
  private static final SerializableString DATE_READ = new SerializedString("dateRead");
  private static final SerializableString EPA_DEADLINE = new SerializedString("epaDeadline");
  private static final SerializableString EXPECTED_PERCENT = new SerializedString("expectedPercent");
  private static final SerializableString FINDINGS = new SerializedString("findings");
  private static final SerializableString FUNDING_RULES_VERSION = new SerializedString("fundingRulesVersion");
  private static final SerializableString GATEWAY = new SerializedString("gateway");
  private static final SerializableString GATEWAY_DATE = new SerializedString("gatewayDate");
  private static final SerializableString GRADE = new SerializedString("grade");
  private static final SerializableString HOURS_AFTER_GATEWAY = new SerializedString("hoursAfterGateway");
  private static final SerializableString ID = new SerializedString("id");
  private static final SerializableString JUDGED_AT = new SerializedString("judgedAt");
  private static final SerializableString KIND = new SerializedString("kind");
  private static final SerializableString KSBS = new SerializedString("ksbs");
  private static final SerializableString LEARNER_ID = new SerializedString("learnerId");
  private static final SerializableString LINE = new SerializedString("line");
  private static final SerializableString LOGGED_HOURS = new SerializedString("loggedHours");
  private static final SerializableString MANDATORY = new SerializedString("mandatory");
  private static final SerializableString MESSAGE = new SerializedString("message");
  private static final SerializableString METHOD = new SerializedString("method");
  private static final SerializableString METHODS = new SerializedString("methods");
  private static final SerializableString MINIMUM_ACCEPTED = new SerializedString("minimumAccepted");
  private static final SerializableString MINIMUM_BASIS = new SerializedString("minimumBasis");
  private static final SerializableString MINIMUM_HOURS = new SerializedString("minimumHours");
  private static final SerializableString NOTE = new SerializedString("note");
  private static final SerializableString OBSERVATION_PREPARATION_ENDS = new SerializedString("observationPreparationEnds");
  private static final SerializableString OFF_THE_JOB = new SerializedString("offTheJob");
  private static final SerializableString OVERALL = new SerializedString("overall");
  private static final SerializableString PATH = new SerializedString("path");
  private static final SerializableString PENDING = new SerializedString("pending");
  private static final SerializableString PENDING_EVIDENCE = new SerializedString("pendingEvidence");
  private static final SerializableString PERCENT = new SerializedString("percent");
  private static final SerializableString PLANNED_WEEKS = new SerializedString("plannedWeeks");
  private static final SerializableString RAG = new SerializedString("rag");
  private static final SerializableString READY = new SerializedString("ready");
  private static final SerializableString REASON = new SerializedString("reason");
  private static final SerializableString REGIME = new SerializedString("regime");
  private static final SerializableString REMAINING_HOURS = new SerializedString("remainingHours");
  private static final SerializableString RESIT_DEADLINE = new SerializedString("resitDeadline");
  private static final SerializableString ROUNDING = new SerializedString("rounding");
  private static final SerializableString RULE = new SerializedString("rule");
  private static final SerializableString RULES = new SerializedString("rules");
  private static final SerializableString SEVERITY = new SerializedString("severity");
  private static final SerializableString SOURCES = new SerializedString("sources");
  private static final SerializableString STANDARD = new SerializedString("standard");
  private static final SerializableString STATUS = new SerializedString("status");
  private static final SerializableString TIMELINE = new SerializedString("timeline");
  private static final SerializableString TITLE = new SerializedString("title");
  private static final SerializableString TOTAL = new SerializedString("total");
  private static final SerializableString TYPE = new SerializedString("type");
  private static final SerializableString TYPES = new SerializedString("types");
  private static final SerializableString UNCOVERED = new SerializedString("uncovered");
  private static final SerializableString URL = new SerializedString("url");
  private static final SerializableString VALID = new SerializedString("valid");
  private static final SerializableString VERSION = new SerializedString("version");
  private static final SerializableString WEEKLY_PACE_NEEDED = new SerializedString("weeklyPaceNeeded");

  private ContractJson() {}

  /**
   * Writes the result document of one learner record.
   *
   * @param line the line of the record in its input, from 1; 0 for none (the key is then left out)
   * @param learnerId the learner id, when the record has errors; null when it gave none
   * @param evaluation the evaluation, or the findings that stopped it
   */
  public static void result(JsonGenerator g, long line, String learnerId, Validated<Evaluation> evaluation) throws IOException {
    if (evaluation.isValid()) {
      evaluation(g, line, evaluation.value().orElseThrow());
      return;
    }
    g.writeStartObject();
    if (line > 0) {
      g.writeFieldName(LINE);
    g.writeNumber(line);
    }
    text(g, LEARNER_ID, learnerId);
    g.writeFieldName(VALID);
    g.writeBoolean(false);
    findings(g, evaluation.findings());
    g.writeEndObject();
  }

  /** Writes the result document of a record that was evaluated; {@code line} as for {@link #result}. */
  public static void evaluation(JsonGenerator g, long line, Evaluation e) throws IOException {
    g.writeStartObject();
    if (line > 0) {
      g.writeFieldName(LINE);
    g.writeNumber(line);
    }
    text(g, LEARNER_ID, e.learnerId());
    g.writeFieldName(VALID);
    g.writeBoolean(true);
    text(g, STANDARD, e.standard());
    text(g, VERSION, e.version());
    text(g, FUNDING_RULES_VERSION, e.fundingRulesVersion());
    date(g, AS_OF, e.asOf());
    g.writeFieldName(COVERAGE);
    coverage(g, e.coverage());
    g.writeFieldName(OFF_THE_JOB);
    offTheJob(g, e.offTheJob());
    g.writeFieldName(GATEWAY);
    gateway(g, e.gateway());
    g.writeFieldName(GRADE);
    grade(g, e.grade());
    g.writeFieldName(TIMELINE);
    timeline(g, e.timeline());
    findings(g, e.findings());
    g.writeEndObject();
  }

  /** Writes a part of an evaluation, or an evaluation, by its type: what a Jackson mapper asks for. */
  static void value(JsonGenerator g, Object value) throws IOException {
    if (value instanceof Evaluation) {
      evaluation(g, 0, (Evaluation) value);
    } else if (value instanceof CoverageReport) {
      coverage(g, (CoverageReport) value);
    } else if (value instanceof KsbCoverage) {
      ksb(g, (KsbCoverage) value);
    } else if (value instanceof CoveredCount) {
      count(g, (CoveredCount) value);
    } else if (value instanceof OffTheJobReport) {
      offTheJob(g, (OffTheJobReport) value);
    } else if (value instanceof GatewayReport) {
      gateway(g, (GatewayReport) value);
    } else if (value instanceof CriterionResult) {
      criterion(g, (CriterionResult) value);
    } else if (value instanceof GradeReport) {
      grade(g, (GradeReport) value);
    } else if (value instanceof MethodGrade) {
      methodGrade(g, (MethodGrade) value);
    } else if (value instanceof Timeline) {
      timeline(g, (Timeline) value);
    } else {
      throw new IllegalArgumentException("not a part of the JSON contract: " + value.getClass().getName());
    }
  }

  static void coverage(JsonGenerator g, CoverageReport c) throws IOException {
    g.writeStartObject();
    g.writeFieldName(PERCENT);
    g.writeNumber(c.percent());
    g.writeFieldName(EXPECTED_PERCENT);
    g.writeNumber(c.expectedPercent());
    text(g, RAG, c.rag().name());
    strings(g, UNCOVERED, c.uncovered());
    g.writeFieldName(COVERED);
    g.writeNumber(c.covered());
    g.writeFieldName(TOTAL);
    g.writeNumber(c.total());
    g.writeFieldName(MINIMUM_ACCEPTED);
    g.writeNumber(c.minimumAccepted());
    g.writeFieldName(KSBS);
    g.writeStartArray();
    for (KsbCoverage ksb : c.ksbs()) {
      ksb(g, ksb);
    }
    g.writeEndArray();
    counts(g, TYPES, c.types());
    counts(g, METHODS, c.methods());
    g.writeEndObject();
  }

  static void ksb(JsonGenerator g, KsbCoverage k) throws IOException {
    g.writeStartObject();
    text(g, CODE, k.code());
    text(g, STATUS, k.status().name());
    g.writeFieldName(ACCEPTED);
    g.writeNumber(k.accepted());
    g.writeFieldName(PENDING);
    g.writeNumber(k.pending());
    strings(g, ACCEPTED_EVIDENCE, k.acceptedEvidence());
    strings(g, PENDING_EVIDENCE, k.pendingEvidence());
    g.writeEndObject();
  }

  private static void counts(JsonGenerator g, SerializableString name, List<CoveredCount> counts) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (CoveredCount count : counts) {
      count(g, count);
    }
    g.writeEndArray();
  }

  /** A count of a method or of a type: only the one it is of, never a null for the other. */
  static void count(JsonGenerator g, CoveredCount c) throws IOException {
    g.writeStartObject();
    if (c.method().isPresent()) {
      text(g, METHOD, c.method().get());
    }
    if (c.type().isPresent()) {
      text(g, TYPE, c.type().get().name());
    }
    g.writeFieldName(COVERED);
    g.writeNumber(c.covered());
    g.writeFieldName(TOTAL);
    g.writeNumber(c.total());
    g.writeEndObject();
  }

  static void offTheJob(JsonGenerator g, OffTheJobReport o) throws IOException {
    g.writeStartObject();
    name(g, REGIME, o.regime());
    decimal(g, MINIMUM_HOURS, o.minimumHours());
    name(g, MINIMUM_BASIS, o.minimumBasis());
    decimal(g, LOGGED_HOURS, o.loggedHours());
    decimal(g, HOURS_AFTER_GATEWAY, o.hoursAfterGateway());
    decimal(g, REMAINING_HOURS, o.remainingHours());
    decimal(g, WEEKLY_PACE_NEEDED, o.weeklyPaceNeeded());
    decimal(g, PLANNED_WEEKS, o.plannedWeeks());
    text(g, REASON, o.reason());
    text(g, ROUNDING, o.rounding().name());
    strings(g, RULES, o.rules());
    g.writeFieldName(SOURCES);
    g.writeStartArray();
    for (Source source : o.sources()) {
      source(g, source);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void source(JsonGenerator g, Source s) throws IOException {
    g.writeStartObject();
    text(g, ID, s.id());
    text(g, TITLE, s.title());
    text(g, URL, s.url().orElse(null));
    text(g, DATE_READ, s.dateRead().orElse(null));
    text(g, STATUS, s.status().name());
    text(g, NOTE, s.note().orElse(null));
    g.writeEndObject();
  }

  static void gateway(JsonGenerator g, GatewayReport r) throws IOException {
    g.writeStartObject();
    g.writeFieldName(READY);
    g.writeBoolean(r.ready());
    date(g, JUDGED_AT, r.judgedAt());
    g.writeFieldName(CRITERIA);
    g.writeStartArray();
    for (CriterionResult criterion : r.criteria()) {
      criterion(g, criterion);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void criterion(JsonGenerator g, CriterionResult c) throws IOException {
    g.writeStartObject();
    text(g, ID, c.id());
    text(g, STATUS, c.status().name());
    g.writeFieldName(MANDATORY);
    g.writeBoolean(c.mandatory());
    text(g, KIND, c.kind().name());
    text(g, REASON, c.reason());
    text(g, RULE, c.rule().orElse(null));
    g.writeEndObject();
  }

  static void grade(JsonGenerator g, GradeReport r) throws IOException {
    g.writeStartObject();
    text(g, OVERALL, r.overall().orElse(null));
    g.writeFieldName(CAPPED);
    g.writeBoolean(r.capped());
    g.writeFieldName(METHODS);
    g.writeStartArray();
    for (MethodGrade method : r.methods()) {
      methodGrade(g, method);
    }
    g.writeEndArray();
    text(g, REASON, r.reason());
    g.writeEndObject();
  }

  static void methodGrade(JsonGenerator g, MethodGrade m) throws IOException {
    g.writeStartObject();
    text(g, METHOD, m.method());
    text(g, GRADE, m.grade().orElse(null));
    g.writeFieldName(ATTEMPT);
    if (m.attempt().isPresent()) {
      g.writeNumber(m.attempt().get());
    } else {
      g.writeNull();
    }
    name(g, KIND, m.kind());
    date(g, DATE, m.date());
    g.writeEndObject();
  }

  static void timeline(JsonGenerator g, Timeline t) throws IOException {
    g.writeStartObject();
    date(g, GATEWAY_DATE, t.gatewayDate());
    date(g, EPA_DEADLINE, t.epaDeadline());
    date(g, OBSERVATION_PREPARATION_ENDS, t.observationPreparationEnds());
    date(g, RESIT_DEADLINE, t.resitDeadline());
    g.writeEndObject();
  }

  private static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeFieldName(FINDINGS);
    g.writeStartArray();
    for (Finding f : findings) {
      g.writeStartObject();
      text(g, CODE, f.code().name());
      text(g, SEVERITY, f.severity().name());
      text(g, PATH, f.path());
      text(g, MESSAGE, f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void text(JsonGenerator g, SerializableString name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void strings(JsonGenerator g, SerializableString name, List<String> values) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void date(JsonGenerator g, SerializableString name, LocalDate date) throws IOException {
    text(g, name, date.toString());
  }

  private static void date(JsonGenerator g, SerializableString name, Optional<LocalDate> date) throws IOException {
    text(g, name, date.map(LocalDate::toString).orElse(null));
  }

  private static void name(JsonGenerator g, SerializableString name, Optional<? extends Enum<?>> value) throws IOException {
    text(g, name, value.map(Enum::name).orElse(null));
  }

  /** Hours and weeks as plain numbers, every digit as computed: never {@code 1E+2}, whatever the generator's settings. */
  private static void decimal(JsonGenerator g, SerializableString name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value.toPlainString());
  }

  private static void decimal(JsonGenerator g, SerializableString name, Optional<BigDecimal> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeNumber(value.get().toPlainString());
    } else {
      g.writeNull();
    }
  }
}
