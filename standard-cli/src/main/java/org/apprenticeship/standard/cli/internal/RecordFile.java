package org.apprenticeship.standard.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.data.LearnerRecords;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The learner record file that a command works on, and the date it is checked as of: {@code FILE [--as-of DATE]}. */
public final class RecordFile {
  @Parameters(index = "0", paramLabel = "FILE", description = "the learner record, JSON (- for standard input)")
  Path file;

  @Option(names = "--as-of", paramLabel = "DATE", description = "the date to check and evaluate as of, such as 2026-02-01 (default: today in the UK)")
  LocalDate asOf;

  /** Reads the record, keeping its learner id even when it is invalid. */
  LearnerRecordInput read() {
    try (InputStream in = Inputs.open(file)) {
      return LearnerRecords.readInput(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The as-of date given, or today in the UK. */
  LocalDate asOf() {
    return Inputs.asOf(asOf);
  }
}
