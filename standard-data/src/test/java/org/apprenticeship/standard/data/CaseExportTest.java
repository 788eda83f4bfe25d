package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * The CASE 1.1 export, checked against the official 1EdTech CFPackage schema (a copy in the test
 * resources) with a real JSON Schema validator.
 */
class CaseExportTest {
  private static final RealSchemaValidator CASE = RealSchemaValidator.ofResource("/reference/case-v1p1-cfpackage-schema.json",
      "https://purl.imsglobal.org/spec/case/v1p1/schema/json/getCFPackage-200-responsepayload-schema.json");
  private static final Standard ST0007 = StandardsTest.ST0007;

  @Test
  void theOfficialSchema_isDraft202012_andRefusesAnEmptyDocument() {
    String schema = RealSchemaValidator.resource("/reference/case-v1p1-cfpackage-schema.json");
    assertTrue(schema.contains("\"$schema\": \"http://json-schema.org/draft/2020-12/schema\""));
    assertEquals(List.of(), RealSchemaValidator.metaSchemaErrors(schema));
    List<String> errors = CASE.errors("{}");
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).endsWith("required property 'CFDocument' not found"), errors::toString);
  }

  @Test
  void st0007Export_passesTheOfficialCase11Schema() {
    assertEquals(List.of(), CASE.errors(CaseExport.toJson(ST0007)));
  }

  @Test
  void st0007Export_hasOneDocument_51Items_and128Associations() {
    JsonNode casePackage = export(ST0007);
    assertTrue(casePackage.get("CFDocument").isObject());
    assertEquals(Map.of("Knowledge", 13, "Skill", 26, "Behaviour", 6, "Grouping", 4, "Assessment method", 2),
        count(casePackage.get("CFItems"), "CFItemType"));
    assertEquals(Map.of("isChildOf", 51, "ext:assessesKsb", 77), count(casePackage.get("CFAssociations"), "associationType"));
    assertEquals(List.of("Knowledge", "Skills", "Behaviours", "End-point assessment methods"),
        texts(items(casePackage, "Grouping"), "fullStatement"));
  }

  @Test
  void st0007Document_describesTheStandard() {
    JsonNode document = export(ST0007).get("CFDocument");
    assertEquals("Lead practitioner in adult care", document.get("title").asText());
    assertEquals("1.1", document.get("version").asText());
    assertEquals("1.1", document.get("caseVersion").asText());
    assertEquals("Approved for delivery", document.get("adoptionStatus").asText());
    assertEquals("Care services", document.get("subject").get(0).asText());
    assertEquals("2026-08-31", document.get("statusEndDate").asText());
    assertEquals("2026-11-01T00:00:00Z", document.get("lastChangeDateTime").asText());
    assertTrue(document.get("creator").asText().startsWith("Skills England"));
    assertTrue(document.get("notes").asText().contains("statusEndDate ASSUMED"), document.get("notes").asText());
    assertTrue(document.get("notes").asText().contains("\nA4 ASSUMED: Assumed: the KSBs each assessment method assesses"));
    assertTrue(!document.has("officialSourceURL"), "the CONFIRMED source of ST0007 was read from a saved copy and has no address");
  }

  @Test
  void everyKsb_isOneItem_withItsCodeTypeStatementAndTheme() {
    JsonNode casePackage = export(ST0007);
    for (Ksb ksb : ST0007.ksbs()) {
      List<JsonNode> matching = StreamSupport.stream(casePackage.get("CFItems").spliterator(), false)
          .filter(item -> ksb.code().equals(item.path("humanCodingScheme").asText())).collect(Collectors.toList());
      assertEquals(1, matching.size(), ksb.code());
      JsonNode item = matching.get(0);
      assertEquals(ksb.statement(), item.get("fullStatement").asText());
      assertEquals(Map.of('K', "Knowledge", 'S', "Skill", 'B', "Behaviour").get(ksb.code().charAt(0)), item.get("CFItemType").asText());
      assertEquals(ksb.code().substring(1), item.get("listEnumeration").asText());
      assertEquals(ksb.theme().orElseThrow(), item.get("conceptKeywords").get(0).asText());
    }
    JsonNode s16 = itemWithCode(casePackage, "S16");
    assertEquals("Statement: CONFIRMED (read on the official standard). Theme: ASSUMED (modelled, not confirmed).", s16.get("notes").asText());
  }

  @Test
  void isChildOf_givesEveryItemOneParent_inTheStandardsOrder() {
    JsonNode casePackage = export(ST0007);
    String document = casePackage.get("CFDocument").get("identifier").asText();
    Map<String, List<String>> children = new LinkedHashMap<>();
    Map<String, Integer> parents = new HashMap<>();
    for (JsonNode association : casePackage.get("CFAssociations")) {
      if (association.get("associationType").asText().equals("isChildOf")) {
        String child = association.at("/originNodeURI/identifier").asText();
        List<String> siblings = children.computeIfAbsent(association.at("/destinationNodeURI/identifier").asText(), p -> new ArrayList<>());
        siblings.add(child);
        assertEquals(siblings.size(), association.get("sequenceNumber").asInt(), "sequence numbers count from 1 in order");
        parents.merge(child, 1, Integer::sum);
      }
    }
    List<String> items = texts(casePackage.get("CFItems"), "identifier");
    assertEquals(Set.copyOf(items), parents.keySet());
    assertTrue(parents.values().stream().allMatch(n -> n == 1), "each item has one parent");
    assertEquals(texts(items(casePackage, "Grouping"), "identifier"), children.get(document));
    String skills = items(casePackage, "Grouping").get(1).get("identifier").asText();
    assertEquals(texts(items(casePackage, "Skill"), "identifier"), children.get(skills));
    assertEquals(ST0007.ksbs(org.apprenticeship.standard.model.KsbType.SKILL).stream().map(Ksb::code).collect(Collectors.toList()),
        texts(items(casePackage, "Skill"), "humanCodingScheme"));
  }

  @Test
  void methodsKsbMapping_isAnExtAssociationPerKsb_inTheMethodsOrder_withItsStatus() {
    JsonNode casePackage = export(ST0007);
    for (AssessmentMethod method : ST0007.assessmentPlan().orElseThrow().methods()) {
      JsonNode item = itemWithCode(casePackage, method.id());
      List<JsonNode> assesses = associations(casePackage, "ext:assessesKsb").stream()
          .filter(a -> a.at("/originNodeURI/identifier").asText().equals(item.get("identifier").asText()))
          .collect(Collectors.toList());
      assertEquals(method.ksbs(), assesses.stream()
          .map(a -> a.at("/destinationNodeURI/title").asText()).collect(Collectors.toList()));
      for (int i = 0; i < assesses.size(); i++) {
        JsonNode association = assesses.get(i);
        assertEquals(i + 1, association.get("sequenceNumber").asInt());
        assertEquals(itemWithCode(casePackage, method.ksbs().get(i)).get("identifier").asText(), association.at("/destinationNodeURI/identifier").asText());
        assertEquals("Which KSBs the method assesses: ASSUMED (modelled, not confirmed).", association.get("notes").asText());
      }
    }
  }

  @Test
  void identifiers_areLowercaseVersion5Uuids_ofTheDocumentedNames() {
    assertEquals(UUID.fromString("3e6ef553-c3a3-5089-85c2-ec5c1083c48e"), CaseExport.NAMESPACE);
    JsonNode casePackage = export(ST0007);
    // Computed independently, with Python's uuid.uuid5(namespace, name).
    assertEquals("b1eacc6d-3968-5eaf-bbed-2240c5d646c6", casePackage.at("/CFDocument/identifier").asText());
    assertEquals("2049fa71-7554-5781-a95e-34281194db38", itemWithCode(casePackage, "K9").get("identifier").asText());
    for (String identifier : identifiers(casePackage)) {
      assertTrue(identifier.matches("[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), identifier);
    }
    assertEquals(identifiers(casePackage).size(), Set.copyOf(identifiers(casePackage)).size(), "identifiers are unique");
    assertTrue(StreamSupport.stream(casePackage.get("CFItems").spliterator(), false)
        .allMatch(item -> item.get("uri").asText().equals("urn:uuid:" + item.get("identifier").asText())));
  }

  @Test
  void associations_pointOnlyAtTheDocumentAndItemsOfThePackage_withTheirUris() {
    JsonNode casePackage = export(ST0007);
    Map<String, String> uris = new HashMap<>();
    uris.put(casePackage.at("/CFDocument/identifier").asText(), casePackage.at("/CFDocument/uri").asText());
    casePackage.get("CFItems").forEach(item -> uris.put(item.get("identifier").asText(), item.get("uri").asText()));
    for (JsonNode association : casePackage.get("CFAssociations")) {
      for (String end : List.of("originNodeURI", "destinationNodeURI")) {
        JsonNode link = association.get(end);
        assertEquals(uris.get(link.get("identifier").asText()), link.get("uri").asText(), association::toString);
      }
    }
  }

  @Test
  void aUriPrefix_makesEveryUri() {
    String json = CaseExport.toJson(ST0007, "https://case.example.org/uri/");
    assertEquals(List.of(), CASE.errors(json));
    JsonNode casePackage = tree(json);
    assertEquals("https://case.example.org/uri/b1eacc6d-3968-5eaf-bbed-2240c5d646c6", casePackage.at("/CFDocument/uri").asText());
    assertTrue(json.contains("\"uri\": \"https://case.example.org/uri/2049fa71-7554-5781-a95e-34281194db38\""));
    assertTrue(!json.contains("urn:uuid:"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseExport.toJson(ST0007, "case items/"));
    assertTrue(e.getMessage().startsWith("the URI prefix \"case items/\" followed by an identifier is not an absolute URI"), e.getMessage());
  }

  @Test
  void anInvalidStandard_isRefused_withItsFindings() {
    Standard broken = ST0007.withCitations(Citation.of("$.ksbs[K99].theme", "P1"));
    InvalidDataException e = assertThrows(InvalidDataException.class, () -> CaseExport.toJson(broken));
    assertEquals("SOURCE_04", e.findings().get(0).code().name());
  }

  @Test
  void aKsbThatAMethodNamesTwice_givesOneAssociation() {
    AssessmentPlan plan = ST0007.assessmentPlan().orElseThrow();
    AssessmentMethod observation = plan.methods().get(0).withKsbs("S1", "S2", "S1");
    Standard twice = ST0007.withAssessmentPlan(plan.withMethods(observation, plan.methods().get(1)));
    assertEquals(List.of("S1", "S2"), associations(export(twice), "ext:assessesKsb").stream()
        .filter(a -> a.at("/originNodeURI/title").asText().equals(observation.name()))
        .map(a -> a.at("/destinationNodeURI/title").asText()).collect(Collectors.toList()));
  }

  @Test
  void lastChange_isTheLatestDayASourceWasRead_elseTheEarliestStart_else1970() {
    Standard imported = IfateImportTest.single(IfateImportTest.NEW_TEMPLATE);
    assertEquals("2024-04-01T00:00:00Z", export(imported).at("/CFDocument/lastChangeDateTime").asText());
    Standard read = imported.withSources(List.of(imported.sources().get(0).withDateRead("2025-03-14"), imported.sources().get(1).withDateRead("2025-06")));
    assertEquals("2025-06-01T00:00:00Z", export(read).at("/CFItems/0/lastChangeDateTime").asText());
    Standard noDates = IfateImportTest.single(IfateImportTest.NEW_TEMPLATE.replace(
        "\"earliestStartDate\": \"2024-04-01T00:00:00\"", "\"earliestStartDate\": null"));
    assertEquals("1970-01-01T00:00:00Z", export(noDates).at("/CFAssociations/0/lastChangeDateTime").asText());
  }

  @Test
  void importedNewTemplateStandard_exportsDutiesAndOptions_andPassesTheSchema() {
    Standard imported = IfateImportTest.single(IfateImportTest.NEW_TEMPLATE);
    String json = CaseExport.toJson(imported);
    assertEquals(List.of(), CASE.errors(json));
    JsonNode casePackage = tree(json);
    assertEquals(Map.of("Knowledge", 5, "Skill", 4, "Behaviour", 3, "Duty", 4, "Option", 2, "Grouping", 5),
        count(casePackage.get("CFItems"), "CFItemType"));
    assertEquals(Map.of("isChildOf", 23, "ext:mapsKsb", 14, "ext:belongsToOption", 2),
        count(casePackage.get("CFAssociations"), "associationType"));
    JsonNode d3 = itemWithCode(casePackage, "D3");
    assertEquals("Respond to telecare alerts and escalate concerns", d3.get("fullStatement").asText());
    assertEquals(false, d3.at("/extensions/core").asBoolean());
    assertEquals(imported.duties().get(2).guid().orElseThrow(), d3.at("/extensions/guid").asText());
    assertEquals(imported.ksb("K1").orElseThrow().guid().orElseThrow(), itemWithCode(casePackage, "K1").at("/extensions/guid").asText());
    assertEquals(List.of("K4", "S3", "B2"), associations(casePackage, "ext:mapsKsb").stream()
        .filter(a -> a.at("/originNodeURI/identifier").asText().equals(d3.get("identifier").asText()))
        .map(a -> a.at("/destinationNodeURI/title").asText()).collect(Collectors.toList()));
    assertEquals("Statement: CONFIRMED (read on the official standard).", d3.get("notes").asText());
  }

  @Property(tries = 60)
  void exportOfAnyStandard_passesTheOfficialSchema(@ForAll("standards") Standard standard) {
    assertEquals(List.of(), CASE.errors(CaseExport.toJson(standard)));
  }

  @Property(tries = 100)
  void exportOfAnyStandard_hasOneItemPerKsb_inTheStandardsOrder(@ForAll("standards") Standard standard) {
    JsonNode casePackage = export(standard);
    List<String> codes = StreamSupport.stream(casePackage.get("CFItems").spliterator(), false)
        .filter(item -> Set.of("Knowledge", "Skill", "Behaviour").contains(item.get("CFItemType").asText()))
        .map(item -> item.get("humanCodingScheme").asText()).collect(Collectors.toList());
    assertEquals(standard.ksbCodes(), codes);
    assertEquals(identifiers(casePackage).size(), Set.copyOf(identifiers(casePackage)).size(), "identifiers are unique");
  }

  @Property(tries = 100)
  void exportsOfTheSameData_areByteIdentical(@ForAll("standards") Standard standard) {
    Standard sameData = Standards.read(StandardsTest.stream(Standards.toJson(standard)));
    assertEquals(CaseExport.toJson(standard), CaseExport.toJson(sameData));
  }

  @Property(tries = 100)
  void identifiers_dependOnlyOnReferenceVersionAndCode(@ForAll("standards") Standard standard) {
    List<Ksb> reworded = standard.ksbs().stream().map(k -> k.withStatement(k.statement() + " (reworded)")).collect(Collectors.toList());
    List<String> before = texts(export(standard).get("CFItems"), "identifier");
    assertEquals(before, texts(export(standard.withKsbs(reworded)).get("CFItems"), "identifier"));
    assertNotEquals(before, texts(export(standard.withVersion(standard.version() + ".1")).get("CFItems"), "identifier"));
  }

  /** Any standard, published as the API would, imported and exported: the counts of the package follow from the standard. */
  @Property(tries = 100)
  void importThenExport_givesTheCountsOfTheStandard(@ForAll("standards") Standard original) {
    Standard imported = IfateImportTest.single(ApiRecords.of(original).toString());
    JsonNode casePackage = export(imported);
    Map<String, Integer> items = count(casePackage.get("CFItems"), "CFItemType");
    Map<String, Integer> associations = count(casePackage.get("CFAssociations"), "associationType");
    assertEquals(original.ksbs().size(), items.getOrDefault("Knowledge", 0) + items.getOrDefault("Skill", 0) + items.getOrDefault("Behaviour", 0));
    assertEquals(original.duties().size(), items.getOrDefault("Duty", 0));
    assertEquals(original.options().size(), items.getOrDefault("Option", 0));
    assertEquals(casePackage.get("CFItems").size(), associations.get("isChildOf"));
    assertEquals(original.duties().stream().mapToInt(d -> d.ksbs().size()).sum(), associations.getOrDefault("ext:mapsKsb", 0));
    assertEquals(original.duties().stream().mapToInt(d -> d.options().size()).sum(), associations.getOrDefault("ext:belongsToOption", 0));
    assertEquals(null, associations.get("ext:assessesKsb"), "the API carries no assessment plan");
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  private static JsonNode export(Standard standard) {
    return tree(CaseExport.toJson(standard));
  }

  private static JsonNode tree(String json) {
    return JsonSupport.parse(json).orElseThrow("the CASE package");
  }

  private static Map<String, Integer> count(JsonNode array, String field) {
    Map<String, Integer> counts = new TreeMap<>();
    array.forEach(node -> counts.merge(node.get(field).asText(), 1, Integer::sum));
    return counts;
  }

  private static List<JsonNode> items(JsonNode casePackage, String type) {
    return StreamSupport.stream(casePackage.get("CFItems").spliterator(), false)
        .filter(item -> item.get("CFItemType").asText().equals(type)).collect(Collectors.toList());
  }

  private static List<JsonNode> associations(JsonNode casePackage, String type) {
    return StreamSupport.stream(casePackage.get("CFAssociations").spliterator(), false)
        .filter(a -> a.get("associationType").asText().equals(type)).collect(Collectors.toList());
  }

  private static JsonNode itemWithCode(JsonNode casePackage, String code) {
    return StreamSupport.stream(casePackage.get("CFItems").spliterator(), false)
        .filter(item -> code.equals(item.path("humanCodingScheme").asText())).findFirst().orElseThrow();
  }

  private static List<String> texts(Iterable<JsonNode> nodes, String field) {
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get(field).asText()).collect(Collectors.toList());
  }

  private static List<String> identifiers(JsonNode casePackage) {
    List<String> identifiers = new ArrayList<>(List.of(casePackage.at("/CFDocument/identifier").asText()));
    identifiers.addAll(texts(casePackage.get("CFItems"), "identifier"));
    identifiers.addAll(texts(casePackage.get("CFAssociations"), "identifier"));
    return identifiers;
  }
}
