package org.apprenticeship.standard.cli.internal;

import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.Standards;

/**
 * Loads the bundled data that a command will use on a thread of its own while picocli sets the
 * command up, so that a run of the command line does both at once: each takes a fresh JVM a few
 * hundred milliseconds, and a machine has a second core for the other.
 *
 * <p>The command does not wait for the load: it reads its own input meanwhile, and its first call of
 * {@link Standards#bundled()} or {@link FundingRules#bundled()} waits for the load under way, which
 * holds the same lock. The load's failure is not kept: the command loads again and reports it,
 * since both keep only what succeeds.
 */
public final class BundledPreload {
  private BundledPreload() {}

  /**
   * Starts loading what the command named first in the arguments uses, if it uses bundled data.
   *
   * @param args the command line's arguments; not null
   */
  public static void start(String[] args) {
    if (args.length == 0 || args[0] == null) {
      return;
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
        return;
    }
    Thread thread = new Thread(() -> load(standards, funding), "bundled-data");
    thread.setDaemon(true);
    thread.start();
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
}
