package io.receiptcoupons.cli;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Command mode: runs the {@link CliCommand} named by the first argument. */
public class Commands implements QuarkusApplication {

  @Inject @Any Instance<CliCommand> commands;
  private final PrintStream out = System.out;

  @Override
  public int run(String... args) throws Exception {
    CliCommand command =
        commands.stream().filter(c -> c.name().equals(args[0])).findFirst().orElse(null);
    if (command == null) {
      out.println(usage());
      return 2;
    }
    try {
      return command.run(List.of(Arrays.copyOfRange(args, 1, args.length)), out);
    } catch (UsageException e) {
      out.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException e) {
      out.println("error: " + e.getMessage());
      return 1;
    }
  }

  private String usage() {
    StringBuilder text = new StringBuilder("usage: java -jar quarkus-run.jar COMMAND\n");
    commands.stream()
        .sorted(Comparator.comparing(CliCommand::name))
        .forEach(c -> text.append("  ").append(c.usage()).append('\n'));
    return text.toString().stripTrailing();
  }
}
