package io.receiptcoupons.partner;

import io.receiptcoupons.member.MemberPseudonyms;
import io.receiptcoupons.system.BadInputException;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.store.Store;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Loads, lists and deletes partner lists; a job's data is deleted once the job has ended. */
@ApplicationScoped
public class PartnerService {

  // Deletes run in short transactions, so erasing a big list never holds one long transaction.
  private static final int DELETE_PAGE = 1_000;
  private final Store store;
  private final PartnerLists lists;
  private final MemberPseudonyms pseudonyms;
  private final ProgrammeConfig programme;
  private final PartnerConfig config;
  private final PartnerDeletions deletions;
  private final AuditLog audit;
  private final Clock clock = Clock.systemUTC();

  PartnerService(
      Store store,
      PartnerLists lists,
      MemberPseudonyms pseudonyms,
      ProgrammeConfig programme,
      PartnerConfig config,
      PartnerDeletions deletions,
      AuditLog audit) {
    this.store = store;
    this.lists = lists;
    this.pseudonyms = pseudonyms;
    this.programme = programme;
    this.config = config;
    this.deletions = deletions;
    this.audit = audit;
  }

  /** Replaces the job's list with these members; only their pseudonyms are stored. */
  public PartnerJob replace(String partner, String job, PartnerListRequest request) {
    if (request.endsOn().isBefore(today())) {
      throw new BadInputException("endsOn", "the job has already ended; its data is not accepted");
    }
    long distinct = request.memberIds().stream().distinct().count();
    if (distinct < config.minimumListSize()) {
      throw new BadInputException(
          "memberIds",
          "a list of "
              + distinct
              + " members could single out individuals; at least "
              + config.minimumListSize()
              + " are required");
    }
    delete(partner, job, PartnerDeletions.Reason.REPLACED);
    return add(partner + "/" + job, request.endsOn(), request.memberIds());
  }

  /** Adds card numbers to the list {@code key} ("partner/job"), creating it if needed. */
  public PartnerJob add(String key, LocalDate endsOn, Collection<String> cardNumbers) {
    Set<String> members = new LinkedHashSet<>();
    cardNumbers.forEach(id -> members.add(pseudonyms.of(id)));
    String[] parts = key.split("/", 2);
    return store.inTransaction(
        tx -> {
          PartnerJob before = lists.job(tx, key);
          int count = before == null ? 0 : before.members();
          for (String m : members) {
            count += lists.add(tx, parts[0], parts[1], m) ? 1 : 0;
          }
          PartnerJob saved = new PartnerJob(parts[0], parts[1], endsOn, count, Instant.now(clock));
          lists.saveJob(tx, saved);
          audit.success(tx, AuditLog.PARTNER_LOAD, key, count + " members, ends " + endsOn);
          return saved;
        });
  }

  public List<PartnerJob> jobs(String partner) {
    return store.inTransaction(tx -> lists.jobs(tx, partner));
  }

  /** Deletes the job's list and record on request; false when there was no such job. */
  public boolean delete(String partner, String job) {
    return delete(partner, job, PartnerDeletions.Reason.REQUESTED);
  }

  private boolean delete(String partner, String job, PartnerDeletions.Reason reason) {
    PartnerJob found = store.inTransaction(tx -> lists.job(tx, partner + "/" + job));
    if (found == null) {
      return false;
    }
    // The job record goes first: from then on no checkout reads the list, however long erasing
    // takes.
    store.inTransaction(tx -> removeJob(tx, found));
    int removed;
    do {
      removed = store.inTransaction(tx -> lists.removeEntries(tx, found, DELETE_PAGE));
    } while (removed > 0);
    deletions.deleted(found, reason);
    return true;
  }

  /** Deletes every job whose agreed end has passed; returns the jobs deleted. */
  public List<PartnerJob> deleteEnded() {
    return deleteEndedAsOf(today());
  }

  List<PartnerJob> deleteEndedAsOf(LocalDate today) {
    List<PartnerJob> ended = jobs(null).stream().filter(j -> !j.runsOn(today)).toList();
    ended.forEach(j -> delete(j.partner(), j.job(), PartnerDeletions.Reason.JOB_ENDED));
    return ended;
  }

  private boolean removeJob(StoreTx tx, PartnerJob job) {
    lists.removeJob(tx, job);
    return true;
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(programme.timeZone()));
  }
}
