package io.receiptcoupons.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.member.MemberHeld;
import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partner lists in the store. Each partner's entries live in a map of their own, keyed by job and
 * member pseudonym, so no read for one partner can ever return another's data.
 */
@ApplicationScoped
public class PartnerLists implements MemberHeld {

  private static final String JOBS = "partner-jobs";
  private final ObjectMapper json;

  PartnerLists(ObjectMapper json) {
    this.json = json;
  }

  /** Of the lists {@code keys}, those the member is on whose job runs on {@code day}. */
  public Set<String> of(StoreTx tx, String member, Set<String> keys, LocalDate day) {
    Set<String> on = new HashSet<>();
    for (String key : keys) {
      PartnerJob job = job(tx, key);
      if (job != null
          && job.runsOn(day)
          && list(tx, job.partner()).containsKey(entry(job.job(), member))) {
        on.add(key);
      }
    }
    return on;
  }

  /** Hints the store that this transaction will read these jobs and the member's place on them. */
  public void prefetch(StoreTx tx, String member, Set<String> keys) {
    if (keys.isEmpty()) {
      return;
    }
    tx.prefetch(JOBS, keys);
    for (String key : keys) {
      int slash = key.indexOf('/');
      if (slash > 0) {
        String partner = key.substring(0, slash);
        tx.prefetch("partner-list." + partner, List.of(entry(key.substring(slash + 1), member)));
      }
    }
  }

  PartnerJob job(StoreTx tx, String key) {
    return decode(key, tx.map(JOBS).get(key));
  }

  private PartnerJob decode(String key, byte[] bytes) {
    try {
      return bytes == null ? null : json.readValue(bytes, PartnerJob.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable partner job " + key, e);
    }
  }

  void saveJob(StoreTx tx, PartnerJob job) {
    try {
      tx.map(JOBS).put(job.key(), json.writeValueAsBytes(job));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void removeJob(StoreTx tx, PartnerJob job) {
    tx.map(JOBS).remove(job.key());
  }

  /** Every job, or one partner's jobs when {@code partner} is given. */
  List<PartnerJob> jobs(StoreTx tx, String partner) {
    Iterator<Map.Entry<String, byte[]>> it =
        partner == null
            ? tx.map(JOBS).entryIterator("", null)
            : tx.map(JOBS).entryIterator(partner + "/", partner + "0");
    List<PartnerJob> jobs = new ArrayList<>();
    it.forEachRemaining(e -> jobs.add(decode(e.getKey(), e.getValue())));
    return jobs;
  }

  /** Puts the member on the job's list; false when they were on it already. */
  boolean add(StoreTx tx, String partner, String job, String member) {
    StoreMap list = list(tx, partner);
    String entry = entry(job, member);
    if (list.containsKey(entry)) {
      return false;
    }
    list.put(entry, new byte[] {1});
    return true;
  }

  /** Removes up to {@code limit} of the job's entries; returns how many it removed. */
  int removeEntries(StoreTx tx, PartnerJob job, int limit) {
    StoreMap list = list(tx, job.partner());
    List<String> keys = new ArrayList<>(limit);
    Iterator<String> it = list.keyIterator(job.job() + "|", job.job() + "}");
    while (keys.size() < limit && it.hasNext()) {
      keys.add(it.next());
    }
    keys.forEach(list::remove);
    return keys.size();
  }

  private static StoreMap list(StoreTx tx, String partner) {
    return tx.map("partner-list." + partner);
  }

  /** Takes the member off every list, keeping each job's count true (erasure). */
  @Override
  public void erase(StoreTx tx, String member) {
    for (PartnerJob job : jobs(tx, null)) {
      if (list(tx, job.partner()).remove(entry(job.job(), member)) != null) {
        saveJob(tx, job.withMembers(job.members() - 1));
      }
    }
  }

  /** Puts the new card on every list the old card was on, keeping each job's count true. */
  @Override
  public void transfer(StoreTx tx, String from, String to) {
    for (PartnerJob job : jobs(tx, null)) {
      StoreMap list = list(tx, job.partner());
      if (list.remove(entry(job.job(), from)) == null) {
        continue;
      }
      if (list.containsKey(entry(job.job(), to))) {
        saveJob(tx, job.withMembers(job.members() - 1));
      } else {
        list.put(entry(job.job(), to), new byte[] {1});
      }
    }
  }

  private static String entry(String job, String member) {
    return job + "|" + member;
  }
}
