package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apprenticeship.standard.data.internal.IfateRecord;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.Validated;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;
import org.apprenticeship.standard.model.internal.Outcomes;

/**
 * Imports standards from the JSON of the public <em>apprenticeship standards</em> API, which
 * Skills England (formerly the Institute for Apprenticeships and Technical Education, IfATE)
 * publishes for every version of every standard: one record at
 * {@code /api/apprenticeshipstandards/{reference}}, all of them as one array at
 * {@code /api/apprenticeshipstandards}.
 *
 * <pre>{@code
 * try (InputStream in = Files.newInputStream(Path.of("ST0001.json"))) {
 *   for (Validated<Standard> result : IfateImport.read(in)) {
 *     result.findings().forEach(System.err::println);  // WARNING IMPORT_01 $.duties[2].mappedSkills[0]: ...
 *     result.value().ifPresent(standard -> System.out.print(Standards.toJson(standard)));
 *   }
 * }
 * }</pre>
 *
 * <p>What a record becomes:
 *
 * <ul>
 *   <li>{@code referenceNumber}, {@code title}, {@code level}, {@code status}, {@code route},
 *       {@code typicalDuration} (months), {@code maxFunding} (pounds), and the date part of
 *       {@code earliestStartDate} and {@code latestStartDate}, as the standard's own fields;
 *   <li>{@code version}, or {@code versionNumber} when there is no {@code version}, as text, also
 *       where older records hold a number: the digits are kept as written, so {@code 1.10} stays
 *       {@code "1.10"};
 *   <li>{@code knowledges}, {@code skills} and {@code behaviours}, numbered by position ({@code K1}
 *       is the first of {@code knowledges}), each statement ({@code detail}) exactly as published,
 *       with its id kept as the KSB's {@linkplain org.apprenticeship.standard.model.Ksb#guid() guid};
 *   <li>{@code options} as options ({@code optionId}, {@code title});
 *   <li>{@code duties} numbered {@code D1}.. by position, core when {@code isThisACoreDuty} is 1,
 *       with the ids in {@code mappedKnowledge}, {@code mappedSkills} and {@code mappedBehaviour}
 *       resolved to KSB codes (in that order) and those in {@code mappedOptions} to options;
 *   <li>two sources: {@value #API_SOURCE} (the record, {@code CONFIRMED}: it is the
 *       publisher's own data) and {@value #NUMBERING_SOURCE} (the codes,
 *       {@code ASSUMED}: the record has none), and citations that tie every fact to them.
 * </ul>
 *
 * <p>Every other field of the record is ignored. The API carries no end-point assessment plan,
 * occupation or gateway criteria, so the standard has none; attach them with
 * {@code withAssessmentPlan} and the other {@code with*} methods.
 *
 * <p>Each record is checked in full and every finding reported at once, with paths into the input
 * document ({@code $.knowledges[0].knowledgeId} for a document of one record,
 * {@code $[3].knowledges[0].knowledgeId} for the fourth record of an array). The checks run in
 * steps, each only when those before it found no error, since it relies on them: first the
 * structure of the fields read (missing fields {@code JSON_04}, wrong types {@code JSON_05}, values
 * off a list {@code JSON_06}, empty ids {@code FIELD_01}); then dates ({@code JSON_07}), versions
 * ({@code IMPORT_03}, a warning) and ids (duplicates {@code IMPORT_02}; a duty mapping an id the
 * record lacks {@code IMPORT_01}, a warning: that mapping is left out); then the resulting standard
 * as {@link Standards#validate(Standard)} checks it (the model's constraints and the citations).
 * Bad data never throws and never yields a half-built standard.
 *
 * <p>Reading uses the library's hardened parser (limits on size, depth and lengths, duplicate
 * fields refused). This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class IfateImport {
  /** The id of the source that the import cites for every fact of the record. */
  public static final String API_SOURCE = "IFATE-API";
  /** The id of the source that the import cites for the KSB and duty codes, which it numbers by position. */
  public static final String NUMBERING_SOURCE = "NUMBERING";

  private IfateImport() {}

  /**
   * Imports the records of a document: one record (a JSON object), or many (a JSON array of
   * records). The stream is read to its end and not closed.
   *
   * @param in the JSON document, in UTF-8; not null
   * @return one result per record, in document order; for a document that cannot be read at all
   *     (not well-formed JSON, over a reading limit, neither an object nor an array), exactly one
   *     result, invalid, that says why; an empty array gives an empty list; not null
   * @throws NullPointerException if {@code in} is null
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static List<Validated<Standard>> read(InputStream in) {
    return read(JsonSupport.parse(Objects.requireNonNull(in, "in")));
  }

  /**
   * Imports the records of a document held in a string; see {@link #read(InputStream)}.
   *
   * @param json the JSON document; not null
   * @return one result per record, in document order; not null
   * @throws NullPointerException if {@code json} is null
   */
  public static List<Validated<Standard>> read(String json) {
    return read(JsonSupport.parse(Objects.requireNonNull(json, "json")));
  }

  private static List<Validated<Standard>> read(Validated<JsonNode> parsed) {
    if (!parsed.isValid()) {
      return List.of(Outcomes.invalid(parsed.findings()));
    }
    JsonNode document = parsed.value().orElseThrow();
    if (document.isObject()) {
      return List.of(record(document, JsonPaths.ROOT));
    }
    if (!document.isArray()) {
      String type = document.getNodeType().name().toLowerCase(Locale.ROOT);
      return List.of(Outcomes.invalid(List.of(Finding.of(FindingCode.JSON_05, JsonPaths.ROOT,
          "must be an object (one record of the API) or an array of records; this document is " + (document.isNull() ? type : "a " + type)))));
    }
    List<Validated<Standard>> results = new ArrayList<>();
    for (int i = 0; i < document.size(); i++) {
      results.add(record(document.get(i), JsonPaths.index(JsonPaths.ROOT, i)));
    }
    return List.copyOf(results);
  }

  private static Validated<Standard> record(JsonNode record, String path) {
    IfateRecord mapped = IfateRecord.map(record, path);
    if (mapped.standard().isEmpty()) {
      return Outcomes.invalid(mapped.findings());
    }
    Standard standard = mapped.standard().get();
    FindingCollector findings = new FindingCollector();
    findings.addAll(mapped.findings());
    Standards.validate(standard).findings().forEach(f -> findings.add(mapped.inRecord(f)));
    return Outcomes.of(standard, findings.toList());
  }
}
