package org.apprenticeship.standard.model.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.junit.jupiter.api.Test;

/** The per-document cap on findings: at most 1,000 listed, errors kept before warnings, the rest counted in a last LIMIT_01. */
class FindingCollectorTest {
  private static Finding warning(int i) {
    return Finding.of(FindingCode.EVIDENCE_05, "$.evidence[" + i + "].ksbs", "warning " + i);
  }

  private static Finding error(int i) {
    return Finding.of(FindingCode.EVIDENCE_01, "$.evidence[" + i + "].ksbs[0]", "error " + i);
  }

  @Test
  void upToTheLimit_everyFindingIsListed_inPathOrder_withoutASummary() {
    FindingCollector collector = new FindingCollector();
    for (int i = FindingCollector.LIMIT - 1; i >= 0; i--) {
      collector.add(warning(i));
    }
    List<Finding> list = collector.toList();
    assertEquals(FindingCollector.LIMIT, list.size());
    assertEquals("$.evidence[0].ksbs", list.get(0).path());
    assertEquals("$.evidence[999].ksbs", list.get(999).path());
    assertTrue(list.stream().noneMatch(f -> f.code() == FindingCode.LIMIT_01));
  }

  @Test
  void pastTheLimit_theLastFindingSaysHowManyMoreThereWere() {
    FindingCollector collector = new FindingCollector();
    for (int i = 0; i < 1_500; i++) {
      collector.add(warning(i));
    }
    List<Finding> list = collector.toList();
    assertEquals(FindingCollector.LIMIT + 1, list.size());
    Finding last = list.get(FindingCollector.LIMIT);
    assertEquals(FindingCode.LIMIT_01, last.code());
    assertEquals("$", last.path());
    assertEquals("500 more findings are not listed (0 errors and 500 warnings); at most 1000 are listed for one document,"
        + " errors before warnings", last.message());
    assertEquals(1_500, collector.count());
  }

  @Test
  void anErrorFoundAfterTheLimitOfWarnings_takesTheLastWarningsPlace_soTheDocumentStaysInvalid() {
    FindingCollector collector = new FindingCollector();
    for (int i = 0; i < 5_000; i++) {
      collector.add(warning(i));
    }
    assertFalse(collector.hasErrors());
    collector.add(error(7));
    assertTrue(collector.hasErrors());
    List<Finding> list = collector.toList();
    assertEquals(1, list.stream().filter(Finding::isError).count());
    assertEquals(FindingCode.LIMIT_01, list.get(list.size() - 1).code());
    assertTrue(list.get(list.size() - 1).message().startsWith("4001 more findings are not listed (0 errors and 4001 warnings)"));
  }

  @Property(tries = 200)
  void errorsAreListedBeforeWarnings_andNothingIsLost(@ForAll @IntRange(max = 2_500) int warnings, @ForAll @IntRange(max = 2_500) int errors) {
    FindingCollector collector = new FindingCollector();
    for (int i = 0; i < Math.max(warnings, errors); i++) {
      if (i < warnings) {
        collector.add(warning(i));
      }
      if (i < errors) {
        collector.add(error(i));
      }
    }
    List<Finding> list = collector.toList();
    int listed = Math.min(warnings + errors, FindingCollector.LIMIT);
    long listedErrors = list.stream().filter(Finding::isError).count();
    assertEquals(Math.min(errors, FindingCollector.LIMIT), listedErrors);
    assertEquals(listed + (warnings + errors > FindingCollector.LIMIT ? 1 : 0), list.size());
    assertEquals(warnings + errors, collector.count());
    assertEquals(errors > 0, collector.hasErrors());
  }

  @Test
  void theSummaryOfOneCollector_addsItsCountsToAnother() {
    FindingCollector first = new FindingCollector();
    for (int i = 0; i < 1_200; i++) {
      first.add(error(i));
    }
    FindingCollector second = new FindingCollector();
    second.addAll(first.toList());
    second.add(warning(1));
    List<Finding> list = second.toList();
    assertEquals(FindingCollector.LIMIT + 1, list.size());
    assertTrue(list.get(FindingCollector.LIMIT).message().startsWith("201 more findings are not listed (200 errors and 1 warnings)"),
        list.get(FindingCollector.LIMIT).message());
    assertEquals(List.of(), list.subList(0, FindingCollector.LIMIT).stream().filter(f -> !f.isError()).collect(Collectors.toList()));
  }

  @Test
  void aLimitFindingThatNoCollectorWrote_isKeptLikeAnyOther() {
    Finding own = Finding.of(FindingCode.LIMIT_01, "$", "a caller's own");
    assertEquals(List.of(own), FindingCollector.limited(new ArrayList<>(List.of(own))));
  }
}
