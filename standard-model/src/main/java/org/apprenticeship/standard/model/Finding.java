package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * One problem found in a standard or a learner record: a stable {@linkplain FindingCode code}, a
 * {@linkplain Severity severity}, the JSON path of the value concerned, and a message that says
 * what must or should hold.
 *
 * <p>Paths are in JSON Path form from the document's root, such as {@code $.evidence[4].ksbs[1]}:
 * list items by zero-based index, and properties whose names are not plain identifiers in brackets
 * ({@code $.gradingRules[0].methodGrades['professional-discussion']}).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding implements WithFinding {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Finding() {}

  /**
   * The code, stable from release to release.
   *
   * @return the code; not null
   */
  public abstract FindingCode code();

  /**
   * The severity, normally the code's own.
   *
   * @return the severity; not null
   */
  public abstract Severity severity();

  /**
   * The JSON path of the value concerned, {@code $} for the whole document.
   *
   * @return the path; not null
   */
  public abstract String path();

  /**
   * What must or should hold, for a person.
   *
   * @return the message; not null
   */
  public abstract String message();

  /**
   * Tells whether this finding is an {@linkplain Severity#ERROR error}.
   *
   * @return true for an error
   */
  @JsonIgnore
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * Returns a finding with the code's own severity.
   *
   * @param code the code; not null
   * @param path the JSON path of the value concerned; not null
   * @param message what must or should hold; not null
   * @return the finding; not null
   * @throws NullPointerException if an argument is null
   */
  public static Finding of(FindingCode code, String path, String message) {
    Objects.requireNonNull(code, "code");
    return ImmutableFinding.builder().code(code).severity(code.severity()).path(path).message(message).build();
  }

  /**
   * Returns a finding with its code's catalogue summary as the message.
   *
   * @param code the code; not null
   * @param path the JSON path of the value concerned; not null
   * @return the finding; not null
   * @throws NullPointerException if an argument is null
   */
  public static Finding of(FindingCode code, String path) {
    return of(code, path, code.summary());
  }

  @Override
  public String toString() {
    return severity() + " " + code() + " " + path() + ": " + message();
  }
}
