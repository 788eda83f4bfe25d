package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.validation.Constraint;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.StandardException;

/**
 * Compiles the Bean Validation constraints of the model into {@link Check}s, once per annotated
 * place: the one implementation of what each constraint means, used when a document is read and
 * when a value built in Java is checked. The JSON Schemas state the same constraints, generated
 * from the same annotations; a test proves that both, and Hibernate Validator, agree.
 *
 * <p>Meanings, where the specification leaves room: a text is blank when every character is white
 * space as {@link Character#isWhitespace(char)} defines it (as {@link String#isBlank()} and Hibernate
 * Validator see it); the length of a text is counted
 * in code points (as JSON Schema counts it; Hibernate Validator counts UTF-16 units, which differs
 * only for characters outside the Basic Multilingual Plane); a pattern must match the whole text
 * ({@code Matcher.matches}), so {@code $} never lets a final line end through.
 */
public final class Checks {
  /** How many texts that match a pattern each pattern remembers. */
  private static final int MATCHES_REMEMBERED = 1024;

  private Checks() {}

  /** Tells whether an annotation is a Bean Validation constraint. */
  public static boolean isConstraint(Annotation annotation) {
    return annotation.annotationType().isAnnotationPresent(Constraint.class);
  }

  /**
   * Compiles one constraint.
   *
   * @param annotation the constraint
   * @param where the place it is on, for the message of an unsupported constraint
   * @throws StandardException if the constraint is not one the library checks
   */
  public static Check compile(Annotation annotation, String where) {
    if (annotation instanceof NotBlank || annotation instanceof NotBlankWhenPresent) {
      String message = custom(annotation instanceof NotBlank ? ((NotBlank) annotation).message() : ((NotBlankWhenPresent) annotation).message(),
          "must not be blank");
      return (value, sink) -> {
        if (isBlank((CharSequence) value)) {
          sink.report(FindingCode.FIELD_01, message);
        }
      };
    }
    if (annotation instanceof Pattern) {
      return pattern((Pattern) annotation);
    }
    if (annotation instanceof Size) {
      return size((Size) annotation);
    }
    if (annotation instanceof NotEmpty) {
      String message = custom(((NotEmpty) annotation).message(), "must not be empty");
      return (value, sink) -> {
        if (sizeOf(value) == 0) {
          sink.report(FindingCode.FIELD_04, message);
        }
      };
    }
    if (annotation instanceof Min) {
      Min min = (Min) annotation;
      return bound(BigDecimal.valueOf(min.value()), true, false, custom(min.message(), "must be at least " + min.value()));
    }
    if (annotation instanceof Max) {
      Max max = (Max) annotation;
      return bound(BigDecimal.valueOf(max.value()), true, true, custom(max.message(), "must be at most " + max.value()));
    }
    if (annotation instanceof DecimalMin) {
      DecimalMin min = (DecimalMin) annotation;
      return bound(new BigDecimal(min.value()), min.inclusive(), false,
          custom(min.message(), (min.inclusive() ? "must be at least " : "must be greater than ") + min.value()));
    }
    if (annotation instanceof DecimalMax) {
      DecimalMax max = (DecimalMax) annotation;
      return bound(new BigDecimal(max.value()), max.inclusive(), true,
          custom(max.message(), (max.inclusive() ? "must be at most " : "must be less than ") + max.value()));
    }
    if (annotation instanceof Positive) {
      return bound(BigDecimal.ZERO, false, false, custom(((Positive) annotation).message(), "must be greater than 0"));
    }
    if (annotation instanceof PositiveOrZero) {
      return bound(BigDecimal.ZERO, true, false, custom(((PositiveOrZero) annotation).message(), "must be at least 0"));
    }
    if (annotation instanceof Negative) {
      return bound(BigDecimal.ZERO, false, true, custom(((Negative) annotation).message(), "must be less than 0"));
    }
    if (annotation instanceof NegativeOrZero) {
      return bound(BigDecimal.ZERO, true, true, custom(((NegativeOrZero) annotation).message(), "must be at most 0"));
    }
    if (annotation instanceof PlausibleDate) {
      return plausibleDate(((PlausibleDate) annotation));
    }
    if (annotation instanceof JsonKinds) {
      return jsonKinds((JsonKinds) annotation);
    }
    if (annotation instanceof JsonEnum) {
      return jsonEnum((JsonEnum) annotation);
    }
    if (annotation instanceof Null) {
      String message = custom(((Null) annotation).message(), "must be absent");
      return (value, sink) -> sink.report(FindingCode.FIELD_06, message);
    }
    if (annotation instanceof NotNull) {
      return (value, sink) -> { };
    }
    if (annotation instanceof AssertTrue || annotation instanceof AssertFalse) {
      boolean wanted = annotation instanceof AssertTrue;
      String message = custom(wanted ? ((AssertTrue) annotation).message() : ((AssertFalse) annotation).message(), "must be " + wanted);
      return (value, sink) -> {
        if ((Boolean) value != wanted) {
          sink.report(FindingCode.FIELD_06, message);
        }
      };
    }
    if (annotation instanceof Digits) {
      return digits((Digits) annotation);
    }
    throw new StandardException("the constraint @" + annotation.annotationType().getName() + " on " + where
        + " is not one the library checks; ModelValidator checks jakarta.validation's built-in constraints other than"
        + " @Email and the dates relative to today, and the library's own");
  }

  /**
   * Compiles what a constraint says of an absent value (null, or an empty {@code Optional}): only
   * {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} refuse one.
   *
   * @return a check that reports the violation unconditionally, or null when absence is allowed
   */
  public static Check whenAbsent(Annotation annotation) {
    if (annotation instanceof NotNull) {
      String message = custom(((NotNull) annotation).message(), "must be present");
      return (value, sink) -> sink.report(FindingCode.FIELD_06, message);
    }
    if (annotation instanceof NotBlank) {
      String message = custom(((NotBlank) annotation).message(), "must not be blank");
      return (value, sink) -> sink.report(FindingCode.FIELD_01, message);
    }
    if (annotation instanceof NotEmpty) {
      String message = custom(((NotEmpty) annotation).message(), "must not be empty");
      return (value, sink) -> sink.report(FindingCode.FIELD_04, message);
    }
    return null;
  }

  /**
   * The regular expression, as a JSON Schema states it, of a text that is not blank: one that has a
   * character that is not white space as {@link Character#isWhitespace(char)} defines it.
   */
  public static final String NOT_BLANK_PATTERN = "[^\\t-\\r\\u001c- \\u1680\\u2000-\\u2006\\u2008-\\u200a\\u2028\\u2029\\u205f\\u3000]";

  /** A text is blank when every character is white space ({@link Character#isWhitespace(char)}, as {@link String#isBlank()}). */
  public static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static Check pattern(Pattern annotation) {
    int flags = 0;
    for (Pattern.Flag flag : annotation.flags()) {
      flags |= flag.getValue();
    }
    java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(annotation.regexp(), flags);
    String message = custom(annotation.message(), "must match \"" + annotation.regexp() + "\"");
    Map<String, Boolean> matching = new ConcurrentHashMap<>();
    return (value, sink) -> {
      String text = value.toString();
      // The values of a pattern repeat (KSB codes, grades, method ids): texts known to match are
      // remembered, up to a bound, so that hostile input cannot grow the memory.
      if (matching.containsKey(text)) {
        return;
      }
      if (compiled.matcher(text).matches()) {
        if (matching.size() < MATCHES_REMEMBERED && text.length() <= 64) {
          matching.put(text, Boolean.TRUE);
        }
      } else {
        sink.report(FindingCode.FIELD_02, message + ", not " + Texts.quoted(text));
      }
    };
  }

  private static Check size(Size annotation) {
    int min = annotation.min();
    int max = annotation.max();
    return (value, sink) -> {
      boolean text = value instanceof CharSequence;
      int size = text ? ((CharSequence) value).toString().codePointCount(0, ((CharSequence) value).length()) : sizeOf(value);
      if (size < min || size > max) {
        sink.report(text ? FindingCode.FIELD_05 : FindingCode.FIELD_04, custom(annotation.message(), sizeMessage(min, max, text)));
      }
    };
  }

  private static String sizeMessage(int min, int max, boolean text) {
    String range = min == 0 ? "at most " + max : max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max;
    return text ? "must be " + range + " characters long" : "must have " + range + (max == 1 || min == 1 && max == Integer.MAX_VALUE ? " item" : " items");
  }

  private static Check bound(BigDecimal limit, boolean inclusive, boolean upper, String message) {
    return (value, sink) -> {
      int order = compare((Number) value, limit);
      boolean ok = order != NOT_A_NUMBER && (upper ? order < 0 || inclusive && order == 0 : order > 0 || inclusive && order == 0);
      if (!ok) {
        sink.report(FindingCode.FIELD_03, order == NOT_A_NUMBER ? "must be a finite number" : message);
      }
    };
  }

  private static Check plausibleDate(PlausibleDate annotation) {
    PlausibleDate.Span span = annotation.value();
    yearPattern(span);
    LocalDate from = LocalDate.of(span.fromYear(), 1, 1);
    LocalDate to = LocalDate.of(span.toYear(), 12, 31);
    String message = custom(annotation.message(), "must be a date from " + from + " to " + to);
    return (value, sink) -> {
      LocalDate date = (LocalDate) value;
      if (date.isBefore(from) || date.isAfter(to)) {
        sink.report(FindingCode.FIELD_03, message + ", not " + date);
      }
    };
  }

  /**
   * The regular expression of the years of a span of plausible dates, such as {@code (19|20)[0-9]{2}}
   * for 1900 to 2099: the form in which a JSON Schema states the span.
   *
   * @throws IllegalArgumentException if the span is not whole centuries
   */
  public static String yearPattern(PlausibleDate.Span span) {
    int from = span.fromYear();
    int to = span.toYear();
    if (from % 100 != 0 || (to + 1) % 100 != 0 || from > to || from < 0 || to > 9999) {
      throw new IllegalArgumentException("a span of dates must be whole centuries within 0000-9999, not " + from + " to " + to);
    }
    StringBuilder centuries = new StringBuilder();
    for (int century = from / 100; century <= to / 100; century++) {
      centuries.append(centuries.length() == 0 ? "" : "|").append(century < 10 ? "0" : "").append(century);
    }
    return (from / 100 == to / 100 ? centuries : "(" + centuries + ")") + "[0-9]{2}";
  }

  private static Check jsonKinds(JsonKinds annotation) {
    List<String> kinds = List.of(annotation.value());
    List<String> words = new ArrayList<>();
    for (String kind : kinds) {
      words.add(kind.equals("null") ? "null" : kind.equals("integer") ? "a whole number" : (kind.matches("[aeiou].*") ? "an " : "a ") + kind);
    }
    String message = custom(annotation.message(), "must be " + String.join(" or ", words));
    return (value, sink) -> {
      JsonNode node = (JsonNode) value;
      if (!kinds.contains(kindOf(node)) && !(kinds.contains("number") && node.isNumber())
          && !(kinds.contains("integer") && node.isNumber() && isWhole(node))) {
        sink.report(FindingCode.JSON_05, message + ", not " + describe(node));
      }
    };
  }

  private static Check jsonEnum(JsonEnum annotation) {
    List<JsonNode> allowed = new ArrayList<>();
    for (String json : annotation.value()) {
      allowed.add(literal(json));
    }
    String message = custom(annotation.message(), "must be one of " + String.join(", ", annotation.value()));
    return (value, sink) -> {
      JsonNode node = (JsonNode) value;
      for (JsonNode candidate : allowed) {
        if (candidate.isNumber() && node.isNumber() ? candidate.decimalValue().compareTo(node.decimalValue()) == 0 : candidate.equals(node)) {
          return;
        }
      }
      sink.report(FindingCode.JSON_06, message + ", not " + describe(node));
    };
  }

  /** A JSON literal: {@code true}, {@code false}, {@code null}, a number, or a string without escapes. */
  private static JsonNode literal(String json) {
    switch (json) {
      case "true":
        return BooleanNode.TRUE;
      case "false":
        return BooleanNode.FALSE;
      case "null":
        return NullNode.getInstance();
      default:
        if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") && json.indexOf('\\') < 0) {
          return TextNode.valueOf(json.substring(1, json.length() - 1));
        }
        return DecimalNode.valueOf(new BigDecimal(json));
    }
  }

  /** The JSON Schema type of a JSON value. */
  private static String kindOf(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "string";
      case NUMBER:
        return isWhole(node) ? "integer" : "number";
      case BOOLEAN:
        return "boolean";
      case OBJECT:
        return "object";
      case ARRAY:
        return "array";
      case NULL:
        return "null";
      default:
        return "other";
    }
  }

  private static boolean isWhole(JsonNode node) {
    if (node.isIntegralNumber()) {
      return true;
    }
    BigDecimal number = node.decimalValue();
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  /** A JSON value in a message: "the string \"x\"", "the number 2", "true", "null", "an array", "an object". */
  public static String describe(JsonNode node) {
    switch (node.getNodeType()) {
      case STRING:
        return "the string " + Texts.quoted(node.textValue());
      case NUMBER:
        return "the number " + Texts.number(node.numberValue() instanceof BigDecimal ? node.decimalValue().toString() : node.asText());
      case BOOLEAN:
        return node.asText();
      case NULL:
        return "null";
      case ARRAY:
        return "an array";
      default:
        return "an object";
    }
  }

  private static Check digits(Digits annotation) {
    String message = custom(annotation.message(), "must have at most " + annotation.integer() + " whole digits and "
        + annotation.fraction() + " decimal places");
    return (value, sink) -> {
      BigDecimal number = decimal((Number) value);
      if (number == null) {
        sink.report(FindingCode.FIELD_06, message);
        return;
      }
      number = number.stripTrailingZeros();
      int fraction = Math.max(number.scale(), 0);
      int whole = number.precision() - number.scale();
      if (whole > annotation.integer() || fraction > annotation.fraction()) {
        sink.report(FindingCode.FIELD_06, message);
      }
    };
  }

  private static final int NOT_A_NUMBER = Integer.MIN_VALUE;

  /** Compares a number with a limit: negative, zero or positive, or {@link #NOT_A_NUMBER} for NaN. */
  private static int compare(Number value, BigDecimal limit) {
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      if (Double.isNaN(d)) {
        return NOT_A_NUMBER;
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? 1 : -1;
      }
    }
    return decimal(value).compareTo(limit);
  }

  private static BigDecimal decimal(Number value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d) : null;
    }
    return BigDecimal.valueOf(value.longValue());
  }

  private static int sizeOf(Object value) {
    if (value instanceof CharSequence) {
      return ((CharSequence) value).length();
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).size();
    }
    if (value instanceof Map) {
      return ((Map<?, ?>) value).size();
    }
    if (value.getClass().isArray()) {
      return java.lang.reflect.Array.getLength(value);
    }
    throw new IllegalArgumentException("no size for " + value.getClass());
  }

  /** The annotation's message when it has one of its own, else the library's. */
  private static String custom(String message, String standard) {
    return message.startsWith("{jakarta.validation.constraints.") || message.startsWith("{org.apprenticeship.") ? standard : message;
  }
}
