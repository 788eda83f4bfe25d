package org.apprenticeship.standard.model.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Objects;
import java.util.function.Supplier;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.LearnerRecordInput;
import org.apprenticeship.standard.model.Validated;

/**
 * Makes {@link LearnerRecordInput} values, which only the library's readers may, and tells the
 * library's cohort rules how much text an input holds, to bound the memory of records in flight.
 * This package is exported to the library's modules only.
 */
public final class RecordInputs {
  private static final MethodHandle NEW;
  private static final MethodHandle SIZE;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(LearnerRecordInput.class, MethodHandles.lookup());
      NEW = lookup.findConstructor(LearnerRecordInput.class,
          MethodType.methodType(void.class, long.class, long.class, String.class, Validated.class, Supplier.class));
      SIZE = lookup.findGetter(LearnerRecordInput.class, "size", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private RecordInputs() {}

  /**
   * A record already read.
   *
   * @param learnerId the id the document gives; null for none
   * @param record the outcome of reading it; not null
   * @param line its line in newline-delimited JSON, from 1; 0 for a document on its own
   */
  public static LearnerRecordInput read(String learnerId, Validated<LearnerRecord> record, long line) {
    return create(line, 0, learnerId, Objects.requireNonNull(record, "record"), null);
  }

  /**
   * A record read when first asked for.
   *
   * @param line its line in newline-delimited JSON, from 1
   * @param size how much text it holds until read (characters or bytes), for the bound on records in flight
   * @param reading reads it, once, giving an input already read; not null
   */
  public static LearnerRecordInput lazy(long line, long size, Supplier<LearnerRecordInput> reading) {
    return create(line, size, null, null, Objects.requireNonNull(reading, "reading"));
  }

  /** How much text an input held when it was made: the length of its line; 0 for a record read at once. */
  public static long size(LearnerRecordInput input) {
    try {
      return (long) SIZE.invoke(input);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static LearnerRecordInput create(long line, long size, String learnerId, Validated<LearnerRecord> record,
      Supplier<LearnerRecordInput> reading) {
    try {
      return (LearnerRecordInput) NEW.invoke(line, size, learnerId, record, reading);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
