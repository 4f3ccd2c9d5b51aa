package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.PartnerCondition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The partner lists that conditions name, so a checkout looks up only those. */
public final class PartnerKeys {

  private PartnerKeys() {}

  /** Keys ("partner/job") of every partner list the campaigns use. */
  public static Set<String> of(Collection<Campaign> campaigns) {
    Set<String> keys = new LinkedHashSet<>();
    campaigns.forEach(c -> walk(c.conditions(), p -> keys.add(p.key())));
    return Set.copyOf(keys);
  }

  /** Every partner condition in the tree, in file order. */
  public static List<PartnerCondition> in(Condition c) {
    List<PartnerCondition> found = new ArrayList<>();
    walk(c, found::add);
    return found;
  }

  private static void walk(Condition c, Consumer<PartnerCondition> sink) {
    if (c == null) {
      return;
    }
    if (c.partner() != null) {
      sink.accept(c.partner());
    }
    walk(c.not(), sink);
    if (c.all() != null) {
      c.all().forEach(child -> walk(child, sink));
    }
    if (c.any() != null) {
      c.any().forEach(child -> walk(child, sink));
    }
  }
}
