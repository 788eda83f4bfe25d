package org.apprenticeship.standard.cli;

import static org.apprenticeship.standard.cli.ShowCommandTest.golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.model.FundingRule;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.junit.jupiter.api.Test;

class FundingCommandTest {
  @Test
  void funding_forAStartDate_printsTheRulesThatApply_eachWithItsFiguresSourcesAndStatus() throws Exception {
    CliRun run = CliRun.of("funding", "--start-date", "2024-09-02");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(golden("funding-2024-09-02.txt"), run.out);
    assertTrue(run.out.contains("  otj-6-hours-a-week [CONFIRMED] OTJ_HOURS_A_WEEK, starts from 2022-08-01 to 2025-07-31\n"), run.out);
    assertTrue(run.out.contains("    Figures: hoursPerWeek 6, hoursThreshold 30, leaveWeeksPerYear 5.6\n"), run.out);
    assertTrue(run.out.contains("    Source O3 [CONFIRMED] New OTJ calculation, DfE customer help community, https://"), run.out);
  }

  @Test
  void funding_asJson_isTheLibrarysFormat_readableBack_andWithoutADateIsTheWholeSet() throws Exception {
    CliRun all = CliRun.of("funding", "--format", "json");
    assertEquals(FundingRules.toJson(FundingRules.bundled()), all.out);
    FundingRuleSet in2026 = FundingRules.read(new ByteArrayInputStream(
        CliRun.of("funding", "--start-date", "2026-01-05", "--format", "json").out.getBytes(StandardCharsets.UTF_8)));
    List<String> ids = in2026.rules().stream().map(FundingRule::id).collect(Collectors.toList());
    assertEquals(List.of("english-maths-under-19", "minimum-duration-8-months", "early-gateway", "otj-published-minimum",
        "prior-learning-lowers-minimum",
        "otj-until-gateway", "breaks-excluded", "monthly-activity", "pass-is-final"), ids);
    assertTrue(in2026.sources().stream().noneMatch(s -> s.id().equals("O3")), "only the sources the rules cite");
  }

  @Test
  void funding_ofAMissingFile_isAnIoError() {
    CliRun run = CliRun.of("funding", "--funding-rules", "no-such-rules.json");
    assertEquals(StandardCli.USAGE_OR_IO, run.exitCode);
    assertEquals("funding: cannot read no-such-rules.json: there is no such file\n", run.err);
  }
}
