package org.apprenticeship.standard.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apprenticeship.standard.model.FundingRuleSet;
import org.apprenticeship.standard.model.LearnerRecord;
import org.apprenticeship.standard.model.Standard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped JSON Schemas are generated from the model (see {@link SchemaGeneration}): this test
 * fails when a shipped file differs from the schema generated now, so that a constraint changed in
 * the model cannot leave the schemas behind. The generated file is written to {@code
 * target/generated-schemas}; to ship it, run this test with {@code -Dschemas.update=true}:
 *
 * <pre>./mvnw -pl standard-model,standard-data test -Dtest=GeneratedSchemasTest -Dsurefire.failIfNoSpecifiedTests=false -Dschemas.update=true</pre>
 */
class GeneratedSchemasTest {
  private static final Path SHIPPED = Path.of("src/main/resources/org/apprenticeship/standard/data");
  private static final Path GENERATED = Path.of("target/generated-schemas");

  static Stream<Arguments> formats() {
    return Stream.of(
        Arguments.of("standard.schema.json", SchemaGeneration.schema(Standard.class,
            "urn:org.apprenticeship.standard:schema:standard:0.1", "Apprenticeship standard",
            "One version of a UK apprenticeship occupational standard, in the format of the org.apprenticeship.standard library.")),
        Arguments.of("learner-record.schema.json", SchemaGeneration.schema(LearnerRecord.class,
            "urn:org.apprenticeship.standard:schema:learner-record:0.1", "Learner record",
            "What is known about one apprentice on one standard: the input of the rules of the org.apprenticeship.standard library.")),
        Arguments.of("funding-rules.schema.json", SchemaGeneration.schema(FundingRuleSet.class,
            "urn:org.apprenticeship.standard:schema:funding-rules:0.1", "Funding rules",
            "A versioned, sourced set of apprenticeship funding rules, each with the dates it applies on: the input of the rules of the"
                + " org.apprenticeship.standard library beside the standard.")),
        Arguments.of("ifate-record.schema.json", SchemaGeneration.schema(org.apprenticeship.standard.data.internal.ApiRecordCheck.recordType(),
            "urn:org.apprenticeship.standard:schema:ifate-record:0.1", "Record of the public apprenticeship standards API, as the library imports it",
            "One version of one standard as the public apprenticeship standards API publishes it (Skills England, formerly the Institute"
                + " for Apprenticeships and Technical Education). Only the fields the library reads are described; every other field is"
                + " allowed and ignored. No schema is published for the API: the field names are those the Department for Education's own"
                + " importer reads.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void theShippedSchema_isTheOneGeneratedFromTheModel(String file, String generated) throws IOException {
    Files.createDirectories(GENERATED);
    Files.writeString(GENERATED.resolve(file), generated, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("schemas.update")) {
      Files.writeString(SHIPPED.resolve(file), generated, StandardCharsets.UTF_8);
    }
    String shipped = Files.readString(SHIPPED.resolve(file), StandardCharsets.UTF_8);
    assertEquals(generated, shipped, file + " differs from the schema generated from the model (written to " + GENERATED.resolve(file)
        + "); ship it with -Dschemas.update=true, see GeneratedSchemasTest");
  }
}
