package org.apprenticeship.standard.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.StandardLookup;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.RecordInputs;
import org.junit.jupiter.api.Test;

/**
 * The JSON contract of results, as the library writes it: the same form from {@link Evaluations},
 * the cohort writer and any Jackson mapper; every property of every result type; and the shape of a
 * result with errors.
 */
class EvaluationsTest {
  private static final ObjectMapper TREES = new ObjectMapper();
  private static final StandardLookup ST0007 = record -> Synthetic.ST0007;

  @Provide
  Arbitrary<LearnerRecord> records() {
    return Records.st0007();
  }

  private static Evaluation evaluate(LearnerRecord record) {
    return Rules.evaluate(Synthetic.ST0007, Synthetic.FUNDING, record, Records.AS_OF).orElseThrow("record");
  }

  @Property(tries = 100)
  void anyMapper_writesAnEvaluationInTheContractForm(@ForAll("records") LearnerRecord record) throws Exception {
    Evaluation evaluation = evaluate(record);
    JsonNode contract = TREES.readTree(Evaluations.toJson(evaluation));
    // The library's own mapper leaves absent values out of the library's formats; a bare mapper
    // has no modules for dates and optionals; neither changes the form of a result.
    ObjectMapper library = LibraryJson.newMapper();
    ObjectMapper bare = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL)
        .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    assertEquals(contract, TREES.readTree(library.writeValueAsString(evaluation)));
    assertEquals(contract, TREES.readTree(bare.writeValueAsString(evaluation)));
    assertEquals(contract.get("coverage"), TREES.readTree(bare.writeValueAsString(evaluation.coverage())));
    assertEquals(contract.get("offTheJob"), TREES.readTree(bare.writeValueAsString(evaluation.offTheJob())));
  }

  @Property(tries = 100)
  void anEvaluationWrittenInTheContract_readsBackEqual(@ForAll("records") LearnerRecord record) throws Exception {
    Evaluation evaluation = evaluate(record);
    assertEquals(evaluation, LibraryJson.newMapper().readValue(Evaluations.toJson(evaluation), Evaluation.class));
  }

  @Test
  void everyPropertyOfEveryResultType_isWritten_absentOnesAsNull() throws Exception {
    Evaluation evaluation = evaluate(GatewayTest.ready().build());
    JsonNode e = TREES.readTree(Evaluations.toJson(evaluation));
    Map<Class<?>, Set<String>> written = new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    keys(written, Evaluation.class, List.of(e));
    keys(written, CoverageReport.class, List.of(e.get("coverage")));
    keys(written, KsbCoverage.class, items(e.at("/coverage/ksbs")));
    List<JsonNode> counts = new ArrayList<>(items(e.at("/coverage/types")));
    counts.addAll(items(e.at("/coverage/methods")));
    keys(written, CoveredCount.class, counts);
    keys(written, OffTheJobReport.class, List.of(e.get("offTheJob")));
    keys(written, Source.class, items(e.at("/offTheJob/sources")));
    keys(written, GatewayReport.class, List.of(e.get("gateway")));
    keys(written, CriterionResult.class, items(e.at("/gateway/criteria")));
    keys(written, GradeReport.class, List.of(e.get("grade")));
    keys(written, MethodGrade.class, items(e.at("/grade/methods")));
    keys(written, Timeline.class, List.of(e.get("timeline")));
    for (Map.Entry<Class<?>, Set<String>> type : written.entrySet()) {
      Set<String> expected = properties(type.getKey());
      if (type.getKey() == Evaluation.class) {
        expected.add("valid");
      }
      assertEquals(expected, type.getValue(), type.getKey().getSimpleName());
    }
    assertTrue(e.at("/timeline").has("resitDeadline") && e.at("/timeline/resitDeadline").isNull(), "absent values are null");
    assertTrue(items(e.at("/coverage/types")).stream().noneMatch(count -> count.has("method")), "a count by type has no method");
  }

  /** The properties of a value type: its abstract accessors. */
  private static Set<String> properties(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0) {
        names.add(method.getName());
      }
    }
    assertTrue(names.size() >= 2, type + ": " + names);
    return names;
  }

  private static void keys(Map<Class<?>, Set<String>> written, Class<?> type, List<JsonNode> objects) {
    assertTrue(!objects.isEmpty(), type.getSimpleName() + " is not in the evaluation written");
    Set<String> names = written.computeIfAbsent(type, t -> new TreeSet<>());
    for (JsonNode object : objects) {
      object.fieldNames().forEachRemaining(names::add);
    }
  }

  private static List<JsonNode> items(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  @Test
  void aResult_withErrors_givesItsLineIdValidityAndFindings_only() throws Exception {
    LearnerRecordInput input = RecordInputs.read("L-9", Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_05, "$.startDate", "bad"))), 151);
    EvaluationResult result = Rules.evaluate(input, ST0007, Synthetic.FUNDING, Records.AS_OF, EvaluationPolicy.defaults());
    assertEquals("{\n  \"line\": 151,\n  \"learnerId\": \"L-9\",\n  \"valid\": false,\n  \"findings\": [\n    {\n"
        + "      \"code\": \"JSON_05\",\n      \"severity\": \"ERROR\",\n      \"path\": \"$.startDate\",\n      \"message\": \"bad\"\n"
        + "    }\n  ]\n}\n", Evaluations.toJson(result));
    LearnerRecordInput unknown = RecordInputs.read(null, Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "empty"))), 0);
    JsonNode anonymous = TREES.readTree(Evaluations.toJson(Rules.evaluate(unknown, ST0007, Synthetic.FUNDING, Records.AS_OF,
        EvaluationPolicy.defaults())));
    assertEquals(List.of("learnerId", "valid", "findings"), fieldNames(anonymous));
    assertTrue(anonymous.get("learnerId").isNull());
  }

  @Test
  void theCohortWriter_writesOneLinePerResult_asTheDocumentOfEachOnOneLine() throws Exception {
    List<LearnerRecordInput> inputs = new ArrayList<>();
    LearnerRecord ready = GatewayTest.ready().build();
    inputs.add(RecordInputs.read("L-1", Outcomes.of(ready, List.of()), 1));
    inputs.add(RecordInputs.read(null, Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_01, "$", "line 2 is blank"))), 2));
    inputs.add(RecordInputs.read("L-3", Outcomes.of(ready.withLearnerId("L-3"), List.of()), 3));
    List<EvaluationResult> results = inputs.stream()
        .map(input -> Rules.evaluate(input, ST0007, Synthetic.FUNDING, Records.AS_OF, EvaluationPolicy.defaults()))
        .collect(Collectors.toList());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = Evaluations.cohortWriter(bytes)) {
      results.forEach(writer::write);
    }
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(text.endsWith("}\n"), text);
    String[] lines = text.split("\n");
    assertEquals(3, lines.length);
    for (int i = 0; i < lines.length; i++) {
      assertEquals(TREES.readTree(Evaluations.toJson(results.get(i))), TREES.readTree(lines[i]));
      assertEquals(TREES.readTree(lines[i]), TREES.readTree(TREES.writeValueAsString(results.get(i))), "a mapper writes a result the same way");
    }
    assertEquals(List.of("line", "learnerId", "valid", "standard"), fieldNames(TREES.readTree(lines[2])).subList(0, 4));
  }

  @Property(tries = 100)
  void theCohortWriter_writesEachLine_asAJacksonMapperWritesTheResult_byteForByte(@ForAll("records") LearnerRecord record) throws Exception {
    EvaluationResult valid = Rules.evaluate(RecordInputs.read(record.learnerId(), Outcomes.of(record, List.of()), 7), ST0007,
        Synthetic.FUNDING, Records.AS_OF, EvaluationPolicy.defaults());
    EvaluationResult invalid = Rules.evaluate(RecordInputs.read("L-\u00e9\"\\\n\ud83d\ude00",
        Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_02, "$.a\tb", "bad \u0001 \u2028 \ud800 text"))), 8), ST0007,
        Synthetic.FUNDING, Records.AS_OF, EvaluationPolicy.defaults());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (CohortWriter writer = Evaluations.cohortWriter(bytes)) {
      writer.write(valid);
      writer.write(invalid);
    }
    // A mapper writing bytes writes UTF-8 as the cohort writer always did (a surrogate escaped, as Jackson's UTF-8 output does).
    ByteArrayOutputStream mapper = new ByteArrayOutputStream();
    mapper.write(TREES.writeValueAsBytes(valid));
    mapper.write('\n');
    mapper.write(TREES.writeValueAsBytes(invalid));
    mapper.write('\n');
    assertEquals(mapper.toString(StandardCharsets.UTF_8), bytes.toString(StandardCharsets.UTF_8));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> each = node.fieldNames(); each.hasNext(); ) {
      names.add(each.next());
    }
    return names;
  }

  @Test
  void hours_areWrittenPlain_exactlyAsComputed() throws Exception {
    Evaluation evaluation = evaluate(GatewayTest.ready().build());
    String json = Evaluations.toJson(evaluation);
    assertTrue(json.contains("\"loggedHours\": " + evaluation.offTheJob().loggedHours().toPlainString() + ",\n"), json);
    Evaluation hundred = evaluation.withOffTheJob(evaluation.offTheJob().withLoggedHours(new java.math.BigDecimal("1E+2")));
    assertTrue(Evaluations.toJson(hundred).contains("\"loggedHours\": 100,\n"));
    assertTrue(new ObjectMapper().writeValueAsString(hundred).contains("\"loggedHours\":100,"));
  }
}
