package org.apprenticeship.standard.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SummaryTest {
  private static final String RESULTS = "["
      + "{\"benchmark\":\"a.B.warm\",\"mode\":\"sample\",\"params\":{},\"primaryMetric\":{\"score\":2.5,\"scoreError\":0.5,"
      + "\"scorePercentiles\":{\"50.0\":2.0,\"90.0\":4.0},\"scoreUnit\":\"us/op\","
      + "\"rawDataHistogram\":[[[[1.0,1],[2.0,2]]],[[[2.0,1],[4.0,1]]]]}},"
      + "{\"benchmark\":\"a.B.baselineRead\",\"mode\":\"ss\",\"params\":{},\"primaryMetric\":{\"score\":2.0,\"scoreError\":0.1,"
      + "\"scorePercentiles\":{\"50.0\":2.0,\"90.0\":2.5},\"scoreUnit\":\"us/op\",\"rawData\":[[1.5,2.5],[2.0]]}},"
      + "{\"benchmark\":\"a.B.evaluate\",\"mode\":\"ss\",\"params\":{},\"primaryMetric\":{\"score\":0.007,\"scoreError\":0.001,"
      + "\"scorePercentiles\":{\"50.0\":0.006,\"90.0\":0.009},\"scoreUnit\":\"ms/op\",\"rawData\":[[0.005],[0.006],[0.009]]}}]";

  @Test
  void table_givesMediansForkSpreadAndRatiosToTheBaselineOfTheSameMode_inOneUnit() throws Exception {
    String table = Summary.table(new ObjectMapper().readTree(RESULTS));

    String[] lines = table.split("\n");
    assertEquals(5, lines.length, table);
    assertEquals("| warm | sample | 5 | 2.00 | 4.00 | 2.50 ± 0.500 | 2.00–3.00 | us/op |  |", lines[2]);
    assertEquals("| baselineRead | ss | 3 | 2.00 | 2.50 | 2.00 ± 0.100 | 2.00–2.00 | us/op |  |", lines[3]);
    assertEquals("| evaluate | ss | 3 | 0.006 | 0.009 | 0.007 ± 0.001 | 0.005–0.009 | ms/op | 3.00× baselineRead |", lines[4]);
  }
}
