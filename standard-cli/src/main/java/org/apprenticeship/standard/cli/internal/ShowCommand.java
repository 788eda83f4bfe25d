package org.apprenticeship.standard.cli.internal;

import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code show ST0007 [--version V] [--format text|json]}. */
@Command(
    name = "show",
    description = "Shows a bundled standard: its KSBs by theme, assessment methods, grading, gateway criteria and "
        + "sources, each fact with its status (CONFIRMED, SECONDARY or ASSUMED). As JSON it prints the library's standard format.")
public final class ShowCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  BundledStandardSelection selection;

  @Mixin
  HelpOption help;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    Standard standard = selection.standard();
    spec.commandLine().getOut().print(format == Format.JSON ? Standards.toJson(standard) : StandardText.render(standard));
    return 0;
  }
}
