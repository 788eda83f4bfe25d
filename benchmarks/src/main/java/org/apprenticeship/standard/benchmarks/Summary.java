package org.apprenticeship.standard.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns JMH's JSON results ({@code -rf json -rff FILE}) into a Markdown table of medians, as the
 * team quotes them: per benchmark the median of every sample, the 90th percentile, the mean with
 * JMH's 99.9% error, the range of the per-fork medians (the spread between JVMs), and the ratio of
 * its median to the median of each baseline ({@code baseline*} methods) of the same class, mode and
 * parameters, measured in the same run. A benchmark with a {@code records} parameter also gets
 * records per second.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.apprenticeship.standard.benchmarks.Summary results.json
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Summary {
  private Summary() {}

  /**
   * Prints the table of each file named.
   *
   * @param args JMH result files in JSON
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: Summary RESULTS.json...");
      System.exit(2);
    }
    for (String file : args) {
      System.out.print(table(new ObjectMapper().readTree(Path.of(file).toFile())));
    }
  }

  /** One benchmark's figures, in nanoseconds. */
  private static final class Row {
    String name;
    String group;
    String mode;
    String params;
    long samples;
    double median;
    double p90;
    double mean;
    double error;
    double forkMin = Double.POSITIVE_INFINITY;
    double forkMax = Double.NEGATIVE_INFINITY;
    String unit;
    double nanosPerUnit;
    long records;
  }

  /**
   * Makes the table.
   *
   * @param results JMH's JSON results; not null
   * @return the Markdown table, with a line end; not null
   */
  static String table(JsonNode results) {
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : results) {
      rows.add(row(result));
    }
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | mode | samples | median | p90 | mean ± error | fork medians | unit | ratio of medians |\n");
    out.append("|---|---|---:|---:|---:|---:|---:|---|---|\n");
    for (Row row : rows) {
      List<String> ratios = new ArrayList<>();
      String method = row.name.substring(row.name.lastIndexOf('.') + 1);
      for (Row base : rows) {
        String baseMethod = base.name.substring(base.name.lastIndexOf('.') + 1);
        if (base != row && base.group.equals(row.group) && base.mode.equals(row.mode) && base.params.equals(row.params)
            && baseMethod.startsWith("baseline")
            && !method.startsWith("baseline")) {
          ratios.add(String.format(Locale.ROOT, "%.2f× %s", row.median * row.nanosPerUnit / (base.median * base.nanosPerUnit), baseMethod));
        }
      }
      if (row.records > 0) {
        ratios.add(String.format(Locale.ROOT, "%,.0f records/s", row.records / (row.median * row.nanosPerUnit / 1e9)));
      }
      out.append(String.format(Locale.ROOT, "| %s%s | %s | %d | %s | %s | %s ± %s | %s–%s | %s | %s |%n",
          method, row.params.isEmpty() ? "" : " (" + row.params + ")", row.mode, row.samples, number(row.median), number(row.p90),
          number(row.mean), number(row.error), number(row.forkMin), number(row.forkMax), row.unit, String.join("; ", ratios)));
    }
    return out.toString();
  }

  private static Row row(JsonNode result) {
    Row row = new Row();
    row.name = result.path("benchmark").asText();
    row.group = row.name.substring(0, row.name.lastIndexOf('.'));
    row.mode = result.path("mode").asText();
    Map<String, String> params = new TreeMap<>();
    for (Map.Entry<String, JsonNode> param : result.path("params").properties()) {
      params.put(param.getKey(), param.getValue().asText());
    }
    row.params = String.join(", ", params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    if (params.containsKey("records")) {
      row.records = Long.parseLong(params.get("records"));
    }
    JsonNode metric = result.path("primaryMetric");
    row.unit = metric.path("scoreUnit").asText();
    row.nanosPerUnit = nanosPer(row.unit);
    row.mean = metric.path("score").asDouble();
    row.error = metric.path("scoreError").asDouble();
    row.median = metric.path("scorePercentiles").path("50.0").asDouble();
    row.p90 = metric.path("scorePercentiles").path("90.0").asDouble();
    if (metric.has("rawDataHistogram")) {
      for (JsonNode fork : metric.path("rawDataHistogram")) {
        Map<Double, Long> counts = new TreeMap<>();
        for (JsonNode iteration : fork) {
          for (JsonNode bin : iteration) {
            counts.merge(bin.get(0).asDouble(), bin.get(1).asLong(), Long::sum);
          }
        }
        fork(row, counts);
      }
    } else {
      for (JsonNode fork : metric.path("rawData")) {
        Map<Double, Long> counts = new TreeMap<>();
        for (JsonNode value : fork) {
          counts.merge(value.asDouble(), 1L, Long::sum);
        }
        fork(row, counts);
      }
    }
    return row;
  }

  /** Adds one fork's samples, value to count in ascending order. */
  private static void fork(Row row, Map<Double, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    row.samples += total;
    double median = medianOf(counts, total);
    row.forkMin = Math.min(row.forkMin, median);
    row.forkMax = Math.max(row.forkMax, median);
  }

  /** The median of a histogram sorted by value: the middle value, or the mean of the two middle values. */
  private static double medianOf(Map<Double, Long> sorted, long total) {
    long lowRank = (total - 1) / 2;
    long highRank = total / 2;
    double low = Double.NaN;
    long seen = 0;
    for (Map.Entry<Double, Long> bin : sorted.entrySet()) {
      long next = seen + bin.getValue();
      if (Double.isNaN(low) && lowRank < next) {
        low = bin.getKey();
      }
      if (highRank < next) {
        return (low + bin.getKey()) / 2;
      }
      seen = next;
    }
    return Double.NaN;
  }

  private static double nanosPer(String unit) {
    String time = unit.substring(0, unit.indexOf('/'));
    switch (time) {
      case "ns":
        return 1;
      case "us":
        return 1e3;
      case "ms":
        return 1e6;
      case "s":
        return 1e9;
      default:
        throw new IllegalArgumentException("not a time unit: " + unit);
    }
  }

  private static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f" : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }
}
