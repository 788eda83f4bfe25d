package org.apprenticeship.standard.cli.internal;

import java.io.PrintStream;
import org.apprenticeship.standard.rules.CohortWriter;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Evaluations;

/**
 * Where {@code batch} writes its result lines: the command line's standard output, each line
 * flushed as soon as it is written, so that a reader sees results as they come and a closed output
 * (a reader that stopped, as {@code head} does) or a full disk is found at the next line.
 */
final class BatchOutput {
  private final PrintStream out;
  private final CohortWriter lines;
  private long written;

  BatchOutput(PrintStream out) {
    this.out = out;
    this.lines = Evaluations.cohortWriter(out);
  }

  /**
   * Writes one result as one line.
   *
   * @throws Failed if the output cannot be written
   */
  void write(EvaluationResult result) {
    lines.write(result);
    lines.flush();
    if (out.checkError()) { // a PrintStream keeps its errors to itself: this says whether any write failed
      throw new Failed(written);
    }
    written++;
  }

  /** The output could not be written (the stream does not say why: closed, full, or broken). */
  static final class Failed extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long written;

    Failed(long written) {
      super("cannot write the output after " + written + " lines", null, false, false);
      this.written = written;
    }

    /** How many lines were written whole before the failure. */
    long written() {
      return written;
    }
  }
}
