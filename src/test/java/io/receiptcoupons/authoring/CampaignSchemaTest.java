package io.receiptcoupons.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.receiptcoupons.campaign.CampaignLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The published schemas equal what the model generates, and a real validator accepts every sample
 * with them and rejects broken files. Regenerate with {@code -Dschema.write=true}.
 */
class CampaignSchemaTest {

  private static final YAMLMapper YAML = new YAMLMapper();

  @Test
  void theCommittedSchemasAreTheGeneratedOnes() throws Exception {
    check(CampaignSchemas.CAMPAIGN, CampaignSchemas.text(CampaignSchemas.campaign()));
    check(CampaignSchemas.SCENARIOS, CampaignSchemas.text(CampaignSchemas.scenarios()));
  }

  private static void check(Path file, String generated) throws Exception {
    if (Boolean.getBoolean("schema.write")) {
      Files.writeString(file, generated);
    }
    assertThat(Files.readString(file))
        .as(file + " is stale: run the test with -Dschema.write=true and commit it")
        .isEqualTo(generated);
  }

  @Test
  void everySampleCampaignPassesTheSchemaAndReferencesIt() throws Exception {
    List<Path> samples = CampaignLoader.campaignFiles(Path.of("campaigns"));
    assertThat(samples).hasSizeGreaterThanOrEqualTo(7);
    for (Path sample : samples) {
      assertThat(errors(CampaignSchemas.CAMPAIGN, Files.readString(sample)))
          .as("" + sample)
          .isEmpty();
      assertThat(Files.readAllLines(sample).get(0))
          .isEqualTo("# yaml-language-server: $schema=../docs/schema/campaign.schema.json");
    }
  }

  @Test
  void everyScenarioFilePassesTheScenarioSchema() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("campaigns"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".test.yaml")).toList()) {
        assertThat(errors(CampaignSchemas.SCENARIOS, Files.readString(f))).as("" + f).isEmpty();
      }
    }
  }

  @Test
  void aBrokenCampaignFailsTheSchemaNamingTheField() throws Exception {
    String tea = Files.readString(Path.of("campaigns/tea-lover.yaml"));
    assertThat(messages(tea.replace("metric: times", "metric: tims")))
        .anyMatch(m -> m.contains("metric") && m.contains("enum"));
    assertThat(messages(tea.replace("    days: 90", "    days: 90\n    dayz: 3")))
        .anyMatch(m -> m.contains("dayz"));
    assertThat(messages(tea.replace("id: tea-lover", "id: Tea Lover")))
        .anyMatch(m -> m.contains("id"));
    assertThat(messages(tea.replace("sponsor: Acme Tea Co.\n", "")))
        .anyMatch(m -> m.contains("sponsor"));
    assertThat(messages(tea.replace("title: 20% off a new tea", "title: " + "x".repeat(49))))
        .anyMatch(m -> m.contains("title"));
  }

  @Test
  void aConditionWithTwoPredicatesFailsTheSchema() throws Exception {
    String tea = Files.readString(Path.of("campaigns/tea-lover.yaml"));
    String two = tea.replace("conditions:\n", "conditions:\n  member: { gender: female }\n");
    assertThat(messages(two)).anyMatch(m -> m.contains("conditions"));
  }

  private static Set<ValidationMessage> messagesOf(Path schema, String yaml) throws Exception {
    JsonSchema s =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
            .getSchema(YAML.readTree(Files.readString(schema)));
    JsonNode doc = YAML.readTree(yaml);
    return s.validate(doc);
  }

  private static List<String> errors(Path schema, String yaml) throws Exception {
    return messagesOf(schema, yaml).stream().map(ValidationMessage::getMessage).toList();
  }

  private static List<String> messages(String campaignYaml) throws Exception {
    return errors(CampaignSchemas.CAMPAIGN, campaignYaml);
  }
}
