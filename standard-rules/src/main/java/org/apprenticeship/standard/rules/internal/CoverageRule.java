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
 * KSB coverage: accepted evidence dated on or before the date covers the KSBs it maps (each KSB
 * once per piece of evidence); submitted evidence is pending; the rest counts for nothing. The
 * record's evidence is read once, up to the latest date asked about, and the coverage at any date
 * up to it is counted from that.
 */
final class CoverageRule {
  private static final String[] NONE = {};
  private static final KsbType[] TYPES = KsbType.values();

  private final Standard standard;
  private final LearnerRecord record;
  private final LocalDate latest;
  private final StandardFacts facts;
  /**
   * The pairs of KSB position and evidence that count up to {@link #latest}, in record order: for
   * each, the KSB's position, the evidence's date as an epoch day, whether it is accepted (else
   * submitted), and its id; so that the coverage at a date is counted from these arrays alone.
   */
  private int size;
  private int[] ksbAt;
  private long[] dayAt;
  private boolean[] acceptedAt;
  private String[] idAt;

  /** Reads the evidence that counts up to {@code latest}: accepted or submitted, dated on or before it, KSBs the standard lacks left out. */
  CoverageRule(Standard standard, LearnerRecord record, LocalDate latest) {
    this.standard = standard;
    this.record = record;
    this.latest = latest;
    this.facts = StandardFacts.of(standard);
    List<Evidence> items = record.evidence();
    int capacity = items.size() * 3 + 1;
    ksbAt = new int[capacity];
    dayAt = new long[capacity];
    acceptedAt = new boolean[capacity];
    idAt = new String[capacity];
    int[] seenIn = new int[standard.ksbs().size()];
    for (int e = 0; e < items.size(); e++) {
      Evidence evidence = items.get(e);
      boolean accepted = evidence.status() == EvidenceStatus.ACCEPTED;
      boolean counts = accepted || evidence.status() == EvidenceStatus.SUBMITTED;
      if (!counts || evidence.date().isAfter(latest)) {
        continue;
      }
      long day = evidence.date().toEpochDay();
      List<String> codes = evidence.ksbs();
      for (int c = 0; c < codes.size(); c++) {
        int ksb = facts.ksbIndexOf(codes.get(c));
        if (ksb >= 0 && seenIn[ksb] != e + 1) {
          seenIn[ksb] = e + 1;
          add(ksb, day, accepted, evidence.id());
        }
      }
    }
  }

  private void add(int ksb, long day, boolean accepted, String id) {
    if (size == ksbAt.length) {
      ksbAt = Arrays.copyOf(ksbAt, size * 2);
      dayAt = Arrays.copyOf(dayAt, size * 2);
      acceptedAt = Arrays.copyOf(acceptedAt, size * 2);
      idAt = Arrays.copyOf(idAt, size * 2);
    }
    ksbAt[size] = ksb;
    dayAt[size] = day;
    acceptedAt[size] = accepted;
    idAt[size] = id;
    size++;
  }

  /** The report at a date no later than the one the evidence was read to. */
  CoverageReport report(LocalDate asOf, EvaluationPolicy policy) {
    List<Ksb> ksbs = standard.ksbs();
    String[][] accepted = new String[ksbs.size()][];
    String[][] pending = new String[ksbs.size()][];
    ids(asOf, accepted, pending);
    int minimum = policy.minimumAcceptedEvidence();
    List<KsbCoverage> each = new ArrayList<>(ksbs.size());
    List<String> uncovered = new ArrayList<>();
    boolean[] covered = new boolean[ksbs.size()];
    int[] coveredOfType = new int[TYPES.length];
    int[] totalOfType = new int[TYPES.length];
    for (int i = 0; i < ksbs.size(); i++) {
      Ksb ksb = ksbs.get(i);
      int acceptedCount = accepted[i].length;
      int pendingCount = pending[i].length;
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
      each.add(Results.ksbCoverage(ksb.code(), status, accepted[i], pending[i]));
    }

    int coveredCount = ksbs.size() - uncovered.size();
    double percent = ksbs.isEmpty() ? 100 : coveredCount * 100.0 / ksbs.size();
    double expected = Dates.elapsedShare(record.startDate(), record.plannedEndDate(), asOf) * 100;
    Rag rag = percent >= expected ? Rag.GREEN : percent >= expected - policy.amberMarginPercent() ? Rag.AMBER : Rag.RED;

    List<CoveredCount> types = new ArrayList<>();
    for (KsbType type : TYPES) {
      if (totalOfType[type.ordinal()] > 0) {
        types.add(CoveredCount.ofType(type, coveredOfType[type.ordinal()], totalOfType[type.ordinal()]));
      }
    }
    List<CoveredCount> methods = new ArrayList<>();
    if (standard.assessmentPlan().isPresent()) {
      for (AssessmentMethod method : standard.assessmentPlan().get().methods()) {
        int methodCovered = 0;
        for (String code : method.ksbs()) {
          int at = facts.ksbIndexOf(code);
          if (at >= 0 && covered[at]) {
            methodCovered++;
          }
        }
        methods.add(CoveredCount.ofMethod(method.id(), methodCovered, method.ksbs().size()));
      }
    }
    return Results.coverageReport(percent, expected, rag, Results.unmodifiable(uncovered), coveredCount, ksbs.size(), minimum,
        Results.unmodifiable(each), Results.unmodifiable(types), Results.unmodifiable(methods));
  }

  /**
   * The KSBs not covered at a date no later than the one the evidence was read to, in standard
   * order: {@link CoverageReport#uncovered()} of the report at that date, without the rest of it.
   */
  List<String> uncovered(LocalDate at, EvaluationPolicy policy) {
    int[] accepted = acceptedCounts(at);
    List<String> uncovered = new ArrayList<>();
    List<Ksb> ksbs = standard.ksbs();
    for (int i = 0; i < ksbs.size(); i++) {
      if (accepted[i] < policy.minimumAcceptedEvidence()) {
        uncovered.add(ksbs.get(i).code());
      }
    }
    return uncovered;
  }

  /** For each KSB, how many pieces of accepted evidence dated on or before a date map it. */
  private int[] acceptedCounts(LocalDate at) {
    long last = lastDay(at);
    int[] counts = new int[standard.ksbs().size()];
    for (int k = 0; k < size; k++) {
      if (acceptedAt[k] && dayAt[k] <= last) {
        counts[ksbAt[k]]++;
      }
    }
    return counts;
  }

  /**
   * For each KSB, the ids of the accepted and of the submitted evidence dated on or before a date
   * that maps it, in record order: both counted in one pass over the pairs, then filled in another.
   */
  private void ids(LocalDate at, String[][] accepted, String[][] pending) {
    long last = lastDay(at);
    int ksbCount = accepted.length;
    // counts[ksb] accepted, counts[ksbCount + ksb] submitted; then the next free place of each.
    int[] counts = new int[ksbCount * 2];
    // For each pair: where its id goes in counts (-1: it does not count at the date).
    int[] slot = new int[size];
    for (int k = 0; k < size; k++) {
      if (dayAt[k] > last) {
        slot[k] = -1;
      } else {
        slot[k] = acceptedAt[k] ? ksbAt[k] : ksbCount + ksbAt[k];
        counts[slot[k]]++;
      }
    }
    for (int i = 0; i < ksbCount; i++) {
      accepted[i] = counts[i] == 0 ? NONE : new String[counts[i]];
      pending[i] = counts[ksbCount + i] == 0 ? NONE : new String[counts[ksbCount + i]];
    }
    Arrays.fill(counts, 0);
    for (int k = 0; k < size; k++) {
      int s = slot[k];
      if (s >= 0) {
        String[] ids = s < ksbCount ? accepted[s] : pending[s - ksbCount];
        ids[counts[s]++] = idAt[k];
      }
    }
  }

  /** The epoch day of a date no later than the one the evidence was read to. */
  private long lastDay(LocalDate at) {
    if (at.isAfter(latest)) {
      throw new IllegalArgumentException("the evidence was read to " + latest + ", not " + at);
    }
    return at.toEpochDay();
  }
}
