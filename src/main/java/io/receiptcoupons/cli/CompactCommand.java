package io.receiptcoupons.cli;

import io.receiptcoupons.system.store.StoreFiles;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compact FILE}: rewrites a stopped service's store file without its free space. */
@Command(
    name = "compact",
    description = "Rewrite a store file without its free space (stop the service first).")
public class CompactCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The store file, e.g. data/coupons.mv.db.")
  Path file;

  @Override
  public Integer call() {
    long[] sizes = StoreFiles.compact(file);
    spec.commandLine()
        .getOut()
        .printf("compacted %s: %,d -> %,d bytes%n", file, sizes[0], sizes[1]);
    return 0;
  }
}
