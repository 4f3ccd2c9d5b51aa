package io.receiptcoupons.partner;

import io.receiptcoupons.system.audit.AuditLog;
import io.receiptcoupons.system.audit.AuditRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The one place every partner-list deletion passes through once its data is gone, for the audit
 * log: only the job, its size and why are recorded, never a member.
 */
@ApplicationScoped
public class PartnerDeletions {

  private static final Logger LOG = Logger.getLogger(PartnerDeletions.class);

  private final AuditLog audit;

  PartnerDeletions(AuditLog audit) {
    this.audit = audit;
  }

  /** Why a job's data was deleted. */
  public enum Reason {
    /** The agreed end date passed. */
    JOB_ENDED,
    /** DELETE /v1/partners/{partner}/jobs/{job}. */
    REQUESTED,
    /** A new list for the same job replaced it. */
    REPLACED
  }

  void deleted(PartnerJob job, Reason reason) {
    String why = reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    LOG.infof("Partner list %s deleted (%d members, %s)", job.key(), job.members(), why);
    audit.record(
        AuditLog.PARTNER_DELETE,
        job.key(),
        AuditRecord.Outcome.SUCCESS,
        job.members() + " members, " + why);
  }
}
