package org.apprenticeship.standard.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;

/**
 * The funding rules on off-the-job training and minimum duration that apply to an apprentice, by
 * start date. Each regime carries its sources; all are SECONDARY (providers and product vendors
 * quoting the Department for Education's rules), read in November 2026.
 *
 * <p>The first two regimes agree numerically: with {@code D} the planned duration in weeks (days
 * from start to planned end, divided by 7) and {@code H} the contracted hours a week, the minimum is
 * {@code (D - 5.6 D / 52) * 6 * min(H, 30) / 30} hours, before any reduction for prior learning.
 *
 * @since 0.1.0
 */
public enum OffTheJobRegime {
  /** Starts before 1 August 2022: 20% of contracted hours, hours capped at 30 a week for the calculation. */
  TWENTY_PERCENT(null, LocalDate.of(2022, 7, 31), 12,
      "20% of contracted hours over the planned duration, with working hours capped at 30 a week for the calculation"
          + " and statutory leave excluded",
      Sources.FE_WEEK, Sources.ONEFILE),
  /** Starts from 1 August 2022 to 31 July 2025: 6 hours a week, or 20% of contracted hours below 30 a week. */
  SIX_HOURS_A_WEEK(LocalDate.of(2022, 8, 1), LocalDate.of(2025, 7, 31), 12,
      "6 hours a week for 30 or more contracted hours a week, 20% of contracted hours for fewer;"
          + " statutory leave (5.6 weeks a year) excluded",
      Sources.DFE_HELP, Sources.ONEFILE),
  /** Starts from 1 August 2025: the minimum published for each standard, at least 187 hours. */
  PUBLISHED_MINIMUM(LocalDate.of(2025, 8, 1), null, 8,
      "the minimum number of hours published for each standard in the 2025-26 funding rules (Annex C), not a weekly figure;"
          + " 187 hours is the floor for any apprenticeship",
      Sources.CITY_AND_GUILDS);

  /** The least published minimum of any apprenticeship under {@link #PUBLISHED_MINIMUM}, in hours. */
  public static final int FLOOR_HOURS = 187;

  private final LocalDate firstStart;
  private final LocalDate lastStart;
  private final int minimumDurationMonths;
  private final String rule;
  private final List<Source> sources;

  OffTheJobRegime(LocalDate firstStart, LocalDate lastStart, int minimumDurationMonths, String rule, Source... sources) {
    this.firstStart = firstStart;
    this.lastStart = lastStart;
    this.minimumDurationMonths = minimumDurationMonths;
    this.rule = rule;
    this.sources = List.of(sources);
  }

  /**
   * Returns the regime for an apprentice who started on a date.
   *
   * @param startDate the start date; not null
   * @return the regime; not null
   */
  public static OffTheJobRegime forStart(LocalDate startDate) {
    Objects.requireNonNull(startDate, "startDate");
    for (OffTheJobRegime regime : values()) {
      boolean afterFirst = regime.firstStart == null || !startDate.isBefore(regime.firstStart);
      boolean beforeLast = regime.lastStart == null || !startDate.isAfter(regime.lastStart);
      if (afterFirst && beforeLast) {
        return regime;
      }
    }
    throw new IllegalStateException("the regimes do not cover " + startDate);
  }

  /**
   * Returns the rule, in words.
   *
   * @return the rule; not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the minimum time on programme before gateway under the same funding rules: 12 months
   * for starts before 1 August 2025, 8 months from then.
   *
   * @return the months
   */
  public int minimumDurationMonths() {
    return minimumDurationMonths;
  }

  /**
   * Returns the sources of the rule.
   *
   * @return the sources; not null
   */
  public List<Source> sources() {
    return sources;
  }

  /** The pages the regimes come from. */
  private static final class Sources {
    static final Source FE_WEEK = source("FEWEEK", "Making sense of the 20% off-the-job apprenticeship funding rule, FE Week",
        "https://feweek.co.uk/making-sense-of-the-20-off-the-job-apprenticeship-funding-rule/");
    static final Source ONEFILE = source("ONEFILE", "Better together product update FAQ: the off-the-job formula and worked figures, OneFile",
        "https://onefile.co.uk/onefile-better-together-product-update-faq/");
    static final Source DFE_HELP = source("DFE-OTJ", "New OTJ calculation, Department for Education customer help community",
        "https://customerhelp.education.gov.uk/hc/en-gb/community/posts/7117206188050-new-OTJ-calculation");
    static final Source CITY_AND_GUILDS = source("CG-2025", "2025-26 apprenticeship funding rules, City & Guilds",
        "https://www.cityandguilds.com/news/may-2025/2025-26-apprenticeship-funding-rules");

    private static Source source(String id, String title, String url) {
      return Source.builder().id(id).title(title).url(url).dateRead("2026-11").status(SourceStatus.SECONDARY).build();
    }
  }
}
