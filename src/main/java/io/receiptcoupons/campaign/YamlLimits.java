package io.receiptcoupons.campaign;

import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;

/** How big a campaign directory may get before it is refused as hostile rather than read. */
public record YamlLimits(long maxFileBytes, int maxDepth, int maxCampaigns) {

  public static final YamlLimits DEFAULT = new YamlLimits(256 * 1024, 32, 20_000);

  public static YamlLimits of(CampaignConfig config) {
    return new YamlLimits(config.maxFileBytes(), config.maxDepth(), config.maxCampaigns());
  }

  /** SnakeYAML's own guards, so that the parser itself stops at the limits too. */
  LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(0);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(maxDepth);
    options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxFileBytes));
    return options;
  }

  YAMLFactory factory() {
    return YAMLFactory.builder().loaderOptions(loaderOptions()).build();
  }
}
