package org.apprenticeship.standard.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apprenticeship.standard.data.internal.CitationResolver;
import org.apprenticeship.standard.data.internal.DocumentReader;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardException;
import org.apprenticeship.standard.model.Validated;

/**
 * The entry point to standards as data: the standards bundled with the library, and reading,
 * validating and writing standards in the library's JSON format.
 *
 * <pre>{@code
 * Standard st0007 = Standards.bundled().get("ST0007");          // latest bundled version
 * Standard v11 = Standards.bundled().get("ST0007", "1.1");
 * Standard mine = Standards.read(Path.of("my-standard.json"));  // full validation
 * }</pre>
 *
 * <p>Reading validates in full and reports every problem at once: the JSON Schema of the format
 * (shipped as {@code standard.schema.json}, see {@link #schema()}), the constraints of the model,
 * and that every citation path matches a fact. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class Standards {
  private static final DocumentReader<Standard> READER = new DocumentReader<>(Standard.class,
      standard -> CitationResolver.unresolved(JsonSupport.mapper().valueToTree(standard), standard.citations()), null);

  /**
   * The bundled registry once loaded. Not a holder class: a failed load must throw the library's
   * exception, naming the resource, on every call, not an {@code ExceptionInInitializerError} once
   * and {@code NoClassDefFoundError} after.
   */
  private static volatile StandardRegistry bundled;

  private Standards() {}

  /**
   * Returns the registry of the standards bundled with the library, loaded and validated on first
   * use and then shared.
   *
   * @return the registry; not null
   * @throws StandardException if the bundled data is missing, does not match its manifest, or is
   *     invalid ({@link InvalidDataException}, with every finding); the message names the resource
   */
  public static StandardRegistry bundled() {
    StandardRegistry registry = bundled;
    if (registry == null) {
      synchronized (Standards.class) {
        registry = bundled;
        if (registry == null) {
          registry = BundledStandards.load();
          bundled = registry;
        }
      }
    }
    return registry;
  }

  /**
   * Reads a standard in the library's JSON format from a stream, with full validation. The stream
   * is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the standard; not null
   * @throws InvalidDataException if the document has errors; it carries every finding
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Standard read(InputStream in) {
    return validate(in).orElseThrow("the standard");
  }

  /**
   * Reads a standard in the library's JSON format from a file, with full validation.
   *
   * @param file the file; not null
   * @return the standard; not null
   * @throws InvalidDataException if the document has errors; it carries every finding
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Standard read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in).orElseThrow("the standard in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads one of the standards bundled with the library: bound without checking its constraints and
   * citations again, which the build's tests verified, as its checksum shows.
   */
  static Standard readBundled(InputStream in, String what) {
    return READER.readTrusted(in, what);
  }

  /**
   * Reads and validates a standard in the library's JSON format, returning every finding rather
   * than throwing. The stream is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the standard, when valid, and every finding; not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Validated<Standard> validate(InputStream in) {
    return READER.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Validates a standard built in Java as if it had been read: the constraints of the model, and
   * that every citation path matches a fact.
   *
   * @param standard the standard; not null
   * @return the standard, when valid, and every finding; not null
   */
  public static Validated<Standard> validate(Standard standard) {
    return READER.check(Objects.requireNonNull(standard, "standard"));
  }

  /**
   * Writes a standard in the library's JSON format: indented by two spaces, {@code \n} line ends,
   * absent values left out, fields in a fixed order, so that equal standards give equal text.
   *
   * @param standard the standard; not null
   * @return the JSON document; not null
   */
  public static String toJson(Standard standard) {
    return JsonSupport.pretty(Objects.requireNonNull(standard, "standard"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the library's standard format.
   *
   * @return the schema document; not null
   */
  public static String schema() {
    return new String(BundledStandards.resource(BundledStandards.FOLDER + "standard.schema.json"),
        StandardCharsets.UTF_8);
  }
}
