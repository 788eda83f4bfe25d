package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on a cohort: its summary, an empty input, a bad line, and an output that fails. */
class BatchCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void aRun_endsWithASummaryOnStandardError() {
    CliRun run = CliRun.of("batch", Examples.FOLDER.resolve("cohort.ndjson").toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode, run::toString);
    assertTrue(run.err.matches("batch: 4 records: 3 valid \\(1 ready for gateway\\), 1 with errors; [0-9]+\\.[0-9] s\n"), run.err);
  }

  @Test
  void anEmptyInput_saysSo_andExitsWithOne() throws IOException {
    Path empty = Files.createFile(folder.resolve("empty.ndjson"));
    CliRun run = CliRun.of("batch", empty.toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode);
    assertEquals("", run.out);
    assertEquals("batch: the input has no records, so nothing was evaluated\n", run.err);
  }

  @Test
  void aBadLine_isFoundByItsLineNumber() throws IOException {
    String good = Files.readAllLines(Examples.FOLDER.resolve("cohort.ndjson")).get(1);
    Path cohort = Files.writeString(folder.resolve("cohort.ndjson"), (good + "\n").repeat(150) + "{\"learnerId\": \"L-151\", \"standard\" 7}\n");
    CliRun run = CliRun.of("batch", cohort.toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.INPUT_ERRORS, run.exitCode);
    List<String> lines = List.of(run.out.split("\n"));
    assertEquals(151, lines.size());
    JsonNode bad = read(lines.get(150));
    assertEquals("L-151", bad.get("learnerId").asText());
    assertTrue(bad.at("/findings/0/message").asText().startsWith("not well-formed JSON at line 151, column 35"), bad.toString());
  }

  @Test
  void anOutputThatCannotBeWritten_stopsTheRunAtOnce_inOneLine_withExitCodeTwo() {
    String record = compact("ready-for-gateway");
    CountingInput cohort = new CountingInput(record, 20_000);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    InputStream stdin = System.in;
    int code;
    try {
      System.setIn(cohort);
      code = StandardCli.run(new PrintStream(new ClosesAfterOneLine(), true, StandardCharsets.UTF_8),
          new PrintStream(err, true, StandardCharsets.UTF_8), "batch", "-", "--as-of", "2026-02-01");
    } finally {
      System.setIn(stdin);
    }
    String problems = err.toString(StandardCharsets.UTF_8);
    assertEquals(StandardCli.USAGE_OR_IO, code, problems);
    assertEquals("batch: cannot write the output (it was closed, or the disk is full), so the run stopped after 1 result\n", problems);
    // The records read: the first, those in flight (8 a thread), and what one read of the input holds.
    long most = (1 + 8L * Runtime.getRuntime().availableProcessors() + 1) * (record.length() + 1) + 64 * 1024;
    assertTrue(cohort.read < most, "read " + cohort.read + " bytes of " + 20_000L * (record.length() + 1));
  }

  @Test
  void anOutputThatFailsAtTheEnd_isAnIoError_too() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = StandardCli.run(new PrintStream(new ClosesAfterOneLine(), true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), "batch", Examples.FOLDER.resolve("cohort.ndjson").toString(), "--as-of", "2026-02-01");
    assertEquals(StandardCli.USAGE_OR_IO, code);
    assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"));
  }

  /** An example record on one line. */
  static String compact(String name) {
    try {
      return JSON.readTree(Examples.FOLDER.resolve(name + ".json").toFile()).toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }

  /** An output that takes one line, and then fails as a closed pipe does. */
  private static final class ClosesAfterOneLine extends OutputStream {
    private boolean closed;

    @Override
    public void write(int b) throws IOException {
      if (closed) {
        throw new IOException("Broken pipe");
      }
      closed = b == '\n';
    }
  }

  /** A cohort of the same line, made as it is read, that counts the bytes read. */
  private static final class CountingInput extends InputStream {
    private final byte[] line;
    private final long lines;
    private long read;

    CountingInput(String line, long lines) {
      this.line = (line + "\n").getBytes(StandardCharsets.UTF_8);
      this.lines = lines;
    }

    @Override
    public int read() {
      if (read == lines * line.length) {
        return -1;
      }
      return line[(int) (read++ % line.length)];
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      int n = 0;
      while (n < length) {
        int b = read();
        if (b < 0) {
          break;
        }
        into[offset + n++] = (byte) b;
      }
      return n == 0 && length > 0 ? -1 : n;
    }
  }
}
