package org.apprenticeship.standard.cli.internal;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.apprenticeship.standard.data.CaseExport;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Standard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code export ST0007 [--version V] --as case|schema|learner-record-schema [--uri-prefix P]}. */
@Command(
    name = "export",
    description = "Exports a bundled standard for other systems: as a 1EdTech CASE 1.1 package, or the JSON Schemas of the"
        + " library's formats. The same data always gives the same bytes.")
public final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  BundledStandardSelection selection;

  @Mixin
  HelpOption help;

  @Option(names = "--as", paramLabel = "FORMAT", required = true, description = {
      "case: a CASE 1.1 package (CFPackage): one CFItem per KSB under groups for knowledge, skills and behaviours,"
          + " isChildOf associations, and the assessment methods' KSB mapping as ext:assessesKsb associations",
      "schema: the JSON Schema (draft 2020-12) of the library's standard format, the form 'show --format json' prints",
      "learner-record-schema: the JSON Schema (draft 2020-12) of the learner record, the input of the rules"})
  String as;

  @Option(names = "--uri-prefix", paramLabel = "PREFIX",
      description = "with --as case: what goes before each identifier to make its URI, such as https://case.example.org/uri/"
          + " (default: " + CaseExport.URN_PREFIX + ")")
  String uriPrefix;

  @Override
  public Integer call() {
    String format = as.toLowerCase(Locale.ROOT);
    if (!format.equals("case") && !format.equals("schema") && !format.equals("learner-record-schema")) {
      throw new ParameterException(spec.commandLine(), "--as must be case, schema or learner-record-schema, not '" + as + "'");
    }
    if (uriPrefix != null && !format.equals("case")) {
      throw new ParameterException(spec.commandLine(), "--uri-prefix goes only with --as case");
    }
    Standard standard = selection.standard();
    String output;
    if (format.equals("case")) {
      try {
        output = CaseExport.toJson(standard, uriPrefix == null ? CaseExport.URN_PREFIX : uriPrefix);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, uriPrefix);
      }
    } else {
      output = format.equals("schema") ? Standards.schema() : LearnerRecords.schema();
    }
    spec.commandLine().getOut().print(output);
    return 0;
  }
}
