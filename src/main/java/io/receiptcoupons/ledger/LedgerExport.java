package io.receiptcoupons.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.system.Csv;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes the ledger as JSON Lines or CSV, for analysis outside the engine. */
@ApplicationScoped
public class LedgerExport {

  static final String CSV_HEADER =
      "seq,kind,at,campaign_id,member,store_id,transaction_id,code,detail,day,ruleset_version";
  private final Ledger ledger;
  private final ObjectMapper json;

  LedgerExport(Ledger ledger, ObjectMapper json) {
    this.ledger = ledger;
    this.json = json;
  }

  /** Every event after {@code afterSeq}; {@code csv} picks CSV over JSON Lines. */
  public void write(long afterSeq, boolean csv, OutputStream out) throws IOException {
    Writer w =
        new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (csv) {
      w.write(CSV_HEADER + "\n");
    }
    try {
      ledger.replay(afterSeq, e -> line(w, e, csv));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  private void line(Writer w, LedgerEvent e, boolean csv) {
    try {
      w.write(csv ? csv(e) : json.writeValueAsString(e));
      w.write('\n');
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private static String csv(LedgerEvent e) {
    return Csv.line(
        e.seq(),
        json(e.kind()),
        e.at(),
        e.campaignId(),
        e.member(),
        e.storeId(),
        e.transactionId(),
        e.code(),
        e.detail(),
        e.day(),
        e.rulesetVersion());
  }

  private static String json(LedgerEvent.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
