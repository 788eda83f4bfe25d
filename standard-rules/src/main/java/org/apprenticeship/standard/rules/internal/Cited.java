package org.apprenticeship.standard.rules.internal;

import org.apprenticeship.standard.model.Standard;

/** Says where a fact of a standard comes from, for the reasons the rules give. */
final class Cited {
  private Cited() {}

  /** Such as {@code " (ASSUMED: A5, P11)"}, or empty when the fact is not cited. */
  static String as(Standard standard, String path) {
    return standard.citationFor(path)
        .map(c -> " (" + standard.statusOf(c).map(Enum::name).orElse("UNKNOWN") + ": " + String.join(", ", c.sources()) + ")")
        .orElse("");
  }
}
