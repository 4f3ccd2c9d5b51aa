package io.receiptcoupons.cli;

import io.receiptcoupons.imports.MemberImport;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code import-members FILE}: member attributes, all rows valid or nothing written. */
@Command(
    name = "import-members",
    description = "Import member attributes from a CSV: all rows valid, or nothing written.")
public class ImportMembersCommand implements Callable<Integer> {

  @Inject MemberImport members;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The members CSV.")
  Path file;

  @Override
  public Integer call() throws IOException {
    spec.commandLine().getOut().println("members written: " + members.run(file));
    return 0;
  }
}
