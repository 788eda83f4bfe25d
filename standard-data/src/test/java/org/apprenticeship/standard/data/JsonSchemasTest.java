package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas of the library's formats, checked with a real JSON Schema validator (networknt,
 * draft 2020-12, format assertions on): they are valid schemas, what the library ships and writes
 * passes them, known-bad documents fail them, and they describe exactly the properties that the
 * Java model reads and writes.
 */
class JsonSchemasTest {
  private static final RealSchemaValidator STANDARD = RealSchemaValidator.of(Standards.schema(), "https://example.org/standard.schema.json");
  private static final RealSchemaValidator RECORD = RealSchemaValidator.of(LearnerRecords.schema(), "https://example.org/learner-record.schema.json");
  /** The examples folder at the root of the repository, from a module's working directory. */
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void bothSchemas_areValidDraft202012Schemas() {
    assertEquals(List.of(), RealSchemaValidator.metaSchemaErrors(Standards.schema()));
    assertEquals(List.of(), RealSchemaValidator.metaSchemaErrors(LearnerRecords.schema()));
    assertEquals(List.of(), RealSchemaValidator.metaSchemaErrors(FundingRules.schema()));
    assertTrue(Standards.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    assertTrue(LearnerRecords.schema().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
  }

  @Test
  void metaSchema_refusesABrokenSchema() {
    assertFalse(RealSchemaValidator.metaSchemaErrors("{\"type\": \"strin\"}").isEmpty());
  }

  @Test
  void bundledSt0007_passesTheStandardSchema() {
    String bundled = new String(BundledStandards.resource(BundledStandards.FOLDER + "ST0007-1.1.json"), StandardCharsets.UTF_8);
    assertEquals(List.of(), STANDARD.errors(bundled));
  }

  @Test
  void specExampleRecord_passesTheLearnerRecordSchema() throws IOException {
    assertEquals(List.of(), RECORD.errors(LearnerRecordsTest.specExample()));
  }

  @Property(tries = 100)
  void generatedStandards_passTheStandardSchema(@ForAll("standards") Standard standard) {
    assertEquals(List.of(), STANDARD.errors(Standards.toJson(standard)));
  }

  @Property(tries = 100)
  void generatedLearnerRecords_passTheLearnerRecordSchema(@ForAll("records") LearnerRecord record) {
    assertEquals(List.of(), RECORD.errors(LearnerRecords.toJson(record)));
  }

  static Stream<Arguments> badStandards() {
    return Stream.of(
        bad("a required field is missing", root -> root.remove("reference")),
        bad("a field the format lacks", root -> root.put("rout", "Care services")),
        bad("text where a number belongs", root -> root.put("level", "four")),
        bad("a level above 7", root -> root.put("level", 9)),
        bad("a blank title", root -> root.put("title", "")),
        bad("a KSB code with a leading zero", root -> item(root, "ksbs", 2).put("code", "K03")),
        bad("no KSBs", root -> root.putArray("ksbs")),
        bad("a day that does not exist", root -> root.put("latestStartDate", "2026-02-30")),
        bad("a period in words", root -> ((ObjectNode) root.get("assessmentPlan")).put("epaPeriod", "3 months")),
        bad("a source status off the list", root -> item(root, "sources", 0).put("status", "GUESSED")),
        bad("a citation path that is not a path", root -> item(root, "citations", 0).put("path", "reference")),
        bad("a method id in capitals in the grading table", root ->
            ((ObjectNode) root.at("/assessmentPlan/gradingRules/0/methodGrades")).put("Observation", "PASS")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badStandards")
  void knownBadStandard_failsTheSchema_withBothValidators(String what, Consumer<ObjectNode> breakIt) {
    ObjectNode document = JsonSupport.mapper().valueToTree(StandardsTest.ST0007);
    breakIt.accept(document);
    assertFalse(STANDARD.errors(document).isEmpty(), "the real validator accepts " + what);
    assertFalse(Standards.validate(StandardsTest.stream(document.toString())).isValid(), "the library's reader accepts " + what);
  }

  static Stream<Arguments> badRecords() {
    return Stream.of(
        bad("a required field is missing", root -> root.remove("learnerId")),
        bad("a misspelt field", root -> root.set("evidnce", root.get("evidence"))),
        bad("an evidence status off the list", root -> item(root, "evidence", 0).put("status", "DONE")),
        bad("a date in the British form", root -> root.put("startDate", "02/09/2024")),
        bad("no contracted hours", root -> root.put("contractedHoursPerWeek", 0)),
        bad("a KSB code K0", root -> ((ArrayNode) item(root, "evidence", 0).get("ksbs")).set(0, "K0")),
        bad("a learner id over 100 characters", root -> root.put("learnerId", "L".repeat(101))),
        bad("extensions that are not an object", root -> root.put("extensions", 5)),
        bad("a grade in lower case", root -> ((ObjectNode) root.at("/epa/results/0")).put("grade", "pass")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badRecords")
  void knownBadLearnerRecord_failsTheSchema_withBothValidators(String what, Consumer<ObjectNode> breakIt) throws IOException {
    ObjectNode document = (ObjectNode) JsonSupport.parse(LearnerRecordsTest.specExample()).orElseThrow("the spec example");
    breakIt.accept(document);
    assertFalse(RECORD.errors(document).isEmpty(), "the real validator accepts " + what);
    assertFalse(LearnerRecords.validate(document.toString()).isValid(), "the library's reader accepts " + what);
  }

  /**
   * Every {@code examples/*.json} file at the root of the repository against the learner-record
   * schema. A file whose name does not start with {@code invalid} must pass it. Every file, valid
   * or not, gets the same verdict from the real validator as from the library's own checker: a file
   * named {@code invalid} may fail the schema, or pass it and break rules that no schema can state
   * (a planned end before the start, evidence mapped to a KSB the standard lacks), which the
   * command-line tests of those examples check. Without an examples folder there is nothing to
   * check, and the test says so as skipped.
   */
  @TestFactory
  Stream<DynamicTest> everyExampleFile_passesTheLearnerRecordSchema_unlessNamedInvalid_andBothValidatorsAgree() throws IOException {
    if (!Files.isDirectory(EXAMPLES)) {
      return Stream.of(dynamicTest("no examples folder at " + EXAMPLES.toAbsolutePath().normalize(),
          () -> Assumptions.abort("there is no examples folder to check")));
    }
    List<Path> files;
    try (Stream<Path> listing = Files.list(EXAMPLES)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
    return files.stream().map(file -> dynamicTest(file.getFileName().toString(), () -> {
      JsonNode document = JsonSupport.parse(Files.readString(file, StandardCharsets.UTF_8)).orElseThrow(file.toString());
      List<String> errors = RECORD.errors(document);
      if (!file.getFileName().toString().startsWith("invalid")) {
        assertEquals(List.of(), errors, file + " fails the learner-record schema");
      }
      Validated<LearnerRecord> read = LearnerRecords.validate(document.toString());
      assertEquals(errors.isEmpty(), read.isValid(), file + ": the real validator says " + errors + " but the library's reader says " + read.findings());
    }));
  }

  @Test
  void everyModelProperty_isInTheStandardSchema_andNoOther() {
    Set<Class<?>> visited = new LinkedHashSet<>();
    assertEquals(List.of(), drift(Standard.class, Standards.schema(), visited));
    assertTrue(visited.containsAll(Set.of(Standard.class, org.apprenticeship.standard.model.Occupation.class,
            org.apprenticeship.standard.model.SocGroup.class, org.apprenticeship.standard.model.Salary.class,
            org.apprenticeship.standard.model.Ksb.class, org.apprenticeship.standard.model.Duty.class,
            org.apprenticeship.standard.model.StandardOption.class, org.apprenticeship.standard.model.AssessmentPlan.class,
            org.apprenticeship.standard.model.AssessmentMethod.class, org.apprenticeship.standard.model.GradeDescriptor.class,
            org.apprenticeship.standard.model.GradingRule.class, org.apprenticeship.standard.model.ResitPolicy.class,
            org.apprenticeship.standard.model.GatewayCriterion.class, org.apprenticeship.standard.model.Source.class,
            org.apprenticeship.standard.model.Citation.class)),
        "visited only " + visited);
  }

  @Test
  void everyModelProperty_isInTheLearnerRecordSchema_andNoOther() {
    Set<Class<?>> visited = new LinkedHashSet<>();
    assertEquals(List.of(), drift(LearnerRecord.class, LearnerRecords.schema(), visited));
    assertTrue(visited.containsAll(Set.of(LearnerRecord.class, org.apprenticeship.standard.model.OffTheJobEntry.class,
            org.apprenticeship.standard.model.Achievement.class, org.apprenticeship.standard.model.Evidence.class,
            org.apprenticeship.standard.model.Declarations.class, org.apprenticeship.standard.model.EpaRecord.class,
            org.apprenticeship.standard.model.MethodResult.class, org.apprenticeship.standard.model.BreakInLearning.class)),
        "visited only " + visited);
  }

  @Test
  void everyModelProperty_isInTheFundingRulesSchema_andNoOther() {
    Set<Class<?>> visited = new LinkedHashSet<>();
    assertEquals(List.of(), drift(org.apprenticeship.standard.model.FundingRuleSet.class, FundingRules.schema(), visited));
    assertTrue(visited.containsAll(Set.of(org.apprenticeship.standard.model.FundingRuleSet.class,
            org.apprenticeship.standard.model.FundingRule.class, org.apprenticeship.standard.model.FundingParameters.class,
            org.apprenticeship.standard.model.Source.class)),
        "visited only " + visited);
  }

  @Test
  void driftCheck_reportsAPropertyMissingFromTheSchema_andOneTheModelLacks() {
    ObjectNode schema = (ObjectNode) JsonSupport.parse(Standards.schema()).orElseThrow("the schema");
    ObjectNode ksb = (ObjectNode) schema.at("/$defs/Ksb/properties");
    ksb.remove("theme");
    ksb.putObject("colour").put("type", "string");
    assertEquals(List.of(
            "Ksb: the model has \"theme\" but #/$defs/Ksb does not",
            "Ksb: #/$defs/Ksb has \"colour\" but the model does not"),
        drift(Standard.class, schema.toString(), new LinkedHashSet<>()));
  }

  /**
   * Compares the properties that the library's mapper writes for a model type, and for every model
   * type reachable from it, with the properties of the matching object in a schema.
   */
  private static List<String> drift(Class<?> root, String schemaText, Set<Class<?>> visited) {
    JsonNode schema = JsonSupport.parse(schemaText).orElseThrow("the schema");
    List<String> problems = new ArrayList<>();
    compare(root, schema, "#", schema, visited, problems);
    return problems;
  }

  private static void compare(Class<?> type, JsonNode objectSchema, String where, JsonNode schema,
      Set<Class<?>> visited, List<String> problems) {
    if (!visited.add(type)) {
      return;
    }
    BeanSerializer serializer = beanSerializer(type);
    Set<String> modelNames = new TreeSet<>();
    serializer.properties().forEachRemaining(p -> modelNames.add(p.getName()));
    Set<String> schemaNames = new TreeSet<>();
    objectSchema.path("properties").fieldNames().forEachRemaining(schemaNames::add);
    String name = type.getSimpleName();
    modelNames.stream().filter(n -> !schemaNames.contains(n))
        .forEach(n -> problems.add(name + ": the model has \"" + n + "\" but " + where + " does not"));
    schemaNames.stream().filter(n -> !modelNames.contains(n))
        .forEach(n -> problems.add(name + ": " + where + " has \"" + n + "\" but the model does not"));
    serializer.properties().forEachRemaining(property -> {
      Class<?> content = contentOf(property.getType()).getRawClass();
      if (isModelBean(content) && schemaNames.contains(property.getName())) {
        Optional<String> target = definitionOf(objectSchema.get("properties").get(property.getName()));
        // A definition that only says "this, or null" leads on to the definition of the object.
        while (target.isPresent() && !schema.at(target.get().substring(1)).has("properties")
            && schema.at(target.get().substring(1)).has("anyOf")) {
          target = definitionOf(schema.at(target.get().substring(1)));
        }
        JsonNode targetSchema = target.map(t -> schema.at(t.substring(1))).orElse(null);
        if (targetSchema == null || !targetSchema.has("properties")) {
          problems.add(name + "." + property.getName() + ": " + where + " gives no object schema for it");
        } else {
          compare(content, targetSchema, target.get(), schema, visited, problems);
        }
      }
    });
  }

  /** The {@code $ref} of the object that a property schema describes, through anyOf, items and additionalProperties. */
  private static Optional<String> definitionOf(JsonNode node) {
    if (node.has("$ref")) {
      return Optional.of(node.get("$ref").asText());
    }
    for (JsonNode branch : node.path("anyOf")) {
      Optional<String> target = definitionOf(branch);
      if (target.isPresent()) {
        return target;
      }
    }
    if (node.has("items")) {
      return definitionOf(node.get("items"));
    }
    if (node.path("additionalProperties").isObject()) {
      return definitionOf(node.get("additionalProperties"));
    }
    return Optional.empty();
  }

  private static JavaType contentOf(JavaType type) {
    if (type.isReferenceType()) {
      return contentOf(type.getReferencedType());
    }
    if (type.isContainerType()) {
      return contentOf(type.getContentType());
    }
    return type;
  }

  private static boolean isModelBean(Class<?> type) {
    return type.getPackageName().equals(Standard.class.getPackageName()) && !type.isEnum()
        && serializerOf(type) instanceof BeanSerializer;
  }

  private static BeanSerializer beanSerializer(Class<?> type) {
    Object serializer = serializerOf(type);
    if (!(serializer instanceof BeanSerializer)) {
      throw new AssertionError(type + " is not written as a bean but by " + serializer);
    }
    return (BeanSerializer) serializer;
  }

  private static Object serializerOf(Class<?> type) {
    SerializerProvider provider = JsonSupport.mapper().getSerializerProviderInstance();
    try {
      return provider.findValueSerializer(type);
    } catch (JsonMappingException e) {
      throw new AssertionError("the mapper cannot write " + type, e);
    }
  }

  private static Arguments bad(String what, Consumer<ObjectNode> breakIt) {
    return Arguments.of(what, breakIt);
  }

  private static ObjectNode item(ObjectNode root, String list, int index) {
    return (ObjectNode) root.get(list).get(index);
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  @Provide
  Arbitrary<LearnerRecord> records() {
    return ModelArbitraries.learnerRecord();
  }
}
