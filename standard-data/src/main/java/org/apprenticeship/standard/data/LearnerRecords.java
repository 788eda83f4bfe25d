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
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apprenticeship.standard.data.internal.BoundedLines;
import org.apprenticeship.standard.data.internal.DocumentReader;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;

/**
 * Reads and writes learner records in the library's JSON format, the input of the rules.
 *
 * <p>Reading checks, in one pass, the structure (unknown fields are errors, except under an
 * {@code extensions} object) and the constraints of each field, exactly as the JSON Schema shipped as
 * {@code learner-record.schema.json} states them (see {@link #schema()}), and reports every problem
 * at once. The rules that need the
 * standard or a date to check against, such as evidence mapped to a KSB the standard lacks, belong
 * to the {@code standard-rules} module. This class is thread-safe.
 *
 * @since 0.1.0
 */
public final class LearnerRecords {
  private static final DocumentReader<LearnerRecord> READER = new DocumentReader<>(LearnerRecord.class, record -> List.of(), "learnerId");

  private LearnerRecords() {}

  /**
   * Reads and validates a learner record, returning every finding rather than throwing. The stream
   * is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the record, when valid, and every finding; not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Validated<LearnerRecord> validate(InputStream in) {
    return READER.read(Objects.requireNonNull(in, "in"));
  }

  /**
   * Reads and validates a learner record held in a string.
   *
   * @param json the JSON document; not null
   * @return the record, when valid, and every finding; not null
   */
  public static Validated<LearnerRecord> validate(String json) {
    return READER.read(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a learner record from a file, with full validation.
   *
   * @param file the file; not null
   * @return the record; not null
   * @throws InvalidDataException if the document has errors; it carries every finding
   * @throws UncheckedIOException if the file cannot be read
   */
  public static LearnerRecord read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return validate(in).orElseThrow("the learner record in " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads one learner record from a stream, keeping the learner id it gives even when it is
   * invalid. The stream is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return the record as read; not null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static LearnerRecordInput readInput(InputStream in) {
    return input(READER.readCapturing(Objects.requireNonNull(in, "in")));
  }

  /**
   * Reads learner records from newline-delimited JSON (NDJSON: one record per line), lazily: each
   * line is read and validated when the stream reaches it, and no line over the document limit is
   * ever held in memory, so memory stays bounded however many lines there are. Every line, blank
   * ones included, gives one input in order, so inputs line up with lines; a blank line is an
   * invalid record. Closing the returned stream closes {@code in}.
   *
   * @param in the NDJSON document, in UTF-8; not null
   * @return one input per line, in order; not null
   */
  public static Stream<LearnerRecordInput> readLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    Spliterator<byte[]> lines = Spliterators.spliteratorUnknownSize(new BoundedLines(in), Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(lines, false)
        .map(line -> line == null ? TOO_LONG : input(READER.readCapturing(new ByteArrayInputStream(line))))
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  private static final LearnerRecordInput TOO_LONG = new LearnerRecordInput(null, Outcomes.invalid(List.of(
      Finding.of(FindingCode.JSON_02, JsonPaths.ROOT, "the line is longer than " + JsonSupport.MAX_DOCUMENT_BYTES + " bytes"))));

  private static LearnerRecordInput input(DocumentReader.Read<LearnerRecord> read) {
    return new LearnerRecordInput(read.captured(), read.outcome());
  }

  /**
   * Validates a learner record built in Java, as if it had been read.
   *
   * @param record the record; not null
   * @return the record, when valid, and every finding; not null
   */
  public static Validated<LearnerRecord> validate(LearnerRecord record) {
    return READER.check(Objects.requireNonNull(record, "record"));
  }

  /**
   * Writes a learner record in the library's JSON format, indented, with absent values left out.
   *
   * @param record the record; not null
   * @return the JSON document; not null
   */
  public static String toJson(LearnerRecord record) {
    return JsonSupport.pretty(Objects.requireNonNull(record, "record"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the learner record format.
   *
   * @return the schema document; not null
   */
  public static String schema() {
    return new String(BundledStandards.resource(BundledStandards.FOLDER + "learner-record.schema.json"), StandardCharsets.UTF_8);
  }
}
