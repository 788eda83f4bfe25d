package org.apprenticeship.standard.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The citation paths of a standard in a tree of their segments, so that finding the citation that
 * applies to a fact takes steps in proportion to the fact's path, not to the number of citations:
 * a lookup follows, at each segment, the child with the same segment and, for a list selector, the
 * wildcard child, and so visits each node of the tree at most once.
 *
 * <p>Immutable once built, and thread-safe.
 */
public final class CitationIndex {
  private static final CitationPath.Segment WILDCARD = CitationPath.parse("$[*]").segments().get(0);

  private final List<CitationPath> paths;
  private final Node root = new Node();

  private static final class Node {
    final Map<CitationPath.Segment, Node> children = new HashMap<>();
    /** The first citation whose path ends here, or -1. */
    int citation = -1;
  }

  /**
   * Indexes citation paths.
   *
   * @param paths the parsed paths in citation order; null for a path that is not well formed, which is left out
   */
  public CitationIndex(List<CitationPath> paths) {
    this.paths = paths;
    for (int i = 0; i < paths.size(); i++) {
      if (paths.get(i) == null) {
        continue;
      }
      Node node = root;
      for (CitationPath.Segment segment : paths.get(i).segments()) {
        node = node.children.computeIfAbsent(segment, s -> new Node());
      }
      if (node.citation < 0) {
        node.citation = i;
      }
    }
  }

  /**
   * Finds the citation that applies to a path: of those whose paths {@linkplain CitationPath#covers
   * cover} it, the greatest by {@link CitationPath#compareTo}, the first in citation order among equals.
   *
   * @param query the path of a fact
   * @return the position of the citation, or -1 when none covers the path
   */
  public int find(CitationPath query) {
    return find(root, query.segments(), 0, -1);
  }

  private int find(Node node, List<CitationPath.Segment> segments, int depth, int best) {
    int found = node.citation >= 0 ? better(node.citation, best) : best;
    if (depth == segments.size()) {
      return found;
    }
    CitationPath.Segment segment = segments.get(depth);
    Node same = node.children.get(segment);
    if (same != null) {
      found = find(same, segments, depth + 1, found);
    }
    if (segment.isSelector() && !segment.isWildcard()) {
      Node any = node.children.get(WILDCARD);
      if (any != null) {
        found = find(any, segments, depth + 1, found);
      }
    }
    return found;
  }

  private int better(int a, int b) {
    if (b < 0) {
      return a;
    }
    int byPath = paths.get(a).compareTo(paths.get(b));
    return byPath > 0 ? a : byPath < 0 ? b : Math.min(a, b);
  }
}
