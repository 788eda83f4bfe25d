package org.apprenticeship.standard.model.internal;

import static org.apprenticeship.standard.model.internal.JsonPaths.ROOT;
import static org.apprenticeship.standard.model.internal.JsonPaths.index;
import static org.apprenticeship.standard.model.internal.JsonPaths.property;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.CriterionKind;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.GatewayCriterion;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;

/** Checks {@link StandardStructure}: codes and ids unique, references resolved. */
public final class StandardStructureCheck implements ClassCheck<Standard> {

  @Override
  public void check(Standard standard, Violations violations) {
    Set<String> ksbCodes = standard.ksbs().stream().map(Ksb::code).collect(Collectors.toSet());
    Set<String> optionIds = standard.options().stream().map(StandardOption::id).collect(Collectors.toSet());
    Set<String> sourceIds = standard.sources().stream().map(Source::id).collect(Collectors.toSet());

    violations.unique(FindingCode.KSB_01, property(ROOT, "ksbs"), "code", standard.ksbs(), Ksb::code, "KSB code");
    violations.unique(FindingCode.DUTY_01, property(ROOT, "duties"), "code", standard.duties(), Duty::code, "duty code");
    violations.unique(FindingCode.OPTION_01, property(ROOT, "options"), "id", standard.options(), StandardOption::id, "option id");
    violations.unique(FindingCode.GATEWAY_01, property(ROOT, "gatewayCriteria"), "id", standard.gatewayCriteria(), GatewayCriterion::id, "criterion id");
    violations.unique(FindingCode.SOURCE_01, property(ROOT, "sources"), "id", standard.sources(), Source::id, "source id");
    violations.unique(FindingCode.SOURCE_03, property(ROOT, "citations"), "path", standard.citations(), Citation::path, "citation path");

    List<Duty> duties = standard.duties();
    for (int i = 0; i < duties.size(); i++) {
      Duty duty = duties.get(i);
      String dutyPath = index(property(ROOT, "duties"), i);
      references(violations, FindingCode.DUTY_02, property(dutyPath, "ksbs"), duty.ksbs(), ksbCodes,
          "duty " + duty.code() + " maps KSB %s, which the standard does not have");
      references(violations, FindingCode.DUTY_03, property(dutyPath, "options"), duty.options(), optionIds,
          "duty " + duty.code() + " names option %s, which the standard does not have");
    }

    standard.assessmentPlan().ifPresent(plan -> {
      List<AssessmentMethod> methods = plan.methods();
      for (int i = 0; i < methods.size(); i++) {
        AssessmentMethod method = methods.get(i);
        String methodPath = index(property(property(ROOT, "assessmentPlan"), "methods"), i);
        references(violations, FindingCode.PLAN_02, property(methodPath, "ksbs"), method.ksbs(), ksbCodes,
            "method " + method.id() + " assesses KSB %s, which the standard does not have");
        for (int d = 0; d < method.descriptors().size(); d++) {
          references(violations, FindingCode.PLAN_02,
              property(index(property(methodPath, "descriptors"), d), "ksbs"),
              method.descriptors().get(d).ksbs(), ksbCodes,
              "a grade descriptor of method " + method.id() + " names KSB %s, which the standard does not have");
        }
      }
    });

    List<GatewayCriterion> criteria = standard.gatewayCriteria();
    for (int i = 0; i < criteria.size(); i++) {
      GatewayCriterion criterion = criteria.get(i);
      String criterionPath = index(property(ROOT, "gatewayCriteria"), i);
      criterionNeeds(violations, criterion, criterionPath);
      criterion.method()
          .filter(method -> standard.assessmentPlan().flatMap(plan -> plan.method(method)).isEmpty())
          .ifPresent(method -> violations.report(FindingCode.GATEWAY_03, property(criterionPath, "method"),
              "criterion " + criterion.id() + " names method " + method + ", which the assessment plan does not have"));
    }

    List<Citation> citations = standard.citations();
    for (int i = 0; i < citations.size(); i++) {
      references(violations, FindingCode.SOURCE_02, property(index(property(ROOT, "citations"), i), "sources"),
          citations.get(i).sources(), sourceIds,
          "the citation of " + citations.get(i).path() + " names source %s, which the standard does not have");
    }
  }

  private static void criterionNeeds(Violations violations, GatewayCriterion criterion, String path) {
    CriterionKind kind = criterion.kind();
    boolean levelled = kind == CriterionKind.QUALIFICATION || kind == CriterionKind.ENGLISH || kind == CriterionKind.MATHS;
    if (levelled && criterion.minimumLevel().isEmpty()) {
      violations.report(FindingCode.GATEWAY_02, property(path, "minimumLevel"),
          "criterion " + criterion.id() + " of kind " + kind + " must give the minimum level that meets it");
    }
    if (kind == CriterionKind.OTHER && criterion.declaration().isEmpty()) {
      violations.report(FindingCode.GATEWAY_02, property(path, "declaration"),
          "criterion " + criterion.id() + " of kind OTHER must name the declaration of a learner record that meets it");
    }
  }

  private static void references(Violations violations, FindingCode code, String listPath,
      List<String> references, Set<String> known, String messageFormat) {
    for (int j = 0; j < references.size(); j++) {
      if (!known.contains(references.get(j))) {
        violations.report(code, index(listPath, j), String.format(messageFormat, references.get(j)));
      }
    }
  }
}
