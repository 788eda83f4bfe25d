package org.apprenticeship.standard.model.internal;

import java.util.Arrays;

/**
 * Where a reader or a checker is in a document: a stack of property names and list indexes, written
 * out as a JSON path (see {@link JsonPaths}) only when a finding needs it, so that a valid value
 * costs no strings.
 */
public final class PathStack {
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  /** Enters a property. */
  public void push(String name) {
    grow();
    names[depth] = name;
    indexes[depth] = -1;
    depth++;
  }

  /** Enters a list item. */
  public void push(int index) {
    grow();
    names[depth] = null;
    indexes[depth] = index;
    depth++;
  }

  /** Leaves the property or item entered last. */
  public void pop() {
    depth--;
    names[depth] = null;
  }

  /** How many properties and items deep the current place is; 0 at the root. */
  public int depth() {
    return depth;
  }

  /** The JSON path of the current place, such as {@code $.evidence[4].ksbs[1]}. */
  public String path() {
    String path = JsonPaths.ROOT;
    for (int i = 0; i < depth; i++) {
      path = names[i] != null ? JsonPaths.property(path, names[i]) : JsonPaths.index(path, indexes[i]);
    }
    return path;
  }

  /** The JSON path of a property of the current place. */
  public String path(String property) {
    return JsonPaths.property(path(), property);
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }
}
