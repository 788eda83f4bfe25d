package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.internal.Check;
import org.apprenticeship.standard.model.internal.ClassCheck;
import org.apprenticeship.standard.model.internal.FindingSink;
import org.apprenticeship.standard.model.internal.JsonValues;
import org.apprenticeship.standard.model.internal.PathStack;
import org.apprenticeship.standard.model.internal.Property;
import org.apprenticeship.standard.model.internal.Shape;
import org.apprenticeship.standard.model.internal.Texts;
import org.apprenticeship.standard.model.internal.ValueType;
import org.apprenticeship.standard.model.internal.Violations;

/**
 * Reads one JSON document into a model value in one pass over its tokens, guided by the value's
 * {@link Shape}: each value is read, its type checked, its constraints checked and given to its
 * builder as it comes, and every problem is collected rather than stopping at the first. A value
 * whose structure is broken (a wrong type, a missing required field, a date that is not a date)
 * is not built, and neither is anything that holds it; a constraint broken by a value of the right
 * type is reported and the value still built, so that the checks of a value as a whole run too.
 *
 * <p>Not thread-safe: one binder reads one document.
 */
final class Binder {
  /** What reading a value gives when its structure is broken. */
  private static final Object FAILED = new Object();
  /**
   * A period as the formats allow it: the date durations of RFC 3339 (appendix A), that is years,
   * months and days ({@code P3M}, {@code P1Y6M}) or weeks alone ({@code P2W}). Weeks mixed with
   * other units ({@code P1M2W}), which {@link Period#parse} would take, are refused, as the
   * schemas' {@code "format": "duration"} refuses them in every other language. The number of each
   * unit has at most nine digits (eight for weeks), so that every period the pattern takes fits a
   * {@link Period} and the schemas can say the same.
   */
  static final Pattern PERIOD = Pattern.compile("P(?=[0-9])(?:[0-9]{1,8}W|([0-9]{1,9}Y)?([0-9]{1,9}M)?([0-9]{1,9}D)?)");
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final JsonParser parser;
  private final PathStack path = new PathStack();
  private final FindingSink sink = new FindingSink(path);
  private final boolean checking;
  private final String capture;
  private final long firstLine;
  private String captured;
  private Finding trailing;
  /**
   * The items of the lists being read, those of the innermost list last: a list is copied out at
   * its end, at its size, rather than grown as it is read.
   */
  private Object[] itemStack = new Object[32];
  private int pending;

  /**
   * A binder of one document.
   *
   * @param parser the parser, before the document's first token
   * @param checking whether to check constraints; false only for the library's own data, verified
   *     by the build's tests and by its checksum
   * @param capture the name of a top-level text field to remember even when the document is
   *     invalid, such as {@code learnerId}; null for none
   * @param firstLine the line of its input the document starts on, from 1, for the lines of findings
   */
  Binder(JsonParser parser, boolean checking, String capture, long firstLine) {
    // Fields given twice are found here, by the properties already seen, at less cost than the
    // parser's own detection; values kept as trees detect them while they are read.
    parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    this.parser = parser;
    this.checking = checking;
    this.capture = capture;
    this.firstLine = firstLine;
  }

  /** The findings so far. */
  FindingSink sink() {
    if (trailing != null) {
      FindingSink only = new FindingSink(new PathStack());
      only.add(trailing);
      return only;
    }
    return sink;
  }

  /** The captured top-level text, or null. */
  String captured() {
    return captured;
  }

  /**
   * Reads the document: one value of a shape, and nothing after it.
   *
   * @return the value, or null when it was not built (see the findings)
   * @throws com.fasterxml.jackson.core.JsonProcessingException if the document is not well-formed
   */
  Object document(Shape shape) throws IOException {
    if (parser.nextToken() == null) {
      sink.add(JsonSupport.empty());
      return null;
    }
    Object value = object(shape, false);
    if (parser.nextToken() != null) {
      // A document that goes on after its end is not well formed: that is the one finding.
      trailing = JsonSupport.trailing(parser, firstLine);
      return null;
    }
    return value == FAILED ? null : value;
  }

  private Object object(Shape shape, boolean nullable) throws IOException {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT) {
      return wrongType("an object", nullable, token);
    }
    boolean root = path.depth() == 0;
    List<Property> properties = shape.properties();
    Object builder = shape.newBuilder();
    boolean built = true;
    long seen = 0;
    boolean[] seenMany = properties.size() > Long.SIZE ? new boolean[properties.size()] : null;
    Set<String> unknown = null;
    int previous = -1;
    for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
      String name = parser.currentName();
      JsonToken valueToken = parser.nextToken();
      Property property = shape.property(name, previous);
      if (property == null && shape.ignoresUnknown()) {
        parser.skipChildren();
        continue;
      }
      if (property == null) {
        path.push(name);
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        sink.add(unknown.add(name) ? Finding.of(FindingCode.JSON_03, path.path(), unknownField(name, shape))
            : JsonSupport.duplicate(path.path(), parser, firstLine));
        path.pop();
        parser.skipChildren();
        continue;
      }
      previous = property.index();
      boolean again = seenMany == null ? (seen & 1L << property.index()) != 0 : seenMany[property.index()];
      if (again) {
        path.push(name);
        sink.add(JsonSupport.duplicate(path.path(), parser, firstLine));
        path.pop();
        parser.skipChildren();
        built = false;
        continue;
      }
      if (root && valueToken == JsonToken.VALUE_STRING && name.equals(capture)) {
        captured = parser.getText();
      }
      path.push(name);
      Object value = value(property.type(), false);
      path.pop();
      if (seenMany == null) {
        seen |= 1L << property.index();
      } else {
        seenMany[property.index()] = true;
      }
      if (value == FAILED) {
        built = false;
      } else if (built) {
        builder = property.set(builder, value);
      }
    }
    for (int i = 0; i < properties.size(); i++) {
      if (seenMany == null ? (seen & 1L << i) == 0 : !seenMany[i]) {
        built &= absent(properties.get(i));
      }
    }
    if (!built) {
      return FAILED;
    }
    Object value;
    try {
      value = shape.build(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      sink.report(FindingCode.FIELD_06, e.getMessage());
      return FAILED;
    }
    if (checking) {
      List<ClassCheck<Object>> classChecks = shape.classChecks();
      for (int i = 0; i < classChecks.size(); i++) {
        classChecks.get(i).check(value, new Violations(sink));
      }
    }
    return value;
  }

  /** Reports a property the document does not give, when it must; true when its absence is allowed. */
  private boolean absent(Property property) {
    if (property.required()) {
      path.push(property.name());
      sink.report(FindingCode.JSON_04, "required field \"" + property.name() + "\" is missing");
      path.pop();
      return false;
    }
    if (checking && property.type().kind() == ValueType.Kind.OPTIONAL && property.type().element().whenAbsent().length > 0) {
      path.push(property.name());
      check(property.type().element().whenAbsent(), null);
      path.pop();
    }
    return true;
  }

  private Object value(ValueType type, boolean nullable) throws IOException {
    JsonToken token = parser.currentToken();
    switch (type.kind()) {
      case OPTIONAL:
        if (token == JsonToken.VALUE_NULL) {
          if (checking) {
            check(type.element().whenAbsent(), null);
          }
          return Optional.empty();
        }
        Object content = value(type.element(), true);
        return content == FAILED ? FAILED : Optional.of(content);
      case TEXT:
        if (token != JsonToken.VALUE_STRING) {
          return wrongType("a string", nullable, token);
        }
        return checked(type, parser.getText());
      case INTEGER:
      case LONG:
        return whole(type, nullable, token);
      case DOUBLE:
        if (!token.isNumeric()) {
          return wrongType("a number", nullable, token);
        }
        if (checking) {
          check(type.checks(), parser.getDecimalValue());
        }
        return parser.getDoubleValue();
      case DECIMAL:
        if (!token.isNumeric()) {
          return wrongType("a number", nullable, token);
        }
        return checked(type, parser.getDecimalValue());
      case BOOLEAN:
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
          return wrongType("a boolean", nullable, token);
        }
        return checked(type, token == JsonToken.VALUE_TRUE);
      case DATE:
        return date(type, nullable, token);
      case PERIOD:
        return period(type, nullable, token);
      case ENUM:
        return constant(type, token);
      case OBJECT:
        return object(type.shape(), nullable);
      case LIST:
        return list(type, nullable, token);
      case MAP:
        return map(type, nullable, token);
      case JSON:
        Object json = json(token);
        return json == FAILED ? FAILED : checked(type, json);
      default:
        throw new IllegalStateException("no reading for " + type.kind());
    }
  }

  private Object checked(ValueType type, Object value) {
    if (checking) {
      check(type.checks(), value);
    }
    return value;
  }

  private void check(Check[] checks, Object value) {
    for (Check check : checks) {
      check.check(value, sink);
    }
  }

  /** A whole number: JSON allows it written with a fraction of zeros or an exponent ({@code 2.0}, {@code 2e0}). */
  private Object whole(ValueType type, boolean nullable, JsonToken token) throws IOException {
    boolean isInt = type.kind() == ValueType.Kind.INTEGER;
    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      return checked(type, isInt ? (Object) parser.getIntValue() : (Object) parser.getLongValue());
    }
    if (!token.isNumeric()) {
      return wrongType("a whole number", nullable, token);
    }
    BigDecimal number = parser.getDecimalValue();
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
      return wrongType("a whole number", nullable, token);
    }
    BigDecimal min = isInt ? INT_MIN : LONG_MIN;
    BigDecimal max = isInt ? INT_MAX : LONG_MAX;
    if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
      long before = sink.count();
      if (checking) {
        check(type.checks(), number);
      }
      if (sink.count() == before) {
        sink.report(FindingCode.FIELD_03, number.signum() < 0 ? "must be at least " + min : "must be at most " + max);
      }
      return FAILED;
    }
    return checked(type, isInt ? (Object) number.intValueExact() : (Object) number.longValueExact());
  }

  private Object date(ValueType type, boolean nullable, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      return wrongType("a string", nullable, token);
    }
    // Read from the parser's characters: a string is made only for a finding.
    LocalDate date = isoDate(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    if (date == null) {
      sink.report(FindingCode.JSON_07, "must be a date in ISO 8601 form, such as 2024-09-02, not " + Texts.quoted(parser.getText()));
      return FAILED;
    }
    return checked(type, date);
  }

  private Object period(ValueType type, boolean nullable, JsonToken token) throws IOException {
    if (token != JsonToken.VALUE_STRING) {
      return wrongType("a string", nullable, token);
    }
    String text = parser.getText();
    Period period = isoPeriod(text);
    if (period == null) {
      sink.report(FindingCode.JSON_07, "must be a period in ISO 8601 form, such as P3M or P28D, not " + Texts.quoted(text));
      return FAILED;
    }
    return checked(type, period);
  }

  private Object constant(ValueType type, JsonToken token) throws IOException {
    // A few constants: comparing the parser's characters costs less than making and hashing a string.
    Object constant = token == JsonToken.VALUE_STRING
        ? type.enumConstant(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()) : null;
    if (constant == null) {
      sink.report(FindingCode.JSON_06, "must be one of " + String.join(", ", type.enumConstants().keySet()) + ", not " + describe(token));
      parser.skipChildren();
      return FAILED;
    }
    return checked(type, constant);
  }

  private Object list(ValueType type, boolean nullable, JsonToken token) throws IOException {
    if (token != JsonToken.START_ARRAY) {
      return wrongType("an array", nullable, token);
    }
    int start = pending;
    boolean built = true;
    ValueType element = type.element();
    int i = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      path.push(i++);
      Object item = value(element, false);
      path.pop();
      if (item == FAILED) {
        built = false;
      } else if (built) {
        if (pending == itemStack.length) {
          itemStack = Arrays.copyOf(itemStack, pending * 2);
        }
        itemStack[pending++] = item;
      }
    }
    List<Object> list = built ? Arrays.asList(Arrays.copyOfRange(itemStack, start, pending)) : null;
    Arrays.fill(itemStack, start, pending, null);
    pending = start;
    if (checking && built) {
      check(type.checks(), list);
    }
    return built ? list : FAILED;
  }

  private Object map(ValueType type, boolean nullable, JsonToken token) throws IOException {
    if (token != JsonToken.START_OBJECT) {
      return wrongType("an object", nullable, token);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    boolean built = true;
    for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
      String name = parser.currentName();
      parser.nextToken();
      path.push(name);
      if (map.containsKey(name)) {
        sink.add(JsonSupport.duplicate(path.path(), parser, firstLine));
        path.pop();
        parser.skipChildren();
        built = false;
        continue;
      }
      if (checking) {
        check(type.key().checks(), name);
      }
      Object value = value(type.element(), false);
      path.pop();
      if (value == FAILED) {
        built = false;
        map.put(name, null);
      } else {
        map.put(name, value);
      }
    }
    if (checking && built) {
      check(type.checks(), map);
    }
    return built ? map : FAILED;
  }

  /**
   * Any JSON value, kept as read: frozen objects and arrays, every number exactly as written
   * (integers as integers, any other number as a {@code BigDecimal} with its digits and exponent).
   */
  private Object json(JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        Map<String, JsonNode> members = new LinkedHashMap<>();
        boolean built = true;
        for (JsonToken field = parser.nextToken(); field == JsonToken.FIELD_NAME; field = parser.nextToken()) {
          String name = parser.currentName();
          JsonToken valueToken = parser.nextToken();
          path.push(name);
          if (members.containsKey(name)) {
            sink.add(JsonSupport.duplicate(path.path(), parser, firstLine));
            parser.skipChildren();
            built = false;
          } else {
            Object member = json(valueToken);
            built &= member != FAILED;
            members.put(name, member == FAILED ? NullNode.getInstance() : (JsonNode) member);
          }
          path.pop();
        }
        return built ? JsonValues.object(members) : FAILED;
      case START_ARRAY:
        List<JsonNode> items = new ArrayList<>();
        boolean whole = true;
        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
          path.push(items.size());
          Object value = json(item);
          path.pop();
          whole &= value != FAILED;
          items.add(value == FAILED ? NullNode.getInstance() : (JsonNode) value);
        }
        return whole ? JsonValues.array(items) : FAILED;
      case VALUE_STRING:
        return TextNode.valueOf(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return IntNode.valueOf(parser.getIntValue());
          case LONG:
            return LongNode.valueOf(parser.getLongValue());
          default:
            return BigIntegerNode.valueOf(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(parser.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      default:
        return NullNode.getInstance();
    }
  }

  /** Reports a value of the wrong JSON type, skips it, and gives {@link #FAILED}. */
  private Object wrongType(String expected, boolean nullable, JsonToken token) throws IOException {
    sink.report(FindingCode.JSON_05, "must be " + expected + (nullable ? " or null" : "") + ", not " + describe(token));
    parser.skipChildren();
    return FAILED;
  }

  private String describe(JsonToken token) throws IOException {
    switch (token) {
      case VALUE_STRING:
        return "the string " + Texts.quoted(parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + Texts.number(parser.getText());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NULL:
        return "null";
      case START_ARRAY:
        return "an array";
      default:
        return "an object";
    }
  }

  private static String unknownField(String field, Shape shape) {
    Set<String> known = new TreeSet<>();
    shape.properties().forEach(p -> known.add(p.name()));
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

  /** The edit distance of two texts, for suggestions; long names are not compared, so that a hostile name costs little. */
  private static int distance(String a, String b) {
    if (a.length() > 64 || b.length() > 64) {
      return Integer.MAX_VALUE;
    }
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

  /** A date written {@code yyyy-MM-dd} with a day that exists, as {@code LocalDate.parse} reads it, without its cost; else null. */
  static LocalDate isoDate(String text) {
    return text.length() != 10 ? null : isoDate(text.toCharArray(), 0, 10);
  }

  /** A date written {@code yyyy-MM-dd}, as {@link #isoDate(String)} reads it, from {@code length} characters at {@code offset}. */
  static LocalDate isoDate(char[] text, int offset, int length) {
    if (length != 10 || text[offset + 4] != '-' || text[offset + 7] != '-') {
      return null;
    }
    int year = digits(text, offset, offset + 4);
    int month = digits(text, offset + 5, offset + 7);
    int day = digits(text, offset + 8, offset + 10);
    if (year < 0 || month < 0 || day < 0) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A period written as the formats allow ({@code P3M}, {@code P1Y2M}, {@code P28D}), within range; else null. */
  static Period isoPeriod(String text) {
    if (!PERIOD.matcher(text).matches()) {
      return null;
    }
    try {
      return Period.parse(text);
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  private static int digits(char[] text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
