package org.apprenticeship.standard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A run that starts with a command's name sets up that command alone (for a fast start); these
 * tests pin that it then behaves as when every command is set up, as for {@code help NAME}.
 */
class SubcommandSetUpTest {
  /** The command names listed by the root's help, where every command is set up. */
  private static List<String> listedCommands() {
    String help = CliRun.of("--help").out;
    List<String> names = new ArrayList<>();
    Matcher name = Pattern.compile("(?m)^  ([a-z][a-z-]*) ").matcher(help.substring(help.indexOf("Commands:")));
    while (name.find()) {
      names.add(name.group(1));
    }
    return names;
  }

  @Test
  void everyCommand_isListed() {
    assertEquals(List.of("help", "show", "funding", "evaluate", "validate", "batch", "export", "import-ifate"), listedCommands());
  }

  @Test
  void everyCommandsHelp_alone_isItsHelpAmongAll() {
    for (String name : listedCommands()) {
      if (name.equals("help")) {
        continue;
      }
      CliRun alone = CliRun.of(name, "--help");
      CliRun amongAll = CliRun.of("help", name);
      assertEquals(0, alone.exitCode, alone::toString);
      assertTrue(alone.out.startsWith("Usage: standard " + name + " "), alone::toString);
      assertEquals(amongAll.out, alone.out, name);
      assertEquals(amongAll.err, alone.err, name);
    }
  }

  @Test
  void usageErrorInACommand_namesTheCommandAndItsHelp() {
    CliRun run = CliRun.of("evaluate", "examples/ready-for-gateway.json", "--as-off", "2026-02-01");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("evaluate: "), run::toString);
    assertTrue(run.err.contains("Did you mean: standard evaluate --as-of?"), run::toString);
    assertTrue(run.err.contains("Run 'standard evaluate --help' for how to use it."), run::toString);
  }
}
