package org.apprenticeship.standard.cli.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apprenticeship.standard.rules.PublishedMinimum;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a published off-the-job minimum: {@code HOURS} for every start, or {@code FIRST..LAST=HOURS}
 * for the starts from FIRST to LAST, both included, either date left out for an open end (such as
 * {@code 2025-08-01..2025-12-31=250} or {@code 2026-01-01..=300}).
 */
final class PublishedMinimumConverter implements ITypeConverter<PublishedMinimum> {
  @Override
  public PublishedMinimum convert(String value) {
    try {
      int equals = value.indexOf('=');
      if (equals < 0) {
        return PublishedMinimum.of(new BigDecimal(value));
      }
      String range = value.substring(0, equals);
      int dots = range.indexOf("..");
      if (dots < 0) {
        throw new TypeConversionException("'" + value + "' is not HOURS or FIRST..LAST=HOURS, such as 2025-08-01..2025-12-31=250");
      }
      return PublishedMinimum.forStarts(date(range.substring(0, dots)), date(range.substring(dots + 2)),
          new BigDecimal(value.substring(equals + 1)));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new TypeConversionException("'" + value + "' is not HOURS or FIRST..LAST=HOURS, such as 2025-08-01..2025-12-31=250");
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "': " + e.getMessage());
    }
  }

  private static Optional<LocalDate> date(String text) {
    return text.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(text));
  }
}
