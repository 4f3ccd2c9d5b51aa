package io.receiptcoupons.campaign;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where campaign files and the rule templates live. */
@ConfigMapping(prefix = "coupons.campaigns")
public interface CampaignConfig {

  /** Directory of campaign YAML files, read at start-up. */
  @WithDefault("campaigns")
  String dir();

  /** Overrides the jar's DRL header and rule template with the files of the same name here. */
  @WithDefault("rules")
  String rulesDir();

  /** Watch the campaign and rule directories and reload on change (off for commands). */
  @WithDefault("true")
  boolean watch();

  /** Compile campaigns/ into the live ruleset at start-up (off for authoring commands). */
  @WithDefault("true")
  boolean loadAtStart();

  /** A campaign or programme file larger than this is refused unread. */
  @WithDefault("262144")
  long maxFileBytes();

  /** Mappings and lists nested deeper than this are refused; real campaigns need under ten. */
  @WithDefault("32")
  int maxDepth();

  /** More campaign files than this are refused as a whole, and the live ruleset serves on. */
  @WithDefault("1000")
  int maxCampaigns();
}
