package org.apprenticeship.standard.model;

import static org.apprenticeship.standard.model.ModelValidatorTest.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StandardTest {
  private final Standard standard = Fixtures.standard();

  @Test
  void duplicateKsbCode_isReportedAtTheSecondOccurrence() {
    Standard broken = standard.withKsbs(Ksb.of("K1", "One"), Ksb.of("K2", "Two"), Ksb.of("K1", "Again"), Ksb.of("S1", "Does"), Ksb.of("B1", "Acts"));
    Finding finding = single(ModelValidator.validate(broken));
    assertEquals(FindingCode.KSB_01, finding.code());
    assertEquals("$.ksbs[2].code", finding.path());
    assertTrue(finding.message().contains("K1"), finding.message());
  }

  @Test
  void dutyMappingAnUnknownKsb_isReported() {
    Duty duty = Duty.builder().code("D1").statement("Leads").core(true).addKsbs("K1", "K9").build();
    Finding finding = single(ModelValidator.validate(standard.withDuties(duty)));
    assertEquals(FindingCode.DUTY_02, finding.code());
    assertEquals("$.duties[0].ksbs[1]", finding.path());
  }

  @Test
  void duplicateDutyCodes_andUnknownOptions_areReported() {
    Duty first = Duty.builder().code("D1").statement("Leads").core(true).build();
    Duty second = Duty.builder().code("D1").statement("Guides").core(false).addOptions("opt-x").build();
    List<Finding> findings = ModelValidator.validate(standard.withDuties(first, second));
    assertEquals(List.of("DUTY_01 $.duties[1].code", "DUTY_03 $.duties[1].options[0]"), codesAndPaths(findings));
  }

  @Test
  void duplicateOptionIds_areReported() {
    Standard broken = standard.withOptions(StandardOption.of("a", "A"), StandardOption.of("a", "Again"));
    assertEquals(List.of("OPTION_01 $.options[1].id"), codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void methodAssessingAnUnknownKsb_isReported() {
    AssessmentPlan plan = Fixtures.plan();
    AssessmentMethod observation = plan.methods().get(0).withKsbs("S1", "S7");
    GradeDescriptor descriptor = GradeDescriptor.builder().grade("PASS").addKsbs("K8").statement("Shows").build();
    AssessmentMethod discussion = plan.methods().get(1).withDescriptors(descriptor);
    List<Finding> findings = ModelValidator.validate(standard.withAssessmentPlan(plan.withMethods(observation, discussion)));
    assertEquals(List.of("PLAN_02 $.assessmentPlan.methods[0].ksbs[1]", "PLAN_02 $.assessmentPlan.methods[1].descriptors[0].ksbs[0]"),
        codesAndPaths(findings));
  }

  @Test
  void duplicateCriterionIds_andCriteriaMissingWhatTheirKindNeeds_areReported() {
    GatewayCriterion maths = GatewayCriterion.builder().id("maths").statement("Maths").kind(CriterionKind.MATHS).mandatory(true).build();
    GatewayCriterion other = GatewayCriterion.builder().id("maths").statement("Other").kind(CriterionKind.OTHER).mandatory(false).build();
    List<Finding> findings = ModelValidator.validate(standard.withGatewayCriteria(maths, other));
    assertEquals(List.of("GATEWAY_02 $.gatewayCriteria[0].minimumLevel", "GATEWAY_02 $.gatewayCriteria[1].declaration",
        "GATEWAY_01 $.gatewayCriteria[1].id"), codesAndPaths(findings));
  }

  @Test
  void portfolioCriterionNamingAMethodThePlanLacks_isReported() {
    GatewayCriterion portfolio = GatewayCriterion.builder().id("portfolio").statement("Portfolio").kind(CriterionKind.PORTFOLIO)
        .mandatory(true).method("interview").build();
    assertEquals(List.of("GATEWAY_03 $.gatewayCriteria[0].method"), codesAndPaths(ModelValidator.validate(standard.withGatewayCriteria(portfolio))));
    assertEquals(List.of(), ModelValidator.validate(standard.withGatewayCriteria(portfolio.withMethod("discussion"))));
  }

  @Test
  void sourceAndCitationProblems_areReported() {
    Source p1 = standard.sources().get(0);
    Standard broken = standard
        .withSources(p1, p1.withTitle("Copy"))
        .withCitations(Citation.of("$", "P1"), Citation.of("$", "P1"), Citation.of("$.ksbs", "P7"));
    assertEquals(List.of("SOURCE_03 $.citations[1].path", "SOURCE_02 $.citations[2].sources[0]", "SOURCE_01 $.sources[1].id"),
        codesAndPaths(ModelValidator.validate(broken)));
  }

  @Test
  void userTextInAMessage_isNotInterpolated() {
    Duty duty = Duty.builder().code("D1").statement("Leads").core(true).addOptions("${1+1}{min}\\").build();
    Finding finding = single(ModelValidator.validate(standard.withDuties(duty)));
    assertTrue(finding.message().contains("${1+1}{min}\\"), finding.message());
  }

  @Test
  void citationFor_picksTheMostSpecificCoveringCitation() {
    assertEquals("$.ksbs[K2].theme", standard.citationFor("$.ksbs[K2].theme").orElseThrow().path());
    assertEquals("$.ksbs[*].theme", standard.citationFor("$.ksbs[K1].theme").orElseThrow().path());
    assertEquals("$", standard.citationFor("$.ksbs[K1].statement").orElseThrow().path());
    assertEquals("$.assessmentPlan", standard.citationFor("$.assessmentPlan.methods[observation].ksbs").orElseThrow().path());
  }

  @Test
  void statusOf_isTheWeakestStatusOfTheCitedSources() {
    assertEquals(Optional.of(SourceStatus.CONFIRMED), standard.statusOf("$.ksbs[K1].statement"));
    assertEquals(Optional.of(SourceStatus.SECONDARY), standard.statusOf("$.ksbs[S1].theme"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), standard.statusOf("$.ksbs[K2].theme"));
    assertEquals(Optional.of(SourceStatus.ASSUMED), standard.statusOf("$.assessmentPlan.epaPeriod"));
    assertEquals(Optional.empty(), standard.withCitations(List.of()).statusOf("$.title"));
  }

  @Test
  void citationFor_rejectsAPathThatIsNotACitationPath() {
    assertThrows(IllegalArgumentException.class, () -> standard.citationFor("ksbs[0]"));
  }

  @Test
  void ksbLookups_followStandardOrder() {
    assertEquals("Knows another", standard.ksb("K2").orElseThrow().statement());
    assertFalse(standard.ksb("K3").isPresent());
    assertEquals(List.of("K1", "K2", "S1", "B1"), standard.ksbCodes());
    assertEquals(List.of("S1"), standard.ksbs(KsbType.SKILL).stream().map(Ksb::code).collect(Collectors.toList()));
    assertEquals(List.of("First", "Second"), List.copyOf(standard.ksbsByTheme().keySet()));
    assertEquals(2, standard.ksbsByTheme().get("First").size());
  }

  @Test
  void ksbType_comesFromTheCodeLetter() {
    assertEquals(KsbType.KNOWLEDGE, Ksb.of("K13", "x").type());
    assertEquals(KsbType.SKILL, Ksb.of("S1", "x").type());
    assertEquals(KsbType.BEHAVIOUR, Ksb.of("B6", "x").type());
    assertThrows(IllegalArgumentException.class, () -> KsbType.ofCode("X1"));
  }

  @Test
  void builder_withoutARequiredAttribute_throwsNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Ksb.builder().code("K1").build());
    assertTrue(e.getMessage().contains("statement"), e.getMessage());
  }

  static List<String> codesAndPaths(List<Finding> findings) {
    return findings.stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }
}
