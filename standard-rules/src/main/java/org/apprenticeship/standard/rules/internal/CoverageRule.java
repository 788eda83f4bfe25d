package org.apprenticeship.standard.rules.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apprenticeship.standard.model.AssessmentMethod;
import org.apprenticeship.standard.model.Evidence;
import org.apprenticeship.standard.model.EvidenceStatus;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.rules.CoverageReport;
import org.apprenticeship.standard.rules.CoveredCount;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.KsbCoverage;
import org.apprenticeship.standard.rules.KsbStatus;
import org.apprenticeship.standard.rules.Rag;

/**
 * KSB coverage: accepted evidence dated on or before the as-of date covers the KSBs it maps (each
 * KSB once per piece of evidence); submitted evidence is pending; the rest counts for nothing.
 */
final class CoverageRule {
  private CoverageRule() {}

  static CoverageReport of(Standard standard, LearnerRecord record, LocalDate asOf, EvaluationPolicy policy) {
    List<Ksb> ksbs = standard.ksbs();
    List<List<String>> accepted = emptyLists(ksbs.size());
    List<List<String>> pending = emptyLists(ksbs.size());
    boolean[] seen = new boolean[ksbs.size()];
    for (Evidence evidence : record.evidence()) {
      boolean counts = evidence.status() == EvidenceStatus.ACCEPTED || evidence.status() == EvidenceStatus.SUBMITTED;
      if (!counts || evidence.date().isAfter(asOf)) {
        continue;
      }
      List<List<String>> into = evidence.status() == EvidenceStatus.ACCEPTED ? accepted : pending;
      Arrays.fill(seen, false);
      for (String code : evidence.ksbs()) {
        int at = standard.ksbIndexOf(code);
        if (at >= 0 && !seen[at]) {
          seen[at] = true;
          into.get(at).add(evidence.id());
        }
      }
    }

    int minimum = policy.minimumAcceptedEvidence();
    List<KsbCoverage> each = new ArrayList<>(ksbs.size());
    List<String> uncovered = new ArrayList<>();
    boolean[] covered = new boolean[ksbs.size()];
    int[] coveredOfType = new int[KsbType.values().length];
    int[] totalOfType = new int[KsbType.values().length];
    for (int i = 0; i < ksbs.size(); i++) {
      Ksb ksb = ksbs.get(i);
      int acceptedCount = accepted.get(i).size();
      int pendingCount = pending.get(i).size();
      KsbStatus status = acceptedCount >= minimum ? KsbStatus.COVERED
          : acceptedCount + pendingCount > 0 ? KsbStatus.IN_PROGRESS : KsbStatus.NOT_STARTED;
      covered[i] = status == KsbStatus.COVERED;
      int type = ksb.type().ordinal();
      totalOfType[type]++;
      if (covered[i]) {
        coveredOfType[type]++;
      } else {
        uncovered.add(ksb.code());
      }
      each.add(KsbCoverage.builder().code(ksb.code()).status(status).accepted(acceptedCount).pending(pendingCount)
          .acceptedEvidence(accepted.get(i)).pendingEvidence(pending.get(i)).build());
    }

    int coveredCount = ksbs.size() - uncovered.size();
    double percent = ksbs.isEmpty() ? 100 : coveredCount * 100.0 / ksbs.size();
    double expected = Dates.elapsedShare(record.startDate(), record.plannedEndDate(), asOf) * 100;
    Rag rag = percent >= expected ? Rag.GREEN : percent >= expected - policy.amberMarginPercent() ? Rag.AMBER : Rag.RED;

    List<CoveredCount> types = new ArrayList<>();
    for (KsbType type : KsbType.values()) {
      if (totalOfType[type.ordinal()] > 0) {
        types.add(CoveredCount.ofType(type, coveredOfType[type.ordinal()], totalOfType[type.ordinal()]));
      }
    }
    List<CoveredCount> methods = new ArrayList<>();
    standard.assessmentPlan().ifPresent(plan -> {
      for (AssessmentMethod method : plan.methods()) {
        int methodCovered = 0;
        for (String code : method.ksbs()) {
          int at = standard.ksbIndexOf(code);
          if (at >= 0 && covered[at]) {
            methodCovered++;
          }
        }
        methods.add(CoveredCount.ofMethod(method.id(), methodCovered, method.ksbs().size()));
      }
    });
    return CoverageReport.builder().percent(percent).expectedPercent(expected).rag(rag).uncovered(uncovered)
        .covered(coveredCount).total(ksbs.size()).minimumAccepted(minimum).ksbs(each).types(types).methods(methods).build();
  }

  private static List<List<String>> emptyLists(int size) {
    List<List<String>> lists = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>(2));
    }
    return lists;
  }
}
