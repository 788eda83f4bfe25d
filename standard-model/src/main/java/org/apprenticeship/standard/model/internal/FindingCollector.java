package org.apprenticeship.standard.model.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;

/**
 * Collects the findings about one document, keeping at most {@link #LIMIT} of them so that a hostile
 * document cannot make a reader or the rules run out of memory: past the limit, an error takes the
 * place of a kept warning (so a document with errors always shows one), and everything else is only
 * counted. The list it gives is ordered by path, then code, and ends, when anything was left out,
 * with one {@link FindingCode#LIMIT_01} finding that says how many more there were.
 *
 * <p>Every reader of the data module and the checks of the rules module collect their findings here:
 * this is the one place the cap lives. Not thread-safe.
 */
public final class FindingCollector {
  /** The most findings listed for one document; the rest are counted in a {@code LIMIT_01} finding. */
  public static final int LIMIT = 1_000;

  /** Orders findings by path as a person reads them, then by code. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path, JsonPaths.ORDER).thenComparing(Finding::code);

  private static final Pattern SUMMARY = Pattern.compile("^(\\d+) more findings are not listed \\((\\d+) errors and (\\d+) warnings\\)");

  private final List<Finding> kept = new ArrayList<>();
  private final Deque<Integer> keptWarnings = new ArrayDeque<>();
  private long omittedErrors;
  private long omittedWarnings;

  /** Creates an empty collector. */
  public FindingCollector() {}

  /**
   * Adds a finding: kept while there is room, else in place of a kept warning if it is an error, else
   * counted. A {@code LIMIT_01} finding written by a collector adds its counts instead.
   */
  public void add(Finding finding) {
    if (finding.code() == FindingCode.LIMIT_01 && absorbed(finding)) {
      return;
    }
    if (kept.size() < LIMIT) {
      if (!finding.isError()) {
        keptWarnings.push(kept.size());
      }
      kept.add(finding);
    } else if (finding.isError() && !keptWarnings.isEmpty()) {
      kept.set(keptWarnings.pop(), finding);
      omittedWarnings++;
    } else if (finding.isError()) {
      omittedErrors++;
    } else {
      omittedWarnings++;
    }
  }

  /** Adds findings, as {@link #add(Finding)} does each; a {@code LIMIT_01} among them adds its counts. */
  public void addAll(Collection<Finding> findings) {
    findings.forEach(this::add);
  }

  /** Adds what another collector holds, its counts included. */
  public void addAll(FindingCollector other) {
    other.kept.forEach(this::add);
    omittedErrors += other.omittedErrors;
    omittedWarnings += other.omittedWarnings;
  }

  /** True when nothing was added. */
  public boolean isEmpty() {
    return kept.isEmpty();
  }

  /** The number of findings added, kept or not. */
  public long count() {
    return kept.size() + omittedErrors + omittedWarnings;
  }

  /** True when any finding added was an error. */
  public boolean hasErrors() {
    return omittedErrors > 0 || kept.size() > keptWarnings.size();
  }

  /** The findings kept, ordered by path then code, followed by a {@code LIMIT_01} finding when any were left out. */
  public List<Finding> toList() {
    List<Finding> list = new ArrayList<>(kept.size() + 1);
    list.addAll(kept);
    list.sort(ORDER);
    long omitted = omittedErrors + omittedWarnings;
    if (omitted > 0) {
      list.add(Finding.of(FindingCode.LIMIT_01, JsonPaths.ROOT, omitted + " more findings are not listed (" + omittedErrors
          + " errors and " + omittedWarnings + " warnings); at most " + LIMIT + " are listed for one document, errors before warnings"));
    }
    return list;
  }

  /** The findings of a list, ordered and limited as {@link #toList()} gives them. */
  public static List<Finding> limited(Collection<Finding> findings) {
    FindingCollector collector = new FindingCollector();
    collector.addAll(findings);
    return collector.toList();
  }

  /** Adds the counts of a summary that a collector wrote; false for one it did not write (then it is kept like any other). */
  private boolean absorbed(Finding summary) {
    Matcher counts = SUMMARY.matcher(summary.message());
    if (!counts.find()) {
      return false;
    }
    omittedErrors += Long.parseLong(counts.group(2));
    omittedWarnings += Long.parseLong(counts.group(3));
    return true;
  }
}
