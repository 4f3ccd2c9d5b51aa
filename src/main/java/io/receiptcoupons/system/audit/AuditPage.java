package io.receiptcoupons.system.audit;

import java.util.List;

/** A page of the audit log, oldest first; {@code next} is the {@code after} of the next page. */
public record AuditPage(List<AuditRecord> records, Long next) {}
