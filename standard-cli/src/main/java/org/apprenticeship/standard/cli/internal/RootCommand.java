package org.apprenticeship.standard.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: lists the subcommands. */
@Command(
    name = "standard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "UK apprenticeship occupational standards: the bundled ST0007 Lead practitioner in adult care, and the rules over a learner's record.",
    footer = {"", "Exit codes: 0 success, 1 the input has errors, 2 usage or I/O error."})
public final class RootCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command");
  }
}
