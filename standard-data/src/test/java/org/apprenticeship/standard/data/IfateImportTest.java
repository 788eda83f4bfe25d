package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.StandardsTest.codesAndPaths;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.internal.CitationResolver;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Severity;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * Import from the public apprenticeship standards API, on hand-made records that follow its
 * documented shape: {@code ifate/new-template.json} (a made-up standard ST9901 with duties and
 * options, and the many fields of a live record that the import ignores) and
 * {@code ifate/old-template-ST0007.json} (ST0007 as an old-template record, its statements those of
 * the official page, its ids made up).
 */
class IfateImportTest {
  static final String NEW_TEMPLATE = RealSchemaValidator.resource("/ifate/new-template.json");
  static final String OLD_TEMPLATE = RealSchemaValidator.resource("/ifate/old-template-ST0007.json");

  @Test
  void import_ofANewTemplateRecord_numbersKsbsInListOrder_andKeepsTheirIds() {
    Standard standard = single(NEW_TEMPLATE);
    assertEquals("ST9901", standard.reference());
    assertEquals("1.0", standard.version());
    assertEquals("Care technology practitioner", standard.title());
    assertEquals(3, standard.level());
    assertEquals("Approved for delivery", standard.status());
    assertEquals("Care services", standard.route());
    assertEquals(Optional.of(15), standard.typicalDurationMonths());
    assertEquals(Optional.of(6000), standard.maxFundingPounds());
    assertEquals(Optional.of(LocalDate.of(2024, 4, 1)), standard.earliestStartDate());
    assertEquals(Optional.empty(), standard.latestStartDate());
    assertEquals(List.of("K1", "K2", "K3", "K4", "K5", "S1", "S2", "S3", "S4", "B1", "B2", "B3"), standard.ksbCodes());
    JsonNode record = tree(NEW_TEMPLATE);
    Ksb s2 = standard.ksb("S2").orElseThrow();
    assertEquals(record.at("/skills/1/detail").asText(), s2.statement());
    assertEquals(Optional.of(record.at("/skills/1/skillId").asText()), s2.guid());
    assertEquals(Optional.empty(), s2.theme());
    assertEquals(Optional.empty(), standard.assessmentPlan());
    assertEquals(Optional.empty(), standard.occupation());
    assertEquals(List.of(), standard.gatewayCriteria());
  }

  @Test
  void import_ofANewTemplateRecord_resolvesTheDutiesMappedKsbsAndOptions() {
    Standard standard = single(NEW_TEMPLATE);
    JsonNode record = tree(NEW_TEMPLATE);
    assertEquals(List.of("D1", "D2", "D3", "D4"), standard.duties().stream().map(Duty::code).collect(Collectors.toList()));
    Duty d1 = standard.duties().get(0);
    assertEquals("Assess people's needs for technology-enabled care", d1.statement());
    assertTrue(d1.core());
    assertEquals(List.of("K1", "K3", "S1", "B1"), d1.ksbs());
    assertEquals(List.of(), d1.options());
    assertEquals(Optional.of(record.at("/duties/0/dutyID").asText()), d1.guid());
    Duty d3 = standard.duties().get(2);
    assertFalse(d3.core());
    assertEquals(List.of("K4", "S3", "B2"), d3.ksbs());
    assertEquals(List.of(record.at("/options/0/optionId").asText()), d3.options());
    assertEquals(List.of(StandardOption.of(record.at("/options/0/optionId").asText(), "Telecare monitoring"),
        StandardOption.of(record.at("/options/1/optionId").asText(), "Digital care records")), standard.options());
  }

  @Test
  void importedStandard_passesTheLibrarysOwnValidation_withoutFindings() {
    for (String record : List.of(NEW_TEMPLATE, OLD_TEMPLATE)) {
      Validated<Standard> result = IfateImport.read(record).get(0);
      assertEquals(List.of(), result.findings());
      Standard standard = result.value().orElseThrow();
      assertEquals(List.of(), Standards.validate(standard).findings());
      assertEquals(standard, Standards.read(StandardsTest.stream(Standards.toJson(standard))));
    }
  }

  @Test
  void importedFacts_citeTheApiAsConfirmed_andTheCodesAsAssumed() {
    Standard standard = single(NEW_TEMPLATE);
    assertEquals(Optional.of(SourceStatus.CONFIRMED), standard.statusOf("$.ksbs[K1].statement"));
    assertEquals(Optional.of(SourceStatus.CONFIRMED), standard.statusOf("$.ksbs[K1].guid"));
    assertEquals(Optional.of(SourceStatus.CONFIRMED), standard.statusOf("$.maxFundingPounds"));
    assertEquals(Optional.of(SourceStatus.CONFIRMED), standard.statusOf("$.duties[D2].statement"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), standard.statusOf("$.ksbs[K1].code"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), standard.statusOf("$.duties[D2].code"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), standard.statusOf("$.duties[D2].ksbs"));
    List<String> facts = CitationResolver.facts(JsonSupport.mapper().valueToTree(standard));
    List<String> uncited = facts.stream().filter(f -> standard.statusOf(f).isEmpty()).collect(Collectors.toList());
    assertEquals(List.of("$.gatewayCriteria"), uncited, "the API has no gateway criteria, so that empty list is not cited");
  }

  @Test
  void import_ofAnOldTemplateRecord_givesTheKsbsOfTheBundledSt0007_andNoDuties() {
    Standard imported = single(OLD_TEMPLATE);
    Standard bundled = StandardsTest.ST0007;
    assertEquals("1.1", imported.version(), "the record holds the version as the number 1.1");
    assertEquals(bundled.ksbCodes(), imported.ksbCodes());
    for (Ksb ksb : bundled.ksbs()) {
      assertEquals(ksb.statement(), imported.ksb(ksb.code()).orElseThrow().statement(), ksb.code());
    }
    assertEquals(List.of(), imported.duties());
    assertEquals(List.of(), imported.options());
    assertEquals(Optional.empty(), imported.assessmentPlan());
  }

  @Test
  void import_ofAnArray_givesOneResultPerRecord_withPathsIntoTheArray() {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    array.add(tree(NEW_TEMPLATE));
    array.add(broken(NEW_TEMPLATE, r -> ((ObjectNode) r.at("/knowledges/0")).remove("knowledgeId")));
    array.add(tree(OLD_TEMPLATE));
    List<Validated<Standard>> results = IfateImport.read(array.toString());
    assertEquals(3, results.size());
    assertEquals("ST9901", results.get(0).value().orElseThrow().reference());
    assertEquals(List.of("JSON_04 $[1].knowledges[0].knowledgeId"), codesAndPaths(results.get(1).findings()));
    assertFalse(results.get(1).isValid());
    assertEquals("ST0007", results.get(2).value().orElseThrow().reference());
  }

  @Test
  void import_ofAnEmptyArray_givesNoResults() {
    assertEquals(List.of(), IfateImport.read(" [ ] "));
  }

  @Test
  void versionAsANumber_keepsTheDigitsAsWritten() {
    assertEquals("1.10", single(NEW_TEMPLATE.replace("\"version\": \"1.0\",\n  \"versionNumber\": \"1.0\"", "\"version\": 1.10")).version());
    assertEquals("2", single(NEW_TEMPLATE.replace("\"version\": \"1.0\",\n  \"versionNumber\": \"1.0\"", "\"version\": 2")).version());
  }

  @Test
  void versionNumber_isUsedWhenThereIsNoVersion() {
    assertEquals("1.2", single(broken(NEW_TEMPLATE, r -> r.put("versionNumber", 1.2).remove("version")).toString()).version());
  }

  @Test
  void versionAndVersionNumberThatDisagree_giveAWarning_andVersionIsUsed() {
    Validated<Standard> result = importOf(broken(NEW_TEMPLATE, r -> r.put("versionNumber", "1.1")));
    assertTrue(result.isValid());
    assertEquals("1.0", result.value().orElseThrow().version());
    Finding warning = StandardsTest.single(result.findings(), FindingCode.IMPORT_03);
    assertEquals(Severity.WARNING, warning.severity());
    assertEquals("$.versionNumber", warning.path());
    assertEquals("versionNumber 1.1 differs from version 1.0; version is used", warning.message());
  }

  @Test
  void import_withUnresolvableDutyGuid_reportsAWarning_andLeavesThatMappingOut() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      ((ArrayNode) r.at("/duties/1/mappedSkills")).set(0, "0d9e9b0c-0000-4000-8000-000000000000");
      ((ArrayNode) r.at("/duties/3/mappedOptions")).set(0, "no-such-option");
    });
    Validated<Standard> result = importOf(record);
    assertTrue(result.isValid(), result::toString);
    assertEquals(List.of("IMPORT_01 $.duties[1].mappedSkills[0]", "IMPORT_01 $.duties[3].mappedOptions[0]"),
        codesAndPaths(result.findings()));
    assertEquals("duty D2 maps the skill 0d9e9b0c-0000-4000-8000-000000000000, which the record does not have; that mapping is left out",
        result.findings().get(0).message());
    Standard standard = result.value().orElseThrow();
    assertEquals(List.of("K2", "B1", "B2"), standard.duties().get(1).ksbs());
    assertEquals(List.of(), standard.duties().get(3).options());
  }

  @Test
  void import_withDuplicateIds_isRefused() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      ((ObjectNode) r.at("/knowledges/3")).put("knowledgeId", r.at("/knowledges/1/knowledgeId").asText());
      ((ObjectNode) r.at("/duties/2")).put("dutyID", r.at("/duties/0/dutyID").asText());
      ((ObjectNode) r.at("/options/1")).put("optionId", r.at("/options/0/optionId").asText());
    });
    Validated<Standard> result = importOf(record);
    assertFalse(result.isValid());
    assertEquals(List.of(
            "IMPORT_02 $.duties[2].dutyID",
            "IMPORT_01 $.duties[2].mappedKnowledge[0]",
            "IMPORT_01 $.duties[3].mappedOptions[0]",
            "IMPORT_02 $.knowledges[3].knowledgeId"),
        codesAndPaths(result.findings()), "the ids overwritten are no longer there for the duties that mapped them");
    assertTrue(result.findings().get(3).message().startsWith("the id " + tree(NEW_TEMPLATE).at("/knowledges/1/knowledgeId").asText()
        + " of knowledges[3] is also the id of K2"), result.findings().get(3).message());
  }

  @Test
  void import_withDuplicateOptionIds_reportsTheModelsRule_atTheRecordsPath() {
    JsonNode record = broken(NEW_TEMPLATE, r -> ((ObjectNode) r.at("/options/1")).put("optionId", r.at("/options/0/optionId").asText()));
    Validated<Standard> result = importOf(record);
    assertFalse(result.isValid());
    assertEquals(List.of("IMPORT_01 $.duties[3].mappedOptions[0]", "OPTION_01 $.options[1].optionId"), codesAndPaths(result.findings()));
  }

  @Test
  void import_withMissingIdsAndFields_reportsEveryOne() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      r.remove("referenceNumber");
      r.remove("version");
      r.remove("versionNumber");
      ((ObjectNode) r.at("/knowledges/0")).remove("knowledgeId");
      ((ObjectNode) r.at("/behaviours/2")).remove("detail");
      ((ObjectNode) r.at("/duties/1")).remove("dutyID");
      ((ObjectNode) r.at("/options/0")).remove("optionId");
    });
    Validated<Standard> result = importOf(record);
    assertFalse(result.isValid());
    assertEquals(List.of(
            "JSON_04 $.behaviours[2].detail",
            "JSON_04 $.duties[1].dutyID",
            "JSON_04 $.knowledges[0].knowledgeId",
            "JSON_04 $.options[0].optionId",
            "JSON_04 $.referenceNumber"),
        codesAndPaths(result.findings()));
  }

  @Test
  void import_withoutAnyVersion_reportsItMissing() {
    Validated<Standard> result = importOf(broken(NEW_TEMPLATE, r -> r.remove(List.of("version", "versionNumber"))));
    Finding missing = StandardsTest.single(result.findings(), FindingCode.JSON_04);
    assertEquals("$.version", missing.path());
    assertEquals("required field \"version\" (or \"versionNumber\") is missing", missing.message());
  }

  @Test
  void import_withWrongTypes_reportsEveryOne() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      r.put("level", "three");
      r.put("typicalDuration", 15.5);
      r.putObject("skills");
      ((ObjectNode) r.at("/knowledges/2")).put("detail", 42);
      ((ObjectNode) r.at("/duties/0")).put("isThisACoreDuty", 2);
      ((ArrayNode) r.at("/duties/1/mappedKnowledge")).add(7);
    });
    Validated<Standard> result = importOf(record);
    assertEquals(List.of(
            "JSON_06 $.duties[0].isThisACoreDuty",
            "JSON_05 $.duties[1].mappedKnowledge[1]",
            "JSON_05 $.knowledges[2].detail",
            "JSON_05 $.level",
            "JSON_05 $.skills",
            "JSON_05 $.typicalDuration"),
        codesAndPaths(result.findings()));
    assertEquals("must be one of 0, 1, false, true, not the number 2", result.findings().get(0).message());
  }

  @Test
  void import_withADateThatIsNotADate_reportsIt() {
    Validated<Standard> badForm = importOf(broken(NEW_TEMPLATE, r -> r.put("earliestStartDate", "01/04/2024")));
    assertEquals(List.of("JSON_07 $.earliestStartDate"), codesAndPaths(badForm.findings()));
    assertEquals("must be a date, or a date and time, in ISO 8601 form, such as 2019-02-01T00:00:00, not \"01/04/2024\"",
        badForm.findings().get(0).message());
    Validated<Standard> noSuchDay = importOf(broken(NEW_TEMPLATE, r -> r.put("earliestStartDate", "2024-02-30T00:00:00")));
    assertEquals(List.of("JSON_07 $.earliestStartDate"), codesAndPaths(noSuchDay.findings()));
  }

  @Test
  void import_withValuesThatBreakTheModel_reportsThemAtTheRecordsPaths() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      r.put("referenceNumber", "ST99");
      r.put("level", 9);
      r.put("maxFunding", -1);
      ((ObjectNode) r.at("/knowledges/1")).put("detail", "  ");
      ((ObjectNode) r.at("/duties/3")).put("dutyDetail", "");
      ((ObjectNode) r.at("/options/1")).put("title", " ");
    });
    Validated<Standard> result = importOf(record);
    assertFalse(result.isValid());
    assertEquals(List.of(
            "FIELD_01 $.duties[3].dutyDetail",
            "FIELD_01 $.knowledges[1].detail",
            "FIELD_03 $.level",
            "FIELD_03 $.maxFunding",
            "FIELD_01 $.options[1].title",
            "FIELD_02 $.referenceNumber"),
        codesAndPaths(result.findings()));
  }

  @Test
  void import_withoutKsbs_reportsThatAStandardNeedsThem() {
    Validated<Standard> result = importOf(broken(OLD_TEMPLATE, r -> {
      r.putArray("knowledges");
      r.putNull("skills");
      r.remove("behaviours");
    }));
    assertEquals(List.of("FIELD_04 $.knowledges"), codesAndPaths(result.findings()));
  }

  @Test
  void unknownFields_areIgnored_atEveryLevel() {
    JsonNode record = broken(NEW_TEMPLATE, r -> {
      r.putObject("futureField").put("nested", true);
      ((ObjectNode) r.at("/knowledges/0")).put("knowledgeUId", "x");
      ((ObjectNode) r.at("/duties/0")).putArray("mappedQualifications").add("y");
    });
    assertEquals(single(NEW_TEMPLATE), single(record.toString()));
  }

  @Test
  void aDocumentThatCannotBeRead_givesOneInvalidResult_sayingWhy() {
    assertEquals(List.of("JSON_01 $.title"), codesAndPaths(only(IfateImport.read("{\"referenceNumber\": \"ST0007\", \"title\" \"x\"}")).findings()));
    assertEquals(List.of("JSON_08 $.title"), codesAndPaths(only(IfateImport.read("{\"title\": \"a\", \"title\": \"b\"}")).findings()));
    Validated<Standard> text = only(IfateImport.read("\"ST0007\""));
    assertEquals(List.of("JSON_05 $"), codesAndPaths(text.findings()));
    assertEquals("must be an object (one record of the API) or an array of records; this document is a string", text.findings().get(0).message());
    assertEquals(List.of("JSON_05 $[0]"), codesAndPaths(only(IfateImport.read("[4]")).findings()));
  }

  @Test
  void theRecordSchema_isAValidSchema_thatTheHandMadeRecordsPass() {
    String schema = new String(BundledStandards.resource(BundledStandards.FOLDER + "ifate-record.schema.json"), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(List.of(), RealSchemaValidator.metaSchemaErrors(schema));
    RealSchemaValidator records = RealSchemaValidator.of(schema, "https://example.org/ifate-record.schema.json");
    assertEquals(List.of(), records.errors(NEW_TEMPLATE));
    assertEquals(List.of(), records.errors(OLD_TEMPLATE));
    assertFalse(records.errors(broken(NEW_TEMPLATE, r -> r.remove("title"))).isEmpty());
  }

  /** Writes any standard as the API would publish it, and imports it back: every fact that the API carries comes back. */
  @Property(tries = 100)
  void import_ofTheRecordOfAnyStandard_givesItsFactsBack(@ForAll("standards") Standard original) {
    Standard imported = single(ApiRecords.of(original).toString());
    assertEquals(original.reference(), imported.reference());
    assertEquals(original.version(), imported.version());
    assertEquals(original.title(), imported.title());
    assertEquals(original.level(), imported.level());
    assertEquals(original.typicalDurationMonths(), imported.typicalDurationMonths());
    assertEquals(original.maxFundingPounds(), imported.maxFundingPounds());
    assertEquals(original.earliestStartDate(), imported.earliestStartDate());
    assertEquals(original.ksbCodes(), imported.ksbCodes());
    assertEquals(statements(original.ksbs()), statements(imported.ksbs()));
    assertEquals(original.options(), imported.options());
    assertEquals(original.duties().size(), imported.duties().size());
    for (int i = 0; i < original.duties().size(); i++) {
      Duty expected = original.duties().get(i);
      Duty actual = imported.duties().get(i);
      assertEquals(List.of(expected.code(), expected.statement(), expected.core(), expected.ksbs(), expected.options()),
          List.of(actual.code(), actual.statement(), actual.core(), actual.ksbs(), actual.options()));
    }
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  private static List<String> statements(List<Ksb> ksbs) {
    return ksbs.stream().map(Ksb::statement).collect(Collectors.toList());
  }

  static Standard single(String json) {
    Validated<Standard> result = only(IfateImport.read(json));
    assertEquals(List.of(), result.findings(), "findings of the import");
    return result.value().orElseThrow();
  }

  private static Validated<Standard> importOf(JsonNode record) {
    return only(IfateImport.read(record.toString()));
  }

  private static Validated<Standard> only(List<Validated<Standard>> results) {
    assertEquals(1, results.size(), () -> "results: " + results);
    return results.get(0);
  }

  private static JsonNode tree(String json) {
    return JsonSupport.parse(json).orElseThrow("a test record");
  }

  private static ObjectNode broken(String json, Consumer<ObjectNode> breakIt) {
    ObjectNode record = (ObjectNode) tree(json);
    breakIt.accept(record);
    return record;
  }
}
