package org.apprenticeship.standard.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apprenticeship.standard.data.FundingRules;
import org.apprenticeship.standard.data.LearnerRecords;
import org.apprenticeship.standard.data.LibraryJson;
import org.apprenticeship.standard.data.Standards;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.ModelValidator;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.rules.CohortWriter;
import org.apprenticeship.standard.rules.Evaluation;
import org.apprenticeship.standard.rules.EvaluationPolicy;
import org.apprenticeship.standard.rules.EvaluationResult;
import org.apprenticeship.standard.rules.Evaluations;
import org.apprenticeship.standard.rules.Rules;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SPEC section 8, first bar: evaluating one learner record with 60 evidence items
 * ({@link Fixtures#sixtyEvidence(Standard)}) on the bundled ST0007, as of {@link Fixtures#AS_OF}.
 *
 * <ul>
 *   <li>{@link #evaluate()}: {@code Rules.evaluate(standard, funding, record, asOf, policy)}, the figure the bar is about:
 *       the record's validation against the standard, then coverage, off-the-job, gateway, grade and timeline.
 *   <li>{@link #evaluateRead()}: the same for a record as read by {@code LearnerRecords}, whose field constraints
 *       the reader checked: the path of the command line and of {@code batch}, without Bean Validation again.
 *   <li>{@link #baselineReadTree()}: a plain Jackson {@code readTree} of the record's JSON.
 *   <li>{@link #baselineValidateJson()}: {@code LearnerRecords.validate(json)}: the library's one pass that parses, binds
 *       and checks every field constraint, the read of the command line.
 *   <li>{@link #baselineNetworkntValidate()}: networknt validating the same JSON text against the shipped
 *       {@code learner-record.schema.json} (draft 2020-12, format assertions on), what a test suite would otherwise
 *       use; it checks the same field constraints but binds nothing.
 *   <li>{@link #baselineJacksonBind()}: plain Jackson data binding of the JSON to a {@code LearnerRecord}
 *       ({@code LibraryJson.newMapper().readValue}), which checks no constraint.
 *   <li>The parts of {@code evaluate}: {@link #partRulesValidate()} is the validation it starts with, and
 *       {@link #partModelValidator()} the Bean Validation share of that; {@link #partWriteResultLine()} is not part
 *       of {@code evaluate} but of each line of {@code batch}.
 * </ul>
 *
 * <p>Sample time, so that JMH reports the median (p0.50) beside the mean.
 *
 * @since 0.1.0
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(5)
@State(Scope.Benchmark)
public class EvaluateBenchmark {
  private ObjectMapper plainJackson = new ObjectMapper();
  private ObjectMapper binding = LibraryJson.newMapper();
  private Schema shippedSchema;
  private EvaluationPolicy policy = EvaluationPolicy.defaults();
  private LocalDate asOf = Fixtures.AS_OF;
  private Standard standard;
  private FundingRuleSet funding;
  private LearnerRecord record;
  private String json;
  private Validated<Evaluation> evaluation;
  private Validated<LearnerRecord> read;
  private EvaluationResult result;
  private CohortWriter lines;

  /**
   * Builds the record and its JSON, and checks that the record is valid, so that every benchmark
   * measures the full path rather than an early exit on an error.
   */
  @Setup
  public void setUp() {
    standard = Standards.bundled().get("ST0007");
    funding = FundingRules.bundled();
    record = Fixtures.sixtyEvidence(standard);
    json = Fixtures.json(record);
    evaluation = Rules.evaluate(standard, funding, record, asOf, policy);
    read = LearnerRecords.validate(json);
    result = Rules.evaluate(LearnerRecords.readInput(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))), Standards.bundled(),
        funding, asOf, policy);
    lines = Evaluations.cohortWriter(OutputStream.nullOutputStream());
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    shippedSchema = registry.getSchema(SchemaLocation.of("https://example.org/learner-record.schema.json"), LearnerRecords.schema(),
        InputFormat.JSON);
    List<com.networknt.schema.Error> schemaErrors = shippedSchema.validate(json, InputFormat.JSON);
    if (!schemaErrors.isEmpty()) {
      throw new IllegalStateException("the shipped schema must accept the fixture: " + schemaErrors);
    }
    if (!evaluation.isValid() || !result.evaluation().isValid() || !LearnerRecords.validate(json).isValid() || record.evidence().size() != Fixtures.EVIDENCE_ITEMS) {
      throw new IllegalStateException("the fixture must be a valid record with " + Fixtures.EVIDENCE_ITEMS + " evidence items: "
          + evaluation.findings());
    }
  }

  /**
   * The bar: one evaluation of the record.
   *
   * @return the evaluation; not null
   */
  @Benchmark
  public Validated<Evaluation> evaluate() {
    return Rules.evaluate(standard, funding, record, asOf, policy);
  }

  /**
   * The bar, for a record as read: the cross-field rules, then coverage, off-the-job, gateway, grade
   * and timeline, on the standard the bundled registry finds for the record.
   *
   * @return the evaluation; not null
   */
  @Benchmark
  public Validated<Evaluation> evaluateRead() {
    return Rules.evaluate(read, Standards.bundled(), funding, asOf, policy);
  }

  /**
   * Baseline: parsing the record's JSON into a tree with a plain Jackson mapper.
   *
   * @return the tree; not null
   * @throws JsonProcessingException never, the JSON being well formed
   */
  @Benchmark
  public JsonNode baselineReadTree() throws JsonProcessingException {
    return plainJackson.readTree(json);
  }

  /**
   * Baseline: reading the record from its JSON with full validation (parse, schema, bind, constraints).
   *
   * @return the record and findings; not null
   */
  @Benchmark
  public Validated<LearnerRecord> baselineValidateJson() {
    return LearnerRecords.validate(json);
  }

  /**
   * Baseline: networknt validating the record's JSON text against the shipped learner record schema
   * (parse and validate; nothing bound).
   *
   * @return the errors, empty; not null
   */
  @Benchmark
  public List<com.networknt.schema.Error> baselineNetworkntValidate() {
    return shippedSchema.validate(json, InputFormat.JSON);
  }

  /**
   * Baseline: plain Jackson data binding of the record's JSON to the model, no constraint checked.
   *
   * @return the record; not null
   * @throws JsonProcessingException never, the JSON being a valid record
   */
  @Benchmark
  public LearnerRecord baselineJacksonBind() throws JsonProcessingException {
    return binding.readValue(json, LearnerRecord.class);
  }

  /**
   * Part of {@link #evaluate()}: the record checked against the standard (field constraints and cross-field rules).
   *
   * @return the findings; not null
   */
  @Benchmark
  public List<Finding> partRulesValidate() {
    return Rules.validate(standard, record, asOf);
  }

  /**
   * Part of {@link #partRulesValidate()}: the record's Bean Validation constraints alone.
   *
   * @return the findings; not null
   */
  @Benchmark
  public List<Finding> partModelValidator() {
    return ModelValidator.validate(record);
  }

  /**
   * Part of a {@code batch} line, after {@link #evaluate()}: the result written as one JSON line, by
   * the cohort writer {@code batch} uses, to an output that discards it.
   *
   * @return the result written; not null
   */
  @Benchmark
  public EvaluationResult partWriteResultLine() {
    lines.write(result);
    lines.flush();
    return result;
  }
}
