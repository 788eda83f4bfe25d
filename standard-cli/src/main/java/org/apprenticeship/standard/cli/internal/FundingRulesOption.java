package org.apprenticeship.standard.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.model.FundingRuleSet;
import picocli.CommandLine.Option;

/** The funding rules a command applies: {@code [--funding-rules FILE]}, the bundled set by default. */
public final class FundingRulesOption {
  @Option(names = "--funding-rules", paramLabel = "FILE",
      description = "funding rules of your own in the library's format, such as next year's (default: the bundled set)")
  Path file;

  /**
   * Returns the rules: the file's, read with full validation, or the bundled set.
   *
   * @throws org.apprenticeship.standard.model.InvalidDataException if the file has errors; the message lists them
   * @throws UncheckedIOException if the file cannot be read
   */
  FundingRuleSet rules() {
    if (file == null) {
      return FundingRules.bundled();
    }
    try (InputStream in = Inputs.open(file)) {
      return FundingRules.validate(in).orElseThrow("the funding rules in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
