package io.receiptcoupons.cli;

import java.io.PrintStream;
import java.util.List;

/** One command of the jar's command mode; a CDI bean, found by {@link #name()}. */
public interface CliCommand {

  /** The first argument that selects this command, e.g. {@code validate}. */
  String name();

  /** One line: the command's arguments, e.g. {@code validate [DIR]}. */
  String usage();

  /**
   * Runs the command; returns the process exit status (0 ok, 1 failed). A {@link UsageException} is
   * printed with the usage and exits 2; any other IllegalArgumentException is printed as {@code
   * error: <message>} and exits 1.
   */
  int run(List<String> args, PrintStream out) throws Exception;
}
