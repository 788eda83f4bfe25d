package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.StandardException;
import org.apprenticeship.standard.model.internal.JsonPaths;

/**
 * Checks a JSON document against one of the library's JSON Schemas (draft 2020-12), reporting every
 * violation as a finding. It implements the part of JSON Schema those schemas use, and refuses a
 * schema with any other keyword, so that a schema cannot say more than is checked.
 *
 * <p>The shipped schemas are the single description of the formats' structure: what is checked here
 * is exactly what they say, and what other languages check with them.
 */
public final class SchemaChecker {
  private static final Set<String> KEYWORDS = Set.of(
      "$schema", "$id", "$defs", "$ref", "$comment", "title", "description", "default", "examples",
      "type", "enum", "anyOf", "properties", "required", "additionalProperties", "propertyNames",
      "minProperties", "items", "minItems", "pattern", "format", "minLength", "maxLength",
      "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum");
  private static final Set<String> FORMATS = Set.of("date", "duration");
  private static final String DEFS_PREFIX = "#/$defs/";

  private final String name;
  private final JsonNode root;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  private SchemaChecker(String name, JsonNode root) {
    this.name = name;
    this.root = root;
    verify(root, "#");
  }

  /**
   * Loads a schema shipped as a resource of this module.
   *
   * @param resource the resource name, relative to the data package
   * @throws StandardException if the resource is missing or not a schema this checker supports
   */
  public static SchemaChecker load(String resource) {
    String path = "/org/apprenticeship/standard/data/" + resource;
    try (InputStream in = SchemaChecker.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new StandardException("the JSON Schema resource " + path + " is missing from the library");
      }
      return new SchemaChecker(path, JsonSupport.mapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON Schema resource " + path, e);
    }
  }

  /** The schema document itself. */
  public JsonNode schema() {
    return root;
  }

  /** Checks a document, returning every violation, ordered by path. */
  public List<Finding> check(JsonNode document) {
    List<Finding> findings = new ArrayList<>();
    check(root, document, JsonPaths.ROOT, findings);
    findings.sort(Comparator.comparing(Finding::path, JsonPaths.ORDER));
    return findings;
  }

  private void check(JsonNode schema, JsonNode value, String path, List<Finding> out) {
    if (schema.has("$ref")) {
      check(resolve(schema.get("$ref").asText()), value, path, out);
    }
    if (schema.has("anyOf")) {
      checkAnyOf(schema.get("anyOf"), value, path, out);
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
      out.add(Finding.of(FindingCode.JSON_05, path, "must be " + describeTypes(schema.get("type")) + ", not " + describe(value)));
      return;
    }
    if (schema.has("enum")) {
      checkEnum(schema.get("enum"), value, path, out);
      return;
    }
    if (value.isTextual()) {
      checkText(schema, value.asText(), path, out);
    } else if (value.isNumber()) {
      checkNumber(schema, value, path, out);
    } else if (value.isArray()) {
      checkArray(schema, value, path, out);
    } else if (value.isObject()) {
      checkObject(schema, value, path, out);
    }
  }

  /**
   * A value is valid under anyOf when one branch accepts it. Otherwise the findings of the branch
   * meant for the value's JSON type are reported, or, when no branch takes that type, one finding
   * that names the types allowed.
   */
  private void checkAnyOf(JsonNode branches, JsonNode value, String path, List<Finding> out) {
    List<String> types = new ArrayList<>();
    List<Finding> forThisType = null;
    for (JsonNode branch : branches) {
      List<Finding> findings = new ArrayList<>();
      check(branch, value, path, findings);
      if (findings.isEmpty()) {
        return;
      }
      boolean wrongType = findings.size() == 1 && findings.get(0).code() == FindingCode.JSON_05 && findings.get(0).path().equals(path);
      if (!wrongType && forThisType == null) {
        forThisType = findings;
      }
      JsonNode resolved = branch.has("$ref") ? resolve(branch.get("$ref").asText()) : branch;
      types.add(resolved.has("type") ? describeTypes(resolved.get("type")) : "a value");
    }
    if (forThisType != null) {
      out.addAll(forThisType);
    } else {
      out.add(Finding.of(FindingCode.JSON_05, path, "must be " + String.join(" or ", types) + ", not " + describe(value)));
    }
  }

  private void checkEnum(JsonNode allowed, JsonNode value, String path, List<Finding> out) {
    for (JsonNode option : allowed) {
      if (option.equals(value)) {
        return;
      }
    }
    String options = StreamSupport.stream(allowed.spliterator(), false)
        .filter(o -> !o.isNull()).map(JsonNode::asText).collect(Collectors.joining(", "));
    out.add(Finding.of(FindingCode.JSON_06, path, "must be one of " + options + ", not " + describe(value)));
  }

  private void checkText(JsonNode schema, String text, String path, List<Finding> out) {
    if (schema.has("format") && !formatMatches(schema.get("format").asText(), text)) {
      String form = "date".equals(schema.get("format").asText())
          ? "a date in ISO 8601 form, such as 2024-09-02"
          : "a period in ISO 8601 form, such as P3M or P28D";
      out.add(Finding.of(FindingCode.JSON_07, path, "must be " + form + ", not \"" + text + "\""));
      return;
    }
    if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
      out.add(Finding.of(FindingCode.FIELD_01, path, "must not be blank"));
      return;
    }
    if (schema.has("maxLength") && text.codePointCount(0, text.length()) > schema.get("maxLength").asInt()) {
      out.add(Finding.of(FindingCode.FIELD_05, path, "must be at most " + schema.get("maxLength").asInt() + " characters long"));
    }
    if (schema.has("pattern") && !pattern(schema.get("pattern").asText()).matcher(text).find()) {
      String expected = schema.has("description") ? schema.get("description").asText() : "text matching " + schema.get("pattern").asText();
      out.add(Finding.of(FindingCode.FIELD_02, path, "must be " + expected + ", not \"" + text + "\""));
    }
  }

  private void checkNumber(JsonNode schema, JsonNode value, String path, List<Finding> out) {
    BigDecimal number = decimal(value);
    if (number == null) {
      out.add(Finding.of(FindingCode.FIELD_03, path, "must be a finite number"));
      return;
    }
    if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
      out.add(Finding.of(FindingCode.FIELD_03, path, "must be at least " + schema.get("minimum").asText()));
    } else if (schema.has("exclusiveMinimum") && number.compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
      out.add(Finding.of(FindingCode.FIELD_03, path, "must be greater than " + schema.get("exclusiveMinimum").asText()));
    } else if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
      out.add(Finding.of(FindingCode.FIELD_03, path, "must be at most " + schema.get("maximum").asText()));
    } else if (schema.has("exclusiveMaximum") && number.compareTo(schema.get("exclusiveMaximum").decimalValue()) >= 0) {
      out.add(Finding.of(FindingCode.FIELD_03, path, "must be less than " + schema.get("exclusiveMaximum").asText()));
    }
  }

  private void checkArray(JsonNode schema, JsonNode value, String path, List<Finding> out) {
    if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) {
      out.add(Finding.of(FindingCode.FIELD_04, path, "must not be empty"));
    }
    if (schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), JsonPaths.index(path, i), out);
      }
    }
  }

  private void checkObject(JsonNode schema, JsonNode value, String path, List<Finding> out) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(Finding.of(FindingCode.JSON_04, JsonPaths.property(path, required.asText()),
            "required field \"" + required.asText() + "\" is missing"));
      }
    }
    if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) {
      out.add(Finding.of(FindingCode.FIELD_04, path, "must not be empty"));
    }
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String fieldPath = JsonPaths.property(path, field.getKey());
      if (schema.has("propertyNames")) {
        check(schema.get("propertyNames"), TextNode.valueOf(field.getKey()), fieldPath, out);
      }
      if (properties.has(field.getKey())) {
        check(properties.get(field.getKey()), field.getValue(), fieldPath, out);
      } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
        out.add(Finding.of(FindingCode.JSON_03, fieldPath, unknownField(field.getKey(), properties)));
      } else if (additional != null && additional.isObject()) {
        check(additional, field.getValue(), fieldPath, out);
      }
    }
  }

  private static String unknownField(String field, JsonNode properties) {
    Set<String> known = new TreeSet<>();
    properties.fieldNames().forEachRemaining(known::add);
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

  private static boolean typeMatches(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (typeMatches(one, value)) {
          return true;
        }
      }
      return false;
    }
    switch (type.asText()) {
      case "string":
        return value.isTextual();
      case "integer":
        return isInteger(value);
      case "number":
        return value.isNumber();
      case "boolean":
        return value.isBoolean();
      case "object":
        return value.isObject();
      case "array":
        return value.isArray();
      case "null":
        return value.isNull();
      default:
        throw new IllegalStateException("unsupported type " + type);
    }
  }

  private static boolean isInteger(JsonNode value) {
    if (value.isIntegralNumber()) {
      return true;
    }
    BigDecimal number = value.isNumber() ? decimal(value) : null;
    return number != null && number.stripTrailingZeros().scale() <= 0;
  }

  private static BigDecimal decimal(JsonNode value) {
    if (value.isDouble() || value.isFloat()) {
      double d = value.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return value.decimalValue();
  }

  private static boolean formatMatches(String format, String text) {
    try {
      if ("date".equals(format)) {
        LocalDate.parse(text);
        return text.length() == 10;
      }
      Period.parse(text);
      return !text.contains("T") && !text.startsWith("-") && !text.contains("-");
    } catch (DateTimeParseException e) {
      return false;
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
      default:
        return "a " + type;
    }
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

  private Pattern pattern(String regex) {
    return patterns.computeIfAbsent(regex, Pattern::compile);
  }

  private JsonNode resolve(String ref) {
    if (!ref.startsWith(DEFS_PREFIX)) {
      throw new IllegalStateException(name + ": unsupported $ref " + ref);
    }
    JsonNode target = root.path("$defs").path(ref.substring(DEFS_PREFIX.length()));
    if (target.isMissingNode()) {
      throw new IllegalStateException(name + ": unresolved $ref " + ref);
    }
    return target;
  }

  /** Refuses keywords, formats and references this checker does not implement. */
  private void verify(JsonNode schema, String where) {
    if (!schema.isObject()) {
      throw new IllegalStateException(name + " " + where + ": a schema must be an object");
    }
    schema.fieldNames().forEachRemaining(keyword -> {
      if (!KEYWORDS.contains(keyword)) {
        throw new IllegalStateException(name + " " + where + ": unsupported keyword " + keyword);
      }
    });
    if (schema.has("format") && !FORMATS.contains(schema.get("format").asText())) {
      throw new IllegalStateException(name + " " + where + ": unsupported format " + schema.get("format"));
    }
    if (schema.has("$ref")) {
      resolve(schema.get("$ref").asText());
    }
    if (schema.has("pattern")) {
      pattern(schema.get("pattern").asText());
    }
    schema.path("$defs").fields().forEachRemaining(e -> verify(e.getValue(), where + "/$defs/" + e.getKey()));
    schema.path("properties").fields().forEachRemaining(e -> verify(e.getValue(), where + "/properties/" + e.getKey()));
    schema.path("anyOf").forEach(branch -> verify(branch, where + "/anyOf"));
    for (String sub : List.of("items", "propertyNames")) {
      if (schema.has(sub)) {
        verify(schema.get(sub), where + "/" + sub);
      }
    }
    if (schema.has("additionalProperties") && schema.get("additionalProperties").isObject()) {
      verify(schema.get("additionalProperties"), where + "/additionalProperties");
    }
  }
}
