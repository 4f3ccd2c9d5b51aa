package io.receiptcoupons.cli;

import io.receiptcoupons.system.store.StoreFiles;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code compact FILE}: rewrites a stopped service's store file without its free space. */
@ApplicationScoped
public class CompactCommand implements CliCommand {

  @Override
  public String name() {
    return "compact";
  }

  @Override
  public String usage() {
    return "compact FILE   (the service must be stopped)";
  }

  @Override
  public int run(List<String> args, PrintStream out) {
    if (args.size() != 1) {
      throw new UsageException(usage());
    }
    long[] sizes = StoreFiles.compact(Path.of(args.get(0)));
    out.printf("compacted %s: %,d -> %,d bytes%n", args.get(0), sizes[0], sizes[1]);
    return 0;
  }
}
