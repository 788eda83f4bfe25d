package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.StandardException;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;

/**
 * Checks a JSON document against one of the library's JSON Schemas (draft 2020-12), reporting every
 * violation as a finding. It implements the part of JSON Schema those schemas use, and refuses a
 * schema with any other keyword, so that a schema cannot say more than is checked.
 *
 * <p>The shipped schemas are the single description of the formats' structure: what is checked here
 * is exactly what they say, and what other languages check with them. A schema is compiled once into
 * plain objects; the path of a value is only written out for a value that has a finding.
 */
public final class SchemaChecker {
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "default", "examples",
      "type", "enum", "anyOf", "properties", "required", "additionalProperties", "propertyNames",
      "minProperties", "items", "minItems", "pattern", "format", "minLength", "maxLength",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
  private static final Set<String> FORMATS = Set.of("date", "duration");
  private static final String DEFS_PREFIX = "#/$defs/";

  private final Node root;

  private SchemaChecker(Node root) {
    this.root = root;
  }

  /**
   * Loads a schema shipped as a resource of this module.
   *
   * @param resource the resource name, relative to the data package
   * @throws StandardException if the resource is missing
   * @throws IllegalStateException if it is not a schema this checker supports
   */
  public static SchemaChecker load(String resource) {
    String path = "/org/apprenticeship/standard/data/" + resource;
    try (InputStream in = SchemaChecker.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StandardException("the JSON Schema resource " + path + " is missing from the library");
      }
      return new SchemaChecker(new Compiler(path, JsonSupport.mapper().readTree(in)).compile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema resource " + path, e);
    }
  }

  /** Checks a document, returning every violation, ordered by path, at most {@link FindingCollector#LIMIT} and a count of the rest. */
  public List<Finding> check(JsonNode document) {
    FindingCollector findings = new FindingCollector();
    check(root, document, Location.ROOT, findings);
    return findings.toList();
  }

  private static void check(Node schema, JsonNode value, Location at, FindingCollector out) {
    if (schema.ref != null) {
      check(schema.ref, value, at, out);
    }
    if (schema.anyOf != null) {
      checkAnyOf(schema, value, at, out);
      return;
    }
    if (schema.types != null && !schema.typeMatches(value)) {
      out.add(Finding.of(FindingCode.JSON_05, at.path(), "must be " + schema.typeDescription + ", not " + describe(value)));
      return;
    }
    if (schema.enumValues != null) {
      if (!schema.enumValues.contains(value)) {
        out.add(Finding.of(FindingCode.JSON_06, at.path(), "must be one of " + schema.enumDescription + ", not " + describe(value)));
      }
      return;
    }
    switch (value.getNodeType()) {
      case STRING:
        checkText(schema, value.textValue(), at, out);
        break;
      case NUMBER:
        checkNumber(schema, value, at, out);
        break;
      case ARRAY:
        checkArray(schema, value, at, out);
        break;
      case OBJECT:
        checkObject(schema, value, at, out);
        break;
      default:
        break;
    }
  }

  /**
   * A value is valid under anyOf when one branch accepts it. Otherwise the findings of the branch
   * meant for the value's JSON type are reported, or, when no branch takes that type, one finding
   * that names the types allowed.
   */
  private static void checkAnyOf(Node schema, JsonNode value, Location at, FindingCollector out) {
    FindingCollector forThisType = null;
    for (Node branch : schema.anyOf) {
      FindingCollector findings = new FindingCollector();
      check(branch, value, at, findings);
      if (findings.isEmpty()) {
        return;
      }
      boolean wrongType = findings.count() == 1 && findings.toList().get(0).code() == FindingCode.JSON_05
          && findings.toList().get(0).path().equals(at.path());
      if (!wrongType && forThisType == null) {
        forThisType = findings;
      }
    }
    if (forThisType != null) {
      out.addAll(forThisType);
    } else {
      out.add(Finding.of(FindingCode.JSON_05, at.path(), "must be " + schema.anyOfTypes + ", not " + describe(value)));
    }
  }

  private static void checkText(Node schema, String text, Location at, FindingCollector out) {
    if (schema.format != null && !formatMatches(schema.format, text)) {
      String form = "date".equals(schema.format)
          ? "a date in ISO 8601 form, such as 2024-09-02"
          : "a period in ISO 8601 form, such as P3M or P28D";
      out.add(Finding.of(FindingCode.JSON_07, at.path(), "must be " + form + ", not \"" + text + "\""));
      return;
    }
    if (schema.minLength > 0 && text.codePointCount(0, text.length()) < schema.minLength) {
      out.add(Finding.of(FindingCode.FIELD_01, at.path(), "must not be blank"));
      return;
    }
    if (schema.maxLength >= 0 && text.length() > schema.maxLength && text.codePointCount(0, text.length()) > schema.maxLength) {
      out.add(Finding.of(FindingCode.FIELD_05, at.path(), "must be at most " + schema.maxLength + " characters long"));
    }
    if (schema.pattern != null && !schema.pattern.matcher(text).find()) {
      out.add(Finding.of(FindingCode.FIELD_02, at.path(), "must be " + schema.patternDescription + ", not \"" + text + "\""));
    }
  }

  private static void checkNumber(Node schema, JsonNode value, Location at, FindingCollector out) {
    if (!schema.hasBounds) {
      return;
    }
    BigDecimal number = decimal(value);
    if (number == null) {
      out.add(Finding.of(FindingCode.FIELD_03, at.path(), "must be a finite number"));
    } else if (schema.minimum != null && number.compareTo(schema.minimum) < 0) {
      out.add(Finding.of(FindingCode.FIELD_03, at.path(), "must be at least " + schema.minimum.toPlainString()));
    } else if (schema.exclusiveMinimum != null && number.compareTo(schema.exclusiveMinimum) <= 0) {
      out.add(Finding.of(FindingCode.FIELD_03, at.path(), "must be greater than " + schema.exclusiveMinimum.toPlainString()));
    } else if (schema.maximum != null && number.compareTo(schema.maximum) > 0) {
      out.add(Finding.of(FindingCode.FIELD_03, at.path(), "must be at most " + schema.maximum.toPlainString()));
    } else if (schema.exclusiveMaximum != null && number.compareTo(schema.exclusiveMaximum) >= 0) {
      out.add(Finding.of(FindingCode.FIELD_03, at.path(), "must be less than " + schema.exclusiveMaximum.toPlainString()));
    }
  }

  private static void checkArray(Node schema, JsonNode value, Location at, FindingCollector out) {
    if (value.size() < schema.minItems) {
      out.add(Finding.of(FindingCode.FIELD_04, at.path(), "must not be empty"));
    }
    if (schema.items != null) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.items, value.get(i), at.index(i), out);
      }
    }
  }

  private static void checkObject(Node schema, JsonNode value, Location at, FindingCollector out) {
    for (String required : schema.required) {
      if (!value.has(required)) {
        out.add(Finding.of(FindingCode.JSON_04, at.property(required).path(), "required field \"" + required + "\" is missing"));
      }
    }
    if (value.size() < schema.minProperties) {
      out.add(Finding.of(FindingCode.FIELD_04, at.path(), "must not be empty"));
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      Location fieldAt = at.property(field.getKey());
      if (schema.propertyNames != null) {
        check(schema.propertyNames, TextNode.valueOf(field.getKey()), fieldAt, out);
      }
      Node property = schema.properties.get(field.getKey());
      if (property != null) {
        check(property, field.getValue(), fieldAt, out);
      } else if (schema.closed) {
        out.add(Finding.of(FindingCode.JSON_03, fieldAt.path(), unknownField(field.getKey(), schema.properties.keySet())));
      } else if (schema.additional != null) {
        check(schema.additional, field.getValue(), fieldAt, out);
      }
    }
  }

  private static String unknownField(String field, Set<String> properties) {
    Set<String> known = new TreeSet<>(properties);
    String message = "\"" + field + "\" is not a field here";
    String closest = null;
    int closestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(field.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < closestDistance) {
        closest = candidate;
        closestDistance = distance;
      }
    }
    if (closest != null && closestDistance <= Math.max(2, field.length() / 4)) {
      return message + "; did you mean \"" + closest + "\"?";
    }
    return message + "; the fields here are " + String.join(", ", known);
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static BigDecimal decimal(JsonNode value) {
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return value.decimalValue();
  }

  private static boolean formatMatches(String format, String text) {
    if ("date".equals(format)) {
      return isIsoDate(text);
    }
    try {
      Period.parse(text);
      return !text.contains("T") && !text.contains("-");
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Strict {@code yyyy-MM-dd} with a day that exists, as {@code LocalDate.parse} reads it, without its cost. */
  static boolean isIsoDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      return false;
    }
    try {
      LocalDate.of(year, month, day);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "the string \"" + abbreviate(value.asText()) + "\"";
    }
    if (value.isNumber()) {
      return "the number " + abbreviate(value.asText());
    }
    if (value.isBoolean()) {
      return value.asText();
    }
    if (value.isNull()) {
      return "null";
    }
    return value.isArray() ? "an array" : "an object";
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  /** Where a value is, written out as a JSON path only when a finding needs it. */
  private static final class Location {
    static final Location ROOT = new Location(null, null, -1);

    private final Location parent;
    private final String name;
    private final int index;

    private Location(Location parent, String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    Location property(String property) {
      return new Location(this, property, -1);
    }

    Location index(int i) {
      return new Location(this, null, i);
    }

    String path() {
      if (parent == null) {
        return JsonPaths.ROOT;
      }
      String base = parent.path();
      return name != null ? JsonPaths.property(base, name) : JsonPaths.index(base, index);
    }
  }

  /** One schema, compiled: every keyword read once into a field. */
  private static final class Node {
    Node ref;
    List<Node> anyOf;
    String anyOfTypes;
    Set<String> types;
    String typeDescription;
    List<JsonNode> enumValues;
    String enumDescription;
    String format;
    int minLength;
    int maxLength = -1;
    Pattern pattern;
    String patternDescription;
    boolean hasBounds;
    BigDecimal minimum;
    BigDecimal maximum;
    BigDecimal exclusiveMinimum;
    BigDecimal exclusiveMaximum;
    int minItems;
    Node items;
    List<String> required = List.of();
    Map<String, Node> properties = Map.of();
    int minProperties;
    boolean closed;
    Node additional;
    Node propertyNames;

    boolean typeMatches(JsonNode value) {
      JsonNodeType type = value.getNodeType();
      switch (type) {
        case STRING:
          return types.contains("string");
        case NUMBER:
          return types.contains("number") || types.contains("integer") && isInteger(value);
        case BOOLEAN:
          return types.contains("boolean");
        case OBJECT:
          return types.contains("object");
        case ARRAY:
          return types.contains("array");
        case NULL:
          return types.contains("null");
        default:
          return false;
      }
    }

    private static boolean isInteger(JsonNode value) {
      if (value.isIntegralNumber()) {
        return true;
      }
      BigDecimal number = decimal(value);
      return number != null && number.stripTrailingZeros().scale() <= 0;
    }
  }

  /** Reads a schema document into nodes, refusing keywords, formats and references it does not implement. */
  private static final class Compiler {
    private final String name;
    private final JsonNode document;
    private final Map<String, Node> definitions = new HashMap<>();

    Compiler(String name, JsonNode document) {
      this.name = name;
      this.document = document;
    }

    Node compile() {
      document.path("$defs").fieldNames().forEachRemaining(def -> definitions.put(DEFS_PREFIX + def, new Node()));
      document.path("$defs").fields().forEachRemaining(def -> fill(definitions.get(DEFS_PREFIX + def.getKey()), def.getValue(), "#/$defs/" + def.getKey()));
      Node root = new Node();
      fill(root, document, "#");
      return root;
    }

    private Node node(JsonNode schema, String where) {
      Node node = new Node();
      fill(node, schema, where);
      return node;
    }

    private void fill(Node node, JsonNode schema, String where) {
      if (!schema.isObject()) {
        throw new IllegalStateException(name + " " + where + ": a schema must be an object");
      }
      schema.fieldNames().forEachRemaining(keyword -> {
        if (!KEYWORDS.contains(keyword)) {
          throw new IllegalStateException(name + " " + where + ": unsupported keyword " + keyword);
        }
      });
      if (schema.has("$ref")) {
        node.ref = definitions.get(schema.get("$ref").asText());
        if (node.ref == null) {
          throw new IllegalStateException(name + " " + where + ": unresolved or unsupported $ref " + schema.get("$ref"));
        }
      }
      if (schema.has("anyOf")) {
        node.anyOf = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode branch : schema.get("anyOf")) {
          node.anyOf.add(node(branch, where + "/anyOf"));
          JsonNode resolved = branch.has("$ref") ? document.path("$defs").path(branch.get("$ref").asText().substring(DEFS_PREFIX.length())) : branch;
          types.add(resolved.has("type") ? describeTypes(resolved.get("type")) : "a value");
        }
        node.anyOfTypes = String.join(" or ", types);
      }
      if (schema.has("type")) {
        JsonNode type = schema.get("type");
        node.types = new TreeSet<>();
        if (type.isArray()) {
          type.forEach(t -> node.types.add(t.asText()));
        } else {
          node.types.add(type.asText());
        }
        node.typeDescription = describeTypes(type);
      }
      if (schema.has("enum")) {
        node.enumValues = new ArrayList<>();
        schema.get("enum").forEach(node.enumValues::add);
        node.enumDescription = node.enumValues.stream().filter(o -> !o.isNull()).map(JsonNode::asText).collect(Collectors.joining(", "));
      }
      if (schema.has("format")) {
        node.format = schema.get("format").asText();
        if (!FORMATS.contains(node.format)) {
          throw new IllegalStateException(name + " " + where + ": unsupported format " + schema.get("format"));
        }
      }
      node.minLength = schema.path("minLength").asInt(0);
      node.maxLength = schema.has("maxLength") ? schema.get("maxLength").asInt() : -1;
      if (schema.has("pattern")) {
        node.pattern = Pattern.compile(schema.get("pattern").asText());
        node.patternDescription = schema.has("description") ? schema.get("description").asText() : "text matching " + schema.get("pattern").asText();
      }
      node.minimum = bound(schema, "minimum");
      node.maximum = bound(schema, "maximum");
      node.exclusiveMinimum = bound(schema, "exclusiveMinimum");
      node.exclusiveMaximum = bound(schema, "exclusiveMaximum");
      node.hasBounds = node.minimum != null || node.maximum != null || node.exclusiveMinimum != null || node.exclusiveMaximum != null;
      node.minItems = schema.path("minItems").asInt(0);
      if (schema.has("items")) {
        node.items = node(schema.get("items"), where + "/items");
      }
      List<String> required = new ArrayList<>();
      schema.path("required").forEach(r -> required.add(r.asText()));
      node.required = List.copyOf(required);
      Map<String, Node> properties = new LinkedHashMap<>();
      schema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), node(p.getValue(), where + "/properties/" + p.getKey())));
      node.properties = properties;
      node.minProperties = schema.path("minProperties").asInt(0);
      JsonNode additional = schema.get("additionalProperties");
      node.closed = additional != null && additional.isBoolean() && !additional.asBoolean();
      if (additional != null && additional.isObject()) {
        node.additional = node(additional, where + "/additionalProperties");
      }
      if (schema.has("propertyNames")) {
        node.propertyNames = node(schema.get("propertyNames"), where + "/propertyNames");
      }
    }

    private static BigDecimal bound(JsonNode schema, String keyword) {
      return schema.has(keyword) ? schema.get(keyword).decimalValue() : null;
    }
  }

  private static String describeTypes(JsonNode type) {
    if (type.isArray()) {
      List<String> names = new ArrayList<>();
      type.forEach(t -> names.add(describeType(t.asText())));
      return String.join(" or ", names);
    }
    return describeType(type.asText());
  }

  private static String describeType(String type) {
    switch (type) {
      case "integer":
        return "a whole number";
      case "object":
        return "an object";
      case "array":
        return "an array";
      case "null":
        return "null";
      case "string":
      case "number":
      case "boolean":
        return "a " + type;
      default:
        throw new IllegalStateException("unsupported type " + type);
    }
  }
}
