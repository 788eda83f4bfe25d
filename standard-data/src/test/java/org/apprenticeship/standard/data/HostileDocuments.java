package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Hostile variants of good documents, for fuzzing the readers: changes to the tree (nulls, wrong
 * types, fields removed, unknown or duplicated, huge numbers, long or strange strings, deep nesting)
 * and then to the bytes (truncation, flipped bytes, invalid UTF-8, a byte-order mark, UTF-16, cut or
 * repeated ranges). Each change is a kind and a seed, so jqwik can shrink a failing case to the
 * fewest, simplest changes.
 */
final class HostileDocuments {
  /** A string value written as raw JSON text instead of a string. */
  private static final String RAW = "\u0001raw:";
  /** A field name that is written as the name after the colon, a second time in its object. */
  private static final String DUPLICATE = "\u0001dup";

  private static final String[] HUGE_NUMBERS = {"1e999999999", "-1E-999999999", "1" + "0".repeat(99), "1" + "0".repeat(101),
      "0.000000000000000000000000000001", "-0", "1e400", "12345678901234567890.5", "NaN", "Infinity", "-2147483649", "9223372036854775808"};
  private static final String[] STRANGE_STRINGS = {"", " ", "\t", "\u0000", "\u007f", "\u200b", "\ufeff", "😀", "é", "\\", "\"",
      "K1\nK2", "ST0007\n", "2024-02-30", "0000-01-01", "9999-12-31", "P-3M", "1.1.1.1.1", "$.ksbs[*]"};
  private static final byte[][] INVALID_UTF8 = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88}};
  private static final String[] ESCAPES = {"\\ud800", "\\udc00", "\\ud83d\\ude00", "\\u0000", "\\uZZZZ", "\\x", "\\"};

  /** What a change does. */
  enum Kind {
    NULL_VALUE, WRONG_TYPE, REMOVE_FIELD, UNKNOWN_FIELD, DUPLICATE_FIELD, HUGE_NUMBER, STRANGE_STRING, LONG_STRING, ESCAPE,
    DEEP_NESTING, EMPTY_CONTAINER, TRUNCATE, FLIP_BYTES, INVALID_UTF8, BYTE_ORDER_MARK, UTF16, CUT_RANGE, REPEAT_RANGE;

    boolean onTheTree() {
      return ordinal() < TRUNCATE.ordinal();
    }
  }

  /** One change: its kind, and the seed of its random choices. */
  static final class Change {
    final Kind kind;
    final long seed;

    Change(Kind kind, long seed) {
      this.kind = kind;
      this.seed = seed;
    }

    @Override
    public String toString() {
      return kind + "#" + seed;
    }
  }

  private HostileDocuments() {}

  /** One to four changes, tree changes most often. */
  static Arbitrary<List<Change>> changes() {
    Arbitrary<Change> change = Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs()).as(Change::new);
    return change.list().ofMinSize(1).ofMaxSize(4);
  }

  /** A document changed as the changes say: the tree first, then the bytes. */
  static byte[] apply(JsonNode seed, List<Change> changes) {
    JsonNode tree = seed.deepCopy();
    for (Change change : changes) {
      if (change.kind.onTheTree()) {
        tree = onTheTree(tree, change.kind, new Random(change.seed));
      }
    }
    byte[] bytes = write(tree).getBytes(StandardCharsets.UTF_8);
    for (Change change : changes) {
      bytes = changeBytes(bytes, change);
    }
    return bytes;
  }

  /** A change of bytes applied to any bytes, such as a whole NDJSON stream; a change of the tree leaves them as they are. */
  static byte[] changeBytes(byte[] bytes, Change change) {
    return change.kind.onTheTree() ? bytes : onTheBytes(bytes, change.kind, new Random(change.seed));
  }

  /** A place in a tree: a container and a field name or an index in it. */
  private static final class Place {
    final ContainerNode<?> parent;
    final String field;
    final int index;

    Place(ContainerNode<?> parent, String field, int index) {
      this.parent = parent;
      this.field = field;
      this.index = index;
    }

    JsonNode get() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void places(JsonNode node, List<Place> out) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        out.add(new Place((ObjectNode) node, field.getKey(), -1));
        places(field.getValue(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Place((ArrayNode) node, null, i));
        places(node.get(i), out);
      }
    }
  }

  private static JsonNode onTheTree(JsonNode tree, Kind kind, Random random) {
    List<Place> places = new ArrayList<>();
    places(tree, places);
    if (places.isEmpty()) {
      return tree;
    }
    Place place = places.get(random.nextInt(places.size()));
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    switch (kind) {
      case NULL_VALUE:
        place.set(NullNode.getInstance());
        break;
      case WRONG_TYPE:
        JsonNode[] others = {TextNode.valueOf("1"), IntNode.valueOf(1), BooleanNode.TRUE, nodes.arrayNode(), nodes.objectNode(),
            nodes.numberNode(2.5), TextNode.valueOf("true")};
        place.set(others[random.nextInt(others.length)]);
        break;
      case REMOVE_FIELD:
        if (place.field != null) {
          ((ObjectNode) place.parent).remove(place.field);
        } else {
          ((ArrayNode) place.parent).remove(place.index);
        }
        break;
      case UNKNOWN_FIELD:
        if (place.get().isObject()) {
          ((ObjectNode) place.get()).put(random.nextBoolean() ? "extensions" : "unknwon" + random.nextInt(9), random.nextInt());
        }
        break;
      case DUPLICATE_FIELD:
        if (place.field != null) {
          ((ObjectNode) place.parent).set(DUPLICATE + random.nextInt(1000) + ":" + place.field, place.get().deepCopy());
        }
        break;
      case HUGE_NUMBER:
        place.set(TextNode.valueOf(RAW + HUGE_NUMBERS[random.nextInt(HUGE_NUMBERS.length)]));
        break;
      case STRANGE_STRING:
        place.set(TextNode.valueOf(STRANGE_STRINGS[random.nextInt(STRANGE_STRINGS.length)]));
        break;
      case LONG_STRING:
        place.set(TextNode.valueOf("x".repeat(random.nextBoolean() ? 100_001 : 1 + random.nextInt(2_000))));
        break;
      case ESCAPE:
        place.set(TextNode.valueOf(RAW + "\"a" + ESCAPES[random.nextInt(ESCAPES.length)] + "b\""));
        break;
      case DEEP_NESTING:
        int depth = 20 + random.nextInt(30);
        place.set(TextNode.valueOf(RAW + "[".repeat(depth) + "]".repeat(depth)));
        break;
      case EMPTY_CONTAINER:
        place.set(random.nextBoolean() ? nodes.arrayNode() : nodes.objectNode());
        break;
      default:
        throw new IllegalArgumentException(kind.toString());
    }
    return tree;
  }

  private static byte[] onTheBytes(byte[] bytes, Kind kind, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    switch (kind) {
      case TRUNCATE:
        return java.util.Arrays.copyOf(bytes, at);
      case FLIP_BYTES:
        byte[] flipped = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
      case INVALID_UTF8:
        out.write(bytes, 0, at);
        byte[] invalid = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        out.write(invalid, 0, invalid.length);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
      case BYTE_ORDER_MARK:
        out.write(0xEF);
        out.write(0xBB);
        out.write(0xBF);
        out.write(bytes, 0, bytes.length);
        return out.toByteArray();
      case UTF16:
        return new String(bytes, StandardCharsets.UTF_8).getBytes(random.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
      case CUT_RANGE:
        int end = at + random.nextInt(bytes.length - at + 1);
        out.write(bytes, 0, at);
        out.write(bytes, end, bytes.length - end);
        return out.toByteArray();
      case REPEAT_RANGE:
        int to = at + random.nextInt(Math.min(bytes.length - at, 200) + 1);
        out.write(bytes, 0, to);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
      default:
        throw new IllegalArgumentException(kind.toString());
    }
  }

  /** JSON text of a tree, with raw values and duplicated fields as the tree changes asked for. */
  static String write(JsonNode tree) {
    StringBuilder out = new StringBuilder();
    write(tree, out);
    return out.toString();
  }

  private static void write(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      boolean first = true;
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String name = field.getKey().startsWith(DUPLICATE) ? field.getKey().substring(field.getKey().indexOf(':') + 1) : field.getKey();
        out.append(first ? "" : ",").append(TextNode.valueOf(name)).append(':');
        write(field.getValue(), out);
        first = false;
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ",");
        write(node.get(i), out);
      }
      out.append(']');
    } else if (node.isTextual() && node.textValue().startsWith(RAW)) {
      out.append(node.textValue().substring(RAW.length()));
    } else {
      out.append(node);
    }
  }
}
