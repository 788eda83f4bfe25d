package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apprenticeship.standard.data.IfateImport;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import-ifate} on a small hand-made record in the shape the public standards API publishes. */
class ImportIfateCommandTest {
  /** A made-up new-template standard: two knowledges, a skill, a behaviour and a core duty that maps them. */
  static final String RECORD = """
      {
        "referenceNumber": "ST9902",
        "title": "Community care coordinator",
        "version": 1.10,
        "larsCode": 998,
        "level": 4,
        "status": "Approved for delivery",
        "route": "Care services",
        "typicalDuration": 18,
        "maxFunding": 7000,
        "earliestStartDate": "2025-01-06T00:00:00",
        "regulated": false,
        "options": [],
        "knowledges": [
          {"knowledgeId": "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c01", "detail": "Local services that support people to live at home"},
          {"knowledgeId": "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c02", "detail": "How to plan care with the person and their family"}
        ],
        "skills": [
          {"skillId": "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c03", "detail": "Coordinate visits from health and care professionals"}
        ],
        "behaviours": [
          {"behaviourId": "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c04", "detail": "Puts the person at the centre of every decision"}
        ],
        "duties": [
          {"dutyID": "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c05", "dutyDetail": "Coordinate the care of people living at home",
           "isThisACoreDuty": 1,
           "mappedKnowledge": ["5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c01", "5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c02"],
           "mappedSkills": ["5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c03"],
           "mappedBehaviour": ["5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c04"],
           "mappedOptions": []}
        ]
      }
      """;

  @TempDir
  Path folder;

  @Test
  void importOfARecord_printsTheStandardInTheLibrarysFormat() throws IOException {
    CliRun run = CliRun.of("import-ifate", write("record.json", RECORD).toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.err);
    Standard standard = Standards.read(new ByteArrayInputStream(run.out.getBytes(StandardCharsets.UTF_8)));
    assertEquals(IfateImport.read(RECORD).get(0).value().orElseThrow(), standard);
    assertEquals(Standards.toJson(standard), run.out);
    assertEquals("1.10", standard.version());
    assertEquals(java.util.List.of("K1", "K2", "S1", "B1"), standard.duties().get(0).ksbs());
  }

  @Test
  void importOfAnArray_printsAnArrayOfStandards() throws IOException {
    String second = RECORD.replace("ST9902", "ST9903").replace("1.10", "\"2.0\"");
    CliRun run = CliRun.of("import-ifate", write("all.json", "\n [" + RECORD + "," + second + "]").toString());
    assertEquals(0, run.exitCode, run::toString);
    JsonNode array = new ObjectMapper().readTree(run.out);
    assertEquals(2, array.size());
    assertEquals("ST9902", array.get(0).get("reference").asText());
    assertEquals("2.0", array.get(1).get("version").asText());
    assertTrue(run.out.startsWith("[\n  {\n    \"reference\": \"ST9902\","), run.out);
    Standard first = Standards.read(new ByteArrayInputStream(array.get(0).toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals("Community care coordinator", first.title());
    assertEquals("[]\n", CliRun.of("import-ifate", write("none.json", "[]").toString()).out);
  }

  @Test
  void importWithErrors_printsEveryFindingToStandardError_andNothingElse() throws IOException {
    String broken = RECORD.replace("\"knowledgeId\": \"5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c02\", ", "").replace("\"level\": 4", "\"level\": \"4\"");
    CliRun run = CliRun.of("import-ifate", write("broken.json", broken).toString());
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode, run::toString);
    assertEquals("", run.out);
    assertEquals("ERROR JSON_04 $.knowledges[1].knowledgeId: required field \"knowledgeId\" is missing\n"
        + "ERROR JSON_05 $.level: must be a whole number, not the string \"4\"\n", run.err);
  }

  @Test
  void importWithWarningsOnly_printsTheStandard_andTheWarnings() throws IOException {
    String unresolved = RECORD.replace("\"mappedSkills\": [\"5b0a3c57-8c1e-4f52-9d0e-2f4d7a1b6c03\"]", "\"mappedSkills\": [\"5b0a3c57-0000\"]");
    CliRun run = CliRun.of("import-ifate", write("warn.json", unresolved).toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("WARNING IMPORT_01 $.duties[0].mappedSkills[0]: duty D1 maps the skill 5b0a3c57-0000, which the record does not have;"
        + " that mapping is left out\n", run.err);
    assertTrue(run.out.contains("\"reference\": \"ST9902\""), run.out);
  }

  @Test
  void malformedJson_isAnInputError_withLineAndColumn() throws IOException {
    CliRun run = CliRun.of("import-ifate", write("bad.json", "{\n  \"referenceNumber\" \"ST0007\"\n}").toString());
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("ERROR JSON_01 $.referenceNumber: not well-formed JSON at line 2, column 21"), run.err);
  }

  @Test
  void aMissingFile_isAnIoError() {
    CliRun run = CliRun.of("import-ifate", folder.resolve("nowhere.json").toString());
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode, run::toString);
    assertEquals("import-ifate: cannot read " + folder.resolve("nowhere.json") + ": there is no such file\n", run.err);
    assertEquals(StandardCli.USAGE_OR_IO, CliRun.of("import-ifate").exitCode);
  }

  @Test
  void help_exitsWithZero() {
    CliRun run = CliRun.of("import-ifate", "--help");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Usage: standard import-ifate [-h] FILE"), run.out);
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }
}
