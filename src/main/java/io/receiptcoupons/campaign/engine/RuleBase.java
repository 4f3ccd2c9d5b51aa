package io.receiptcoupons.campaign.engine;

import java.util.BitSet;
import java.util.List;

/** A compiled set of campaign rules, ready to evaluate facts. */
public interface RuleBase extends AutoCloseable {

  /** Indexes of the campaigns whose rules match these facts. */
  BitSet evaluate(List<Object> facts);

  @Override
  void close();
}
