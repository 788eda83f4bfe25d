package org.apprenticeship.standard.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.UnknownStandardException;

/**
 * A set of standards, each in one or more versions, looked up by reference and version. Versions of
 * a standard are kept oldest to newest, compared as {@linkplain org.apprenticeship.standard.model.Version
 * versions} ({@code 1.10} after {@code 1.9}). A registry never holds the same version twice.
 *
 * <p>{@link Standards#bundled()} returns the registry of the data bundled with the library;
 * {@link #of(Collection)} makes one of any standards. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardRegistry implements StandardLookup {
  private final Map<String, List<Standard>> byReference;
  private final String dataVersion;

  private StandardRegistry(Map<String, List<Standard>> byReference, String dataVersion) {
    this.byReference = byReference;
    this.dataVersion = dataVersion;
  }

  /**
   * Makes a registry of standards. The standards are taken as given; validate them first with
   * {@link Standards#validate(Standard)} if they were not read through {@link Standards}.
   *
   * @param standards the standards; not null, without nulls
   * @return the registry; not null
   * @throws IllegalArgumentException if two standards have the same reference and version
   * @throws NullPointerException if {@code standards} or one of them is null
   */
  public static StandardRegistry of(Collection<Standard> standards) {
    return of(standards, null);
  }

  static StandardRegistry of(Collection<Standard> standards, String dataVersion) {
    Map<String, List<Standard>> byReference = new TreeMap<>();
    for (Standard standard : standards) {
      Objects.requireNonNull(standard, "standard");
      List<Standard> versions = byReference.computeIfAbsent(standard.reference(), r -> new ArrayList<>());
      for (Standard other : versions) {
        if (other.versionNumber().compareTo(standard.versionNumber()) == 0) {
          throw new IllegalArgumentException(
              "version " + standard.version() + " of " + standard.reference() + " is given twice (as " + other.version()
                  + " and " + standard.version() + "); a registry holds each version once");
        }
      }
      versions.add(standard);
    }
    byReference.replaceAll((reference, versions) -> versions.stream()
        .sorted(Comparator.comparing(Standard::versionNumber))
        .collect(Collectors.toUnmodifiableList()));
    return new StandardRegistry(byReference, dataVersion);
  }

  /**
   * Returns the version of the bundled data, such as {@code 2026.11}, which changes whenever the
   * bundled facts change.
   *
   * @return the data version; empty for a registry made with {@link #of(Collection)}
   */
  public Optional<String> dataVersion() {
    return Optional.ofNullable(dataVersion);
  }

  /**
   * Returns the references of the standards held, in order.
   *
   * @return the references; not null
   */
  public List<String> references() {
    return List.copyOf(byReference.keySet());
  }

  /**
   * Returns every version of a standard, oldest first.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @return the versions; empty when the registry does not hold the standard
   */
  public List<Standard> versions(String reference) {
    return byReference.getOrDefault(Objects.requireNonNull(reference, "reference"), List.of());
  }

  /**
   * Returns every standard held, by reference and then version, oldest first.
   *
   * @return the standards; not null
   */
  public List<Standard> all() {
    return byReference.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the latest version of a standard.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @return the standard; empty when the registry does not hold it
   */
  public Optional<Standard> find(String reference) {
    List<Standard> versions = versions(reference);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  /**
   * Returns one version of a standard.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @param version the version, such as {@code 1.1}; not null
   * @return the standard; empty when the registry does not hold that version
   */
  public Optional<Standard> find(String reference, String version) {
    Objects.requireNonNull(version, "version");
    for (Standard standard : versions(reference)) {
      if (standard.version().equals(version)) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the latest version of a standard.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @return the standard; not null
   * @throws UnknownStandardException if the registry does not hold the standard; the message lists
   *     what it holds
   */
  public Standard get(String reference) {
    return find(reference).orElseThrow(() -> new UnknownStandardException(
        "there is no standard " + reference + "; " + describe()));
  }

  /**
   * Returns one version of a standard.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @param version the version, such as {@code 1.1}; not null
   * @return the standard; not null
   * @throws UnknownStandardException if the registry does not hold that version; the message lists
   *     what it holds
   */
  public Standard get(String reference, String version) {
    if (versions(reference).isEmpty()) {
      return get(reference);
    }
    return find(reference, version).orElseThrow(() -> new UnknownStandardException(
        "there is no version " + version + " of " + reference + "; " + describe()));
  }

  /**
   * Returns the version of a standard in force for an apprentice who started on a date: the latest
   * version whose earliest start date is on or before that date, where a version without an
   * earliest start date counts as in force from the beginning. The latest start date is not
   * considered: an apprentice who started after it is still on that version.
   *
   * @param reference the reference, such as {@code ST0007}; not null
   * @param startDate the apprentice's start date; not null
   * @return the version; empty when the registry does not hold the standard, or no version had
   *     started by {@code startDate}
   */
  public Optional<Standard> inForce(String reference, LocalDate startDate) {
    Objects.requireNonNull(startDate, "startDate");
    List<Standard> versions = versions(reference);
    for (int i = versions.size() - 1; i >= 0; i--) {
      Standard standard = versions.get(i);
      if (standard.earliestStartDate().map(earliest -> !earliest.isAfter(startDate)).orElse(true)) {
        return Optional.of(standard);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the standard a learner record is on: the version it names, or else the version
   * {@linkplain #inForce(String, LocalDate) in force} on its start date.
   *
   * @param record the record; not null
   * @return the standard; not null
   * @throws UnknownStandardException if the registry holds no such standard or version, or no
   *     version had started by the record's start date; the message lists what it holds
   */
  @Override
  public Standard standardFor(LearnerRecord record) {
    if (record.version().isPresent()) {
      return get(record.standard(), record.version().get());
    }
    if (versions(record.standard()).isEmpty()) {
      return get(record.standard());
    }
    return inForce(record.standard(), record.startDate()).orElseThrow(() -> new UnknownStandardException(
        "no version of " + record.standard() + " had started by " + record.startDate() + "; " + describe()));
  }

  /**
   * Says what the registry holds, such as {@code "holds ST0007 (1.1)"}.
   *
   * @return the description; not null
   */
  public String describe() {
    if (byReference.isEmpty()) {
      return "the registry holds no standard";
    }
    return "the registry holds " + byReference.entrySet().stream()
        .map(e -> e.getKey() + " (" + e.getValue().stream().map(Standard::version).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return "StandardRegistry[" + describe() + "]";
  }
}
