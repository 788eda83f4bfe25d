package org.apprenticeship.standard.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.data.internal.BundledManifest;
import org.apprenticeship.standard.data.internal.DocumentReader;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.StandardException;
import org.apprenticeship.standard.model.Validated;

/**
 * The entry point to the funding rules as data: the set bundled with the library, and reading,
 * validating and writing sets of the caller's own, such as next year's rules, in the same JSON
 * format.
 *
 * <pre>{@code
 * FundingRuleSet bundled = FundingRules.bundled();                          // version 2026.11
 * FundingRuleSet mine = FundingRules.read(Path.of("funding-rules-2027.json")); // full validation
 * Rules.evaluate(st0007, mine, record, asOf);
 * }</pre>
 *
 * <p>The bundled set ({@code funding-rules.json} beside the bundled standard) is checked against
 * the manifest's SHA-256 checksum when it is first used; the build's tests validate it in full, so
 * it is then read without checking its constraints again. Reading validates in full and reports
 * every problem at once: the JSON Schema of the format (shipped as {@code
 * funding-rules.schema.json}, see {@link #schema()}), the constraints of each field, and the rules
 * that span the set (see {@link FundingRuleSet}). This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class FundingRules {
  private static final String FILE = "funding-rules.json";
  private static final DocumentReader<FundingRuleSet> READER = new DocumentReader<>(FundingRuleSet.class, rules -> List.of(), null);

  /**
   * The bundled set once loaded. Not a holder class: a failed load must throw the library's
   * exception, naming the resource, on every call.
   */
  private static volatile FundingRuleSet bundled;

  private FundingRules() {}

  /**
   * Returns the funding rules bundled with the library, loaded and validated on first use and then
   * shared.
   *
   * @return the rule set; not null
   * @throws StandardException if the bundled file is missing, does not match the manifest, or is
   *     invalid ({@link InvalidDataException}, with every finding); the message names the resource
   */
  public static FundingRuleSet bundled() {
    FundingRuleSet rules = bundled;
    if (rules == null) {
      synchronized (FundingRules.class) {
        rules = bundled;
        if (rules == null) {
          rules = load();
          bundled = rules;
        }
      }
    }
    return rules;
  }

  private static FundingRuleSet load() {
    BundledManifest.Entry entry = BundledStandards.manifest().fundingRules().filter(e -> e.file().equals(FILE))
        .orElseThrow(() -> new StandardException("the bundled manifest " + BundledStandards.MANIFEST + " lacks the entry \"fundingRules\" with the file "
            + FILE + ", its version and its sha256"));
    String path = BundledStandards.FOLDER + FILE;
    byte[] bytes = BundledStandards.verified(entry, path);
    // Verified in full by the build's tests (FundingRulesTest), as the checksum shows: bound without checking again.
    FundingRuleSet rules = READER.readTrusted(new ByteArrayInputStream(bytes), "the bundled funding rules " + path);
    if (!rules.version().equals(entry.version())) {
      throw new StandardException("the bundled file " + path + " holds version " + rules.version() + " but the manifest says "
          + entry.version());
    }
    return rules;
  }

  /**
   * Reads a funding rule set in the library's JSON format from a stream, with full validation. The
   * stream is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the rule set; not null
   * @throws InvalidDataException if the document has errors; it carries every finding
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static FundingRuleSet read(InputStream in) {
    return validate(in).orElseThrow("the funding rules");
  }

  /**
   * Reads a funding rule set in the library's JSON format from a file, with full validation.
   *
   * @param file the file; not null
   * @return the rule set; not null
   * @throws InvalidDataException if the document has errors; it carries every finding
   * @throws UncheckedIOException if the file cannot be read
   */
  public static FundingRuleSet read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in).orElseThrow("the funding rules in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads and validates a funding rule set, returning every finding rather than throwing. The
   * stream is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the rule set, when valid, and every finding; not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Validated<FundingRuleSet> validate(InputStream in) {
    return READER.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Validates a funding rule set built in Java as if it had been read.
   *
   * @param rules the rule set; not null
   * @return the rule set, when valid, and every finding; not null
   */
  public static Validated<FundingRuleSet> validate(FundingRuleSet rules) {
    return READER.check(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Writes a funding rule set in the library's JSON format: indented by two spaces, {@code \n} line
   * ends, absent values left out, fields in a fixed order; the bundled file is in this form, so a
   * caller can write it out, add next year's rules and read it back.
   *
   * @param rules the rule set; not null
   * @return the JSON document; not null
   */
  public static String toJson(FundingRuleSet rules) {
    return JsonSupport.pretty(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the funding rules format.
   *
   * @return the schema document; not null
   */
  public static String schema() {
    return new String(BundledStandards.resource(BundledStandards.FOLDER + "funding-rules.schema.json"), StandardCharsets.UTF_8);
  }
}
