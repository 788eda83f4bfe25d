package org.apprenticeship.standard.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** The example learner records under {@code examples/} at the root of the project, each with the as-of date it is meant for. */
final class Examples {
  static final Path FOLDER = Path.of("examples");
  static final List<String> NAMES = List.of("on-track", "ready-for-gateway", "not-ready", "graded-distinction", "resit-capped",
      "over-19-without-english-maths", "part-time", "break-in-learning", "early-gateway", "invalid", "invalid-structure");

  private Examples() {}

  static String file(String name) {
    return FOLDER.resolve(name + ".json").toString();
  }

  /** The as-of date the example names in {@code extensions.exampleAsOf}. */
  static String asOf(String name) {
    try {
      JsonNode example = new ObjectMapper().readTree(FOLDER.resolve(name + ".json").toFile());
      return example.path("extensions").path("exampleAsOf").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static boolean valid(String name) {
    return !name.startsWith("invalid");
  }
}
