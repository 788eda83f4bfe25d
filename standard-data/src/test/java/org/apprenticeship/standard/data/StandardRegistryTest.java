package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.UnknownStandardException;
import org.junit.jupiter.api.Test;

class StandardRegistryTest {
  private static final Standard ST0007 = StandardsTest.ST0007;

  private static Standard version(String version, LocalDate earliest) {
    Standard standard = ST0007.withVersion(version);
    return earliest == null ? standard : standard.withEarliestStartDate(earliest);
  }

  @Test
  void versions_areKeptOldestFirst_comparedAsVersions() {
    StandardRegistry registry = StandardRegistry.of(List.of(version("1.10", null), version("1.9", null), version("1.0", null)));
    assertEquals(List.of("1.0", "1.9", "1.10"), registry.versions("ST0007").stream().map(Standard::version).collect(Collectors.toList()));
    assertEquals("1.10", registry.get("ST0007").version());
    assertEquals("the registry holds ST0007 (1.0, 1.9, 1.10)", registry.describe());
  }

  @Test
  void theSameVersionTwice_isRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> StandardRegistry.of(List.of(version("1.1", null), version("1.1", null))));
    assertTrue(e.getMessage().contains("given twice"), e.getMessage());
  }

  @Test
  void inForce_isTheLatestVersionStartedByTheStartDate() {
    StandardRegistry registry = StandardRegistry.of(List.of(
        version("1.0", LocalDate.of(2018, 1, 1)), version("1.1", LocalDate.of(2021, 6, 1))));
    assertEquals("1.0", registry.inForce("ST0007", LocalDate.of(2021, 5, 31)).orElseThrow().version());
    assertEquals("1.1", registry.inForce("ST0007", LocalDate.of(2021, 6, 1)).orElseThrow().version());
    assertEquals(Optional.empty(), registry.inForce("ST0007", LocalDate.of(2017, 12, 31)));
    assertEquals(Optional.empty(), registry.inForce("ST9999", LocalDate.of(2021, 6, 1)));
  }

  @Test
  void aVersionWithoutEarliestStart_isInForceFromTheBeginning() {
    assertEquals("1.1", Standards.bundled().inForce("ST0007", LocalDate.of(2000, 1, 1)).orElseThrow().version());
  }

  @Test
  void standardFor_takesTheVersionARecordNames_orElseTheOneInForceAtItsStart() {
    StandardRegistry registry = StandardRegistry.of(List.of(
        version("1.0", LocalDate.of(2018, 1, 1)), version("1.1", LocalDate.of(2021, 6, 1))));
    LearnerRecord record = LearnerRecord.builder().learnerId("L-1").standard("ST0007").startDate(LocalDate.of(2020, 1, 6))
        .plannedEndDate(LocalDate.of(2021, 7, 6)).contractedHoursPerWeek(new BigDecimal("37.5")).build();
    assertEquals("1.0", registry.standardFor(record).version());
    assertEquals("1.1", registry.standardFor(record.withVersion("1.1")).version());
    assertEquals("1.1", registry.standardFor(record.withStartDate(LocalDate.of(2022, 1, 1))).version());
    UnknownStandardException tooEarly = assertThrows(UnknownStandardException.class,
        () -> registry.standardFor(record.withStartDate(LocalDate.of(2017, 1, 1))));
    assertEquals("no version of ST0007 had started by 2017-01-01; the registry holds ST0007 (1.0, 1.1)", tooEarly.getMessage());
    assertThrows(UnknownStandardException.class, () -> registry.standardFor(record.withVersion("2.0")));
    assertThrows(UnknownStandardException.class, () -> registry.standardFor(record.withStandard("ST0008")));
  }

  @Test
  void emptyRegistry_saysSo() {
    StandardRegistry empty = StandardRegistry.of(List.of());
    UnknownStandardException e = assertThrows(UnknownStandardException.class, () -> empty.get("ST0007", "1.1"));
    assertEquals("there is no standard ST0007; the registry holds no standard", e.getMessage());
    assertEquals(Optional.empty(), empty.dataVersion());
  }
}
