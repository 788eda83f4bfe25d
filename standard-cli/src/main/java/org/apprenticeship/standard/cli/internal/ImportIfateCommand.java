package org.apprenticeship.standard.cli.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apprenticeship.standard.cli.StandardCli;
import org.apprenticeship.standard.data.IfateImport;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-ifate FILE}. */
@Command(
    name = "import-ifate",
    description = {
      "Imports standards from the JSON of the public apprenticeship standards API (Skills England, formerly IfATE) and"
          + " prints them in the library's standard format: one record gives one standard, an array of records an array"
          + " of standards.",
      "KSBs are numbered K1.., S1.., B1.. in the record's order and keep their ids; duties are numbered D1.. with their"
          + " KSBs and options resolved. The API has no assessment plan, so the standards have none.",
      "Findings go to standard error as 'SEVERITY CODE PATH: message' lines, with paths into FILE. With any error,"
          + " nothing is printed and the exit code is 1; warnings alone do not stop the import."})
public final class ImportIfateCommand implements Callable<Integer> {
  /** How far into the file to look for the start of the document, past white space. */
  private static final int LOOK_AHEAD = 4096;

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "a record, or an array of records, of the API, in UTF-8 (- for standard input)")
  Path file;

  @Mixin
  HelpOption help;

  @Override
  public Integer call() {
    boolean array;
    List<Validated<Standard>> results;
    try (InputStream in = new BufferedInputStream(Inputs.open(file))) {
      array = startsWithArray(in);
      results = IfateImport.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    PrintWriter err = spec.commandLine().getErr();
    results.forEach(result -> result.findings().forEach(err::println));
    if (!results.stream().allMatch(Validated::isValid)) {
      return StandardCli.INPUT_ERRORS;
    }
    List<String> standards = results.stream().map(r -> Standards.toJson(r.value().orElseThrow())).collect(Collectors.toList());
    spec.commandLine().getOut().print(array ? asArray(standards) : standards.get(0));
    return StandardCli.OK;
  }

  /** Whether the document is an array: its first character after a UTF-8 byte-order mark and white space is {@code [}. */
  private static boolean startsWithArray(InputStream in) throws IOException {
    in.mark(LOOK_AHEAD);
    int c;
    int read = 0;
    do {
      c = in.read();
      read++;
    } while ((c == ' ' || c == '\t' || c == '\n' || c == '\r' || (read <= 3 && (c == 0xEF || c == 0xBB || c == 0xBF))) && read < LOOK_AHEAD);
    in.reset();
    return c == '[';
  }

  /** Standard documents as one JSON array, each indented one step further. */
  private static String asArray(List<String> documents) {
    if (documents.isEmpty()) {
      return "[]\n";
    }
    return documents.stream()
        .map(document -> "  " + document.strip().replace("\n", "\n  "))
        .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
  }
}
