package org.apprenticeship.standard.cli;

import static org.apprenticeship.standard.cli.ShowCommandTest.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apprenticeship.standard.data.CaseExport;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.junit.jupiter.api.Test;

class ExportCommandTest {

  @Test
  void exportAsCase_printsTheGoldenPackage_sameBytesEveryTime() throws IOException {
    CliRun first = CliRun.of("export", "ST0007", "--as", "case");
    assertEquals(0, first.exitCode, first::toString);
    assertEquals(golden("export-ST0007-case.json"), first.out);
    assertEquals(first.out, CliRun.of("export", "st0007", "--version", "1.1", "--as", "CASE").out);
    assertEquals(CaseExport.toJson(Standards.bundled().get("ST0007")), first.out);
    assertEquals("", first.err);
  }

  @Test
  void exportAsCase_withAUriPrefix_givesEveryUriThatPrefix() {
    CliRun run = CliRun.of("export", "ST0007", "--as", "case", "--uri-prefix", "https://case.example.org/uri/");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.contains("\"uri\": \"https://case.example.org/uri/b1eacc6d-3968-5eaf-bbed-2240c5d646c6\""), run.out);
    assertTrue(!run.out.contains("urn:uuid:"));
  }

  @Test
  void exportAsSchema_printsTheSchemasOfTheFormats() {
    CliRun standard = CliRun.of("export", "ST0007", "--as", "schema");
    assertEquals(0, standard.exitCode, standard::toString);
    assertEquals(Standards.schema(), standard.out);
    assertTrue(standard.out.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    CliRun record = CliRun.of("export", "ST0007", "--as", "learner-record-schema");
    assertEquals(0, record.exitCode, record::toString);
    assertEquals(LearnerRecords.schema(), record.out);
  }

  @Test
  void help_saysWhatEachFormatIs() {
    CliRun run = CliRun.of("export", "--help");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Usage: standard export"), run.out);
    assertTrue(run.out.contains("learner-record-schema: the JSON Schema (draft"), run.out);
  }

  @Test
  void usageErrors_exitWithTwo_andPrintNothing() {
    for (String[] args : new String[][] {
        {"export", "ST0007"},
        {"export", "ST0007", "--as", "xml"},
        {"export", "ST0007", "--as", "schema", "--uri-prefix", "https://case.example.org/"},
        {"export", "ST0007", "--as", "case", "--uri-prefix", "case items/"},
        {"export", "ST9999", "--as", "case"},
        {"export", "ST0007", "--version", "9.9", "--as", "case"}}) {
      CliRun run = CliRun.of(args);
      assertEquals(StandardCli.USAGE_OR_IO, run.exitCode, run::toString);
      assertEquals("", run.out, run::toString);
      assertTrue(run.err.startsWith("export: "), run::toString);
    }
    assertTrue(CliRun.of("export", "ST0007", "--as", "xml").err.contains("--as must be case, schema or learner-record-schema, not 'xml'"));
  }
}
