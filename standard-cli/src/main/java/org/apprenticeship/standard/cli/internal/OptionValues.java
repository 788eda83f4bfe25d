package org.apprenticeship.standard.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the values of options and parameters (dates, file names, numbers), with messages a person
 * can act on, such as {@code '2026-13-45' is not a date such as 2026-02-01}: never the name of a
 * Java class. A value that cannot be read is a usage error.
 */
public final class OptionValues {
  private OptionValues() {}

  /**
   * Registers the readers on a command line and every subcommand it has so far.
   *
   * @param commandLine the command line; not null
   * @return the command line
   */
  public static CommandLine registerOn(CommandLine commandLine) {
    return commandLine
        .registerConverter(LocalDate.class, OptionValues::date)
        .registerConverter(Path.class, OptionValues::path)
        .registerConverter(Integer.class, OptionValues::wholeNumber)
        .registerConverter(int.class, OptionValues::wholeNumber)
        .registerConverter(Double.class, OptionValues::number)
        .registerConverter(double.class, OptionValues::number);
  }

  static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not a date such as 2026-02-01");
    }
  }

  static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new TypeConversionException("'" + text + "' is not a file name: " + e.getReason());
    }
  }

  static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
    }
  }

  static Double number(String text) {
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + text + "' is not a number");
    }
  }
}
