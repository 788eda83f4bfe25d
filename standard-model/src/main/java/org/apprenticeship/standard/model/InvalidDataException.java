package org.apprenticeship.standard.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when data that must be valid, such as a standard being loaded, has errors. It carries
 * every finding, errors and warnings, not only the first.
 *
 * @since 0.1.0
 */
public class InvalidDataException extends StandardException {
  private static final long serialVersionUID = 1L;

  private final transient List<Finding> findings;

  /**
   * Creates an exception.
   *
   * @param what what was being read, such as {@code "standard ST0007.json"}; not null
   * @param findings every finding, at least one an error; not null
   */
  public InvalidDataException(String what, List<Finding> findings) {
    super(message(what, findings));
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns every finding.
   *
   * @return the findings, errors and warnings; not null
   */
  public List<Finding> findings() {
    return findings;
  }

  private static String message(String what, List<Finding> findings) {
    long errors = findings.stream().filter(Finding::isError).count();
    return what + " has " + errors + (errors == 1 ? " error" : " errors") + ":\n"
        + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
  }
}
