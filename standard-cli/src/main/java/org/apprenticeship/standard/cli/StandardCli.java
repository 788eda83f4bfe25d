package org.apprenticeship.standard.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apprenticeship.standard.cli.internal.BatchCommand;
import org.apprenticeship.standard.cli.internal.BundledPreload;
import org.apprenticeship.standard.cli.internal.EvaluateCommand;
import org.apprenticeship.standard.cli.internal.ExportCommand;
import org.apprenticeship.standard.cli.internal.FundingCommand;
import org.apprenticeship.standard.cli.internal.ImportIfateCommand;
import org.apprenticeship.standard.cli.internal.OptionValues;
import org.apprenticeship.standard.cli.internal.RootCommand;
import org.apprenticeship.standard.cli.internal.ShowCommand;
import org.apprenticeship.standard.cli.internal.ValidateCommand;
import org.apprenticeship.standard.model.StandardException;
import picocli.CommandLine;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line: {@code show} a bundled standard; {@code funding} rules; {@code evaluate}, {@code validate} and
 * {@code batch} learner records. Output goes to standard output, as text for people or JSON for
 * machines; problems that stop a command go to standard error.
 *
 * <p>Exit codes: {@value #OK} success, {@value #INPUT_ERRORS} the input has errors,
 * {@value #USAGE_OR_IO} a usage or I/O error.
 *
 * @since 0.1.0
 */
public final class StandardCli {
  /** The exit code of success. */
  public static final int OK = 0;
  /** The exit code when the input has errors (findings of severity ERROR). */
  public static final int INPUT_ERRORS = 1;
  /** The exit code of a usage error (an unknown option, a standard that is not bundled) or an I/O error. */
  public static final int USAGE_OR_IO = 2;

  /** The names of the subcommands, in the order of the root's usage help. */
  private static final List<String> SUBCOMMANDS =
      List.of("help", "show", "funding", "evaluate", "validate", "batch", "export", "import-ifate");

  private StandardCli() {}

  /**
   * Runs the command line and exits the JVM with its exit code.
   *
   * @param args the arguments; not null
   */
  public static void main(String[] args) {
    BundledPreload.start(args);   // the bundled data loads while picocli sets up the command and it reads its input
    System.exit(run(System.out, System.err, args));
  }

  /**
   * Runs the command line without exiting, for embedding and tests.
   *
   * @param out where results go; not null
   * @param err where problems go; not null
   * @param args the arguments; not null
   * @return the exit code
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    Objects.requireNonNull(args, "args");
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine commandLine = new CommandLine(new RootCommand());
    for (Object subcommand : subcommandsFor(args, out, err)) {
      commandLine.addSubcommand(subcommand);
    }
    commandLine
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(outWriter)
        .setErr(errWriter)
        .setParameterExceptionHandler((e, given) -> {
          String suggestions = e instanceof UnmatchedArgumentException && !((UnmatchedArgumentException) e).getSuggestions().isEmpty()
              ? " Did you mean: " + e.getCommandLine().getCommandSpec().qualifiedName() + " "
                  + String.join(" or ", ((UnmatchedArgumentException) e).getSuggestions()) + "?"
              : "";
          e.getCommandLine().getErr().println(e.getCommandLine().getCommandName() + ": " + oneLine(e.getMessage()) + suggestions
              + " Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for how to use it.");
          return USAGE_OR_IO;
        })
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          if (e instanceof UncheckedIOException) {
            cmd.getErr().println(cmd.getCommandName() + ": " + ioProblem((UncheckedIOException) e));
            return USAGE_OR_IO;
          }
          if (e instanceof StandardException) {
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
            return USAGE_OR_IO;
          }
          throw e;
        });
    OptionValues.registerOn(commandLine);
    int code = commandLine.execute(args);
    outWriter.flush();
    if (out.checkError() && code != USAGE_OR_IO) {   // a command that stopped on it (batch) has said so
      errWriter.println(commandName(commandLine) + ": cannot write the output: the write failed (is the disk full, or has the"
          + " reader stopped reading?)");
      code = USAGE_OR_IO;
    }
    errWriter.flush();
    return code;
  }

  /**
   * The subcommands to set up for these arguments: only the one they name when they start with its
   * name, since picocli then parses and runs that one alone and setting up each of the others costs a
   * fresh JVM tens of milliseconds of reflection; every one, in the order of the root's usage help,
   * for anything else (no command, {@code help}, {@code --help}, {@code --version}, a mistyped name
   * that gets suggestions).
   */
  private static List<Object> subcommandsFor(String[] args, PrintStream out, PrintStream err) {
    Object named = args.length == 0 || args[0] == null || "help".equals(args[0]) ? null : subcommand(args[0], out, err);
    if (named != null) {
      return List.of(named);
    }
    List<Object> every = new ArrayList<>();
    for (String name : SUBCOMMANDS) {
      every.add(subcommand(name, out, err));
    }
    return every;
  }

  /** The subcommand of this name, newly made; null if there is none. */
  private static Object subcommand(String name, PrintStream out, PrintStream err) {
    switch (name) {
      case "help": return new CommandLine.HelpCommand();
      case "show": return new ShowCommand();
      case "funding": return new FundingCommand();
      case "evaluate": return new EvaluateCommand();
      case "validate": return new ValidateCommand();
      case "batch": return new BatchCommand(out, err);
      case "export": return new ExportCommand();
      case "import-ifate": return new ImportIfateCommand();
      default: return null;
    }
  }

  /** A message on one line, for a usage error. */
  private static String oneLine(String message) {
    String line = String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip();
    return line.endsWith(".") ? line : line + ".";
  }

  /**
   * What went wrong reading or writing, without the name of an exception class: the message the
   * command line gave it, which names the file, else the reason the system gave.
   */
  private static String ioProblem(UncheckedIOException e) {
    String message = e.getMessage();
    if (message == null || message.startsWith(e.getCause().getClass().getName())) {
      message = e.getCause().getMessage();
    }
    return message == null ? "an input could not be read" : message;
  }

  private static String commandName(CommandLine root) {
    CommandLine.ParseResult parsed = root.getParseResult();
    while (parsed != null && parsed.subcommand() != null) {
      parsed = parsed.subcommand();
    }
    return parsed == null ? root.getCommandName() : parsed.commandSpec().name();
  }
}
