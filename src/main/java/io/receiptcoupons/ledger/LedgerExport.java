package io.receiptcoupons.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.system.Csv;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/** Writes the ledger as JSON Lines or CSV, for analysis outside the engine. */
@ApplicationScoped
public class LedgerExport {

  static final String CSV_HEADER =
      "seq,kind,at,campaign_id,member,store_id,transaction_id,code,detail,day,ruleset_version";
  private static final Object SKIP = new Object();
  private final Ledger ledger;
  private final ObjectMapper json;

  LedgerExport(Ledger ledger, ObjectMapper json) {
    this.ledger = ledger;
    this.json = json;
  }

  /** Every event after {@code afterSeq}; {@code csv} picks CSV over JSON Lines. */
  public void write(long afterSeq, boolean csv, OutputStream out) throws IOException {
    write(afterSeq, csv, true, out);
  }

  /** As above; without {@code members}, the member column is left out (campaign managers). */
  public void write(long afterSeq, boolean csv, boolean members, OutputStream out)
      throws IOException {
    Writer w =
        new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
    if (csv) {
      w.write((members ? CSV_HEADER : CSV_HEADER.replace(",member,", ",")) + "\n");
    }
    try {
      ledger.replay(afterSeq, e -> line(w, e, csv, members));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
  }

  private void line(Writer w, LedgerEvent e, boolean csv, boolean members) {
    try {
      if (csv) {
        w.write(csv(e, members));
      } else {
        w.write(members ? json.writeValueAsString(e) : withoutMember(e));
      }
      w.write('\n');
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  private String withoutMember(LedgerEvent e) throws IOException {
    var tree = json.<com.fasterxml.jackson.databind.node.ObjectNode>valueToTree(e);
    tree.remove("member");
    return json.writeValueAsString(tree);
  }

  private static String csv(LedgerEvent e, boolean members) {
    return Csv.line(values(e, members));
  }

  // Stream.of, not List.of: a value may be null (no campaign, no code), which Csv writes empty.
  private static Object[] values(LedgerEvent e, boolean members) {
    return Stream.of(
            e.seq(),
            json(e.kind()),
            e.at(),
            e.campaignId(),
            members ? e.member() : SKIP,
            e.storeId(),
            e.transactionId(),
            e.code(),
            e.detail(),
            e.day(),
            e.rulesetVersion())
        .filter(v -> v != SKIP)
        .toArray();
  }

  private static String json(LedgerEvent.Kind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
