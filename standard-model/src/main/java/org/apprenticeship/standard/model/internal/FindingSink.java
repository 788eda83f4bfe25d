package org.apprenticeship.standard.model.internal;

import java.util.ArrayList;
import java.util.List;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;

/**
 * Collects the findings about one document or value, each at the place a {@link PathStack} has
 * reached when it is reported.
 */
public final class FindingSink {
  private final PathStack path;
  private final List<Finding> findings = new ArrayList<>();
  private int errors;

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
    add(Finding.of(code, path.path(), message));
  }

  /** Reports a finding about a value at a path relative to the current place (itself starting with {@code $}). */
  public void reportRelative(FindingCode code, String relativePath, String message) {
    add(Finding.of(code, JsonPaths.join(path.path(), relativePath), message));
  }

  /** Reports a finding with its own path. */
  public void add(Finding finding) {
    findings.add(finding);
    if (finding.isError()) {
      errors++;
    }
  }

  /** How many errors were reported so far. */
  public int errors() {
    return errors;
  }

  /** Every finding so far, in the order reported. */
  public List<Finding> findings() {
    return findings;
  }
}
