package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.JsonLayout;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;

/**
 * The one configured Jackson mapper of the library, and hardened parsing: limits on size, depth and
 * lengths, duplicate fields refused, no polymorphic typing, and malformed JSON turned into a
 * finding with line and column.
 */
public final class JsonSupport {
  /** The largest document read, in bytes. */
  public static final long MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 32;
  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest field name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 100;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  /**
   * The mapper and its readers and writer, made on first use: reading the library's formats needs
   * only the parser, so that the first read in a fresh JVM does not pay for Jackson's data binding.
   */
  private static final class Mapping {
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(new SimpleModule("iso-dates").addDeserializer(LocalDate.class, new IsoDateDeserializer()))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();

    static final ObjectWriter PRETTY = MAPPER.writer(prettyPrinter());

    /**
     * Reads trees whose decimal numbers keep every digit as written: {@code 1.10} stays {@code 1.10}
     * (a version number in an imported record) and hours {@code 37.50} stay {@code 37.50}, bound
     * exactly to {@code BigDecimal}.
     */
    static final ObjectReader TREES = MAPPER.reader()
        .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
  }

  private JsonSupport() {}

  /** The mapper: reads and writes model values, with absent values left out. */
  public static ObjectMapper mapper() {
    return Mapping.MAPPER;
  }

  /** Writes a value as indented JSON with {@code \n} line ends and a final line end. */
  public static String pretty(Object value) {
    try {
      return Mapping.PRETTY.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a document with a function of a parser, within the limits: the one way every document is
   * opened. A document that is not well-formed JSON, or breaks a limit, gives one finding with line
   * and column, whatever the function had found before.
   *
   * @param in the document, in UTF-8
   * @param reader reads the document from a parser placed before its first token
   * @param malformed makes the result of a malformed document from its one finding
   * @throws UncheckedIOException if the stream cannot be read (not a problem of the data)
   */
  public static <R> R read(InputStream in, ParserFunction<R> reader, Function<List<Finding>, R> malformed) {
    return read(in, 1, reader, malformed);
  }

  /**
   * Reads a document that starts on a given line of its input, such as a line of newline-delimited
   * JSON: the lines of findings count from there.
   *
   * @param firstLine the number of the document's first line in its input, from 1
   * @see #read(InputStream, ParserFunction, Function)
   */
  public static <R> R read(InputStream in, long firstLine, ParserFunction<R> reader, Function<List<Finding>, R> malformed) {
    try (JsonParser parser = FACTORY.createParser(StrictUtf8.checked(in, firstLine))) {
      return read(parser, firstLine, reader, malformed);
    } catch (StrictUtf8.NotUtf8Exception e) {
      return malformed.apply(List.of(e.finding()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a document held in a string; see {@link #read(InputStream, ParserFunction, Function)}. */
  public static <R> R read(String text, ParserFunction<R> reader, Function<List<Finding>, R> malformed) {
    try (JsonParser parser = FACTORY.createParser(StrictUtf8.checked(text))) {
      return read(parser, 1, reader, malformed);
    } catch (StrictUtf8.NotUtf8Exception e) {
      return malformed.apply(List.of(e.finding()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <R> R read(JsonParser parser, long firstLine, ParserFunction<R> reader, Function<List<Finding>, R> malformed)
      throws IOException {
    try {
      return reader.read(parser);
    } catch (JsonProcessingException e) {
      return malformed.apply(List.of(toFinding(e, parser, firstLine)));
    } catch (NumberFormatException e) {
      // Jackson throws this, unchecked, for a number whose exponent a BigDecimal cannot hold (1E-9999999999).
      return malformed.apply(List.of(Finding.of(FindingCode.JSON_02, pathOf(parser.getParsingContext()),
          "the document exceeds a reading limit: the exponent of the number " + where(parser.currentTokenLocation(), firstLine)
              + " is beyond what a decimal can hold")));
    }
  }

  /** Reads a document from a parser. */
  @FunctionalInterface
  public interface ParserFunction<R> {
    /**
     * Reads the document.
     *
     * @throws JsonProcessingException if the document is not well-formed JSON or breaks a limit
     * @throws IOException if the input cannot be read
     */
    R read(JsonParser parser) throws IOException;
  }

  /**
   * Parses a document into a tree, within the limits, keeping every decimal number exactly as
   * written.
   *
   * @return the tree, or a finding that says why there is none
   * @throws UncheckedIOException if the stream cannot be read (not a problem of the data)
   */
  public static Validated<JsonNode> parse(InputStream in) {
    return read(in, parser -> tree(parser, Mapping.TREES), Outcomes::invalid);
  }

  /** Parses a document held in a string, within the limits. */
  public static Validated<JsonNode> parse(String text) {
    return read(text, parser -> tree(parser, Mapping.TREES), Outcomes::invalid);
  }

  private static Validated<JsonNode> tree(JsonParser parser, ObjectReader reader) throws IOException {
    JsonNode tree = reader.readTree(parser);
    if (tree == null || tree.isMissingNode()) {
      return invalid(Finding.of(FindingCode.JSON_01, JsonPaths.ROOT, "the document is empty"));
    }
    return Outcomes.of(tree, List.of());
  }

  /**
   * Reads a top-level text field from the start of a document, such as the part of an over-long
   * line that was kept, within the limits: the fields before it are skipped, and a document that
   * ends or breaks before it gives nothing.
   *
   * @return the text, or null when the start gives none
   */
  public static String topLevelText(byte[] start, String name) {
    try (JsonParser parser = FACTORY.createParser(start)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        boolean wanted = name.equals(parser.currentName());
        JsonToken value = parser.nextToken();
        if (wanted) {
          return value == JsonToken.VALUE_STRING ? parser.getText() : null;
        }
        parser.skipChildren();
      }
      return null;
    } catch (IOException e) {
      return null; // the start ended, or broke, before the field: there is none to give
    }
  }

  /** The finding for a document that ends before it begins. */
  public static Finding empty() {
    return Finding.of(FindingCode.JSON_01, JsonPaths.ROOT, "the document is empty");
  }

  /** The finding for a document, starting on line {@code firstLine} of its input, that goes on after its value. */
  public static Finding trailing(JsonParser parser, long firstLine) {
    return Finding.of(FindingCode.JSON_01, JsonPaths.ROOT, "the document goes on after its end, "
        + where(parser.currentTokenLocation(), firstLine));
  }

  private static Finding toFinding(JsonProcessingException e, JsonParser parser, long firstLine) {
    JsonProcessingException cause = e.getCause() instanceof JsonProcessingException ? (JsonProcessingException) e.getCause() : e;
    String path = pathOf(parser.getParsingContext());
    String detail = firstLine(cause.getOriginalMessage());
    JsonLocation location = cause.getLocation() != null ? cause.getLocation() : parser.currentLocation();
    if (cause instanceof StreamConstraintsException) {
      return Finding.of(FindingCode.JSON_02, path, "the document exceeds a reading limit: " + detail);
    }
    if (detail.startsWith("Duplicate field")) {
      return Finding.of(FindingCode.JSON_08, path, "the field \"" + parser.getParsingContext().getCurrentName() + "\" appears twice in one object, " + where(location, firstLine));
    }
    if (detail.startsWith("Trailing token")) {
      return Finding.of(FindingCode.JSON_01, JsonPaths.ROOT, "the document goes on after its end, " + where(location, firstLine));
    }
    if (cause instanceof JsonEOFException || detail.startsWith("No content to map")) {
      return Finding.of(FindingCode.JSON_01, path, "the document ends too early (it is empty or cut short), " + where(location, firstLine));
    }
    return Finding.of(FindingCode.JSON_01, path, "not well-formed JSON " + where(location, firstLine) + ": " + detail);
  }

  /**
   * The finding for a field that an object gives twice, at the parser's current field, in a
   * document that starts on line {@code firstLine} of its input.
   */
  public static Finding duplicate(String path, JsonParser parser, long firstLine) {
    return Finding.of(FindingCode.JSON_08, path, "the field \"" + parser.getParsingContext().getCurrentName() + "\" appears twice in one object, "
        + where(parser.currentTokenLocation(), firstLine));
  }

  private static String where(JsonLocation location, long firstLine) {
    return "at line " + (firstLine - 1 + location.getLineNr()) + ", column " + location.getColumnNr();
  }

  /** The first line of an exception's message, or empty when there is none. */
  public static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** The JSON path of the place a parser has reached. */
  static String pathOf(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = JsonPaths.ROOT;
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.getCurrentIndex() >= 0) {
        path = JsonPaths.index(path, c.getCurrentIndex());
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = JsonPaths.property(path, c.getCurrentName());
      }
    }
    return path;
  }

  private static Validated<JsonNode> invalid(Finding finding) {
    return Outcomes.invalid(List.of(finding));
  }

  /** A new pretty printer of the library's form: two-space indent, {@code \n} line ends, {@code "name": value}. */
  public static DefaultPrettyPrinter prettyPrinter() {
    return JsonLayout.prettyPrinter();
  }
}
