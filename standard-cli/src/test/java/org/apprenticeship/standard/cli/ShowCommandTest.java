package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ShowCommandTest {

  static String golden(String name) throws IOException {
    try (InputStream in = ShowCommandTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void show_asJson_printsTheGoldenLibraryFormat() throws IOException {
    CliRun run = CliRun.of("show", "ST0007", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(golden("show-ST0007.json"), run.out);
  }

  @Test
  void show_asText_printsTheGoldenReport() throws IOException {
    CliRun run = CliRun.of("show", "ST0007");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(golden("show-ST0007.txt"), run.out);
  }

  @Test
  void show_asText_groupsKsbsByTheme_withStatuses() {
    String out = CliRun.of("show", "st0007", "--version", "1.1", "--format", "TEXT").out;
    assertTrue(out.contains("  Safeguarding [ASSUMED]\n    K9   Legislation, national and local solutions"), out);
    assertTrue(out.contains("Assesses 32 KSBs: S1-S26, B1-B6 [ASSUMED]"), out);
    assertTrue(out.contains("  P1   CONFIRMED Lead practitioner in adult care (OCC0007)"), out);
    assertTrue(out.contains("[optional]  observation-scope"), out);
  }

  @Test
  void unknownStandard_isAUsageError_listingWhatIsBundled() {
    CliRun run = CliRun.of("show", "ST9999");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
    assertEquals("show: there is no standard ST9999; the registry holds ST0007 (1.1)\n", run.err);
    assertEquals("", run.out);
  }

  @Test
  void unknownVersion_isAUsageError() {
    CliRun run = CliRun.of("show", "ST0007", "--version", "2.0");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
    assertTrue(run.err.contains("there is no version 2.0 of ST0007"), run.err);
  }

  @Test
  void helpOnEveryCommand_exitsWithZero() {
    for (String[] args : new String[][] {{"--help"}, {"show", "--help"}, {"help", "show"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(0, run.exitCode, run::toString);
      assertTrue(run.out.startsWith("Usage: standard"), run::toString);
    }
  }

  @Test
  void usageErrors_exitWithTwo_andSayWhatToDo() {
    CliRun noCommand = CliRun.of();
    assertEquals(StandardCli.USAGE_OR_IO, noCommand.exitCode);
    CliRun typo = CliRun.of("shwo", "ST0007");
    assertEquals(StandardCli.USAGE_OR_IO, typo.exitCode);
    assertTrue(typo.err.contains("Did you mean: standard show?"), typo::toString);
    CliRun badFormat = CliRun.of("show", "ST0007", "--format", "xml");
    assertEquals(StandardCli.USAGE_OR_IO, badFormat.exitCode);
    assertTrue(badFormat.err.contains("--format"), badFormat::toString);
  }

  @Test
  void version_namesTheBundledData() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode);
    assertTrue(run.out.contains("bundled data 2026.11: the registry holds ST0007 (1.1)"), run.out);
  }
}
