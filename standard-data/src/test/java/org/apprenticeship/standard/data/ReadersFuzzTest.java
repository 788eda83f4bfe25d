package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;

/**
 * Fuzzing every reader (issue 10): a learner record, a standard, a record of the public standards
 * API, and NDJSON lines, each fed hostile variants of good documents (see {@link HostileDocuments}:
 * truncation, flipped bytes, invalid UTF-8, deep nesting, huge numbers, duplicated fields, nulls,
 * wrong types and more). The only outcomes allowed are a value or findings: no exception (the
 * streams here never fail, so not even the documented {@code UncheckedIOException}), a value exactly
 * when no finding is an error, at most 1,000 findings and a last {@code LIMIT_01}, and every
 * finding with a path and a message.
 *
 * <p>{@value FuzzTries#NORMAL} tries each in the normal build; the profile {@code fuzz} runs a
 * million each ({@code ./mvnw -Pfuzz verify -pl standard-data -am}).
 */
@AddLifecycleHook(FuzzTries.class)
class ReadersFuzzTest {
  /** Small seeds, with every kind of value once, tried most; the examples and the whole ST0007, tried now and then. */
  private static final List<JsonNode> RECORDS = trees(Stream.of(LearnerRecordsTest.minimal(""),
      shortened(read(Path.of("..", "examples", "resit-capped.json")))));
  private static final List<JsonNode> LARGE_RECORDS = trees(Stream.of("on-track", "ready-for-gateway", "not-ready",
      "graded-distinction", "invalid").map(name -> read(Path.of("..", "examples", name + ".json"))));
  private static final List<JsonNode> STANDARDS = trees(Stream.of(Standards.toJson(small())));
  private static final List<JsonNode> LARGE_STANDARDS = trees(Stream.of(Standards.toJson(Standards.bundled().get("ST0007"))));
  private static final List<JsonNode> API_RECORDS = trees(Stream.of(IfateImportTest.NEW_TEMPLATE));
  private static final List<JsonNode> LARGE_API_RECORDS = trees(Stream.of(IfateImportTest.OLD_TEMPLATE));

  /** A record with its lists cut to two items, so that it holds every kind of value in a few hundred bytes. */
  private static String shortened(String record) {
    JsonNode tree = JsonSupport.parse(record).value().orElseThrow().deepCopy();
    for (String list : List.of("offTheJob", "evidence", "achievements")) {
      com.fasterxml.jackson.databind.node.ArrayNode items = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get(list);
      while (items.size() > 2) {
        items.remove(items.size() - 1);
      }
    }
    return tree.toString();
  }

  /**
   * ST0007 cut to three KSBs, no duties, two gateway criteria, what the plan says of the three, the
   * citations of the title and of the three, and the sources those cite: every kind of value of a
   * standard in a few kilobytes.
   */
  private static Standard small() {
    Standard st0007 = Standards.bundled().get("ST0007");
    List<String> kept = List.of("K1", "S1", "B1");
    Standard small = st0007.withKsbs(st0007.ksbs().stream().filter(k -> kept.contains(k.code())).collect(Collectors.toList()))
        .withDuties(List.of())
        .withGatewayCriteria(st0007.gatewayCriteria().subList(0, 2))
        .withAssessmentPlan(st0007.assessmentPlan().map(plan -> plan.withMethods(plan.methods().stream()
            .map(method -> method.withKsbs(method.ksbs().stream().filter(kept::contains).collect(Collectors.toList())))
            .collect(Collectors.toList()))));
    List<Citation> citations = small.citations().stream()
        .filter(citation -> citation.path().equals("$.title") || kept.stream().anyMatch(code -> citation.path().equals("$.ksbs[" + code + "]")))
        .collect(Collectors.toList());
    java.util.Set<String> cited = citations.stream().flatMap(citation -> citation.sources().stream()).collect(Collectors.toSet());
    return small.withCitations(citations).withSources(small.sources().stream().filter(source -> cited.contains(source.id())).collect(Collectors.toList()));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonNode> trees(Stream<String> documents) {
    return documents.map(text -> JsonSupport.parse(text).value().orElseThrow()).collect(Collectors.toList());
  }

  @Provide
  Arbitrary<List<HostileDocuments.Change>> changes() {
    return HostileDocuments.changes();
  }

  /** Asserts that an outcome is one the readers may give: a value or findings, consistently. */
  static void assertAllowed(Validated<?> outcome) {
    List<Finding> findings = outcome.findings();
    boolean errors = findings.stream().anyMatch(Finding::isError);
    assertEquals(!errors, outcome.isValid(), () -> "a value exactly when no finding is an error: " + findings);
    assertTrue(findings.size() <= 1_001, () -> findings.size() + " findings");
    for (int i = 0; i < findings.size(); i++) {
      Finding finding = findings.get(i);
      assertTrue(finding.path().startsWith("$"), finding::toString);
      assertFalse(finding.message().isBlank(), finding::toString);
      assertTrue(finding.code() != FindingCode.LIMIT_01 || i == findings.size() - 1, "LIMIT_01 comes last");
    }
  }

  @Property
  void learnerRecords(@ForAll("records") JsonNode seed, @ForAll("changes") List<HostileDocuments.Change> changes,
      @ForAll boolean asAString) {
    byte[] document = HostileDocuments.apply(seed, changes);
    if (asAString) {
      assertAllowed(LearnerRecords.validate(new String(document, StandardCharsets.UTF_8)));
    } else {
      LearnerRecordInput input = LearnerRecords.readInput(new ByteArrayInputStream(document));
      assertAllowed(input.record());
      input.record().value().ifPresent(record -> assertEquals(Optional.of(record.learnerId()), input.learnerId(),
          "the id given beside a valid record is the record's"));
    }
  }

  @Provide
  Arbitrary<JsonNode> records() {
    return mostlySmall(RECORDS, LARGE_RECORDS);
  }

  /**
   * Small seeds 99 times in 100: fuzzing is about the shape of the values, and small documents are
   * read fast (the large ones cost ten to a hundred times as much, and are still tried a hundred
   * times in 10,000).
   */
  private static Arbitrary<JsonNode> mostlySmall(List<JsonNode> small, List<JsonNode> large) {
    return Arbitraries.frequencyOf(Tuple.of(99, Arbitraries.of(small)), Tuple.of(1, Arbitraries.of(large)));
  }

  @Property
  void standards(@ForAll("standardSeeds") JsonNode seed, @ForAll("changes") List<HostileDocuments.Change> changes) {
    assertAllowed(Standards.validate(new ByteArrayInputStream(HostileDocuments.apply(seed, changes))));
  }

  @Provide
  Arbitrary<JsonNode> standardSeeds() {
    return mostlySmall(STANDARDS, LARGE_STANDARDS);
  }

  @Property
  void recordsOfThePublicApi(@ForAll("apiRecords") JsonNode seed, @ForAll("changes") List<HostileDocuments.Change> changes,
      @ForAll boolean inAnArray) {
    JsonNode document = seed;
    if (inAnArray) {
      document = JsonSupport.mapper().createArrayNode().add(seed.deepCopy()).add(seed.deepCopy());
    }
    List<Validated<Standard>> results = IfateImport.read(new ByteArrayInputStream(HostileDocuments.apply(document, changes)));
    assertFalse(results.isEmpty() && !inAnArray, "a document gives at least one result, unless it is an empty array");
    results.forEach(ReadersFuzzTest::assertAllowed);
  }

  @Provide
  Arbitrary<JsonNode> apiRecords() {
    return mostlySmall(API_RECORDS, LARGE_API_RECORDS);
  }

  /** NDJSON: one to four lines, each a record changed on its own, then the whole stream changed, line ends included. */
  @Property
  void ndjsonLines(@ForAll("lineSeeds") List<JsonNode> seeds, @ForAll("changes") List<HostileDocuments.Change> each,
      @ForAll("changes") List<HostileDocuments.Change> whole, @ForAll boolean crlf, @ForAll boolean finalLineEnd) {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int i = 0; i < seeds.size(); i++) {
      byte[] line = HostileDocuments.apply(seeds.get(i), i == 0 ? each : List.of());
      lines.write(line, 0, line.length);
      if (i < seeds.size() - 1 || finalLineEnd) {
        lines.writeBytes((crlf ? "\r\n" : "\n").getBytes(StandardCharsets.US_ASCII));
      }
    }
    byte[] stream = lines.toByteArray();
    for (HostileDocuments.Change change : whole) {
      stream = HostileDocuments.changeBytes(stream, change);
    }
    List<LearnerRecordInput> inputs;
    try (Stream<LearnerRecordInput> read = LearnerRecords.readLines(new ByteArrayInputStream(stream))) {
      inputs = read.collect(Collectors.toList());
    }
    assertEquals(lineCount(stream), inputs.size(), "one input per line");
    inputs.forEach(input -> assertAllowed(input.record()));
  }

  @Provide
  Arbitrary<List<JsonNode>> lineSeeds() {
    return mostlySmall(RECORDS, LARGE_RECORDS).list().ofMinSize(1).ofMaxSize(3);
  }

  /** Lines as NDJSON counts them: a final line end does not start another line. */
  private static int lineCount(byte[] stream) {
    if (stream.length == 0) {
      return 0;
    }
    int ends = 0;
    for (byte b : stream) {
      if (b == '\n') {
        ends++;
      }
    }
    return stream[stream.length - 1] == '\n' ? ends : ends + 1;
  }

  /**
   * Found by this suite: for a number whose exponent no {@code BigDecimal} can hold, Jackson throws
   * an unchecked {@code NumberFormatException}; every reader makes it one {@code JSON_02} finding at
   * the number's field.
   */
  @net.jqwik.api.Example
  void aNumberWhoseExponentNoDecimalHolds_isAReadingLimit_inEveryReader() {
    String number = "-1E-9999999999";
    String record = LearnerRecordsTest.minimal("").replace("37.5", number);
    assertTrue(record.contains(number));
    assertExponentFinding(LearnerRecords.validate(record), "$.contractedHoursPerWeek");
    assertExponentFinding(LearnerRecords.readInput(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8))).record(),
        "$.contractedHoursPerWeek");
    try (Stream<LearnerRecordInput> lines = LearnerRecords.readLines(new ByteArrayInputStream(record.getBytes(StandardCharsets.UTF_8)))) {
      assertExponentFinding(lines.findFirst().orElseThrow().record(), "$.contractedHoursPerWeek");
    }
    String standard = Standards.toJson(small()).replaceFirst("\"typicalDurationMonths\"\\s*:\\s*[0-9]+", "\"typicalDurationMonths\": " + number);
    assertTrue(standard.contains(number));
    assertExponentFinding(Standards.validate(new ByteArrayInputStream(standard.getBytes(StandardCharsets.UTF_8))), "$.typicalDurationMonths");
    String api = IfateImportTest.NEW_TEMPLATE.replaceFirst("\"level\"\\s*:\\s*[0-9]+", "\"level\": " + number);
    assertTrue(api.contains(number));
    assertExponentFinding(IfateImport.read(api).get(0), "$.level");
  }

  private static void assertExponentFinding(Validated<?> outcome, String path) {
    assertEquals(1, outcome.findings().size(), outcome.findings()::toString);
    Finding finding = outcome.findings().get(0);
    assertEquals(FindingCode.JSON_02, finding.code(), finding::toString);
    assertEquals(path, finding.path(), finding::toString);
    assertTrue(finding.message().contains("is beyond what a decimal can hold"), finding::toString);
  }

  /** The seeds themselves are read as the readers' own tests expect: the fuzzing starts from good documents. */
  @net.jqwik.api.Example
  void theSeedsAreGoodDocuments() {
    List<Boolean> records = new ArrayList<>();
    Stream.concat(RECORDS.stream(), LARGE_RECORDS.stream()).forEach(tree -> records.add(LearnerRecords.validate(tree.toString()).isValid()));
    assertEquals(List.of(true, true, true, true, true, true, true), records, "the examples pass the schema (invalid.json breaks only cross-field rules)");
    Stream.concat(STANDARDS.stream(), LARGE_STANDARDS.stream()).forEach(tree -> assertEquals(List.of(),
        Standards.validate(new ByteArrayInputStream(tree.toString().getBytes(StandardCharsets.UTF_8))).findings()));
    Stream.concat(API_RECORDS.stream(), LARGE_API_RECORDS.stream()).forEach(tree -> assertTrue(IfateImport.read(tree.toString()).get(0).isValid()));
  }
}
