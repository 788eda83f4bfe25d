package org.apprenticeship.standard.data.internal;

import java.io.InputStream;
import java.util.List;
import java.util.function.Function;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.InvalidDataException;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.FindingSink;
import org.apprenticeship.standard.model.internal.Outcomes;
import org.apprenticeship.standard.model.internal.PathStack;
import org.apprenticeship.standard.model.internal.Shape;
import org.apprenticeship.standard.model.internal.ValueChecker;

/**
 * Reads one of the library's JSON formats into a model value in one pass: the document is parsed,
 * bound and its constraints checked together, guided by the model type's {@link Shape}, and every
 * problem is reported at once; then, for a value that could be built, the format's own rules. A
 * value built in Java is checked by the same constraints and rules.
 *
 * @param <T> the type of the value
 */
public final class DocumentReader<T> {
  private final Class<T> type;
  private final Function<T, List<Finding>> rules;
  private final String capture;

  /**
   * Creates a reader.
   *
   * @param type the type to read
   * @param rules the format's own rules, beyond the constraints of the model, on a value that
   *     could be built
   * @param capture the name of a top-level text field to keep even from an invalid document, such
   *     as {@code learnerId}; null for none
   */
  public DocumentReader(Class<T> type, Function<T, List<Finding>> rules, String capture) {
    this.type = type;
    this.rules = rules;
    this.capture = capture;
  }

  /** A document as read: the outcome, and the top-level text kept even when it is invalid. */
  public static final class Read<T> {
    private final Validated<T> outcome;
    private final String captured;

    Read(Validated<T> outcome, String captured) {
      this.outcome = outcome;
      this.captured = captured;
    }

    /** The value, when valid, and every finding. */
    public Validated<T> outcome() {
      return outcome;
    }

    /** The top-level text named when the reader was made, when the document gives it as a string; else null. */
    public String captured() {
      return captured;
    }
  }

  /** Reads a document from a stream, read to its end and not closed. */
  public Validated<T> read(InputStream in) {
    return readCapturing(in).outcome();
  }

  /** Reads a document held in a string. */
  public Validated<T> read(String text) {
    return readCapturing(text).outcome();
  }

  /**
   * Reads a document from a stream, keeping the captured text, even from a document that is not
   * well-formed when it comes before the fault.
   */
  public Read<T> readCapturing(InputStream in) {
    return readCapturing(in, 1);
  }

  /**
   * Reads a document that starts on a given line of its input, such as a line of newline-delimited
   * JSON, keeping the captured text; the lines of findings count from there.
   *
   * @param firstLine the line of its input the document starts on, from 1
   */
  public Read<T> readCapturing(InputStream in, long firstLine) {
    Binder[] binder = new Binder[1];
    return JsonSupport.read(in, firstLine, parser -> bind(binder[0] = new Binder(parser, true, capture, firstLine)),
        findings -> malformed(findings, binder[0]));
  }

  /** Reads a document held in a string, keeping the captured text. */
  public Read<T> readCapturing(String text) {
    Binder[] binder = new Binder[1];
    return JsonSupport.read(text, parser -> bind(binder[0] = new Binder(parser, true, capture, 1)), findings -> malformed(findings, binder[0]));
  }

  /**
   * Reads the library's own data, whose constraints and rules the build's tests verified and whose
   * checksum was checked: it is bound without checking them again.
   *
   * @param what what is read, for the message of the exception
   * @throws InvalidDataException if the document cannot be bound
   */
  public T readTrusted(InputStream in, String what) {
    Read<T> read = JsonSupport.read(in, parser -> {
      Binder binder = new Binder(parser, false, null, 1);
      T value = type.cast(binder.document(Shape.of(type)));
      List<Finding> findings = binder.sink().findings();
      return new Read<>(value == null ? Outcomes.invalid(findings) : Outcomes.of(value, findings), null);
    }, findings -> malformed(findings, null));
    return read.outcome().orElseThrow(what);
  }

  /** Checks a value built in Java, as if it had been read: its constraints and the format's rules. */
  public Validated<T> check(T value) {
    FindingSink sink = new FindingSink(new PathStack());
    ValueChecker.check(value, sink);
    return outcome(value, sink.collector());
  }

  private Read<T> bind(Binder binder) throws java.io.IOException {
    Object value = binder.document(Shape.of(type));
    FindingCollector findings = binder.sink().collector();
    if (value == null) {
      return new Read<>(Outcomes.invalid(findings.toList()), binder.captured());
    }
    return new Read<>(outcome(type.cast(value), findings), binder.captured());
  }

  private Validated<T> outcome(T value, FindingCollector findings) {
    findings.addAll(rules.apply(value));
    return Outcomes.of(value, findings.toList());
  }

  private Read<T> malformed(List<Finding> findings, Binder binder) {
    return new Read<>(Outcomes.invalid(findings), binder == null ? null : binder.captured());
  }

}
