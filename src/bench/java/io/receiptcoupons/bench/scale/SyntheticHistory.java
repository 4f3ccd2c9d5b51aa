package io.receiptcoupons.bench.scale;

import io.receiptcoupons.bench.http.Args;
import io.receiptcoupons.bench.http.Service;
import io.receiptcoupons.bench.http.Synthetic;
import io.receiptcoupons.bench.http.Workload;
import java.nio.file.Files;
import java.nio.file.Path;

/** A synthetic history CSV and campaigns folder in a bench's dir, written once and then reused. */
record SyntheticHistory(Path dir, int members, Path csv, Path campaigns) {

  /**
   * The files named by {@code members}, {@code transactions}, {@code items}, {@code campaigns} and
   * {@code dir}, written now if missing.
   */
  static SyntheticHistory prepare(
      Args args, int defaultMembers, int defaultCampaigns, String defaultDir) throws Exception {
    int members = args.integer("members", defaultMembers);
    int transactions = args.integer("transactions", 3);
    int items = args.integer("items", 5);
    Path dir = Path.of(args.text("dir", defaultDir));
    Path csv = dir.resolve("history-" + members + "x" + transactions + "x" + items + ".csv");
    Path campaigns = dir.resolve("campaigns");
    if (!Files.exists(campaigns)) {
      Synthetic.writeCampaigns(campaigns, args.integer("campaigns", defaultCampaigns), 42);
    }
    if (!Files.exists(csv)) {
      Synthetic.writeMembers(csv, members, transactions, items, 43);
    }
    return new SyntheticHistory(dir, members, csv, campaigns);
  }

  /** Clears {@code store} and imports the CSV into it with the packaged jar; returns its output. */
  String importInto(Path store) throws Exception {
    Workload.clear(store);
    return Service.command(
        store.resolve("coupons.mv.db"),
        campaigns,
        dir.resolve("import.log"),
        "import-history",
        csv.toString());
  }
}
