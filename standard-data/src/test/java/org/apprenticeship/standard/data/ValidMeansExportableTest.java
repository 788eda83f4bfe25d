package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * A standard that {@code Standards.validate} accepts always exports to CASE and reads back equal
 * from what {@code Standards.toJson} writes (issue 10, item 6): validation refuses what cannot be
 * written or exported, such as a citation of a fact that is null or absent. The property runs on
 * generated standards whose JSON is mutated the ways the issue found and more: optional values set
 * to null or left out, lists emptied, citations added to facts that may not be there.
 */
class ValidMeansExportableTest {
  private static final List<String> OPTIONAL_TOP = List.of("typicalDurationMonths", "maxFundingPounds", "earliestStartDate",
      "latestStartDate", "occupation", "assessmentPlan");
  private static final List<String> LISTS = List.of("duties", "options", "gatewayCriteria");
  private static final List<String> CITED = List.of("$.latestStartDate", "$.earliestStartDate", "$.typicalDurationMonths",
      "$.maxFundingPounds", "$.ksbs[K1].theme", "$.ksbs[K1].guid", "$.ksbs[*].theme", "$.occupation", "$.occupation.title",
      "$.assessmentPlan.methods[*].ksbs", "$.assessmentPlan.resit", "$.duties[D1].ksbs", "$.options", "$.ksbs[K99]", "$.ksbs[*]");

  /** One change to a standard's JSON. */
  private interface Mutation {
    void apply(ObjectNode standard);
  }

  @Provide
  Arbitrary<Mutation> mutation() {
    return Arbitraries.oneOf(
        Arbitraries.of(OPTIONAL_TOP).map(field -> (Mutation) s -> s.putNull(field)),
        Arbitraries.of(OPTIONAL_TOP).map(field -> (Mutation) s -> s.remove(field)),
        Arbitraries.of(LISTS).map(field -> (Mutation) s -> s.putArray(field)),
        Arbitraries.of("theme", "guid").map(field -> (Mutation) s -> ((ObjectNode) s.get("ksbs").get(0)).putNull(field)),
        Arbitraries.of("theme", "guid").map(field -> (Mutation) s -> ((ObjectNode) s.get("ksbs").get(0)).remove(field)),
        Combinators.combine(Arbitraries.of(CITED), Arbitraries.of("P1", "P2")).as((path, source) -> (Mutation) s -> {
          ObjectNode citation = ((ArrayNode) s.get("citations")).addObject();
          citation.put("path", path);
          citation.putArray("sources").add(source);
        }));
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  @Property(tries = 150)
  void aStandardThatReadsAsValid_exportsAndReadsBackEqual(@ForAll("standards") Standard generated,
      @ForAll("mutations") List<Mutation> mutations) {
    ObjectNode json = JsonSupport.mapper().valueToTree(generated);
    mutations.forEach(m -> m.apply(json));
    Validated<Standard> read = Standards.validate(StandardsTest.stream(json.toString()));
    Statistics.label("valid").collect(read.isValid());
    Statistics.label("valid").coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
    if (read.isValid()) {
      assertExportsAndReadsBackEqual(read.value().orElseThrow());
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    return mutation().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 150)
  void aStandardBuiltInJava_thatValidates_exportsAndReadsBackEqual(@ForAll("standards") Standard generated,
      @ForAll("mutations") List<Mutation> mutations) {
    ObjectNode json = JsonSupport.mapper().valueToTree(generated);
    mutations.forEach(m -> m.apply(json));
    Standard built;
    try {
      built = JsonSupport.mapper().treeToValue(json, Standard.class);
    } catch (Exception e) {
      return;   // a mutation that no builder can make (a required value left out)
    }
    Validated<Standard> checked = Standards.validate(built);
    Statistics.label("valid").collect(checked.isValid());
    Statistics.label("valid").coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
    if (checked.isValid()) {
      assertExportsAndReadsBackEqual(built);
    }
  }

  private static void assertExportsAndReadsBackEqual(Standard standard) {
    String exported = CaseExport.toJson(standard);
    assertTrue(exported.startsWith("{"));
    Validated<Standard> again = Standards.validate(StandardsTest.stream(Standards.toJson(standard)));
    assertEquals(List.of(), again.findings().stream().filter(Finding::isError).collect(Collectors.toList()));
    assertEquals(standard, again.value().orElseThrow());
  }

  @Test
  void aCitationOfANullOrAbsentFact_isAnErrorWhenRead_notWhenExported() {
    Standard st0007 = Standards.bundled().get("ST0007");
    for (String change : List.of("\"latestStartDate\": null", "\"typicalDurationMonths\": null")) {
      String field = change.substring(1, change.indexOf('"', 1));
      String json = Standards.toJson(st0007).replaceFirst("\"" + field + "\": [^,]*", change);
      Validated<Standard> read = Standards.validate(StandardsTest.stream(json));
      assertEquals(List.of(FindingCode.SOURCE_04), read.findings().stream().map(Finding::code).collect(Collectors.toList()), json);
      assertTrue(read.findings().get(0).message().contains("$." + field), read.findings().get(0).message());
    }
    JsonNode tree = JsonSupport.mapper().valueToTree(st0007);
    ((ObjectNode) tree.get("ksbs").get(8)).putNull("theme");   // K9, whose theme is cited
    Validated<Standard> read = Standards.validate(StandardsTest.stream(tree.toString()));
    assertEquals(List.of("SOURCE_04"), read.findings().stream().map(f -> f.code().name()).collect(Collectors.toList()));
  }
}
