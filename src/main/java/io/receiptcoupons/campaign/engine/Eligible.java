package io.receiptcoupons.campaign.engine;

import java.util.BitSet;

/** Collects the indexes of the campaigns whose rules matched; the rules' only output. */
public final class Eligible {
  private final BitSet campaigns = new BitSet();

  public void add(int campaign) {
    campaigns.set(campaign);
  }

  public BitSet campaigns() {
    return campaigns;
  }
}
