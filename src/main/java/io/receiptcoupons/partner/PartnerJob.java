package io.receiptcoupons.partner;

import java.time.Instant;
import java.time.LocalDate;

/** One partner's list for one agreed job: read until {@code endsOn}, deleted after it. */
public record PartnerJob(
    String partner, String job, LocalDate endsOn, int members, Instant loadedAt) {

  PartnerJob withMembers(int count) {
    return new PartnerJob(partner, job, endsOn, count, loadedAt);
  }

  /** The list's key, "partner/job", as campaigns name it. */
  public String key() {
    return partner + "/" + job;
  }

  /** True while the agreed job runs: through {@code endsOn}, a local date of the programme. */
  public boolean runsOn(LocalDate day) {
    return !day.isAfter(endsOn);
  }
}
