package io.receiptcoupons.cli;

/** A command was called with arguments it does not take: printed with its usage, exit status 2. */
public class UsageException extends IllegalArgumentException {

  public UsageException(String usage) {
    super("usage: " + usage);
  }

  public UsageException(String problem, String usage) {
    super(problem + "\nusage: " + usage);
  }
}
