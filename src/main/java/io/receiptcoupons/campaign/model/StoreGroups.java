package io.receiptcoupons.campaign.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Named groups of stores, defined once in campaigns/_store-groups.yaml. */
public record StoreGroups(
    @NotNull @Size(max = 500)
        Map<
                @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}") String,
                @NotNull @Size(min = 1, max = 5000) List<
                    @NotNull @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String>>
            groups) {

  public static final StoreGroups NONE = new StoreGroups(Map.of());

  public boolean defines(String group) {
    return groups.containsKey(group);
  }

  /** The listed ids plus every store of the listed groups, without duplicates. */
  public List<String> resolve(List<String> ids, List<String> groupNames) {
    Set<String> stores = new LinkedHashSet<>(ids == null ? List.of() : ids);
    if (groupNames != null) {
      groupNames.forEach(g -> stores.addAll(groups.getOrDefault(g, List.of())));
    }
    return List.copyOf(stores);
  }
}
