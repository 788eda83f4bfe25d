package org.apprenticeship.standard.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.RecordInputs;

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
    return input(READER.readCapturing(Objects.requireNonNull(in, "in")), 0);
  }

  /**
   * Reads learner records from newline-delimited JSON (NDJSON: one record per line), lazily: the
   * stream gives an input for each line when it reaches it, and the record of a line is read
   * (parsed, bound and validated) when the input is first asked for it (see
   * {@link LearnerRecordInput}), so that a cohort can be read on several threads. No line over the
   * document limit is ever held in memory, so memory stays bounded however many lines there are.
   * Every line, blank ones included, gives one input in order, numbered from 1, so inputs line up
   * with lines; a blank line is an invalid record, and the line and column of a finding about JSON
   * that is not well-formed count the lines of the whole input. Closing the returned stream closes
   * {@code in}.
   *
   * @param in the NDJSON document, in UTF-8; not null
   * @return one input per line, in order; not null
   * @throws UncheckedIOException from the stream's operations, if {@code in} cannot be read
   */
  public static Stream<LearnerRecordInput> readLines(InputStream in) {
    Objects.requireNonNull(in, "in");
    BoundedLines lines = new BoundedLines(in);
    Iterator<LearnerRecordInput> inputs = new Iterator<>() {
      private long number;

      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public LearnerRecordInput next() {
        byte[] bytes = lines.next();
        long line = ++number;
        if (bytes == null) {
          byte[] start = lines.truncatedStart();
          return RecordInputs.lazy(line, start.length, () -> tooLong(start, line));
        }
        return RecordInputs.lazy(line, bytes.length, () -> input(READER.readCapturing(new ByteArrayInputStream(bytes), line), line));
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(inputs, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(() -> {
          try {
            in.close();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** A line over the limit: its number, a finding, and the learner id if the start of the line gives it. */
  private static LearnerRecordInput tooLong(byte[] start, long line) {
    Finding finding = Finding.of(FindingCode.JSON_02, JsonPaths.ROOT,
        "line " + line + " is longer than " + JsonSupport.MAX_DOCUMENT_BYTES + " bytes, the most a record may have");
    return RecordInputs.read(JsonSupport.topLevelText(start, "learnerId"), Outcomes.invalid(List.of(finding)), line);
  }

  private static LearnerRecordInput input(DocumentReader.Read<LearnerRecord> read, long line) {
    return RecordInputs.read(read.captured(), read.outcome(), line);
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
