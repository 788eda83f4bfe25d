package org.apprenticeship.standard.data;

import static org.apprenticeship.standard.data.LearnerRecordsTest.minimal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.model.Validated;
import org.junit.jupiter.api.Test;

/**
 * Plausible dates (issue 10, item 8): a start on {@code 0000-01-01} was read as valid and evaluated
 * as a programme of 2,026 years. The dates of an apprenticeship and of a standard run from
 * 2000-01-01 to 2099-12-31, the dates of a life ({@code dateOfBirth}, {@code achievedOn}) from
 * 1900-01-01; a date outside is a {@code FIELD_03} error at its path, as the README says.
 */
class PlausibleDatesTest {
  private static List<String> findings(Validated<?> read) {
    return read.findings().stream().map(f -> f.code() + " " + f.path()).collect(Collectors.toList());
  }

  @Test
  void aStartInTheYearZero_isAnError_neverAProgrammeOfTwoThousandYears() {
    assertEquals(List.of("FIELD_03 $.startDate"), findings(LearnerRecords.validate(minimal("").replace("2024-09-02", "0000-01-01"))));
  }

  @Test
  void theDatesOfAnApprenticeship_runFrom2000To2099() {
    for (String field : List.of("startDate", "plannedEndDate")) {
      String date = field.equals("startDate") ? "2024-09-02" : "2026-03-02";
      for (String outside : List.of("1999-12-31", "2100-01-01", "9999-12-31")) {
        assertEquals(List.of("FIELD_03 $." + field), findings(LearnerRecords.validate(minimal("").replace(date, outside))), field + " " + outside);
      }
      for (String inside : List.of("2000-01-01", "2099-12-31")) {
        assertEquals(List.of(), findings(LearnerRecords.validate(minimal("").replace(date, inside))), field + " " + inside);
      }
    }
    String entry = ", \"offTheJob\": [{\"date\": \"%s\", \"hours\": 6, \"activity\": \"Study day\"}]";
    assertEquals(List.of("FIELD_03 $.offTheJob[0].date"), findings(LearnerRecords.validate(minimal(String.format(entry, "1999-12-31")))));
    assertEquals(List.of(), findings(LearnerRecords.validate(minimal(String.format(entry, "2000-01-01")))));
  }

  @Test
  void theDatesOfALife_runFrom1900() {
    assertEquals(List.of("FIELD_03 $.dateOfBirth"), findings(LearnerRecords.validate(minimal(", \"dateOfBirth\": \"1899-12-31\""))));
    assertEquals(List.of("FIELD_03 $.dateOfBirth"), findings(LearnerRecords.validate(minimal(", \"dateOfBirth\": \"2100-01-01\""))));
    assertEquals(List.of(), findings(LearnerRecords.validate(minimal(", \"dateOfBirth\": \"1900-01-01\""))));
  }

  @Test
  void theLastStartOfAStandard_isADateOfAnApprenticeship() {
    String st0007 = Standards.toJson(Standards.bundled().get("ST0007"));
    String ancient = st0007.replace("\"latestStartDate\": \"2026-08-31\"", "\"latestStartDate\": \"0000-01-01\"");
    assertEquals(List.of("FIELD_03 $.latestStartDate"), findings(Standards.validate(StandardsTest.stream(ancient))));
  }
}
