package org.apprenticeship.standard.model.internal;

import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;

/**
 * Collects the findings about one document or value, each at the place a {@link PathStack} has
 * reached when it is reported, through a {@link FindingCollector} (so the cap on findings per
 * document holds here too).
 */
public final class FindingSink {
  private final PathStack path;
  private final FindingCollector collector = new FindingCollector();

  /** A sink that reports at the places {@code path} reaches. */
  public FindingSink(PathStack path) {
    this.path = path;
  }

  /** Where findings are reported. */
  public PathStack path() {
    return path;
  }

  /** Reports a finding about the value at the current place. */
  public void report(FindingCode code, String message) {
    collector.add(Finding.of(code, path.path(), message));
  }

  /** Reports a finding about a value at a path relative to the current place (itself starting with {@code $}). */
  public void reportRelative(FindingCode code, String relativePath, String message) {
    collector.add(Finding.of(code, JsonPaths.join(path.path(), relativePath), message));
  }

  /** Reports a finding with its own path. */
  public void add(Finding finding) {
    collector.add(finding);
  }

  /** How many findings were reported so far, listed or not. */
  public long count() {
    return collector.count();
  }

  /** True when nothing was reported. */
  public boolean isEmpty() {
    return collector.isEmpty();
  }

  /** The collector of the findings. */
  public FindingCollector collector() {
    return collector;
  }

  /** The findings, ordered by path then code, capped as {@link FindingCollector#toList()} gives them. */
  public List<Finding> findings() {
    return collector.toList();
  }
}
