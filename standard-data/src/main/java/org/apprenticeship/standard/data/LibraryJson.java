package org.apprenticeship.standard.data;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apprenticeship.standard.data.internal.JsonSupport;

/**
 * The Jackson configuration the library reads and writes its JSON with, for callers who write the
 * library's types themselves (such as a rules result in a web service): the JDK 8 and Java time
 * modules, dates as ISO strings, strict reading, no polymorphic typing, absent values left out,
 * and the reading limits of {@link Standards}.
 *
 * @since 0.1.0
 */
public final class LibraryJson {
  private LibraryJson() {}

  /**
   * Returns a new mapper with the library's configuration; changing it does not change the
   * library's own.
   *
   * @return a new mapper; not null
   */
  public static ObjectMapper newMapper() {
    return JsonSupport.mapper().copy();
  }

  /**
   * Returns a new pretty printer of the form the library writes: indented by two spaces, {@code \n}
   * line ends, {@code "name": value}, empty arrays and objects as {@code []} and {@code {}}.
   *
   * @return a new printer; not null
   */
  public static PrettyPrinter prettyPrinter() {
    return JsonSupport.prettyPrinter();
  }
}
