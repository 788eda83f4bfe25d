package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Achievement;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.AssessmentPlan;
import org.apprenticeship.standard.model.Declarations;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.EpaRecord;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.MethodResult;
import org.apprenticeship.standard.model.Occupation;
import org.apprenticeship.standard.model.OffTheJobEntry;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;

/**
 * Writing any model value as JSON and reading it back gives an equal value; and what the library
 * writes, its own JSON Schemas accept.
 */
class JsonRoundTripTest {
  private static final ObjectMapper MAPPER = JsonSupport.mapper();

  private static <T> void roundTrip(T value, Class<T> type) throws Exception {
    assertEquals(value, MAPPER.readValue(MAPPER.writeValueAsString(value), type));
  }

  @Property(tries = 200)
  void ksb(@ForAll("ksbs") Ksb value) throws Exception {
    roundTrip(value, Ksb.class);
  }

  @Property(tries = 200)
  void occupation(@ForAll("occupations") Occupation value) throws Exception {
    roundTrip(value, Occupation.class);
  }

  @Property(tries = 100)
  void assessmentPlan(@ForAll("plans") AssessmentPlan value) throws Exception {
    roundTrip(value, AssessmentPlan.class);
    for (AssessmentMethod method : value.methods()) {
      roundTrip(method, AssessmentMethod.class);
    }
  }

  @Property(tries = 200)
  void gatewayCriterion(@ForAll("criteria") GatewayCriterion value) throws Exception {
    roundTrip(value, GatewayCriterion.class);
  }

  @Property(tries = 200)
  void source(@ForAll("sources") Source value) throws Exception {
    roundTrip(value, Source.class);
  }

  @Property(tries = 100)
  void standard_throughTheFullReader_isEqualAndValid(@ForAll("standards") Standard value) throws Exception {
    roundTrip(value, Standard.class);
    for (Duty duty : value.duties()) {
      roundTrip(duty, Duty.class);
    }
    Validated<Standard> read = Standards.validate(StandardsTest.stream(Standards.toJson(value)));
    assertEquals(List.of(), read.findings().stream().filter(Finding::isError).toList());
    assertEquals(value, read.value().orElseThrow());
  }

  @Property(tries = 100)
  void standard_isWrittenTheSameWay_everyTime(@ForAll("standards") Standard value) {
    String json = Standards.toJson(value);
    assertEquals(json, Standards.toJson(Standards.read(StandardsTest.stream(json))));
  }

  @Property(tries = 200)
  void learnerRecordParts(@ForAll("entries") OffTheJobEntry entry, @ForAll("achievements") Achievement achievement,
      @ForAll("results") MethodResult result, @ForAll("epaRecords") EpaRecord epa, @ForAll("declarations") Declarations declarations)
      throws Exception {
    roundTrip(entry, OffTheJobEntry.class);
    roundTrip(achievement, Achievement.class);
    roundTrip(result, MethodResult.class);
    roundTrip(epa, EpaRecord.class);
    roundTrip(declarations, Declarations.class);
  }

  @Property(tries = 200)
  void learnerRecord_throughTheFullReader_isEqualAndValid(@ForAll("learnerRecords") LearnerRecord value) throws Exception {
    roundTrip(value, LearnerRecord.class);
    for (Evidence evidence : value.evidence()) {
      roundTrip(evidence, Evidence.class);
    }
    Validated<LearnerRecord> read = LearnerRecords.validate(LearnerRecords.toJson(value));
    assertEquals(List.of(), read.findings());
    assertEquals(value, read.value().orElseThrow());
  }

  @Property(tries = 100)
  void finding(@ForAll("learnerRecords") LearnerRecord value) throws Exception {
    Finding finding = Finding.of(FindingCode.FIELD_02, "$.evidence[0].ksbs[1]", "message for " + value.learnerId());
    roundTrip(finding, Finding.class);
  }

  @Property(tries = 100)
  void theSchemas_acceptWhatTheLibraryWrites(@ForAll("standards") Standard standard, @ForAll("learnerRecords") LearnerRecord record) {
    JsonNode standardTree = MAPPER.valueToTree(standard);
    JsonNode recordTree = MAPPER.valueToTree(record);
    assertEquals(List.of(), STANDARD_SCHEMA.errors(standardTree));
    assertEquals(List.of(), RECORD_SCHEMA.errors(recordTree));
  }

  private static final RealSchemaValidator STANDARD_SCHEMA = RealSchemaValidator.of(Standards.schema(), "https://example.org/standard.schema.json");
  private static final RealSchemaValidator RECORD_SCHEMA = RealSchemaValidator.of(LearnerRecords.schema(), "https://example.org/learner-record.schema.json");

  @Provide
  Arbitrary<Ksb> ksbs() {
    return ModelArbitraries.ksb("S12");
  }

  @Provide
  Arbitrary<Occupation> occupations() {
    return ModelArbitraries.occupation();
  }

  @Provide
  Arbitrary<AssessmentPlan> plans() {
    return ModelArbitraries.plan(List.of("K1", "K2", "S1", "B1"));
  }

  @Provide
  Arbitrary<GatewayCriterion> criteria() {
    return ModelArbitraries.criterion("english");
  }

  @Provide
  Arbitrary<Source> sources() {
    return ModelArbitraries.source("P1");
  }

  @Provide
  Arbitrary<Standard> standards() {
    return ModelArbitraries.standard();
  }

  @Provide
  Arbitrary<OffTheJobEntry> entries() {
    return ModelArbitraries.offTheJobEntry();
  }

  @Provide
  Arbitrary<Achievement> achievements() {
    return ModelArbitraries.achievement();
  }

  @Provide
  Arbitrary<MethodResult> results() {
    return ModelArbitraries.methodResult();
  }

  @Provide
  Arbitrary<EpaRecord> epaRecords() {
    return ModelArbitraries.epaRecord();
  }

  @Provide
  Arbitrary<Declarations> declarations() {
    return ModelArbitraries.declarations();
  }

  @Provide
  Arbitrary<LearnerRecord> learnerRecords() {
    return ModelArbitraries.learnerRecord();
  }
}
