package org.apprenticeship.standard.cli.internal;

import java.io.PrintStream;

/**
 * Where {@code batch} writes its result lines: the command line's standard output, as bytes, each
 * line flushed as soon as it is written, so that a reader sees results as they come and a closed
 * output (a reader that stopped, as {@code head} does) or a full disk is found at the next line.
 */
final class BatchOutput {
  private final PrintStream out;
  private long lines;

  BatchOutput(PrintStream out) {
    this.out = out;
  }

  /**
   * Writes one line and its line end.
   *
   * @throws Failed if the output cannot be written
   */
  void writeLine(byte[] line) {
    out.write(line, 0, line.length);
    out.write('\n');
    if (out.checkError()) { // flushes, and says whether any write failed
      throw new Failed(lines);
    }
    lines++;
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
