package org.apprenticeship.standard.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What {@code batch} tells standard error: the summary, and progress on a terminal only. */
class BatchProgressTest {
  private static final long SECOND = 1_000_000_000L;

  @Test
  void theSummary_countsTheRecords_andGivesTheTime() {
    BatchTally tally = new BatchTally(0);
    assertEquals("0 records: 0 valid (0 ready for gateway), 0 with errors; 0.0 s", tally.summary(0));
    assertFalse(tally.anyErrors());
  }

  @Test
  void theRate_isGivenOnlyWhenItMeansSomething() {
    BatchTally tally = new BatchTally(5 * SECOND);
    assertEquals("0 records", tally.progress(9 * SECOND));
  }

  @Test
  void progress_isShownAtMostOnceASecond_inPlace_andCleared() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), true, 0);
    progress.update(SECOND / 2, now -> "too soon");
    progress.update(SECOND, now -> "1,000 records");
    progress.update(SECOND + 1, now -> "too soon");
    progress.update(2 * SECOND, now -> "20 records");
    progress.clear();
    assertEquals("\r1,000 records\r20 records   \r          \r", text.toString());
  }

  @Test
  void progress_notShown_writesNothing() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), false, 0);
    progress.update(5 * SECOND, now -> "5 records");
    progress.clear();
    assertEquals("", text.toString());
  }

  @Test
  void aStreamOtherThanTheJvmsOwn_isNeverATerminal() {
    assertFalse(Progress.isTerminal(new java.io.PrintStream(java.io.OutputStream.nullOutputStream())));
  }
}
