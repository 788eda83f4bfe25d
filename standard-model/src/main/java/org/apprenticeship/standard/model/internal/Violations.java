package org.apprenticeship.standard.model.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apprenticeship.standard.model.FindingCode;

/**
 * Reports the violations of a {@link ClassCheck}, each with its finding code and the path of the
 * value concerned relative to the value checked.
 */
public final class Violations {
  private final FindingSink sink;

  /** Violations reported to a sink, relative to its current place. */
  public Violations(FindingSink sink) {
    this.sink = sink;
  }

  /** Reports one violation. */
  public void report(FindingCode code, String relativePath, String message) {
    sink.reportRelative(code, relativePath, message);
  }

  /**
   * Reports every item of a list whose key an earlier item already has.
   *
   * @param listPath the relative path of the list
   * @param field the name of the key's property in an item, or null when the items are the keys
   * @param what what the key is, for the message, such as "KSB code"
   */
  public <T> void unique(FindingCode code, String listPath, String field, List<T> items,
      Function<T, String> key, String what) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = key.apply(items.get(i));
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier != null) {
        String itemPath = JsonPaths.index(listPath, i);
        report(code, field == null ? itemPath : JsonPaths.property(itemPath, field),
            what + " " + value + " is already used at index " + earlier + "; it must be unique");
      }
    }
  }
}
