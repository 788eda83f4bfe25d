package org.apprenticeship.standard.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.apprenticeship.standard.data.internal.JsonSupport;
import org.apprenticeship.standard.model.internal.Checks;
import org.apprenticeship.standard.model.internal.JsonEnum;
import org.apprenticeship.standard.model.internal.JsonKinds;
import org.apprenticeship.standard.model.internal.NotBlankWhenPresent;
import org.apprenticeship.standard.model.internal.PlausibleDate;
import org.apprenticeship.standard.model.internal.Property;
import org.apprenticeship.standard.model.internal.Shape;
import org.apprenticeship.standard.model.internal.ValueType;

/**
 * Generates the JSON Schemas (draft 2020-12) of the library's formats from the model, with the
 * victools generator: its Jakarta Validation module states the Bean Validation annotations of the
 * model, its Jackson module the JSON names of enum constants, and the model's own description of
 * each type ({@link Shape}, the one the reader binds with) says which methods are properties and
 * which properties are required. The few constraints the module does not know (a text not blank as
 * the library defines it, plausible date ranges, the ISO forms of dates and periods, the keys of a
 * map, the range of an {@code int}) are stated here from the same annotations.
 */
final class SchemaGeneration {
  /**
   * The periods of the formats, as the reader takes them: RFC 3339 date durations, years, months
   * and days ({@code P3M}) or weeks alone ({@code P2W}), as {@code "format": "duration"} says, each
   * number of at most nine digits (weeks eight), so that it fits a {@code java.time.Period}.
   */
  static final String PERIOD_PATTERN = "^P(?=[0-9])(?:[0-9]{1,8}W|([0-9]{1,9}Y)?([0-9]{1,9}M)?([0-9]{1,9}D)?)$";

  private SchemaGeneration() {}

  /**
   * The schema of a format, as the library ships it: indented by two spaces, {@code \n} line ends.
   *
   * @param root the model type of the document
   * @param id the schema's {@code $id}
   * @param title its title
   * @param description what it describes
   */
  static String schema(Class<?> root, String id, String title, String description) {
    ObjectNode generated = generator().generateSchema(root);
    ObjectNode schema = generated.objectNode();
    schema.set("$schema", generated.get("$schema"));
    schema.put("$id", id);
    schema.put("title", title);
    schema.put("description", description);
    generated.fields().forEachRemaining(field -> {
      if (!schema.has(field.getKey())) {
        schema.set(field.getKey(), field.getValue());
      }
    });
    return JsonSupport.pretty(schema);
  }

  private static SchemaGenerator generator() {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
        .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
        .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
        .with(Option.NONSTATIC_NONVOID_NONGETTER_METHODS, Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
            Option.FLATTENED_OPTIONALS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.DEFINITIONS_FOR_ALL_OBJECTS);
    // Unknown fields are refused, except in a format that is not the library's own (the public API's records).
    config.forTypesInGeneral().withAdditionalPropertiesResolver(scope -> {
      Class<?> type = scope.getType().getErasedType();
      if (!type.getPackageName().startsWith("org.apprenticeship.standard.") || type.isEnum()) {
        return null;
      }
      return Shape.of(type).ignoresUnknown() ? null : Void.class;
    });
    config.forFields().withIgnoreCheck(field -> true);
    config.forMethods()
        .withIgnoreCheck(method -> property(method) == null)
        .withPropertyNameOverrideResolver(method -> method.getDeclaredName())
        .withRequiredCheck(method -> property(method) != null && property(method).required())
        .withNullableCheck(method -> property(method) != null && property(method).type().kind() == ValueType.Kind.OPTIONAL)
        .withStringPatternResolver(SchemaGeneration::pattern)
        .withStringFormatResolver(SchemaGeneration::format)
        .withDescriptionResolver(SchemaGeneration::description)
        .withStringMinLengthResolver(SchemaGeneration::deepMinLength)
        .withNumberInclusiveMinimumResolver(member -> intBound(member, true))
        .withNumberInclusiveMaximumResolver(member -> intBound(member, false))
        .withInstanceAttributeOverride((node, method, context) -> {
          mapKeys(node, method);
          jsonValues(node, method);
        });
    config.forTypesInGeneral()
        .withDefinitionNamingStrategy(new DefaultSchemaDefinitionNamingStrategy() {
          @Override
          public String getDefinitionNameForKey(DefinitionKey key, SchemaGenerationContext context) {
            // Data of the caller's own: any JSON object.
            boolean extensions = Map.class.isAssignableFrom(key.getType().getErasedType())
                && key.getType().getTypeParameters().size() == 2
                && JsonNode.class.isAssignableFrom(key.getType().getTypeParameters().get(1).getErasedType());
            return extensions ? "extensions" : super.getDefinitionNameForKey(key, context);
          }
        });
    config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> JsonNode.class.isAssignableFrom(type.getErasedType())
        ? new CustomDefinition(context.getGeneratorConfig().createObjectNode(), CustomDefinition.DefinitionType.INLINE,
            CustomDefinition.AttributeInclusion.YES)
        : null);
    return new SchemaGenerator(config.build());
  }

  /** The model's property of a method, or null when the method is not one. */
  private static Property property(MethodScope method) {
    Method raw = method.getRawMember();
    Class<?> owner = raw.getDeclaringClass();
    if (!owner.getPackageName().startsWith("org.apprenticeship.standard.") || owner.isEnum() || raw.getParameterCount() > 0) {
      return null;
    }
    Shape shape = Shape.of(owner);
    Property property = shape.property(raw.getName());
    return property != null && shape.buildable() ? property : null;
  }

  /** A text not blank as the library defines it; a date in its plausible range; a period in the formats' form. */
  private static String pattern(MemberScope<?, ?> member) {
    Class<?> type = contentType(member);
    if (type == LocalDate.class) {
      PlausibleDate plausible = annotation(member, PlausibleDate.class);
      String year = plausible == null ? "[0-9]{4}" : Checks.yearPattern(plausible.value());
      return "^" + year + "-[0-9]{2}-[0-9]{2}$";
    }
    if (type == Period.class) {
      return PERIOD_PATTERN;
    }
    if (annotation(member, NotBlank.class) != null || annotation(member, NotBlankWhenPresent.class) != null) {
      return Checks.NOT_BLANK_PATTERN;
    }
    return null;
  }

  /** What a text with a pattern must be, in the words of its constraint's message ("a KSB code ..."). */
  private static String description(MemberScope<?, ?> member) {
    boolean text = member.isFakeContainerItemScope() || member.getContainerItemType() == null || member.getType().isInstanceOf(java.util.Optional.class);
    jakarta.validation.constraints.Pattern pattern = annotation(member, jakarta.validation.constraints.Pattern.class);
    if (!text || contentType(member) != String.class || pattern == null || !pattern.message().startsWith("must be ")) {
      return null;
    }
    return pattern.message().substring("must be ".length());
  }

  private static String format(MemberScope<?, ?> member) {
    Class<?> type = contentType(member);
    return type == LocalDate.class ? "date" : type == Period.class ? "duration" : null;
  }

  /** The range of an {@code int} where no constraint gives a bound: a JSON number beyond it cannot be read. */
  private static BigDecimal intBound(MemberScope<?, ?> member, boolean lower) {
    Class<?> type = contentType(member);
    if (type != int.class && type != Integer.class) {
      return null;
    }
    boolean bounded = lower
        ? annotation(member, Min.class) != null || annotation(member, Positive.class) != null
            || annotation(member, PositiveOrZero.class) != null || annotation(member, DecimalMin.class) != null
        : annotation(member, Max.class) != null;
    return bounded ? null : BigDecimal.valueOf(lower ? Integer.MIN_VALUE : Integer.MAX_VALUE);
  }

  /** The constraints on the keys of a map, as {@code propertyNames}. */
  private static void mapKeys(ObjectNode node, MethodScope method) {
    Property property = property(method);
    if (method.isFakeContainerItemScope() || property == null || property.type().kind() != ValueType.Kind.MAP
        || property.type().key().constraints().isEmpty()) {
      return;
    }
    for (Annotation constraint : property.type().key().constraints()) {
      if (constraint instanceof jakarta.validation.constraints.Pattern) {
        node.putObject("propertyNames")
            .put("pattern", ((jakarta.validation.constraints.Pattern) constraint).regexp());
      } else {
        throw new IllegalStateException("no schema for the key constraint " + constraint + " of " + method);
      }
    }
  }

  /**
   * A text that must not be empty two containers deep ({@code Optional<List<@NotEmpty String>>}),
   * where the Jakarta Validation module does not look: the model's own description has it.
   */
  private static Integer deepMinLength(MemberScope<?, ?> member) {
    if (!(member instanceof MethodScope) || !member.isFakeContainerItemScope() || contentType(member) != String.class) {
      return null;
    }
    Property property = property((MethodScope) member);
    if (property == null || property.type().kind() != ValueType.Kind.OPTIONAL || property.type().element().element() == null) {
      return null;
    }
    for (Annotation constraint : property.type().element().element().constraints()) {
      if (constraint instanceof jakarta.validation.constraints.NotEmpty || constraint instanceof NotBlank) {
        return 1;
      }
    }
    return null;
  }

  /** The JSON types ({@code type}) and values ({@code enum}) a value held as JSON may take. */
  private static void jsonValues(ObjectNode node, MethodScope method) {
    JsonKinds kinds = annotation(method, JsonKinds.class);
    if (kinds != null) {
      ArrayNode types = node.putArray("type");
      for (String kind : kinds.value()) {
        types.add(kind);
      }
    }
    JsonEnum values = annotation(method, JsonEnum.class);
    if (values != null) {
      ArrayNode allowed = node.putArray("enum");
      for (String value : values.value()) {
        allowed.add(JsonSupport.parse(value).orElseThrow("a value of @JsonEnum"));
      }
    }
  }

  /** The type of the member's value, or of its items for a container (as the modules see them). */
  private static Class<?> contentType(MemberScope<?, ?> member) {
    return (member.isFakeContainerItemScope() || member.getContainerItemType() == null ? member.getType() : member.getContainerItemType())
        .getErasedType();
  }

  private static <A extends Annotation> A annotation(MemberScope<?, ?> member, Class<A> type) {
    A own = member.getAnnotationConsideringFieldAndGetterIfSupported(type);
    return own != null ? own : member.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(type);
  }
}
