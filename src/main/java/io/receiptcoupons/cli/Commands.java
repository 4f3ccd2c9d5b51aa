package io.receiptcoupons.cli;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** Command mode: the picocli command line; exit 0 ok, 1 failed, 2 bad usage. */
@Command(
    name = "coupons",
    scope = ScopeType.INHERIT,
    synopsisHeading = "usage: ",
    commandListHeading = "%nCommands:%n",
    description = "The receipt coupon engine's commands (with no arguments the jar serves HTTP).",
    subcommands = {
      ValidateCommand.class,
      TestCommand.class,
      CompileCommand.class,
      ExplainCommand.class,
      SimulateCommand.class,
      ImportHistoryCommand.class,
      ImportMembersCommand.class,
      ConvertCompleteJourneyCommand.class,
      CompactCommand.class,
      RetentionCommand.class,
      PreviewCommand.class
    })
public class Commands implements QuarkusApplication, Callable<Integer> {

  /** Exit status of a command that ran and found failures, or could not run. */
  public static final int FAILED = 1;

  /** Exit status of a call with arguments the command does not take. */
  public static final int BAD_USAGE = 2;

  @Inject CommandLine.IFactory factory;
  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      scope = ScopeType.INHERIT,
      description = "Show this help and exit.")
  boolean help;

  // Main reads it before start-up, when the log level is set; declared here so every command takes
  // it.
  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "Also print log lines, and the stack trace of an error.")
  boolean verbose;

  @Override
  public int run(String... args) {
    PrintWriter out = new PrintWriter(System.out, true);
    int status = execute(out, args);
    out.flush(); // print() does not flush; the process may exit right after
    return status;
  }

  /** Runs one command line, printing to out; returns its exit status. */
  public int execute(PrintWriter out, String... args) {
    return new CommandLine(this, factory)
        .setOut(out)
        .setErr(out)
        .setParameterExceptionHandler(Commands::badUsage)
        .setExecutionExceptionHandler(this::failed)
        .execute(args);
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return BAD_USAGE;
  }

  private static int badUsage(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(e.getMessage());
    command.usage(command.getErr());
    return BAD_USAGE;
  }

  // An IllegalArgumentException is the user's input (a missing file, a bad line): its message
  // says what to fix. Anything else is a fault, whose stack trace --verbose shows.
  private int failed(Exception e, CommandLine command, ParseResult parsed) {
    String message = e instanceof NoSuchFileException ? "no such file: " : "";
    command.getErr().println("error: " + message + e.getMessage());
    if (verbose) {
      e.printStackTrace(command.getErr());
    }
    return FAILED;
  }
}
