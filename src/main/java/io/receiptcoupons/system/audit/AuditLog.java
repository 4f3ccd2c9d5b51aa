package io.receiptcoupons.system.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreMap;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The append-only audit trail in the store; no retention applies to it (docs/security.md). */
@ApplicationScoped
public class AuditLog {

  public static final String MEMBER_PROFILE = "member.profile-change";
  public static final String MEMBER_OPT_OUT = "member.opt-out";
  public static final String MEMBER_ERASE = "member.erase";
  public static final String MEMBER_TRANSFER = "member.card-transfer";
  public static final String PARTNER_LOAD = "partner.list-load";
  public static final String PARTNER_DELETE = "partner.list-delete";
  public static final String RULESET_RELOAD = "ruleset.reload";

  /** The subject of actions no credential asked for: commands, the file watcher, expiry. */
  public static final String SYSTEM = "system";

  static final String MAP = "audit";
  private static final String SEQUENCE = "audit";
  private static final int BLOCK = 64;
  private final Store store;
  private final ObjectMapper json;
  private final Clock clock = Clock.systemUTC();
  private long next;
  private long blockEnd;

  AuditLog(Store store, ObjectMapper json) {
    this.store = store;
    this.json = json;
  }

  /** Records a success inside the caller's transaction: it commits with the action, or neither. */
  public void success(StoreTx tx, String action, String target, String detail) {
    append(tx, action, target, AuditRecord.Outcome.SUCCESS, detail);
  }

  /**
   * Records an outcome in a transaction of its own, e.g. a failure after the action rolled back.
   */
  public void record(String action, String target, AuditRecord.Outcome outcome, String detail) {
    store.inTransaction(
        tx -> {
          append(tx, action, target, outcome, detail);
          return null;
        });
  }

  /** Up to {@code limit} records after sequence number {@code after}, oldest first. */
  public AuditPage page(long after, int limit) {
    return store.inTransaction(tx -> read(tx.map(MAP), after, limit));
  }

  private void append(
      StoreTx tx, String action, String target, AuditRecord.Outcome outcome, String detail) {
    AuditRecord record =
        new AuditRecord(nextSeq(tx), clock.instant(), subject(), action, target, outcome, detail);
    tx.map(MAP).put(key(record.seq()), write(record));
  }

  private AuditPage read(StoreMap map, long after, int limit) {
    List<AuditRecord> records = new ArrayList<>();
    Iterator<Map.Entry<String, byte[]>> entries =
        map.entryIterator(key(after + 1), key(Long.MAX_VALUE));
    while (entries.hasNext() && records.size() < limit) {
      records.add(read(entries.next().getValue()));
    }
    Long next = entries.hasNext() ? records.get(records.size() - 1).seq() : null;
    return new AuditPage(records, next);
  }

  // Blocks of sequence numbers keep a bulk import from paying a store round trip per record.
  private synchronized long nextSeq(StoreTx tx) {
    if (next == blockEnd) {
      next = store.nextBlock(SEQUENCE, BLOCK, () -> lastSeq(tx));
      blockEnd = next + BLOCK;
    }
    return next++;
  }

  private static long lastSeq(StoreTx tx) {
    String last = tx.map(MAP).lastKey();
    return last == null ? 0 : Long.parseLong(last);
  }

  private static String subject() {
    if (!Arc.container().requestContext().isActive()) {
      return SYSTEM;
    }
    SecurityIdentity identity = Arc.container().instance(SecurityIdentity.class).get();
    return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
  }

  private static String key(long seq) {
    return String.format("%019d", seq);
  }

  private byte[] write(AuditRecord record) {
    try {
      return json.writeValueAsBytes(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AuditRecord read(byte[] bytes) {
    try {
      return json.readValue(bytes, AuditRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable audit record", e);
    }
  }
}
