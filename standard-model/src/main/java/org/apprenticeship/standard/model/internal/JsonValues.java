package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values that the model holds for the caller (its {@code extensions}): kept immutable, and
 * written with every number as it was read.
 *
 * <p>An object or array is held as a frozen copy whose members cannot change: every way of
 * changing a Jackson container goes through its collection of members, which here is unmodifiable,
 * so each one throws {@link UnsupportedOperationException}. A frozen value is equal to, and has the
 * hash code of, an ordinary one with the same content; {@code deepCopy()} gives an ordinary,
 * changeable copy. Texts, numbers, booleans and null are immutable in Jackson already. A
 * {@code POJONode} (any Java object) or a missing node is not a JSON value and is refused; binary
 * data becomes its Base64 text, as JSON writes it.
 */
public final class JsonValues {
  private JsonValues() {}

  /**
   * The values of a map, frozen, in the same order; the map itself unmodifiable.
   *
   * @throws IllegalArgumentException if a value is not a JSON value
   */
  public static Map<String, JsonNode> frozen(Map<String, JsonNode> values) {
    Map<String, JsonNode> frozen = new LinkedHashMap<>();
    values.forEach((name, value) -> frozen.put(name, frozen(value)));
    return Collections.unmodifiableMap(frozen);
  }

  /** Tells whether every value of a map is frozen (or immutable by nature). */
  public static boolean areFrozen(Map<String, JsonNode> values) {
    for (JsonNode value : values.values()) {
      if (!isFrozen(value)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A frozen copy of a value, or the value itself when it cannot change.
   *
   * @throws IllegalArgumentException if the value is not a JSON value
   */
  public static JsonNode frozen(JsonNode value) {
    if (isFrozen(value)) {
      return value;
    }
    if (value.isObject()) {
      Map<String, JsonNode> members = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        members.put(field.getKey(), frozen(field.getValue()));
      }
      return new FrozenObject(members);
    }
    if (value.isArray()) {
      List<JsonNode> items = new ArrayList<>(value.size());
      value.forEach(item -> items.add(frozen(item)));
      return new FrozenArray(items);
    }
    if (value instanceof BinaryNode) {
      return TextNode.valueOf(value.asText());
    }
    throw new IllegalArgumentException("not a JSON value: " + value.getNodeType() + " " + value
        + "; extensions hold JSON values only (objects, arrays, texts, numbers, booleans, null)");
  }

  /** A frozen object of members that are frozen already, in their order. */
  public static JsonNode object(Map<String, JsonNode> members) {
    return new FrozenObject(members);
  }

  /** A frozen array of items that are frozen already, in their order. */
  public static JsonNode array(List<JsonNode> items) {
    return new FrozenArray(items);
  }

  private static boolean isFrozen(JsonNode value) {
    return value instanceof FrozenObject || value instanceof FrozenArray
        || value.isValueNode() && !value.isPojo() && !value.isBinary() || value.isNull();
  }

  /** An object whose members cannot change. */
  private static final class FrozenObject extends ObjectNode {
    private static final long serialVersionUID = 1L;

    FrozenObject(Map<String, JsonNode> members) {
      super(JsonNodeFactory.instance, Collections.unmodifiableMap(members));
    }
  }

  /** An array whose items cannot change. */
  private static final class FrozenArray extends ArrayNode {
    private static final long serialVersionUID = 1L;

    FrozenArray(List<JsonNode> items) {
      super(JsonNodeFactory.instance, Collections.unmodifiableList(items));
    }
  }

  /**
   * Writes a JSON value with every number as it was read ({@code 1.10}, {@code 1E+2},
   * {@code 1E+400}), whatever the generator does with the library's own decimals (which it writes
   * in plain digits): a caller's number is neither rounded nor expanded.
   */
  public static final class ExactSerializer extends JsonSerializer<JsonNode> {
    @Override
    public void serialize(JsonNode value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      boolean plain = generator.isEnabled(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      generator.disable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
      try {
        value.serialize(generator, provider);
      } finally {
        if (plain) {
          generator.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        }
      }
    }
  }
}
