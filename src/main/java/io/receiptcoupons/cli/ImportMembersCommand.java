package io.receiptcoupons.cli;

import io.receiptcoupons.imports.MemberImport;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code import-members FILE}: member attributes, all rows valid or nothing written. */
@ApplicationScoped
public class ImportMembersCommand implements CliCommand {

  private final MemberImport members;

  ImportMembersCommand(MemberImport members) {
    this.members = members;
  }

  @Override
  public String name() {
    return "import-members";
  }

  @Override
  public String usage() {
    return "import-members FILE";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    if (args.size() != 1) {
      throw new UsageException(usage());
    }
    out.println("members written: " + members.run(Path.of(args.get(0))));
    return 0;
  }
}
