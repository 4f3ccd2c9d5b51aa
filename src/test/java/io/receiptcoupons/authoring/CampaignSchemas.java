package io.receiptcoupons.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.receiptcoupons.authoring.scenario.ScenarioFile;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import jakarta.validation.constraints.Min;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;

/**
 * Generates the published JSON Schemas from the records the loaders read, so that the schemas
 * cannot drift from what the engine accepts. Draft-07: the dialect that both the YAML language
 * server (VS Code) and IntelliJ support fully.
 */
public final class CampaignSchemas {

  public static final Path CAMPAIGN = Path.of("docs/schema/campaign.schema.json");
  public static final Path SCENARIOS = Path.of("docs/schema/scenarios.schema.json");

  private CampaignSchemas() {}

  public static JsonNode campaign() {
    return generate(Campaign.class, "Campaign file (campaigns/ID.yaml)", SchemaHelp.CAMPAIGN);
  }

  public static JsonNode scenarios() {
    return generate(
        ScenarioFile.class, "Campaign scenario file (campaigns/ID.test.yaml)", SchemaHelp.SCENARIO);
  }

  private static JsonNode generate(Class<?> root, String title, String help) {
    SchemaGeneratorConfigBuilder config =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
            .with(
                new JacksonModule(
                    JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE,
                    JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
            .with(
                new JakartaValidationModule(
                    JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                    JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
            .with(Option.EXTRA_OPEN_API_FORMAT_VALUES)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .with(Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES);
    // The loader reads enums case-insensitively; the schema offers the lower-case spelling.
    config
        .forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, context) -> type.getErasedType() == DayOfWeek.class ? weekdays(context) : null)
        .withTypeAttributeOverride(
            (node, scope, context) -> {
              // The loaders reject unknown fields in every record (maps stay open).
              if (scope.getType().getErasedType().isRecord()) {
                node.put("additionalProperties", false);
              }
              // Mirrors Condition.isExactlyOne: one combinator or one predicate per node.
              if (scope.getType().isInstanceOf(Condition.class)) {
                node.put("minProperties", 1).put("maxProperties", 1);
              }
            });
    config
        .forFields()
        .withDescriptionResolver(f -> f.isFakeContainerItemScope() ? null : SchemaHelp.describe(f))
        .withRequiredCheck(CampaignSchemas::requiredPrimitive);
    ObjectNode schema = new SchemaGenerator(config.build()).generateSchema(root);
    schema.put("title", title).put("description", help);
    anchorPatterns(schema);
    return schema;
  }

  private static CustomDefinition weekdays(SchemaGenerationContext context) {
    ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string");
    ArrayNode values = node.putArray("enum");
    Arrays.stream(DayOfWeek.values()).forEach(d -> values.add(d.name().toLowerCase(Locale.ROOT)));
    return new CustomDefinition(node, CustomDefinition.DefinitionType.STANDARD, null);
  }

  // A missing primitive reads as 0, which a minimum of 1 or more then rejects: it is required.
  private static boolean requiredPrimitive(FieldScope field) {
    Min min = field.getAnnotationConsideringFieldAndGetter(Min.class);
    return field.getType().getErasedType().isPrimitive() && min != null && min.value() > 0;
  }

  // Bean Validation matches a @Pattern against the whole value; a JSON Schema pattern matches
  // anywhere unless anchored.
  private static void anchorPatterns(JsonNode node) {
    if (node instanceof ObjectNode object && object.path("pattern").isTextual()) {
      object.put("pattern", "^(?:" + object.get("pattern").asText() + ")$");
    }
    node.forEach(CampaignSchemas::anchorPatterns);
  }

  /** The schema as committed: two-space indented, one trailing newline. */
  public static String text(JsonNode schema) throws Exception {
    return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
  }
}
