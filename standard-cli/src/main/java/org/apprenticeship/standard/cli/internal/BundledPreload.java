package org.apprenticeship.standard.cli.internal;

import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.Standards;

/**
 * Loads the bundled data that a command will use on a thread of its own while picocli sets the
 * command up, so that a run of the command line does both at once: each takes a fresh JVM a few
 * hundred milliseconds, and a machine has a second core for the other.
 *
 * <p>The command waits for the load ({@link #await}) before it runs, so that only one thread ever
 * reads data at a time. The load's failure is not kept: the command loads again and reports it,
 * since {@link Standards#bundled()} and {@link FundingRules#bundled()} keep only what succeeds.
 */
public final class BundledPreload {
  private final Thread thread;

  private BundledPreload(Thread thread) {
    this.thread = thread;
  }

  /**
   * Starts loading what the command named first in the arguments uses, if it uses bundled data.
   *
   * @param args the command line's arguments; not null
   * @return the load under way, or null when the command uses no bundled data
   */
  public static BundledPreload start(String[] args) {
    if (args.length == 0 || args[0] == null) {
      return null;
    }
    boolean standards;
    boolean funding;
    switch (args[0]) {
      case "evaluate":
      case "batch":
        standards = true;
        funding = true;
        break;
      case "validate":
      case "show":
      case "export":
        standards = true;
        funding = false;
        break;
      case "funding":
        standards = false;
        funding = true;
        break;
      default:
        return null;
    }
    Thread thread = new Thread(() -> load(standards, funding), "bundled-data");
    thread.setDaemon(true);
    thread.start();
    return new BundledPreload(thread);
  }

  private static void load(boolean standards, boolean funding) {
    try {
      if (standards) {
        Standards.bundled();
      }
      if (funding) {
        FundingRules.bundled();
      }
    } catch (RuntimeException | Error e) {
      // Not kept: the command's own call loads again and reports the problem.
    }
  }

  /**
   * Waits until the load has ended, successfully or not.
   *
   * @param preload the load, or null when none was started
   */
  public static void await(BundledPreload preload) {
    if (preload == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        preload.thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
