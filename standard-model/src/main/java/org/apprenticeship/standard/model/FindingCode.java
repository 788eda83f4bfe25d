package org.apprenticeship.standard.model;

/**
 * The catalogue of finding codes: each code's name is stable from release to release, and carries
 * its severity and a summary of the rule it reports. The README lists the catalogue.
 *
 * <p>Codes are grouped by area: {@code JSON_} (the document's structure), {@code FIELD_} (one
 * value), and one prefix per part of a standard or learner record for rules that span several
 * values.
 *
 * @since 0.1.0
 */
public enum FindingCode {
  /** The document is not well-formed JSON; the message gives the line and column. */
  JSON_01(Severity.ERROR, "The document is not well-formed JSON."),
  /** The document is larger or deeper than the reader accepts. */
  JSON_02(Severity.ERROR, "The document exceeds a reading limit (size, nesting depth, or the length of a string, name or number)."),
  /** A field that the format does not have, usually a typo. */
  JSON_03(Severity.ERROR, "A field is not part of the format (usually a typo); in a learner record, put your own data under \"extensions\"."),
  /** A required field is missing. */
  JSON_04(Severity.ERROR, "A required field is missing."),
  /** A value has the wrong JSON type. */
  JSON_05(Severity.ERROR, "A value has the wrong JSON type (such as text where a number belongs)."),
  /** A value is not one of the values allowed there. */
  JSON_06(Severity.ERROR, "A value is not one of the values allowed there."),
  /** A date or period is not in ISO 8601 form. */
  JSON_07(Severity.ERROR, "A date or period is not in ISO 8601 form (a date such as 2024-09-02, a period such as P3M)."),
  /** A field appears twice in one object. */
  JSON_08(Severity.ERROR, "A field appears twice in one object."),
  /** The document is not UTF-8: malformed or overlong bytes, a lone surrogate, or another encoding such as UTF-16. */
  JSON_09(Severity.ERROR, "The document is not UTF-8 (bytes that are not UTF-8, an overlong form, a lone surrogate, or another encoding such as UTF-16)."),

  /** A text is blank. */
  FIELD_01(Severity.ERROR, "A text must not be blank."),
  /** A value does not have the form required there. */
  FIELD_02(Severity.ERROR, "A value does not have the form required there (such as a KSB code K1 or a reference ST0007)."),
  /** A number or a date is outside its range. */
  FIELD_03(Severity.ERROR, "A number, or a date, is outside its allowed range."),
  /** A list is empty. */
  FIELD_04(Severity.ERROR, "A list must not be empty."),
  /** A text is too long. */
  FIELD_05(Severity.ERROR, "A text is longer than allowed."),
  /** Any other constraint of a value. */
  FIELD_06(Severity.ERROR, "A value breaks a constraint."),

  /** Two KSBs share a code. */
  KSB_01(Severity.ERROR, "Two KSBs of a standard have the same code."),

  /** Two duties share a code. */
  DUTY_01(Severity.ERROR, "Two duties of a standard have the same code."),
  /** A duty maps a KSB the standard lacks. */
  DUTY_02(Severity.ERROR, "A duty maps a KSB that the standard does not have."),
  /** A duty names an option the standard lacks. */
  DUTY_03(Severity.ERROR, "A duty names an option that the standard does not have."),
  /** Two options share an id. */
  OPTION_01(Severity.ERROR, "Two options of a standard have the same id."),

  /** Two methods share an id. */
  PLAN_01(Severity.ERROR, "Two assessment methods have the same id."),
  /** A method assesses a KSB the standard lacks. */
  PLAN_02(Severity.ERROR, "An assessment method assesses a KSB that the standard does not have."),
  /** A grade scale repeats a grade. */
  PLAN_03(Severity.ERROR, "A grade scale names the same grade twice."),
  /** A grading rule does not name exactly the plan's methods. */
  PLAN_04(Severity.ERROR, "A grading rule must give a grade for each method of the plan, and for no other."),
  /** A grade that a method cannot award. */
  PLAN_05(Severity.ERROR, "A grading rule or grade descriptor gives a method a grade that the method cannot award."),
  /** An overall grade not on the plan's scale. */
  PLAN_06(Severity.ERROR, "An overall grade (of a grading rule, or the resit cap) is not one of the plan's overall grades."),
  /** The grading table misses or repeats a combination. */
  PLAN_07(Severity.ERROR, "The grading table must have exactly one rule for each combination of method grades."),
  /** The grading table is not monotone. */
  PLAN_08(Severity.WARNING, "The grading table gives a lower overall grade for a better method grade."),
  /** A period that is not positive. */
  PLAN_09(Severity.ERROR, "A period (EPA period, preparation period, resit window) must be positive."),

  /** Two gateway criteria share an id. */
  GATEWAY_01(Severity.ERROR, "Two gateway criteria have the same id."),
  /** A criterion lacks what its kind needs. */
  GATEWAY_02(Severity.ERROR, "A gateway criterion lacks what its kind needs (a minimum level for a qualification, English or maths; a declaration for other kinds)."),

  /** A criterion names a method the plan lacks. */
  GATEWAY_03(Severity.ERROR, "A gateway criterion names an assessment method that the plan does not have."),
  /** Gateway passed with a mandatory criterion not met. */
  GATEWAY_04(Severity.WARNING, "The gateway was passed while a mandatory criterion was not met."),

  /** Two sources share an id. */
  SOURCE_01(Severity.ERROR, "Two sources have the same id."),
  /** A citation names a source the standard lacks. */
  SOURCE_02(Severity.ERROR, "A citation names a source that the standard does not have."),
  /** Two citations share a path. */
  SOURCE_03(Severity.ERROR, "Two citations have the same path."),
  /** A citation path matches nothing. */
  SOURCE_04(Severity.ERROR, "A citation path matches no fact of the standard."),

  /** The record's standard is not held. */
  RECORD_01(Severity.ERROR, "The record's standard, or the version it names, is not held."),
  /** The record names another standard or version than the one it is evaluated against. */
  RECORD_02(Severity.ERROR, "The record names a different standard or version from the one it is checked against."),
  /** The planned end is not after the start. */
  RECORD_03(Severity.ERROR, "The planned end date must be after the start date."),
  /** The start date is outside the version's start dates. */
  RECORD_04(Severity.WARNING, "The start date is outside the dates on which the standard's version accepted new starts."),
  /** The planned duration is shorter than the minimum duration. */
  RECORD_05(Severity.WARNING, "The planned duration, breaks in learning excluded, is shorter than the minimum duration of the funding rules."),
  /** The date of birth is not before the start. */
  RECORD_06(Severity.ERROR, "The date of birth must be before the start date."),

  /** A break ends before it begins. */
  BREAK_01(Severity.ERROR, "A break in learning ends before it begins."),
  /** Two breaks overlap. */
  BREAK_02(Severity.ERROR, "Two breaks in learning overlap."),
  /** A break outside the planned programme. */
  BREAK_03(Severity.ERROR, "A break in learning starts before the start date or ends after the planned end date."),
  /** A month without training or a break. */
  BREAK_04(Severity.WARNING, "A calendar month on programme has no off-the-job training and no break in learning."),

  /** Evidence maps a KSB the standard lacks. */
  EVIDENCE_01(Severity.ERROR, "Evidence is mapped to a KSB that the standard does not have."),
  /** Two pieces of evidence share an id. */
  EVIDENCE_02(Severity.ERROR, "Two pieces of evidence have the same id."),
  /** Evidence maps the same KSB twice. */
  EVIDENCE_03(Severity.WARNING, "A piece of evidence is mapped to the same KSB twice; it counts once."),
  /** Evidence is dated after the as-of date. */
  EVIDENCE_04(Severity.WARNING, "Evidence is dated after the as-of date, so it is not counted."),
  /** Evidence maps no KSB. */
  EVIDENCE_05(Severity.WARNING, "Evidence is mapped to no KSB, so it covers nothing."),
  /** Evidence dated inside a break. */
  EVIDENCE_06(Severity.WARNING, "Evidence is dated inside a break in learning."),

  /** More than 24 hours on one day. */
  OTJ_01(Severity.ERROR, "The off-the-job hours logged on one day exceed 24."),
  /** Training logged before the start. */
  OTJ_02(Severity.WARNING, "Off-the-job training is dated before the start date, so it is not counted."),
  /** Training logged after the as-of date. */
  OTJ_03(Severity.WARNING, "Off-the-job training is dated after the as-of date, so it is not counted."),
  /** A published minimum below the floor. */
  OTJ_04(Severity.WARNING, "The published off-the-job minimum given is below the floor of the funding rules (187 hours from 2025-08-01)."),
  /** Training logged inside a break. */
  OTJ_05(Severity.WARNING, "Off-the-job training is dated inside a break in learning."),
  /** Training logged after the gateway. */
  OTJ_06(Severity.WARNING, "Off-the-job training is dated after the gateway date, so it is not counted."),
  /** Prior learning hours that the funding rules do not take off the minimum. */
  OTJ_07(Severity.WARNING, "Prior learning hours are not taken off the minimum: under the funding rules of the start date, prior learning shortens the planned duration instead."),
  /** A weekly pace above the contracted hours. */
  OTJ_08(Severity.WARNING, "The weekly pace of off-the-job training needed is above the contracted hours a week: the plan cannot be met."),

  /** An achievement dated after the as-of date. */
  ACHIEVEMENT_01(Severity.ERROR, "An achievement is dated after the as-of date."),

  /** A result for a method the plan lacks. */
  EPA_01(Severity.ERROR, "An end-point assessment result names a method that the assessment plan does not have."),
  /** A grade the method cannot award. */
  EPA_02(Severity.ERROR, "An end-point assessment result has a grade that its method cannot award."),
  /** A result before the gateway date. */
  EPA_03(Severity.ERROR, "An end-point assessment result is dated before the gateway date."),
  /** Results without a gateway date. */
  EPA_04(Severity.WARNING, "End-point assessment results are recorded without a gateway date."),
  /** The same attempt of a method twice. */
  EPA_05(Severity.ERROR, "Two results are recorded for the same attempt at the same method."),
  /** A result dated after the as-of date. */
  EPA_06(Severity.ERROR, "An end-point assessment result is dated after the as-of date."),
  /** Results for a standard without a plan. */
  EPA_07(Severity.ERROR, "End-point assessment results are recorded, but the standard has no assessment plan."),
  /** A later attempt dated before an earlier one. */
  EPA_08(Severity.ERROR, "A later attempt at a method is dated before an earlier attempt."),
  /** A gateway date after the as-of date, or before the start. */
  EPA_09(Severity.ERROR, "The gateway date is after the as-of date, or before the start date."),
  /** An attempt after a pass. */
  EPA_10(Severity.WARNING, "An attempt at a method after it was passed does not count."),
  /** A late retake that restarts the whole EPA. */
  EPA_11(Severity.WARNING, "A failed method was taken again after its resit window, so the whole EPA is retaken: earlier results of the other methods no longer count."),
  /** A first attempt marked as a resit or retake. */
  EPA_12(Severity.ERROR, "A first attempt cannot be a resit or a retake."),

  /** A first attempt after the EPA deadline. */
  TIMELINE_01(Severity.WARNING, "A first attempt is dated after the end of the EPA period."),
  /** A resit or retake after its window. */
  TIMELINE_02(Severity.WARNING, "A resit or retake is dated after the resit window of the failed attempt before it."),
  /** A method taken before its preparation ends. */
  TIMELINE_03(Severity.WARNING, "A method is dated before the end of its preparation period after gateway."),
  /** The EPA period is over with methods still ungraded. */
  TIMELINE_04(Severity.WARNING, "The EPA period is over and a method still has no result."),
  /** The resit window is over without a new attempt. */
  TIMELINE_05(Severity.WARNING, "The resit window of a failed method is over and no new attempt is recorded."),


  /** A funding rule lacks a parameter of its kind, or has one its kind does not use. */
  FUNDING_01(Severity.ERROR, "A funding rule lacks a parameter its kind needs, or has one its kind does not use."),
  /** Two funding rules on one question apply on the same date. */
  FUNDING_02(Severity.ERROR, "Two funding rules on the same question apply on the same date."),
  /** Funding rules on one question are decided by different dates. */
  FUNDING_03(Severity.ERROR, "Funding rules on the same question are decided by different dates (start date and event date)."),
  /** A funding rule ends before it begins. */
  FUNDING_04(Severity.ERROR, "A funding rule's last day is before its first day."),
  /** A funding rule cites a source the set lacks. */
  FUNDING_05(Severity.ERROR, "A funding rule cites a source that the funding rules do not have."),
  /** Two funding rules share an id. */
  FUNDING_06(Severity.ERROR, "Two funding rules have the same id."),
  /** A funding rule's status is stronger than its sources. */
  FUNDING_07(Severity.ERROR, "A funding rule's status is stronger than that of any source it cites."),

  /** A duty of an imported record maps an id that the record lacks; the mapping is left out. */
  IMPORT_01(Severity.WARNING, "A duty of an imported record maps a KSB or option id that the record does not have; that mapping is left out."),
  /** Two KSBs of one kind, or two duties, of an imported record share an id. */
  IMPORT_02(Severity.ERROR, "Two knowledges, skills, behaviours or duties of an imported record have the same id."),
  /** The record's two version fields disagree. */
  IMPORT_03(Severity.WARNING, "The version and versionNumber of an imported record disagree; version is used."),

  /** More findings than are listed for one document; always the last finding, with the number left out. */
  LIMIT_01(Severity.WARNING, "The document has more findings than the 1,000 listed (errors first); this last finding says how many more there were.");

  private final Severity severity;
  private final String summary;

  FindingCode(Severity severity, String summary) {
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * Returns the severity of findings with this code.
   *
   * @return the severity; not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the rule this code reports, in one sentence.
   *
   * @return the summary; not null
   */
  public String summary() {
    return summary;
  }
}
