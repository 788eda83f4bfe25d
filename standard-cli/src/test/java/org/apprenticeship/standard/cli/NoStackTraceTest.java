package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * No command prints a Java stack trace, whatever the input (issue 10): every command that reads a
 * file ({@code validate}, {@code evaluate} and {@code batch} in text and JSON, {@code import-ifate},
 * {@code funding} and {@code evaluate} with {@code --funding-rules}) is run on crafted hostile
 * documents and on fuzzed variants of the examples, of the public API's records and of the bundled
 * funding rules. Each run must return an exit code of the command line (0, 1 or 2) without throwing,
 * and print nothing that looks like a trace: no {@code "\tat "} frame, no {@code "Exception in thread"},
 * no {@code "Caused by:"}, no name of a Java exception or error class.
 */
class NoStackTraceTest {
  /** What a trace leaves in the output: a frame, the JVM's header, a cause, or the name of a JDK exception or error class. */
  private static final Pattern TRACE = Pattern.compile(
      "\tat |Exception in thread|Caused by: |\\bjava\\.[a-z]+(\\.[a-z]+)*\\.[A-Za-z]*(Exception|Error)\\b|\\b[A-Z][A-Za-z]*(Exception|Error): ");
  private static final String AS_OF = "2026-02-01";
  private static final Path INPUT = temporaryFile();
  private static final Path GOOD_RECORD = Path.of(Examples.file("ready-for-gateway"));

  /** The seeds of the fuzzing: each kind of document a command reads, as written in the project. */
  private static final List<byte[]> RECORDS = bytes(Examples.NAMES.stream().map(name -> Path.of(Examples.file(name))).toArray(Path[]::new));
  private static final List<byte[]> OTHER_SEEDS = bytes(Examples.FOLDER.resolve("cohort.ndjson"),
      Path.of("standard-data/src/test/resources/ifate/new-template.json"),
      Path.of("standard-data/src/test/resources/ifate/old-template-ST0007.json"),
      Path.of("standard-data/src/main/resources/org/apprenticeship/standard/data/funding-rules.json"));

  /** Values that have broken readers somewhere, to put in the place of a value of the document. */
  private static final String[] HOSTILE_VALUES = {"null", "[]", "{}", "\"\"", "1e999999999", "-1E-999999999", "1" + "0".repeat(400),
      "\"0000-01-01\"", "\"9999-12-31\"", "\"2024-02-30\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u0000\"", "-1", "0", "2147483648",
      "9223372036854775808", "12345678901234567890.5", "true", "\"x\"", "[" .repeat(2_000) + "]".repeat(2_000),
      "\"" + "x".repeat(200_000) + "\"", "NaN", "\"NaN\"", "\"P-3M\""};
  private static final byte[][] INVALID_UTF8 = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
      {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
  /** A scalar value after a colon: where a hostile value goes (possessive, so a long string does not overflow the stack). */
  private static final Pattern VALUE = Pattern.compile(":\\s*+(\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|-?[0-9][0-9.eE+-]*+|true|false|null)");

  private static Path temporaryFile() {
    try {
      Path file = Files.createTempFile("no-stack-trace", ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<byte[]> bytes(Path... files) {
    List<byte[]> all = new ArrayList<>();
    for (Path file : files) {
      try {
        all.add(Files.readAllBytes(file));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** Every command that reads a file, on the file. */
  private static List<String[]> commands(String file) {
    return List.of(
        new String[] {"validate", file, "--as-of", AS_OF},
        new String[] {"validate", file, "--as-of", AS_OF, "--format", "json"},
        new String[] {"evaluate", file, "--as-of", AS_OF},
        new String[] {"evaluate", file, "--as-of", AS_OF, "--format", "json"},
        new String[] {"batch", file, "--as-of", AS_OF},
        new String[] {"import-ifate", file},
        new String[] {"funding", "--funding-rules", file},
        new String[] {"evaluate", GOOD_RECORD.toString(), "--as-of", AS_OF, "--funding-rules", file});
  }

  /** Runs every command on the document and fails if one throws, exits with a code the command line does not have, or prints a trace. */
  private static void assertNoTrace(byte[] document) {
    try {
      Files.write(INPUT, document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String[] command : commands(INPUT.toString())) {
      CliRun run;
      try {
        run = CliRun.of(command);
      } catch (RuntimeException | Error e) {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        e.printStackTrace(new java.io.PrintStream(trace, true, StandardCharsets.UTF_8));
        fail(String.join(" ", command) + " threw, on " + describe(document) + ":\n" + trace.toString(StandardCharsets.UTF_8));
        return;
      }
      CliRun finished = run;
      assertTrue(run.exitCode >= StandardCli.OK && run.exitCode <= StandardCli.USAGE_OR_IO,
          () -> String.join(" ", command) + " on " + describe(document) + ": " + finished);
      assertFalse(TRACE.matcher(run.err).find(), () -> String.join(" ", command) + " on " + describe(document) + ": " + finished);
      assertFalse(TRACE.matcher(run.out).find(), () -> String.join(" ", command) + " on " + describe(document) + ": " + finished);
    }
  }

  private static String describe(byte[] document) {
    String text = new String(document, 0, Math.min(document.length, 300), StandardCharsets.ISO_8859_1);
    return document.length + " bytes starting " + text.replace("\n", "\\n");
  }

  /** A hostile change of a document: its kind and the seed of its choices, so that jqwik can shrink a failure. */
  enum Kind { VALUE, TRUNCATE, FLIP_BYTES, INVALID_UTF8, BYTE_ORDER_MARK, UTF16, CUT_RANGE, REPEAT_RANGE }

  @Property(tries = 100)
  void fuzzedDocuments_neverGiveATrace(@ForAll("seeds") byte[] seed, @ForAll("changes") List<Tuple.Tuple2<Kind, Long>> changes) {
    byte[] document = seed;
    for (Tuple.Tuple2<Kind, Long> change : changes) {
      document = change(document, change.get1(), new Random(change.get2()));
    }
    assertNoTrace(document);
  }

  @Property(tries = 50)
  void randomBytes_neverGiveATrace(@ForAll("randomBytes") byte[] document) {
    assertNoTrace(document);
  }

  @Provide
  Arbitrary<byte[]> seeds() {
    return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(RECORDS)), Tuple.of(1, Arbitraries.of(OTHER_SEEDS)));
  }

  @Provide
  Arbitrary<List<Tuple.Tuple2<Kind, Long>>> changes() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.longs()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    Arbitrary<byte[]> jsonish = Arbitraries.strings().withChars("{}[]\":,0123456789.eE-+ntrufalse\\ \n\r\t").ofMaxLength(200)
        .map(text -> text.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(any, jsonish);
  }

  private static byte[] change(byte[] bytes, Kind kind, Random random) {
    int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 16);
    switch (kind) {
      case VALUE:
        return hostileValue(bytes, random);
      case TRUNCATE:
        return java.util.Arrays.copyOf(bytes, at);
      case FLIP_BYTES:
        byte[] flipped = bytes.clone();
        for (int i = 0, n = 1 + random.nextInt(8); i < n && flipped.length > 0; i++) {
          flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256);
        }
        return flipped;
      case INVALID_UTF8:
        byte[] invalid = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        out.write(bytes, 0, at);
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

  /** The document with one of its scalar values, chosen at random, replaced by a hostile value. */
  private static byte[] hostileValue(byte[] bytes, Random random) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<int[]> values = new ArrayList<>();
    Matcher matcher = VALUE.matcher(text);
    while (matcher.find()) {
      values.add(new int[] {matcher.start(1), matcher.end(1)});
    }
    if (values.isEmpty()) {
      return bytes;
    }
    int[] value = values.get(random.nextInt(values.size()));
    String hostile = HOSTILE_VALUES[random.nextInt(HOSTILE_VALUES.length)];
    return (text.substring(0, value[0]) + hostile + text.substring(value[1])).getBytes(StandardCharsets.UTF_8);
  }

  /** The documents of issue 10 and their kin, each crafted to break a reader or a rule. */
  @Example
  void craftedDocuments_neverGiveATrace() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<byte[]> documents = new ArrayList<>();
    for (String text : List.of("", " ", "\n\n", "null", "0", "\"x\"", "[]", "{}", "[{}]", "{\"a\":1}{\"a\":1}", "{\"a\":", "\ufeff{}",
        "{\"learnerId\":\"\\ud800\"}", "[".repeat(100_000), "{\"a\":".repeat(50_000), "1e999999999",
        "{\"version\":1e999999999}", "[{\"version\":1e999999999,\"title\":\"x\"}]")) {
      documents.add(text.getBytes(StandardCharsets.UTF_8));
    }
    documents.add(new byte[] {'{', '"', 'l', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'});
    documents.add(Files.readString(GOOD_RECORD).getBytes(StandardCharsets.UTF_16));
    documents.add(" ".repeat(9 * 1024 * 1024).getBytes(StandardCharsets.US_ASCII));

    ObjectNode record = (ObjectNode) json.readTree(GOOD_RECORD.toFile());
    ObjectNode ancient = record.deepCopy();
    ancient.put("startDate", "0000-01-01");
    documents.add(json.writeValueAsBytes(ancient));

    // Issue 10, item 1: failed attempts followed by earlier-dated passes (EPA_08), and evidence mapping one KSB many times (EVIDENCE_03).
    ObjectNode attempts = record.deepCopy();
    ArrayNode results = attempts.putArray("results");
    for (int i = 0; i < 300; i++) {
      results.addObject().put("method", "observation").put("grade", "FAIL").put("date", "2026-01-20").put("attempt", 1);
    }
    for (int i = 0; i < 300; i++) {
      results.addObject().put("method", "observation").put("grade", "PASS").put("date", "2026-01-10").put("attempt", 1);
    }
    documents.add(json.writeValueAsBytes(attempts));
    ObjectNode evidence = record.deepCopy();
    ArrayNode items = evidence.putArray("evidence");
    for (int i = 0; i < 3_000; i++) {
      items.addObject().put("id", "E" + i).put("title", "x").put("date", "2025-01-10").put("status", "ACCEPTED")
          .putArray("ksbs").add("K1");
    }
    documents.add(json.writeValueAsBytes(evidence));

    // Issue 10, item 2: a record of the public API with very many knowledges.
    ObjectNode api = (ObjectNode) json.readTree(Path.of("standard-data/src/test/resources/ifate/new-template.json").toFile());
    ArrayNode knowledges = api.putArray("knowledges");
    for (int i = 0; i < 5_000; i++) {
      knowledges.addObject().put("knowledgeId", "k" + i).put("detail", "knows " + i);
    }
    documents.add(json.writeValueAsBytes(api));

    for (byte[] document : documents) {
      assertNoTrace(document);
    }
  }

  /** The fuzzing can fail: a trace in the output is caught, so the properties above are not vacuous. */
  @Example
  void aTrace_isCaught() {
    String trace = "java.lang.IllegalStateException: boom\n\tat org.example.Main.main(Main.java:1)\n";
    assertTrue(TRACE.matcher(trace).find());
    assertTrue(TRACE.matcher("Exception in thread \"main\" ").find());
    assertTrue(TRACE.matcher("validate: java.io.IOException: Is a directory").find());
    assertTrue(TRACE.matcher("evaluate: DateTimeParseException: Text '2026-13-45' could not be parsed").find());
    assertFalse(TRACE.matcher("ERROR JSON_01 $: the document is not JSON: unexpected end of input at line 1, column 3").find());
  }
}
