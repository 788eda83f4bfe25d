package org.apprenticeship.standard.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The catalogue in the README and the catalogue in the code are the same. */
class FindingCodeTest {
  private static final Pattern ROW = Pattern.compile("^\\| `(\\w+)` \\| (\\w+) \\| (.*) \\|$", Pattern.MULTILINE);

  @Test
  void readmeCatalogue_listsEveryCode_withItsSeverityAndSummary() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    Matcher m = ROW.matcher(readme);
    List<String> documented = new java.util.ArrayList<>();
    while (m.find()) {
      documented.add(m.group(1) + " " + m.group(2) + " " + m.group(3));
    }
    List<String> catalogue = Arrays.stream(FindingCode.values())
        .map(c -> c.name() + " " + c.severity() + " " + c.summary())
        .collect(Collectors.toList());
    List<String> missing = catalogue.stream().filter(c -> !documented.contains(c)).collect(Collectors.toList());
    List<String> extra = documented.stream().filter(d -> !catalogue.contains(d)).collect(Collectors.toList());
    assertEquals(List.of(), missing, "codes missing from, or different in, the README catalogue");
    assertEquals(List.of(), extra, "README catalogue rows that are not in FindingCode");
    assertEquals(catalogue, documented, "the README catalogue must follow the order of FindingCode");
  }

  @Test
  void codes_followTheAreaAndNumberForm() {
    for (FindingCode code : FindingCode.values()) {
      assertTrue(code.name().matches("[A-Z]+_[0-9]{2}"), code.name());
      assertTrue(code.summary().endsWith("."), code.name());
    }
  }
}
