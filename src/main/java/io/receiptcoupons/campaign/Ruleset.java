package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.engine.FactBuilder;
import io.receiptcoupons.campaign.engine.RuleBase;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.LifestyleScores;
import io.receiptcoupons.campaign.model.StoreGroups;
import io.receiptcoupons.product.ProductIndex;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** An immutable compiled ruleset: its campaigns, their product index, and the rule base. */
public final class Ruleset implements AutoCloseable {

  private final String version;
  private final Instant loadedAt;
  private final List<Campaign> campaigns;
  private final ProductIndex products;
  private final FactBuilder facts;
  private final RuleBase rules;
  private final String drl;
  private final LifestyleScores lifestyleScores;
  private final StoreGroups storeGroups;
  private final Set<String> partnerLists;
  private final AtomicInteger leases = new AtomicInteger();
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile boolean retired;

  Ruleset(
      String version,
      Instant loadedAt,
      List<Campaign> campaigns,
      ProductIndex products,
      FactBuilder facts,
      RuleBase rules,
      String drl,
      LifestyleScores lifestyleScores,
      StoreGroups storeGroups) {
    this.version = version;
    this.loadedAt = loadedAt;
    this.campaigns = campaigns;
    this.products = products;
    this.facts = facts;
    this.rules = rules;
    this.drl = drl;
    this.lifestyleScores = lifestyleScores;
    this.storeGroups = storeGroups;
    this.partnerLists = PartnerKeys.of(campaigns);
  }

  /** The campaigns whose conditions hold, in file order; schedules and budgets come later. */
  public List<Campaign> eligible(Evaluation e) {
    BitSet matched =
        rules.evaluate(
            facts.facts(
                e.history(),
                e.basket(),
                e.profile(),
                e.storeId(),
                e.localDate(),
                e.partnerLists()));
    return matched.stream().mapToObj(campaigns::get).toList();
  }

  /** Keys ("partner/job") of the partner lists some campaign uses; the only ones worth reading. */
  public Set<String> partnerLists() {
    return partnerLists;
  }

  public String version() {
    return version;
  }

  /** The hash of the files it was compiled from: equal hashes, equal rulesets. */
  public String contentHash() {
    return version.substring(0, version.indexOf('-'));
  }

  public Instant loadedAt() {
    return loadedAt;
  }

  public List<Campaign> campaigns() {
    return campaigns;
  }

  public ProductIndex products() {
    return products;
  }

  public LifestyleScores lifestyleScores() {
    return lifestyleScores;
  }

  public StoreGroups storeGroups() {
    return storeGroups;
  }

  public String drl() {
    return drl;
  }

  /** Takes a lease for one evaluation; false once retired (ask Rulesets for the new one). */
  boolean tryAcquire() {
    leases.incrementAndGet();
    if (retired) {
      release();
      return false;
    }
    return true;
  }

  /** Ends a lease; the last lease on a retired ruleset frees its rule base. */
  public void release() {
    if (leases.decrementAndGet() == 0 && retired) {
      close();
    }
  }

  /** No new leases; the rule base is freed when the in-flight evaluations finish. */
  void retire() {
    retired = true;
    if (leases.get() == 0) {
      close();
    }
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      rules.close();
    }
  }
}
