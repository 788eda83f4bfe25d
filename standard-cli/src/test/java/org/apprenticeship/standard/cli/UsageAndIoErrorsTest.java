package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Usage and I/O errors of the command line (issue 10, item 7; issue 9, the smaller things a user
 * hits): bad option values exit with 2 and one line that names the option, never a trace or a Java
 * class name; a directory, standard input and a failing output are handled as a user expects; and
 * running the command line inside another program leaves that program's logging and standard input
 * as they were.
 */
class UsageAndIoErrorsTest {
  private static final String RECORD = Examples.file("ready-for-gateway");

  /** Asserts a usage or I/O error: exit 2, one line on standard error that says this, nothing on standard output. */
  private static void assertOneLineError(CliRun run, String says) {
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode, run::toString);
    assertEquals("", run.out, run::toString);
    assertEquals(1, run.err.lines().count(), run::toString);
    assertTrue(run.err.contains(says), run::toString);
    assertFalse(run.err.matches("(?s).*(Exception|\\bat [a-z]+\\.|java\\.[a-z]+\\.).*"), run::toString);
  }

  @Test
  void policyOptionsOutOfRange_areUsageErrors_thatNameTheOption() {
    Map<String, String> cases = Map.of(
        "--minimum-evidence=0", "--minimum-evidence must be at least 1, not 0",
        "--amber-margin=NaN", "--amber-margin must be a number of percentage points from 0 to 100, not NaN",
        "--amber-margin=-1", "--amber-margin must be a number of percentage points from 0 to 100, not -1.0",
        "--amber-margin=abc", "'abc' is not a number",
        "--published-otj-minimum=-1", "a published off-the-job minimum must be from 0 to 100,000 hours, not -1",
        "--minimum-evidence=99999999999", "'99999999999' is not a whole number");
    for (Map.Entry<String, String> each : cases.entrySet()) {
      assertOneLineError(CliRun.of("evaluate", RECORD, "--as-of", "2026-02-01", each.getKey()), each.getValue());
      assertOneLineError(CliRun.of("batch", Examples.FOLDER.resolve("cohort.ndjson").toString(), "--as-of", "2026-02-01", each.getKey()),
          each.getValue());
    }
  }

  @Test
  void aCriterionThatTheStandardDoesNotHave_isAUsageError_listingThoseItHas() {
    assertOneLineError(CliRun.of("evaluate", RECORD, "--as-of", "2026-02-01", "--not-applicable", "maths,bogus"),
        "--not-applicable: 'bogus' is not a gateway criterion of ST0007 1.1; the criteria are diploma, english, maths, portfolio,"
            + " off-the-job, minimum-duration, employer-confirmation, observation-scope.");
    assertEquals(0, CliRun.of("evaluate", RECORD, "--as-of", "2026-02-01", "--not-applicable", "maths").exitCode);
  }

  @Test
  void aDateThatIsNotOne_isAUsageError_inWords() {
    for (String command : List.of("evaluate", "validate", "batch")) {
      assertOneLineError(CliRun.of(command, RECORD, "--as-of", "2026-13-45"),
          "Invalid value for option '--as-of': '2026-13-45' is not a date such as 2026-02-01.");
    }
    assertOneLineError(CliRun.of("funding", "--start-date", "yesterday"), "'yesterday' is not a date such as 2026-02-01");
  }

  @Test
  void aDirectory_isAnIoError_thatSaysSo(@TempDir Path folder) {
    for (String command : List.of("validate", "evaluate", "batch", "import-ifate")) {
      assertOneLineError(CliRun.of(command, folder.toString()), command + ": cannot read " + folder + ": it is a directory");
    }
  }

  @Test
  void anOutputThatCannotBeWritten_isAnIoError() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = StandardCli.run(new PrintStream(full, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
        "evaluate", RECORD, "--as-of", "2026-02-01");
    assertEquals(StandardCli.USAGE_OR_IO, code);
    assertEquals("evaluate: cannot write the output: the write failed (is the disk full, or has the reader stopped reading?)\n",
        err.toString(StandardCharsets.UTF_8));
  }

  /** Standard input that records whether it was closed. */
  private static final class Stdin extends ByteArrayInputStream {
    boolean closed;

    Stdin(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static CliRun withStdin(byte[] input, Stdin[] used, String... args) {
    InputStream before = System.in;
    Stdin stdin = new Stdin(input);
    used[0] = stdin;
    System.setIn(stdin);
    try {
      return CliRun.of(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void standardInput_isReadByEveryCommandThatTakesAFile_andNeverClosed() throws IOException {
    byte[] record = Files.readAllBytes(Path.of(RECORD));
    byte[] cohort = Files.readAllBytes(Examples.FOLDER.resolve("cohort.ndjson"));
    byte[] imported = Files.readAllBytes(Path.of("standard-data/src/test/resources/ifate/new-template.json"));
    Stdin[] used = new Stdin[1];
    for (Object[] each : new Object[][] {{record, "validate"}, {record, "evaluate"}, {cohort, "batch"}, {imported, "import-ifate"}}) {
      CliRun run = withStdin((byte[]) each[0], used, (String) each[1], "-", "--as-of", "2026-02-01");
      if (each[1].equals("import-ifate")) {
        run = withStdin((byte[]) each[0], used, "import-ifate", "-");
        assertTrue(run.out.startsWith("{\n  \"reference\": \"ST9901\""), run::toString);
      }
      assertTrue(run.exitCode <= 1, run::toString);
      assertFalse(run.out.isEmpty(), run::toString);
      assertFalse(used[0].closed, each[1] + " closed standard input");
    }
  }

  @Test
  void anArrayOfApiRecordsWithAByteOrderMark_isStillPrintedAsAnArray() throws IOException {
    byte[] record = Files.readAllBytes(Path.of("standard-data/src/test/resources/ifate/new-template.json"));
    ByteArrayOutputStream marked = new ByteArrayOutputStream();
    marked.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '['});
    marked.write(record);
    marked.write(']');
    CliRun run = withStdin(marked.toByteArray(), new Stdin[1], "import-ifate", "-");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("[\n  {\n    \"reference\": \"ST9901\""), run::toString);
  }

  @Test
  void runningTheCommandLine_leavesTheHostsLoggingAsItWas() throws ReflectiveOperationException {
    // java.util.logging, read reflectively: the command line's module does not read java.logging. The logger is held
    // here, since the logging framework holds loggers weakly and would forget a level set on one no longer referenced.
    Class<?> loggers = Class.forName("java.util.logging.Logger");
    Class<?> levels = Class.forName("java.util.logging.Level");
    Object logger = loggers.getMethod("getLogger", String.class).invoke(null, "org.hibernate.validator");
    Object before = loggers.getMethod("getLevel").invoke(logger);
    Object fine = levels.getMethod("parse", String.class).invoke(null, "FINE");   // what a host might have chosen
    loggers.getMethod("setLevel", levels).invoke(logger, fine);
    try {
      CliRun run = CliRun.of("evaluate", RECORD, "--as-of", "2026-02-01");
      assertEquals(0, run.exitCode, run::toString);
      assertEquals(fine, loggers.getMethod("getLevel").invoke(logger));
      assertEquals("", run.err);
    } finally {
      loggers.getMethod("setLevel", levels).invoke(logger, before);
    }
  }

  @Test
  void theSameBadBytes_giveTheSameFinding_inValidateEvaluateAndBatch(@TempDir Path folder) throws IOException {
    byte[] record = Files.readAllBytes(Path.of(RECORD));
    String text = new String(record, StandardCharsets.UTF_8).replace("\n", " ");
    byte[] line = text.replace("\"L-READY\"", "\"L-READY\u00e9\"").getBytes(StandardCharsets.UTF_8);
    int at = new String(line, StandardCharsets.ISO_8859_1).indexOf('\u00c3');
    line[at] = (byte) 0xC0;   // an overlong form instead of the first byte of é
    line[at + 1] = (byte) 0xAF;
    Path file = folder.resolve("bad.json");
    Files.write(file, line);
    String expected = "ERROR JSON_09 $: the document is not UTF-8 at line 1, column " + (text.indexOf("L-READY") + 8)
        + ": the byte C0 cannot start a character (it begins an overlong form)";
    CliRun validate = CliRun.of("validate", file.toString(), "--as-of", "2026-02-01");
    CliRun evaluate = CliRun.of("evaluate", file.toString(), "--as-of", "2026-02-01");
    CliRun batch = CliRun.of("batch", file.toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, validate.exitCode, validate::toString);
    assertEquals(StandardCli.INPUT_ERRORS, evaluate.exitCode, evaluate::toString);
    assertEquals(StandardCli.INPUT_ERRORS, batch.exitCode, batch::toString);
    assertTrue(validate.out.contains(expected), validate::toString);
    assertTrue(evaluate.out.contains(expected), evaluate::toString);
    assertTrue(batch.out.contains("\"code\":\"JSON_09\"") && batch.out.contains(expected.substring(expected.indexOf("the document"))),
        batch::toString);
  }
}
