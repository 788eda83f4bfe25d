package org.apprenticeship.standard.data.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Optional;
import org.apprenticeship.standard.model.internal.JsonEnum;
import org.apprenticeship.standard.model.internal.JsonKinds;
import org.apprenticeship.standard.model.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * The fields of a record of the public apprenticeship standards API that the import reads, with
 * the JSON each must hold: the one description of that structure, which the import checks a record
 * against (every problem at once) and from which {@code ifate-record.schema.json} is generated.
 * Every other field of a record (a live one has about 80) is allowed and ignored, at every level.
 * The forms the import checks itself (a version in plain digits, a date or a date and time) and
 * the constraints of the standard it makes are not here.
 */
@Value.Immutable
@ValueStyle
@JsonDeserialize(as = ImmutableApiRecord.class)
@JsonIgnoreProperties(ignoreUnknown = true)
abstract class ApiRecord {
  ApiRecord() {}

  abstract String referenceNumber();

  abstract String title();

  /** A version such as 1.1; older records hold it as a number. */
  @Nullable
  @JsonKinds({"string", "number"})
  abstract JsonNode version();

  @Nullable
  @JsonKinds({"string", "number", "null"})
  abstract JsonNode versionNumber();

  abstract int level();

  abstract String status();

  abstract String route();

  abstract Optional<Integer> typicalDuration();

  abstract Optional<Integer> maxFunding();

  /** A date, or a date and time, in ISO 8601 form, such as 2019-02-01T00:00:00; the import checks the form and reads the date part. */
  abstract Optional<String> earliestStartDate();

  /** As {@link #earliestStartDate()}. */
  abstract Optional<String> latestStartDate();

  abstract Optional<List<@Valid Option>> options();

  abstract Optional<List<@Valid Knowledge>> knowledges();

  abstract Optional<List<@Valid Skill>> skills();

  abstract Optional<List<@Valid Behaviour>> behaviours();

  abstract Optional<List<@Valid Duty>> duties();

  /** Marks an attribute that a record may leave out, or give as null where its JSON types allow. */
  @interface Nullable {}

  /** An option of a record. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableOption.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Option {
    Option() {}

    /** The publisher's id of the option: a GUID, or another text in older records. */
    abstract @NotEmpty String optionId();

    abstract String title();
  }

  /** A knowledge statement of a record. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableKnowledge.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Knowledge {
    Knowledge() {}

    abstract @NotEmpty String knowledgeId();

    abstract String detail();
  }

  /** A skill statement of a record. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableSkill.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Skill {
    Skill() {}

    abstract @NotEmpty String skillId();

    abstract String detail();
  }

  /** A behaviour statement of a record. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableBehaviour.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Behaviour {
    Behaviour() {}

    abstract @NotEmpty String behaviourId();

    abstract String detail();
  }

  /** A duty of a record, with the ids of the statements and options it maps. */
  @Value.Immutable
  @ValueStyle
  @JsonDeserialize(as = ImmutableDuty.class)
  @JsonIgnoreProperties(ignoreUnknown = true)
  abstract static class Duty {
    Duty() {}

    abstract @NotEmpty String dutyID();

    abstract String dutyDetail();

    /** 1 or true for a core duty, 0 or false for one that belongs to options. */
    @JsonEnum({"0", "1", "false", "true"})
    abstract JsonNode isThisACoreDuty();

    abstract Optional<List<@NotEmpty String>> mappedKnowledge();

    abstract Optional<List<@NotEmpty String>> mappedSkills();

    abstract Optional<List<@NotEmpty String>> mappedBehaviour();

    abstract Optional<List<@NotEmpty String>> mappedOptions();
  }
}
