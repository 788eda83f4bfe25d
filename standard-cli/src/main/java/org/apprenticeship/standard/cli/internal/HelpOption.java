package org.apprenticeship.standard.cli.internal;

import picocli.CommandLine.Option;

/** {@code -h, --help} for a command that cannot take picocli's standard help options, whose {@code --version} it uses otherwise. */
public final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;
}
