package io.receiptcoupons.partner;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The one place every partner-list deletion passes through once its data is gone, for the audit
 * log: only the job, its size and why are recorded, never a member.
 */
@ApplicationScoped
public class PartnerDeletions {

  private static final Logger LOG = Logger.getLogger(PartnerDeletions.class);

  /** Why a job's data was deleted. */
  public enum Reason {
    /** The agreed end date passed. */
    JOB_ENDED,
    /** DELETE /v1/partners/{partner}/jobs/{job}. */
    REQUESTED,
    /** A new list for the same job replaced it. */
    REPLACED
  }

  // TODO(audit, issue 13): write this to the audit log (system.audit) when it lands.
  void deleted(PartnerJob job, Reason reason) {
    LOG.infof(
        "Partner list %s deleted (%d members, %s)",
        job.key(), job.members(), reason.name().toLowerCase(java.util.Locale.ROOT));
  }
}
