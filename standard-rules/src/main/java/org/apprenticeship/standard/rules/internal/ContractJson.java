package org.apprenticeship.standard.rules.internal;

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
import org.apprenticeship.standard.rules.internal.ContractOut.Name;

/**
 * Writes results in the JSON contract, field by field, to a {@link ContractOut} (a Jackson
 * generator, or the compact {@link ContractLine}): the one place the contract's form is made, for
 * {@code Evaluations}, the cohort writer and any Jackson mapper (through {@link ContractSerializer}).
 * Every property of each result type, in the order the type declares them; absent values as {@code null} (a {@link CoveredCount} gives only its
 * {@code method} or its {@code type}); dates as ISO strings; decimal hours as plain numbers, exactly
 * as computed; enums by name. A result document has {@code valid} after {@code learnerId}, and a
 * line of a cohort has its {@code line} first.
 *
 * <p>Thread-safe: it holds nothing.
 */
public final class ContractJson {
  // The names of the fields, encoded once.
  private static final Name ACCEPTED = new Name("accepted");
  private static final Name ACCEPTED_EVIDENCE = new Name("acceptedEvidence");
  private static final Name AS_OF = new Name("asOf");
  private static final Name ATTEMPT = new Name("attempt");
  private static final Name CAPPED = new Name("capped");
  private static final Name CODE = new Name("code");
  private static final Name COVERAGE = new Name("coverage");
  private static final Name COVERED = new Name("covered");
  private static final Name CRITERIA = new Name("criteria");
  private static final Name DATE = new Name("date");
  private static final Name DATE_READ = new Name("dateRead");
  private static final Name EPA_DEADLINE = new Name("epaDeadline");
  private static final Name EXPECTED_PERCENT = new Name("expectedPercent");
  private static final Name FINDINGS = new Name("findings");
  private static final Name FUNDING_RULES_VERSION = new Name("fundingRulesVersion");
  private static final Name GATEWAY = new Name("gateway");
  private static final Name GATEWAY_DATE = new Name("gatewayDate");
  private static final Name GRADE = new Name("grade");
  private static final Name HOURS_AFTER_GATEWAY = new Name("hoursAfterGateway");
  private static final Name ID = new Name("id");
  private static final Name JUDGED_AT = new Name("judgedAt");
  private static final Name KIND = new Name("kind");
  private static final Name KSBS = new Name("ksbs");
  private static final Name LEARNER_ID = new Name("learnerId");
  private static final Name LINE = new Name("line");
  private static final Name LOGGED_HOURS = new Name("loggedHours");
  private static final Name MANDATORY = new Name("mandatory");
  private static final Name MESSAGE = new Name("message");
  private static final Name METHOD = new Name("method");
  private static final Name METHODS = new Name("methods");
  private static final Name MINIMUM_ACCEPTED = new Name("minimumAccepted");
  private static final Name MINIMUM_BASIS = new Name("minimumBasis");
  private static final Name MINIMUM_HOURS = new Name("minimumHours");
  private static final Name NOTE = new Name("note");
  private static final Name OBSERVATION_PREPARATION_ENDS = new Name("observationPreparationEnds");
  private static final Name OFF_THE_JOB = new Name("offTheJob");
  private static final Name OVERALL = new Name("overall");
  private static final Name PATH = new Name("path");
  private static final Name PENDING = new Name("pending");
  private static final Name PENDING_EVIDENCE = new Name("pendingEvidence");
  private static final Name PERCENT = new Name("percent");
  private static final Name PLANNED_WEEKS = new Name("plannedWeeks");
  private static final Name RAG = new Name("rag");
  private static final Name READY = new Name("ready");
  private static final Name REASON = new Name("reason");
  private static final Name REGIME = new Name("regime");
  private static final Name REMAINING_HOURS = new Name("remainingHours");
  private static final Name RESIT_DEADLINE = new Name("resitDeadline");
  private static final Name ROUNDING = new Name("rounding");
  private static final Name RULE = new Name("rule");
  private static final Name RULES = new Name("rules");
  private static final Name SEVERITY = new Name("severity");
  private static final Name SOURCES = new Name("sources");
  private static final Name STANDARD = new Name("standard");
  private static final Name STATUS = new Name("status");
  private static final Name TIMELINE = new Name("timeline");
  private static final Name TITLE = new Name("title");
  private static final Name TOTAL = new Name("total");
  private static final Name TYPE = new Name("type");
  private static final Name TYPES = new Name("types");
  private static final Name UNCOVERED = new Name("uncovered");
  private static final Name URL = new Name("url");
  private static final Name VALID = new Name("valid");
  private static final Name VERSION = new Name("version");
  private static final Name WEEKLY_PACE_NEEDED = new Name("weeklyPaceNeeded");

  private ContractJson() {}

  /**
   * Writes the result document of one learner record.
   *
   * @param line the line of the record in its input, from 1; 0 for none (the key is then left out)
   * @param learnerId the learner id, when the record has errors; null when it gave none
   * @param evaluation the evaluation, or the findings that stopped it
   */
  public static void result(ContractOut g, long line, String learnerId, Validated<Evaluation> evaluation) throws IOException {
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
  public static void evaluation(ContractOut g, long line, Evaluation e) throws IOException {
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
  static void value(ContractOut g, Object value) throws IOException {
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

  static void coverage(ContractOut g, CoverageReport c) throws IOException {
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

  static void ksb(ContractOut g, KsbCoverage k) throws IOException {
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

  private static void counts(ContractOut g, Name name, List<CoveredCount> counts) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (CoveredCount count : counts) {
      count(g, count);
    }
    g.writeEndArray();
  }

  /** A count of a method or of a type: only the one it is of, never a null for the other. */
  static void count(ContractOut g, CoveredCount c) throws IOException {
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

  static void offTheJob(ContractOut g, OffTheJobReport o) throws IOException {
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

  private static void source(ContractOut g, Source s) throws IOException {
    g.writeStartObject();
    text(g, ID, s.id());
    text(g, TITLE, s.title());
    text(g, URL, s.url().orElse(null));
    text(g, DATE_READ, s.dateRead().orElse(null));
    text(g, STATUS, s.status().name());
    text(g, NOTE, s.note().orElse(null));
    g.writeEndObject();
  }

  static void gateway(ContractOut g, GatewayReport r) throws IOException {
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

  static void criterion(ContractOut g, CriterionResult c) throws IOException {
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

  static void grade(ContractOut g, GradeReport r) throws IOException {
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

  static void methodGrade(ContractOut g, MethodGrade m) throws IOException {
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

  static void timeline(ContractOut g, Timeline t) throws IOException {
    g.writeStartObject();
    date(g, GATEWAY_DATE, t.gatewayDate());
    date(g, EPA_DEADLINE, t.epaDeadline());
    date(g, OBSERVATION_PREPARATION_ENDS, t.observationPreparationEnds());
    date(g, RESIT_DEADLINE, t.resitDeadline());
    g.writeEndObject();
  }

  private static void findings(ContractOut g, List<Finding> findings) throws IOException {
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

  private static void text(ContractOut g, Name name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  private static void strings(ContractOut g, Name name, List<String> values) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  private static void date(ContractOut g, Name name, LocalDate date) throws IOException {
    text(g, name, date.toString());
  }

  private static void date(ContractOut g, Name name, Optional<LocalDate> date) throws IOException {
    text(g, name, date.map(LocalDate::toString).orElse(null));
  }

  private static void name(ContractOut g, Name name, Optional<? extends Enum<?>> value) throws IOException {
    text(g, name, value.map(Enum::name).orElse(null));
  }

  /** Hours and weeks as plain numbers, every digit as computed: never {@code 1E+2}, whatever the generator's settings. */
  private static void decimal(ContractOut g, Name name, BigDecimal value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value.toPlainString());
  }

  private static void decimal(ContractOut g, Name name, Optional<BigDecimal> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeNumber(value.get().toPlainString());
    } else {
      g.writeNull();
    }
  }
}
