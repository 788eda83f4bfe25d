package org.apprenticeship.standard.model.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A parsed citation path (see {@code Citation}): property names and list selectors. Orders by
 * specificity, so the greatest of several covering paths is the one that applies.
 */
public final class CitationPath implements Comparable<CitationPath> {
  private static final Pattern FORM = Pattern.compile(Patterns.CITATION_PATH);
  private static final String WILDCARD = "*";
  /** Paths the rules look up again and again are parsed once; the cache stops growing at its limit. */
  private static final int CACHE_LIMIT = 1024;
  private static final Map<String, CitationPath> CACHE = new ConcurrentHashMap<>();

  private final List<Segment> segments;

  private CitationPath(List<Segment> segments) {
    this.segments = segments;
  }

  /** One step of a path: a property name, or a list selector (a key, or the wildcard). */
  public static final class Segment {
    private final boolean selector;
    private final String text;

    Segment(boolean selector, String text) {
      this.selector = selector;
      this.text = text;
    }

    /** True for a list selector, false for a property name. */
    public boolean isSelector() {
      return selector;
    }

    /** True for the selector of every item. */
    public boolean isWildcard() {
      return selector && WILDCARD.equals(text);
    }

    /** The property name, or the key the selector picks. */
    public String text() {
      return text;
    }

    boolean matches(Segment concrete) {
      return selector == concrete.selector && (isWildcard() || text.equals(concrete.text));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Segment && ((Segment) o).selector == selector && ((Segment) o).text.equals(text);
    }

    @Override
    public int hashCode() {
      return Objects.hash(selector, text);
    }

    @Override
    public String toString() {
      return selector ? "[" + text + "]" : "." + text;
    }
  }

  /**
   * Tells whether a text is a citation path.
   *
   * @param path the text; may be null
   * @return true when {@link #parse(String)} accepts it
   */
  public static boolean isValid(String path) {
    return path != null && FORM.matcher(path).matches();
  }

  /**
   * Parses a citation path.
   *
   * @param path the path; not null
   * @return the parsed path
   * @throws IllegalArgumentException if the path is not of the citation-path form
   */
  public static CitationPath parse(String path) {
    CitationPath cached = CACHE.get(path);
    if (cached != null) {
      return cached;
    }
    CitationPath parsed = parseUncached(path);
    if (CACHE.size() < CACHE_LIMIT) {
      CACHE.putIfAbsent(path, parsed);
    }
    return parsed;
  }

  private static CitationPath parseUncached(String path) {
    if (!isValid(path)) {
      throw new IllegalArgumentException(
          "not a citation path: \"" + path + "\"; a citation path looks like $.ksbs[K6].theme or $.ksbs[*].statement");
    }
    List<Segment> segments = new ArrayList<>();
    int i = 1;
    while (i < path.length()) {
      if (path.charAt(i) == '.') {
        int end = next(path, i + 1);
        segments.add(new Segment(false, path.substring(i + 1, end)));
        i = end;
      } else {
        int end = path.indexOf(']', i);
        segments.add(new Segment(true, path.substring(i + 1, end)));
        i = end + 1;
      }
    }
    return new CitationPath(List.copyOf(segments));
  }

  private static int next(String path, int from) {
    int i = from;
    while (i < path.length() && path.charAt(i) != '.' && path.charAt(i) != '[') {
      i++;
    }
    return i;
  }

  /** The segments, from the root down. */
  public List<Segment> segments() {
    return segments;
  }

  /**
   * Tells whether this path covers another: every segment of this path matches the segment of the
   * other at the same place, and the other is at least as long.
   */
  public boolean covers(CitationPath concrete) {
    if (concrete.segments.size() < segments.size()) {
      return false;
    }
    for (int i = 0; i < segments.size(); i++) {
      if (!segments.get(i).matches(concrete.segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** More segments is more specific; at equal length, fewer wildcards is more specific. */
  @Override
  public int compareTo(CitationPath other) {
    int byLength = Integer.compare(segments.size(), other.segments.size());
    if (byLength != 0) {
      return byLength;
    }
    return Long.compare(other.wildcards(), wildcards());
  }

  private long wildcards() {
    return segments.stream().filter(Segment::isWildcard).count();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CitationPath && ((CitationPath) o).segments.equals(segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("$");
    segments.forEach(text::append);
    return text.toString();
  }
}
