package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apprenticeship.standard.data.IfateImport;
import org.apprenticeship.standard.model.Citation;
import org.apprenticeship.standard.model.Duty;
import org.apprenticeship.standard.model.Finding;
import org.apprenticeship.standard.model.FindingCode;
import org.apprenticeship.standard.model.Ksb;
import org.apprenticeship.standard.model.KsbType;
import org.apprenticeship.standard.model.Source;
import org.apprenticeship.standard.model.SourceStatus;
import org.apprenticeship.standard.model.Standard;
import org.apprenticeship.standard.model.StandardOption;
import org.apprenticeship.standard.model.internal.FindingCollector;
import org.apprenticeship.standard.model.internal.JsonPaths;

/**
 * Maps one record of the public apprenticeship standards API to a {@link Standard}: the record's
 * structure is checked against its description ({@link ApiRecord}, from which {@code
 * ifate-record.schema.json} is generated), then KSBs are numbered by position,
 * duties' GUIDs resolved, and the standard's sources and citations added. Keeps, for every fact it
 * maps, the path of the fact in the record, so that findings about the standard can point into the
 * record.
 */
public final class IfateRecord {
  private static final String API_SOURCE = IfateImport.API_SOURCE;
  private static final String NUMBERING_SOURCE = IfateImport.NUMBERING_SOURCE;

  /** A date, or a date and time with an optional offset, as the API writes them. */
  private static final Pattern DATE_TIME =
      Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}([.][0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?");
  /** The top-level parts of a standard that the API does not carry, or that are not facts. */
  private static final List<String> NOT_FROM_THE_API = List.of("gatewayCriteria", "sources", "citations");
  /** The most digits in one part of a version, as the standard format allows them. */
  private static final int MAX_VERSION_DIGITS = 9;

  private final JsonNode record;
  private final String base;
  private final FindingCollector findings = new FindingCollector();
  /** From paths in the standard to paths in the record. */
  private final Map<String, String> paths = new HashMap<>();
  private Standard standard;

  private IfateRecord(JsonNode record, String base) {
    this.record = record;
    this.base = base;
  }

  /**
   * Maps a record.
   *
   * @param record the record, as parsed
   * @param base the path of the record in its document, such as {@code $} or {@code $[3]}
   */
  public static IfateRecord map(JsonNode record, String base) {
    IfateRecord mapped = new IfateRecord(record, base);
    mapped.findings.addAll(ApiRecordCheck.findings(record, base));
    if (mapped.findings.isEmpty()) {
      mapped.build();
    }
    return mapped;
  }

  /** The standard, when the record could be made into one (it may still break the model's constraints). */
  public Optional<Standard> standard() {
    return Optional.ofNullable(standard);
  }

  /** The findings of the mapping, with paths into the record, ordered and limited by {@link FindingCollector}. */
  public List<Finding> findings() {
    return findings.toList();
  }

  /**
   * A finding about the standard, moved to the path of the same fact in the record: the longest
   * known path that the finding's path starts with, found by looking its prefixes up (the whole
   * path, then up to each {@code .} or {@code [} from the right), never by scanning every known path.
   */
  public Finding inRecord(Finding finding) {
    String path = finding.path();
    for (int end = path.length(); end > 0; end = lastSegmentStart(path, end)) {
      String inRecord = paths.get(path.substring(0, end));
      if (inRecord != null) {
        return finding.withPath(inRecord + path.substring(end));
      }
    }
    return finding.withPath(base);
  }

  /** Where the last segment of {@code path.substring(0, end)} starts: its last {@code .} or {@code [}, or 0. */
  private static int lastSegmentStart(String path, int end) {
    for (int i = end - 1; i > 0; i--) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        return i;
      }
    }
    return 0;
  }

  private void build() {
    Standard.Builder builder = Standard.builder()
        .reference(text("referenceNumber", "reference"))
        .title(text("title", "title"))
        .level(record.get("level").asInt())
        .status(text("status", "status"))
        .route(text("route", "route"));
    paths.put("$.level", field("level"));
    builder.version(version());
    integer("typicalDuration", "typicalDurationMonths").ifPresent(builder::typicalDurationMonths);
    integer("maxFunding", "maxFundingPounds").ifPresent(builder::maxFundingPounds);
    date("earliestStartDate").ifPresent(builder::earliestStartDate);
    date("latestStartDate").ifPresent(builder::latestStartDate);

    Map<KsbType, Map<String, String>> codes = new HashMap<>();
    List<Ksb> ksbs = new ArrayList<>();
    codes.put(KsbType.KNOWLEDGE, ksbs("knowledges", "knowledgeId", KsbType.KNOWLEDGE, ksbs));
    codes.put(KsbType.SKILL, ksbs("skills", "skillId", KsbType.SKILL, ksbs));
    codes.put(KsbType.BEHAVIOUR, ksbs("behaviours", "behaviourId", KsbType.BEHAVIOUR, ksbs));
    paths.put("$.ksbs", field("knowledges"));
    builder.ksbs(ksbs);

    List<StandardOption> options = options();
    builder.options(options);
    builder.duties(duties(codes, options));

    if (!findings.hasErrors()) {
      Standard mapped = builder.build();
      standard = mapped.withSources(sources(mapped)).withCitations(citations(mapped));
    }
  }

  private String version() {
    JsonNode version = record.get("version");
    JsonNode number = record.get("versionNumber");
    boolean hasNumber = number != null && !number.isNull();
    if (version == null && !hasNumber) {
      findings.add(Finding.of(FindingCode.JSON_04, field("version"), "required field \"version\" (or \"versionNumber\") is missing"));
      return "0";
    }
    if (version != null && hasNumber && !versionText(version).equals(versionText(number))) {
      findings.add(Finding.of(FindingCode.IMPORT_03, field("versionNumber"),
          "versionNumber " + versionText(number) + " differs from version " + versionText(version) + "; version is used"));
    }
    String used = version != null ? "version" : "versionNumber";
    JsonNode value = record.get(used);
    paths.put("$.version", field(used));
    if (value.isNumber() && !isPlainVersion(value.decimalValue())) {
      findings.add(Finding.of(FindingCode.FIELD_02, field(used), "must be a version such as 1.1, in plain digits, not the number "
          + versionText(value)));
      return "0";
    }
    return versionText(value);
  }

  /**
   * A version as text: a number keeps the digits written, so 1.10 stays 1.10; a number that is no
   * version ({@link #isPlainVersion}) is written as Java writes it ({@code 1E+999999999}), never
   * expanded into its digits, which could take gigabytes.
   */
  private static String versionText(JsonNode version) {
    if (!version.isNumber()) {
      return version.asText();
    }
    BigDecimal number = version.decimalValue();
    return isPlainVersion(number) ? number.toPlainString() : number.toString();
  }

  /** True for a number that can be a version: no exponent, at most 9 digits before the point and 9 after it. */
  private static boolean isPlainVersion(BigDecimal number) {
    return number.scale() >= 0 && number.scale() <= MAX_VERSION_DIGITS && number.precision() - number.scale() <= MAX_VERSION_DIGITS;
  }

  private String text(String field, String property) {
    paths.put("$." + property, field(field));
    return record.get(field).asText();
  }

  private Optional<Integer> integer(String field, String property) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    paths.put("$." + property, field(field));
    return Optional.of(value.asInt());
  }

  /** The date part of a date, or of a date and time, in ISO 8601 form; anything else is reported. */
  private Optional<LocalDate> date(String field) {
    JsonNode value = record.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    paths.put("$." + field, field(field));
    String text = value.asText();
    try {
      if (DATE_TIME.matcher(text).matches()) {
        return Optional.of(LocalDate.parse(text.substring(0, 10)));
      }
    } catch (DateTimeParseException e) {
      // reported below, as for any other text that is not a date
    }
    findings.add(Finding.of(FindingCode.JSON_07, field(field),
        "must be a date, or a date and time, in ISO 8601 form, such as 2019-02-01T00:00:00, not \"" + text + "\""));
    return Optional.empty();
  }

  /** Numbers the statements of one list by position, and returns their codes by id. */
  private Map<String, String> ksbs(String list, String idField, KsbType type, List<Ksb> out) {
    Map<String, String> codes = new LinkedHashMap<>();
    JsonNode items = record.path(list);
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String code = String.valueOf(type.letter()) + (i + 1);
      String id = item.get(idField).asText();
      String itemPath = JsonPaths.index(field(list), i);
      String modelPath = JsonPaths.index("$.ksbs", out.size());
      paths.put(modelPath, itemPath);
      paths.put(modelPath + ".statement", JsonPaths.property(itemPath, "detail"));
      paths.put(modelPath + ".guid", JsonPaths.property(itemPath, idField));
      unique(codes, id, code, list, idField, i);
      out.add(Ksb.builder().code(code).statement(item.get("detail").asText()).guid(id).build());
    }
    return codes;
  }

  private List<StandardOption> options() {
    List<StandardOption> options = new ArrayList<>();
    JsonNode items = record.path("options");
    for (int i = 0; i < items.size(); i++) {
      String itemPath = JsonPaths.index(field("options"), i);
      paths.put("$.options[" + i + "]", itemPath);
      paths.put("$.options[" + i + "].id", JsonPaths.property(itemPath, "optionId"));
      options.add(StandardOption.of(items.get(i).get("optionId").asText(), items.get(i).get("title").asText()));
    }
    paths.put("$.options", field("options"));
    return options;
  }

  private List<Duty> duties(Map<KsbType, Map<String, String>> codes, List<StandardOption> options) {
    Map<String, String> optionIds = new HashMap<>();
    options.forEach(o -> optionIds.put(o.id(), o.id()));
    Map<String, String> dutyCodes = new HashMap<>();
    List<Duty> duties = new ArrayList<>();
    JsonNode items = record.path("duties");
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String code = "D" + (i + 1);
      String itemPath = JsonPaths.index(field("duties"), i);
      String modelPath = "$.duties[" + i + "]";
      paths.put(modelPath, itemPath);
      paths.put(modelPath + ".statement", JsonPaths.property(itemPath, "dutyDetail"));
      paths.put(modelPath + ".guid", JsonPaths.property(itemPath, "dutyID"));
      paths.put(modelPath + ".core", JsonPaths.property(itemPath, "isThisACoreDuty"));
      String id = item.get("dutyID").asText();
      unique(dutyCodes, id, code, "duties", "dutyID", i);
      List<String> ksbs = new ArrayList<>();
      resolve(item, itemPath, code, "mappedKnowledge", codes.get(KsbType.KNOWLEDGE), "knowledge", ksbs);
      resolve(item, itemPath, code, "mappedSkills", codes.get(KsbType.SKILL), "skill", ksbs);
      resolve(item, itemPath, code, "mappedBehaviour", codes.get(KsbType.BEHAVIOUR), "behaviour", ksbs);
      List<String> dutyOptions = new ArrayList<>();
      resolve(item, itemPath, code, "mappedOptions", optionIds, "option", dutyOptions);
      JsonNode core = item.get("isThisACoreDuty");
      duties.add(Duty.builder().code(code).statement(item.get("dutyDetail").asText())
          .core(core.isBoolean() ? core.asBoolean() : core.asInt() == 1)
          .ksbs(ksbs).options(dutyOptions).guid(id).build());
    }
    paths.put("$.duties", field("duties"));
    return duties;
  }

  /** Resolves the ids of one mapping list of a duty; an id the record lacks is reported and left out. */
  private void resolve(JsonNode duty, String dutyPath, String dutyCode, String list, Map<String, String> known,
      String kind, List<String> out) {
    JsonNode ids = duty.path(list);
    for (int j = 0; j < ids.size(); j++) {
      String id = ids.get(j).asText();
      String resolved = known.get(id);
      if (resolved == null) {
        findings.add(Finding.of(FindingCode.IMPORT_01, JsonPaths.index(JsonPaths.property(dutyPath, list), j),
            "duty " + dutyCode + " maps the " + kind + " " + id + ", which the record does not have; that mapping is left out"));
      } else {
        out.add(resolved);
      }
    }
  }

  private void unique(Map<String, String> seen, String id, String code, String list, String idField, int index) {
    String first = seen.putIfAbsent(id, code);
    if (first != null) {
      findings.add(Finding.of(FindingCode.IMPORT_02, JsonPaths.property(JsonPaths.index(field(list), index), idField),
          "the id " + id + " of " + list + "[" + index + "] is also the id of " + first + "; ids must be unique, since duties refer to them"));
    }
  }

  private static List<Source> sources(Standard standard) {
    String what = standard.reference() + " version " + standard.version();
    return List.of(
        Source.builder().id(API_SOURCE)
            .title("Apprenticeship standard " + what + ": its record in the public apprenticeship standards API, Skills England (formerly IfATE)")
            .status(SourceStatus.CONFIRMED)
            .note("Imported from the JSON that the publisher of the standard serves at /api/apprenticeshipstandards: "
                + "the official data, as on the standard's page. The API carries no end-point assessment plan, occupation or gateway criteria.")
            .build(),
        Source.builder().id(NUMBERING_SOURCE)
            .title("KSB and duty codes numbered by position in the API record")
            .status(SourceStatus.ASSUMED)
            .note("The API record has no codes: K1 is its first knowledge, S1 its first skill, B1 its first behaviour and "
                + "D1 its first duty. The official page numbers them in the same order; the publisher's GUIDs are kept, "
                + "since a new version can renumber.")
            .build());
  }

  /** Cites every top-level fact to the API, and the codes, which the numbering gives, to the numbering as well. */
  private static List<Citation> citations(Standard standard) {
    List<Citation> citations = new ArrayList<>();
    for (Iterator<String> fields = JsonSupport.mapper().valueToTree(standard).fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!NOT_FROM_THE_API.contains(field)) {
        citations.add(Citation.of("$." + field, API_SOURCE));
      }
    }
    if (!standard.ksbs().isEmpty()) {
      citations.add(Citation.of("$.ksbs[*].code", NUMBERING_SOURCE));
    }
    if (!standard.duties().isEmpty()) {
      citations.add(Citation.of("$.duties[*].code", NUMBERING_SOURCE));
      citations.add(Citation.of("$.duties[*].ksbs", API_SOURCE, NUMBERING_SOURCE));
    }
    return citations;
  }

  private String field(String name) {
    return JsonPaths.property(base, name);
  }
}
