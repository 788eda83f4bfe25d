package org.apprenticeship.standard.cli.internal;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.StandardRegistry;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code show ST0007 [--version V] [--format text|json]}. */
@Command(
    name = "show",
    description = "Shows a bundled standard: its KSBs by theme, assessment methods, grading, gateway criteria and "
        + "sources, each fact with its status (CONFIRMED, SECONDARY or ASSUMED). As JSON it prints the library's standard format.")
public final class ShowCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REFERENCE", description = "the standard's reference, such as ST0007")
  String reference;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  boolean help;

  @Option(names = "--version", paramLabel = "V", description = "the version, such as 1.1 (default: the latest bundled)")
  String version;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    StandardRegistry registry = Standards.bundled();
    String ref = reference.toUpperCase(Locale.ROOT);
    Standard standard = version == null ? registry.get(ref) : registry.get(ref, version);
    spec.commandLine().getOut().print(format == Format.JSON ? Standards.toJson(standard) : StandardText.render(standard));
    return 0;
  }
}
