package org.apprenticeship.standard.model.internal;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one layout of the library's indented JSON, for every format it writes: two-space indent,
 * {@code \n} line ends, {@code "name": value}, empty arrays and objects as {@code []} and {@code {}}.
 */
public final class JsonLayout {
  private JsonLayout() {}

  /** A new pretty printer of the layout. */
  public static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter lines = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""));
    printer.indentObjectsWith(lines);
    printer.indentArraysWith(lines);
    return printer;
  }
}
