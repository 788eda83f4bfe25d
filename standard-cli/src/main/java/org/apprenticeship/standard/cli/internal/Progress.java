package org.apprenticeship.standard.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The progress of a long command, on one line of standard error rewritten in place, at most once a
 * second; shown only when standard error is a terminal, so that logs and pipes never get it.
 */
final class Progress {
  private static final long INTERVAL_NANOS = 1_000_000_000L;
  private final PrintWriter err;
  private final boolean shown;
  private long lastNanos;
  private int width;

  /**
   * A progress line.
   *
   * @param err where it goes
   * @param shown whether to show it at all
   * @param startNanos when the command started
   */
  Progress(PrintWriter err, boolean shown, long startNanos) {
    this.err = err;
    this.shown = shown;
    this.lastNanos = startNanos;
  }

  /**
   * Tells whether standard error is a terminal: {@code err} is the JVM's own, and on Linux file
   * descriptor 2 is a terminal device. Elsewhere, or when unsure, it is taken as not a terminal.
   */
  static boolean isTerminal(Object err) {
    if (err != System.err) {
      return false;
    }
    try {
      String device = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Shows {@code line} if a second has passed since it was last shown. */
  void update(long nowNanos, java.util.function.LongFunction<String> line) {
    if (shown && nowNanos - lastNanos >= INTERVAL_NANOS) {
      lastNanos = nowNanos;
      String text = line.apply(nowNanos);
      err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
      err.flush();
      width = text.length();
    }
  }

  /** Removes the progress line, if one was shown. */
  void clear() {
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      width = 0;
    }
  }
}
