package org.apprenticeship.standard.model.internal;

/**
 * The regular expressions behind the model's {@code @Pattern} constraints, in one place so that the
 * constraints, the JSON Schemas and the tests agree.
 */
public final class Patterns {
  /** A standard's reference: {@code ST} and four digits. */
  public static final String STANDARD_REFERENCE = "^ST[0-9]{4}$";

  /** An occupation's reference: {@code OCC} and four digits. */
  public static final String OCCUPATION_REFERENCE = "^OCC[0-9]{4}$";

  /** A KSB code: {@code K}, {@code S} or {@code B} and a number from 1, such as {@code K1}. */
  public static final String KSB_CODE = "^[KSB][1-9][0-9]{0,3}$";

  /** A duty code: {@code D} and a number from 1. */
  public static final String DUTY_CODE = "^D[1-9][0-9]{0,3}$";

  /** A slug: lower-case letters and digits in words joined by single hyphens. */
  public static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

  /** A grade code: upper-case letters and underscores, such as {@code PASS}. */
  public static final String GRADE = "^[A-Z][A-Z_]{0,31}$";

  /** A source id: a letter, then letters, digits, hyphens or underscores, such as {@code P1}. */
  public static final String SOURCE_ID = "^[A-Za-z][A-Za-z0-9_-]{0,31}$";

  /**
   * An ISO 8601 calendar date to the month ({@code 2026-11}) or to the day ({@code 2026-11-23}), in
   * the years 1900 to 2099 (a plausible day to have read a page).
   */
  public static final String MONTH_OR_DATE = "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?$";

  /** A SOC 2020 unit group ({@code 6136}) or sub-unit group ({@code 6136/99}). */
  public static final String SOC_CODE = "^[0-9]{4}(/[0-9]{2})?$";

  /**
   * A citation path: {@code $}, then property names ({@code .ksbs}) and list selectors, each either
   * {@code [*]} (every item) or {@code [KEY]} (the item whose code or id is KEY; KEY may hold
   * letters, digits, {@code _ . / -}).
   */
  public static final String CITATION_PATH =
      "^\\$(\\.[A-Za-z][A-Za-z0-9]*|\\[(\\*|[A-Za-z0-9][A-Za-z0-9_./-]*)\\])*$";

  private Patterns() {}
}
