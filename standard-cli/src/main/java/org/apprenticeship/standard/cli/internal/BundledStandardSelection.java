package org.apprenticeship.standard.cli.internal;

import java.util.Locale;
import org.apprenticeship.standard.data.StandardRegistry;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The bundled standard that a command works on: {@code REFERENCE [--version V]}, mixed into the command. */
public final class BundledStandardSelection {
  @Parameters(index = "0", paramLabel = "REFERENCE", description = "the standard's reference, such as ST0007")
  String reference;

  @Option(names = "--version", paramLabel = "V", description = "the version, such as 1.1 (default: the latest bundled)")
  String version;

  /**
   * Returns the selected standard.
   *
   * @throws org.apprenticeship.standard.model.UnknownStandardException if it is not bundled; the
   *     message lists what is
   */
  Standard standard() {
    StandardRegistry registry = Standards.bundled();
    String ref = reference.toUpperCase(Locale.ROOT);
    return version == null ? registry.get(ref) : registry.get(ref, version);
  }
}
