package io.receiptcoupons.issuance;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Issuance.PerMember;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Per (campaign, member): the local days their live coupons were issued on, for the caps. */
@ApplicationScoped
public class MemberCaps {

  private static final String MAP = "caps";

  /** Hints the store that this transaction will read the member's caps in these campaigns. */
  public void prefetch(StoreTx tx, String member, List<Campaign> campaigns) {
    List<String> keys =
        campaigns.stream()
            .filter(c -> c.issuance().perMember() != null)
            .map(c -> c.id() + "|" + member)
            .toList();
    if (!keys.isEmpty()) {
      tx.prefetch(MAP, keys);
    }
  }

  /** True when one more coupon on {@code day} stays within the campaign's per-member caps. */
  public boolean allows(StoreTx tx, String campaignId, PerMember caps, String member, int day) {
    if (caps == null || member == null) {
      return true;
    }
    List<Integer> days = load(tx, campaignId, member);
    if (caps.max() != null && days.size() >= caps.max()) {
      return false;
    }
    int gap = caps.minDaysBetween() == null ? 0 : caps.minDaysBetween();
    return days.stream().allMatch(d -> Math.abs(day - d) >= gap);
  }

  public void record(StoreTx tx, String campaignId, PerMember caps, String member, int day) {
    if (caps != null && member != null) {
      List<Integer> days = load(tx, campaignId, member);
      days.add(day);
      save(tx, campaignId, member, days);
    }
  }

  /** Gives back one coupon issued on {@code day}, as when its checkout is voided. */
  public void release(StoreTx tx, String campaignId, String member, int day) {
    if (member != null) {
      List<Integer> days = load(tx, campaignId, member);
      if (days.remove(Integer.valueOf(day))) {
        save(tx, campaignId, member, days);
      }
    }
  }

  /** Removes the member's caps for the campaign (erasure). */
  void forget(StoreTx tx, String campaignId, String member) {
    tx.map(MAP).remove(campaignId + "|" + member);
  }

  /** Adds {@code from}'s issue days to {@code to}'s and removes {@code from}'s (card transfer). */
  void merge(StoreTx tx, String campaignId, String from, String to) {
    List<Integer> moved = load(tx, campaignId, from);
    List<Integer> days = load(tx, campaignId, to);
    if (!moved.isEmpty()) {
      days.addAll(moved);
      days.sort(null);
      save(tx, campaignId, to, days);
      forget(tx, campaignId, from);
    }
  }

  private static List<Integer> load(StoreTx tx, String campaignId, String member) {
    byte[] bytes = tx.map(MAP).get(campaignId + "|" + member);
    List<Integer> days = new ArrayList<>();
    if (bytes != null && bytes.length > 0) {
      Arrays.stream(new String(bytes, StandardCharsets.US_ASCII).split(","))
          .forEach(d -> days.add(Integer.parseInt(d)));
    }
    return days;
  }

  private static void save(StoreTx tx, String campaignId, String member, List<Integer> days) {
    String key = campaignId + "|" + member;
    if (days.isEmpty()) {
      tx.map(MAP).remove(key);
      return;
    }
    String text = String.join(",", days.stream().map(String::valueOf).toList());
    tx.map(MAP).put(key, text.getBytes(StandardCharsets.US_ASCII));
  }
}
