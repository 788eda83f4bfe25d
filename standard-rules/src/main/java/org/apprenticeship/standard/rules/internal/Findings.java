package org.apprenticeship.standard.rules.internal;

import java.util.Comparator;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.internal.JsonPaths;

/** The order of findings: by path, as a person reads it, then by code. */
public final class Findings {
  /** By path, numbers inside paths by value, then by code. */
  public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path, JsonPaths.ORDER).thenComparing(Finding::code);

  private Findings() {}
}
