package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled ST0007 against a saved copy of the official occupation page (test resource
 * {@code reference/ifate-occupation-page-ST0007.txt}): the KSB statements must be byte-identical.
 */
class OfficialPageTest {
  private static final Pattern KSB_LINE = Pattern.compile("^([KSB][0-9]+): (.*)$", Pattern.MULTILINE);

  @Test
  void everyKsbStatement_isByteIdenticalToTheOfficialPage() throws IOException {
    Map<String, String> page = new LinkedHashMap<>();
    Matcher m = KSB_LINE.matcher(page());
    while (m.find()) {
      page.put(m.group(1), m.group(2));
    }
    assertEquals(13, page.keySet().stream().filter(c -> c.startsWith("K")).count());
    assertEquals(26, page.keySet().stream().filter(c -> c.startsWith("S")).count());
    assertEquals(6, page.keySet().stream().filter(c -> c.startsWith("B")).count());

    Standard st0007 = Standards.bundled().get("ST0007");
    Map<String, String> bundled = new LinkedHashMap<>();
    for (Ksb ksb : st0007.ksbs()) {
      bundled.put(ksb.code(), ksb.statement());
    }
    assertEquals(page.keySet().stream().toList(), bundled.keySet().stream().toList(), "the same codes in the same order");
    for (Map.Entry<String, String> entry : page.entrySet()) {
      String bundledText = bundled.get(entry.getKey());
      assertEquals(hex(entry.getValue()), hex(bundledText), entry.getKey() + ": " + bundledText);
    }
  }

  @Test
  void occupationFacts_matchTheOfficialPage() throws IOException {
    String page = page();
    var occupation = Standards.bundled().get("ST0007").occupation().orElseThrow();
    assertContains(page, "Reference: " + occupation.reference());
    assertContains(page, occupation.summary());
    assertContains(page, occupation.description().orElseThrow());
    assertContains(page, "SOC 2020 code: " + occupation.soc2020().orElseThrow().code() + " " + occupation.soc2020().orElseThrow().name());
    occupation.socSubUnitGroups().forEach(g -> assertContains(page, g.code() + " " + g.name()));
    occupation.typicalJobTitles().forEach(t -> assertContains(page, "\n" + t + "\n"));
    occupation.keywords().forEach(k -> assertContains(page, "\n" + k + "\n"));
    occupation.employers().forEach(e -> assertContains(page, e));
    assertContains(page, "£25,518 per year");
    assertEquals(25518, occupation.medianSalary().orElseThrow().annualPounds());
  }

  private static void assertContains(String page, String text) {
    assertEquals(true, page.contains(text), () -> "the official page does not contain: " + text);
  }

  private static String page() throws IOException {
    try (InputStream in = OfficialPageTest.class.getResourceAsStream("/reference/ifate-occupation-page-ST0007.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String hex(String text) {
    StringBuilder hex = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
