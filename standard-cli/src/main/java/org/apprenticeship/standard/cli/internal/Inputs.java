package org.apprenticeship.standard.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/** Where commands read from, and the default as-of date. */
final class Inputs {
  /** The time zone of the default as-of date: apprenticeships are English. */
  static final ZoneId UK = ZoneId.of("Europe/London");

  private Inputs() {}

  /** Opens a file, or standard input for {@code -}, with an I/O error that says which file and why. */
  static InputStream open(Path file) {
    if (file.toString().equals("-")) {
      return System.in;
    }
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": there is no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("cannot read " + file + ": access is denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** The as-of date given, or today in the UK: the one place the library reads the clock. */
  static LocalDate asOf(LocalDate given) {
    return given != null ? given : LocalDate.now(UK);
  }
}
