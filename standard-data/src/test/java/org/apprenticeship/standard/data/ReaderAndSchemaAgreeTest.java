package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apprenticeship.standard.data.internal.ApiRecordCheck;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;

/**
 * The reader and the shipped JSON Schemas are one description of the formats: on valid documents
 * made from generated values and then broken in one to three places (a value of another JSON type,
 * a text with a line end or a space added, a blank text, a field taken away or one added, a number
 * or a date out of range, a code in the wrong case), the library's reader and an independent
 * validator (networknt, draft 2020-12, format assertions on) with the shipped schema accept and
 * refuse the same documents.
 *
 * <p>The records are made from the seed of each try ({@link RandomRecords}), every field of the
 * format used, and are valid as made (a test below checks that); the standards by {@link
 * ModelArbitraries}.
 *
 * <p>For a learner record the two must agree exactly: the rules across fields (a planned end
 * before the start, duplicate evidence ids, more than 24 hours in a day) are not the reader's but
 * the rules module's. A standard has rules across fields that the reader checks and no schema can
 * state (the README lists them): there the schema's verdict must be the verdict of the reader's
 * findings about single values ({@code JSON_} and {@code FIELD_} codes).
 */
class ReaderAndSchemaAgreeTest {
  private static final RealSchemaValidator RECORD = RealSchemaValidator.of(LearnerRecords.schema(), "https://example.org/learner-record.schema.json");
  private static final RealSchemaValidator STANDARD = RealSchemaValidator.of(Standards.schema(), "https://example.org/standard.schema.json");
  private static final RealSchemaValidator API_RECORD = RealSchemaValidator.of(
      new String(BundledStandards.resource(BundledStandards.FOLDER + "ifate-record.schema.json"), java.nio.charset.StandardCharsets.UTF_8),
      "https://example.org/ifate-record.schema.json");

  @Property(tries = 10_000)
  void learnerRecords_theReaderAndTheSchemaAcceptTheSameDocuments(@ForAll("seeds") long seed) {
    LearnerRecord record = RandomRecords.record(seed);
    Mutated document = mutate(LearnerRecords.toJson(record), seed);
    Validated<LearnerRecord> read = LearnerRecords.validate(document.text);
    List<String> errors = RECORD.errors(document.text);
    assertEquals(errors.isEmpty(), read.isValid(), () -> document + "\nreader: " + read.findings() + "\nschema: " + errors);
    Statistics.collect(read.isValid() ? "accepted" : "refused");
    // Both verdicts come up often: the documents test the boundary, not one side of it.
    Statistics.coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p > 10);
      coverage.check("refused").percentage(p -> p > 50);
    });
  }

  @Property(tries = 1_000)
  void generatedRecords_areValid(@ForAll("seeds") long seed) {
    LearnerRecord record = RandomRecords.record(seed);
    assertEquals(List.of(), LearnerRecords.validate(record).findings());
    assertEquals(List.of(), RECORD.errors(LearnerRecords.toJson(record)));
  }

  @Property(tries = 200)
  void standards_theSchemaAcceptsWhatTheReaderFindsNoFaultInAValueOf(@ForAll("standards") Standard standard, @ForAll("seeds") long seed) {
    Mutated document = mutate(Standards.toJson(standard), seed);
    Validated<Standard> read = Standards.validate(StandardsTest.stream(document.text));
    List<Finding> ofValues = read.findings().stream()
        .filter(f -> f.isError() && (f.code().name().startsWith("JSON_") || f.code().name().startsWith("FIELD_")))
        .collect(Collectors.toList());
    List<String> errors = STANDARD.errors(document.text);
    assertEquals(errors.isEmpty(), ofValues.isEmpty(), () -> document + "\nreader: " + read.findings() + "\nschema: " + errors);
    Statistics.collect(ofValues.isEmpty() ? "accepted" : "refused");
    Statistics.coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p > 10);
      coverage.check("refused").percentage(p -> p > 50);
    });
  }

  /** A record of the public standards API: the import's description of it and the generated schema agree. */
  @Property(tries = 200)
  void apiRecords_theImportsCheckAndTheSchemaAcceptTheSameDocuments(@ForAll("standards") Standard standard, @ForAll("seeds") long seed) {
    Mutated document = mutate(ApiRecords.of(standard).toString(), seed);
    List<Finding> structure = ApiRecordCheck.findings(JsonSupport.parse(document.text).orElseThrow("a record"), "$");
    List<String> errors = API_RECORD.errors(document.text);
    assertEquals(errors.isEmpty(), structure.isEmpty(), () -> document + "\nimport: " + structure + "\nschema: " + errors);
    Statistics.collect(structure.isEmpty() ? "accepted" : "refused");
    Statistics.coverage(coverage -> {
      coverage.check("accepted").percentage(p -> p > 10);
      coverage.check("refused").percentage(p -> p > 30);
    });
  }

  /**
   * The one disagreement the properties avoid: an integer beyond the range of a long. networknt
   * 2.0.8 checks an integer's bounds on its low 64 bits and accepts 1E+400 as a level; the import's
   * check refuses it as out of range.
   */
  @Example
  void apiRecords_aNumberBeyondTheRangeOfALongIsOutOfRangeForTheImport() {
    ObjectNode record = (ObjectNode) ApiRecords.of(Standards.bundled().get("ST0007"));
    record.set("level", DecimalNode.valueOf(new BigDecimal("1E+400")));
    List<Finding> structure = ApiRecordCheck.findings(JsonSupport.parse(record.toString()).orElseThrow("a record"), "$");
    assertEquals(List.of("FIELD_03 $.level"), structure.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList()));
    assertEquals(List.of(), API_RECORD.errors(record.toString()), "networknt still misreads it: the workaround above can go");
  }

  /**
   * A period is an RFC 3339 date duration for both: years, months and days, or weeks alone. Java's
   * {@code Period.parse} would take weeks mixed with other units; {@code "format": "duration"} does
   * not, so neither does the reader (a seed of the property above found the difference). Each
   * number has at most nine digits (weeks eight), so that what the pattern takes fits a period.
   */
  @Example
  void standards_aPeriodIsADateDurationOfRfc3339ForTheReaderAndTheSchema() {
    Map<String, Boolean> accepted = new java.util.LinkedHashMap<>();
    for (String window : List.of("P3M", "P1Y6M", "P28D", "P2W", "P1M2W", "P1Y2M3W4D", "P3M\n", "PT3H", "P999999999M",
        "P99999999W", "P9999999999M", "P999999999W")) {
      ObjectNode document = (ObjectNode) JsonSupport.parse(Standards.toJson(Standards.bundled().get("ST0007"))).orElseThrow("a standard");
      ((ObjectNode) document.path("assessmentPlan").path("resit")).put("window", window);
      boolean byReader = Standards.validate(StandardsTest.stream(document.toString())).findings().stream()
          .noneMatch(f -> f.isError() && f.path().equals("$.assessmentPlan.resit.window"));
      assertEquals(byReader, STANDARD.errors(document.toString()).isEmpty(), window);
      accepted.put(window, byReader);
    }
    assertEquals(List.of("P3M", "P1Y6M", "P28D", "P2W", "P999999999M", "P99999999W"),
        accepted.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toList()));
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  @Provide
  Arbitrary<Long> seeds() {
    return Arbitraries.longs();
  }

  /** A document, and what was done to it. */
  private static final class Mutated {
    final String text;
    final List<String> changes;

    Mutated(String text, List<String> changes) {
      this.text = text;
      this.changes = changes;
    }

    @Override
    public String toString() {
      return "changes " + changes + " to\n" + text;
    }
  }

  /** Breaks a valid document in none to three places chosen by the seed (none in one case of eight). */
  private static Mutated mutate(String json, long seed) {
    Random random = new Random(seed);
    JsonNode root = JsonSupport.parse(json).orElseThrow("a generated document");
    List<String> changes = new ArrayList<>();
    int count = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      List<Place> places = new ArrayList<>();
      collect(root, "$", places, false);
      Place place = places.get(random.nextInt(places.size()));
      changes.add(place.change(random));
    }
    return new Mutated(root.toPrettyString(), changes);
  }

  /** A value in a document, with the container that holds it. */
  private static final class Place {
    final JsonNode parent;
    final String field;
    final int index;
    final JsonNode value;
    final String path;

    Place(JsonNode parent, String field, int index, JsonNode value, String path) {
      this.parent = parent;
      this.field = field;
      this.index = index;
      this.value = value;
      this.path = path;
    }

    String change(Random random) {
      if (value.isObject() && random.nextInt(3) == 0) {
        ObjectNode object = (ObjectNode) value;
        if (object.size() > 0 && random.nextBoolean()) {
          List<String> names = new ArrayList<>();
          object.fieldNames().forEachRemaining(names::add);
          String name = names.get(random.nextInt(names.size()));
          object.remove(name);
          return "removed " + path + "." + name;
        }
        String name = List.of("note", "Title", "evidnce", "id", "extra").get(random.nextInt(5));
        if (object.has(name)) {
          return "kept " + path;
        }
        object.put(name, "x");
        return "added " + path + "." + name;
      }
      if (value.isArray() && random.nextInt(3) == 0) {
        ((ArrayNode) value).removeAll();
        return "emptied " + path;
      }
      JsonNode replacement = replacement(random);
      if (field != null) {
        ((ObjectNode) parent).set(field, replacement);
      } else {
        ((ArrayNode) parent).set(index, replacement);
      }
      return "set " + path + " to " + replacement;
    }

    private JsonNode replacement(Random random) {
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      if (value.isTextual() && random.nextInt(4) > 0) {
        String text = value.textValue();
        List<String> texts = List.of(text + "\n", " " + text, text + " ", "\n" + text, text.toLowerCase(Locale.ROOT),
            text.toUpperCase(Locale.ROOT), "", " ", "\t\n", "\u00a0", "\u2003", text + "x", "x".repeat(101), "0000-01-01",
            "1899-12-31", "1900-01-01", "1999-12-31", "2000-01-01", "2099-12-31", "2100-01-01", "2024-02-30", "2024-02-29",
            "02/09/2024", "P0D", "P3M", "P2W", "P1M2W", "P1Y2M3W4D", "P99999999999M", "PT3H", "K0", "K1", "S26", "B6", "ST0007", "1.1", "01.1", "PASS", "pass",
            "observation", "Observation", "2026-11", "2026-13");
        return TextNode.valueOf(texts.get(random.nextInt(texts.size())));
      }
      if (value.isNumber() && random.nextInt(4) > 0) {
        List<String> numbers = List.of("-1", "0", "-0", "0.0001", "1", "1.0", "1.5", "2", "7", "8", "9", "24", "24.0001", "99", "100",
            "168", "168.00000000000001", "10000", "10000.5", "1e2", "1E+2", "1e400", "-1e400", "12345678901234567890.5",
            "2147483647", "2147483648", "-2147483649");
        BigDecimal number = new BigDecimal(numbers.get(random.nextInt(numbers.size())));
        if (value.isIntegralNumber() && number.abs().compareTo(LONG_RANGE) >= 0) {
          // networknt 2.0.8 compares an integer's bounds through BigDecimal.longValue(), which keeps
          // only the low 64 bits (1E+400 becomes 0), so it accepts 1E+400 where an int is at most
          // 2147483647; the reader refuses it, rightly. Such numbers are tried on decimal fields only.
          number = number.signum() < 0 ? new BigDecimal("-2147483649") : new BigDecimal("2147483648");
        }
        return number.scale() <= 0 && number.precision() - number.scale() < 10 ? IntNode.valueOf(number.intValue()) : DecimalNode.valueOf(number);
      }
      switch (random.nextInt(7)) {
        case 0:
          return NullNode.getInstance();
        case 1:
          return BooleanNode.valueOf(random.nextBoolean());
        case 2:
          return IntNode.valueOf(random.nextInt(200) - 50);
        case 3:
          return TextNode.valueOf("37.5");
        case 4:
          return nodes.arrayNode().add("K1");
        case 5:
          return nodes.objectNode().put("a", 1);
        default:
          return DecimalNode.valueOf(new BigDecimal("6.5"));
      }
    }
  }

  /** Every value of a document except those inside extensions, which hold anything. */
  private static void collect(JsonNode node, String path, List<Place> places, boolean inExtensions) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        String fieldPath = path + "." + field.getKey();
        if (!inExtensions) {
          places.add(new Place(node, field.getKey(), -1, field.getValue(), fieldPath));
        }
        collect(field.getValue(), fieldPath, places, inExtensions || EXTENSIONS.contains(field.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        if (!inExtensions) {
          places.add(new Place(node, null, i, node.get(i), path + "[" + i + "]"));
        }
        collect(node.get(i), path + "[" + i + "]", places, inExtensions);
      }
    }
    if (path.equals("$") && places.isEmpty()) {
      places.add(new Place(node, null, -1, node, path));
    }
  }

  private static final Set<String> EXTENSIONS = Set.of("extensions");

  /** 2^63: from here on, a number's low 64 bits are not the number. */
  private static final BigDecimal LONG_RANGE = new BigDecimal(BigInteger.ONE.shiftLeft(63));
}
