package org.apprenticeship.standard.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.internal.CitationIndex;
import org.apprenticeship.standard.model.internal.CitationPath;
import org.apprenticeship.standard.model.internal.Patterns;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.apprenticeship.standard.model.internal.StandardStructure;
import org.immutables.value.Value;

/**
 * One version of an apprenticeship occupational standard: what an apprentice must know, do and be
 * (the {@linkplain Ksb KSBs}), how they are assessed at the end (the {@linkplain AssessmentPlan
 * assessment plan}), what must hold before that assessment ({@linkplain GatewayCriterion gateway
 * criteria}), and where each fact comes from ({@linkplain Source sources} and
 * {@linkplain Citation citations}).
 *
 * <p>A standard is identified by its {@linkplain #reference() reference} and
 * {@linkplain #version() version}, such as ST0007 version 1.1.
 *
 * <p>Immutable and thread-safe. Besides its field constraints, a standard is checked as a whole
 * (unique KSB codes, every KSB that a duty or method names exists, every cited source exists),
 * which {@link ModelValidator} reports. To replace a part, such as the assessment plan with an
 * end-point assessment organisation's official KSB mapping, use the {@code with*} methods or
 * {@code Standard.builder().from(standard)}, and cite the new source.
 *
 * @since 0.1.0
 */
@Value.Immutable
@StandardStructure
@JsonSerialize(as = ImmutableStandard.class)
@JsonDeserialize(as = ImmutableStandard.class)
public abstract class Standard implements WithStandard {

  // Package-private, so that only the generated implementation extends it: users cannot subclass it.
  Standard() {}

  /**
   * The reference: {@code ST} and four digits, such as {@code ST0007}.
   *
   * @return the reference; not null
   */
  @Pattern(regexp = Patterns.STANDARD_REFERENCE, message = "must be a standard reference: ST and four digits, such as ST0007")
  public abstract String reference();

  /**
   * The version, such as {@code 1.1}; see {@link Version} for how versions compare.
   *
   * @return the version; not null
   */
  @Pattern(regexp = Version.PATTERN, message = "must be a version: whole numbers separated by dots, such as 1.1")
  public abstract String version();

  /**
   * The title.
   *
   * @return the title; not null
   */
  @NotBlank
  public abstract String title();

  /**
   * The level, from 2 to 7.
   *
   * @return the level
   */
  @Min(2)
  @Max(7)
  public abstract int level();

  /**
   * The status, as published, such as {@code Approved for delivery}.
   *
   * @return the status; not null
   */
  @NotBlank
  public abstract String status();

  /**
   * The route (the group of related occupations), such as {@code Care services}.
   *
   * @return the route; not null
   */
  @NotBlank
  public abstract String route();

  /**
   * The typical time to complete the apprenticeship, in months, before the end-point assessment.
   *
   * @return the months; empty when not known
   */
  public abstract Optional<@Positive Integer> typicalDurationMonths();

  /**
   * The maximum government funding for one apprentice, in pounds sterling.
   *
   * @return the amount; empty when not known
   */
  public abstract Optional<@PositiveOrZero Integer> maxFundingPounds();

  /**
   * The first day an apprentice may start on this version.
   *
   * @return the date; empty when not known
   */
  public abstract Optional<@PlausibleDate LocalDate> earliestStartDate();

  /**
   * The last day an apprentice may start on this version.
   *
   * @return the date; empty when new starts are not closed
   */
  public abstract Optional<@PlausibleDate LocalDate> latestStartDate();

  /**
   * The occupation the standard trains for.
   *
   * @return the occupation; empty when not known (for example, after import from the public API)
   */
  public abstract Optional<@Valid Occupation> occupation();

  /**
   * The knowledge, skills and behaviours, in standard order: knowledge, then skills, then
   * behaviours, each by number.
   *
   * @return the KSBs; not empty
   */
  @NotEmpty
  public abstract List<@Valid Ksb> ksbs();

  /**
   * The duties (new-template standards only).
   *
   * @return the duties; empty for an old-template standard
   */
  public abstract List<@Valid Duty> duties();

  /**
   * The options (standards with core and options only).
   *
   * @return the options; may be empty
   */
  public abstract List<@Valid StandardOption> options();

  /**
   * The end-point assessment plan.
   *
   * @return the plan; empty when not known (the public standards API carries none), in which case
   *     the rules that need it say so
   */
  public abstract Optional<@Valid AssessmentPlan> assessmentPlan();

  /**
   * The gateway criteria, in the order they are usually checked.
   *
   * @return the criteria; may be empty
   */
  public abstract List<@Valid GatewayCriterion> gatewayCriteria();

  /**
   * The sources the facts of this standard come from.
   *
   * @return the sources; may be empty
   */
  public abstract List<@Valid Source> sources();

  /**
   * The citations that tie facts to sources.
   *
   * @return the citations; may be empty
   */
  public abstract List<@Valid Citation> citations();

  /**
   * Returns the version as a comparable {@link Version}.
   *
   * @return the version; not null
   * @throws IllegalArgumentException if the version is not well formed (an invalid standard)
   */
  public Version versionNumber() {
    return Version.parse(version());
  }

  /**
   * Returns the KSB with a code.
   *
   * @param code a KSB code, such as {@code K9}; not null
   * @return the KSB; empty when the standard has no KSB with that code
   */
  public Optional<Ksb> ksb(String code) {
    return Optional.ofNullable(ksbIndex().get(code));
  }

  /**
   * Returns the position of a KSB in standard order.
   *
   * @param code a KSB code, such as {@code K9}; not null
   * @return the zero-based position, or -1 when the standard has no KSB with that code
   */
  public int ksbIndexOf(String code) {
    Integer position = ksbPositions().get(code);
    return position == null ? -1 : position;
  }

  /**
   * Returns the KSBs of one type, in standard order.
   *
   * @param type the type; not null
   * @return the KSBs of that type; may be empty
   */
  public List<Ksb> ksbs(KsbType type) {
    return ksbs().stream().filter(k -> k.type() == type).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the KSB codes, in standard order.
   *
   * @return the codes; not null
   */
  public List<String> ksbCodes() {
    return ksbs().stream().map(Ksb::code).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the KSBs grouped by theme, themes in the order of their first KSB; KSBs without a theme
   * are left out.
   *
   * @return the KSBs of each theme; not null
   */
  public Map<String, List<Ksb>> ksbsByTheme() {
    Map<String, List<Ksb>> byTheme = new LinkedHashMap<>();
    for (Ksb ksb : ksbs()) {
      ksb.theme().ifPresent(theme -> byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(ksb));
    }
    byTheme.replaceAll((theme, list) -> List.copyOf(list));
    return Collections.unmodifiableMap(byTheme);
  }

  /**
   * Returns the source with an id.
   *
   * @param id a source id, such as {@code P1}; not null
   * @return the source; empty when the standard has no source with that id
   */
  public Optional<Source> source(String id) {
    return sourcesById().getOrDefault(id, List.of()).stream().findFirst();
  }

  /**
   * Returns the citation that applies to the fact at a path: the most specific citation whose path
   * covers it (see {@link Citation}).
   *
   * @param path the path of a fact, with list items selected by code or id, such as
   *     {@code $.ksbs[K9].theme}; not null
   * @return the citation; empty when no citation covers the path
   * @throws IllegalArgumentException if {@code path} is not a citation path
   */
  public Optional<Citation> citationFor(String path) {
    Map<String, Optional<Citation>> memo = citationMemo();
    Optional<Citation> known = memo.get(path);
    if (known != null) {
      return known;
    }
    Optional<Citation> found = findCitation(CitationPath.parse(path));
    if (memo.size() < CITATION_MEMO_LIMIT) {
      memo.putIfAbsent(path, found);
    }
    return found;
  }

  private Optional<Citation> findCitation(CitationPath query) {
    int found = citationIndex().find(query);
    return found < 0 ? Optional.empty() : Optional.of(citations().get(found));
  }

  /**
   * Returns how far the fact at a path can be trusted: the weakest status among the sources of
   * the citation that applies to it.
   *
   * @param path the path of a fact, such as {@code $.assessmentPlan.gradingRules}; not null
   * @return the status; empty when no citation covers the path or its sources are unknown
   * @throws IllegalArgumentException if {@code path} is not a citation path
   */
  public Optional<SourceStatus> statusOf(String path) {
    return citationFor(path).flatMap(this::statusOf);
  }

  /**
   * Returns how far the facts of a citation can be trusted: the weakest status among its sources.
   *
   * @param citation a citation of this standard; not null
   * @return the status; empty when none of its sources is a source of this standard
   */
  public Optional<SourceStatus> statusOf(Citation citation) {
    SourceStatus weakest = null;
    for (String id : citation.sources()) {
      for (Source source : sourcesById().getOrDefault(id, List.of())) {
        weakest = weakest == null ? source.status() : weakest.weakest(source.status());
      }
    }
    return Optional.ofNullable(weakest);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with nothing set; not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** How many answers of {@link #citationFor(String)} a standard keeps. */
  private static final int CITATION_MEMO_LIMIT = 512;

  /** The answers of {@link #citationFor(String)} so far: a cache that changes nothing a caller can see. */
  @Value.Lazy
  @JsonIgnore
  Map<String, Optional<Citation>> citationMemo() {
    return new ConcurrentHashMap<>();
  }

  /** The citation paths parsed once, in citation order; null for a path that is not well formed (an invalid standard). */
  @Value.Lazy
  @JsonIgnore
  List<CitationPath> citationPaths() {
    List<CitationPath> parsed = new ArrayList<>(citations().size());
    for (Citation citation : citations()) {
      parsed.add(CitationPath.isValid(citation.path()) ? CitationPath.parse(citation.path()) : null);
    }
    return Collections.unmodifiableList(parsed);
  }

  /** The citation paths in a tree, for lookups that do not scan every citation. */
  @Value.Lazy
  @JsonIgnore
  CitationIndex citationIndex() {
    return new CitationIndex(citationPaths());
  }

  /** The sources by id, in source order (several only in an invalid standard). */
  @Value.Lazy
  @JsonIgnore
  Map<String, List<Source>> sourcesById() {
    Map<String, List<Source>> byId = new HashMap<>();
    for (Source source : sources()) {
      byId.computeIfAbsent(source.id(), id -> new ArrayList<>(1)).add(source);
    }
    return Collections.unmodifiableMap(byId);
  }

  @Value.Lazy
  @JsonIgnore
  Map<String, Integer> ksbPositions() {
    Map<String, Integer> positions = new HashMap<>(ksbs().size() * 2);
    for (int i = 0; i < ksbs().size(); i++) {
      positions.putIfAbsent(ksbs().get(i).code(), i);
    }
    return Collections.unmodifiableMap(positions);
  }

  @Value.Lazy
  @JsonIgnore
  Map<String, Ksb> ksbIndex() {
    Map<String, Ksb> index = new LinkedHashMap<>();
    for (Ksb ksb : ksbs()) {
      index.putIfAbsent(ksb.code(), ksb);
    }
    return index;
  }

  /** Builds a {@link Standard}; {@code build()} throws {@link IllegalStateException} when a required attribute is not set. */
  public static final class Builder extends ImmutableStandard.Builder {
    // Package-private: builder() is the one way to get a builder.
    Builder() {}
  }
}
