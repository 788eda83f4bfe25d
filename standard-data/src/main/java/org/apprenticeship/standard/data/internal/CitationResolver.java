package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.internal.CitationPath;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;

/** Resolves citation paths against the JSON tree of a standard, and lists the facts a standard states. */
public final class CitationResolver {
  /** The parts of a standard that are about its facts, not facts themselves. */
  private static final Set<String> NOT_FACTS = Set.of("sources", "citations");

  private CitationResolver() {}

  /** Reports every citation whose path matches no node of the standard. */
  public static List<Finding> unresolved(JsonNode standard, List<Citation> citations) {
    FindingCollector findings = new FindingCollector();
    Map<JsonNode, Map<String, List<JsonNode>>> byKey = new IdentityHashMap<>();
    for (int i = 0; i < citations.size(); i++) {
      String path = citations.get(i).path();
      if (CitationPath.isValid(path) && resolve(standard, CitationPath.parse(path), byKey).isEmpty()) {
        findings.add(Finding.of(FindingCode.SOURCE_04,
            JsonPaths.property(JsonPaths.index(JsonPaths.property(JsonPaths.ROOT, "citations"), i), "path"),
            "the citation path " + path + " matches no fact of the standard"));
      }
    }
    return findings.toList();
  }

  /** The nodes a citation path selects. */
  public static List<JsonNode> resolve(JsonNode root, CitationPath path) {
    return resolve(root, path, new IdentityHashMap<>());
  }

  /**
   * Resolves a path as {@link #resolve(JsonNode, CitationPath)} does, looking items of a list up by
   * key in {@code byKey}, which it fills the first time it meets a list, so that resolving every
   * citation of a standard takes time in proportion to the citations and the facts, not to their product.
   */
  private static List<JsonNode> resolve(JsonNode root, CitationPath path, Map<JsonNode, Map<String, List<JsonNode>>> byKey) {
    List<JsonNode> nodes = List.of(root);
    for (CitationPath.Segment segment : path.segments()) {
      List<JsonNode> next = new ArrayList<>();
      for (JsonNode node : nodes) {
        if (!segment.isSelector() && node.isObject() && node.has(segment.text())) {
          next.add(node.get(segment.text()));
        } else if (segment.isSelector() && node.isArray()) {
          if (segment.isWildcard()) {
            node.forEach(next::add);
          } else {
            next.addAll(byKey.computeIfAbsent(node, CitationResolver::itemsByKey).getOrDefault(segment.text(), List.of()));
          }
        }
      }
      nodes = next;
    }
    return nodes;
  }

  private static Map<String, List<JsonNode>> itemsByKey(JsonNode array) {
    Map<String, List<JsonNode>> items = new HashMap<>();
    for (JsonNode item : array) {
      String key = key(item);
      if (key != null) {
        items.computeIfAbsent(key, k -> new ArrayList<>(1)).add(item);
      }
    }
    return items;
  }


  /**
   * Lists the paths of the facts a standard states: every value that is not an object, and every
   * list whose items are not keyed objects, each with list items selected by their code or id.
   */
  public static List<String> facts(JsonNode standard) {
    List<String> facts = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = standard.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!NOT_FACTS.contains(field.getKey())) {
        collect(field.getValue(), "$." + field.getKey(), facts);
      }
    }
    return facts;
  }

  private static void collect(JsonNode node, String path, List<String> facts) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(field.getValue(), path + "." + field.getKey(), facts));
    } else if (node.isArray() && node.size() > 0 && allKeyed(node)) {
      node.forEach(item -> collect(item, path + "[" + key(item) + "]", facts));
    } else {
      facts.add(path);
    }
  }

  private static boolean allKeyed(JsonNode array) {
    for (JsonNode item : array) {
      if (key(item) == null) {
        return false;
      }
    }
    return true;
  }

  private static String key(JsonNode item) {
    if (!item.isObject()) {
      return null;
    }
    JsonNode key = item.has("code") ? item.get("code") : item.get("id");
    return key != null && key.isTextual() ? key.asText() : null;
  }
}
