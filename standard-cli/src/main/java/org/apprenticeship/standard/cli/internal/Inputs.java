package org.apprenticeship.standard.cli.internal;

import java.io.FilterInputStream;
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

  /**
   * Opens a file, or standard input for {@code -}, with an I/O error that says which file and why,
   * when it is opened and when it is read. Closing the stream of {@code -} leaves standard input
   * open, so that a program that embeds the command line can go on reading it.
   */
  static InputStream open(Path file) {
    if (file.toString().equals("-")) {
      return new Named(System.in, "standard input", false);
    }
    if (Files.isDirectory(file)) {
      throw new UncheckedIOException("cannot read " + file + ": it is a directory", new IOException(file + " is a directory"));
    }
    try {
      return new Named(Files.newInputStream(file), file.toString(), true);
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": there is no such file", e);
    } catch (AccessDeniedException e) {
      throw new UncheckedIOException("cannot read " + file + ": access is denied", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** A stream whose read errors name what is read; it closes the stream under it unless that is standard input. */
  private static final class Named extends FilterInputStream {
    private final String name;
    private final boolean closes;

    Named(InputStream in, String name, boolean closes) {
      super(in);
      this.name = name;
      this.closes = closes;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        throw named(e);
      }
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
      try {
        return super.read(buffer, from, length);
      } catch (IOException e) {
        throw named(e);
      }
    }

    private IOException named(IOException e) {
      return new IOException("cannot read " + name + ": " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
      if (closes) {
        super.close();
      }
    }
  }

  /** The as-of date given, or today in the UK: the one place the library reads the clock. */
  static LocalDate asOf(LocalDate given) {
    return given != null ? given : LocalDate.now(UK);
  }
}
