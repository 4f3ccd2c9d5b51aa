package io.receiptcoupons.cli;

import io.receiptcoupons.authoring.scenario.ScenarioRunner;
import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code test [DIR]}: runs the scenario files beside the campaigns; exit 1 on any failure. */
@ApplicationScoped
public class TestCommand implements CliCommand {

  private final ScenarioRunner runner;
  private final CampaignConfig config;

  TestCommand(ScenarioRunner runner, CampaignConfig config) {
    this.runner = runner;
    this.config = config;
  }

  @Override
  public String name() {
    return "test";
  }

  @Override
  public String usage() {
    return "test [DIR]              run the scenario files (ID.test.yaml) beside the campaigns";
  }

  @Override
  public int run(List<String> args, PrintStream out) {
    if (args.size() > 1 || args.stream().anyMatch(a -> a.startsWith("-"))) {
      throw new UsageException(usage());
    }
    Path dir = Path.of(args.isEmpty() ? config.dir() : args.get(0));
    ScenarioRunner.Run run;
    try {
      run = runner.run(dir);
    } catch (CampaignFileException e) {
      e.errors().forEach(out::println);
      out.println("no scenario ran: the campaigns have errors (validate lists them all)");
      return 1;
    }
    return report(run, out);
  }

  private static int report(ScenarioRunner.Run run, PrintStream out) {
    run.errors().forEach(out::println);
    run.results().forEach(out::println);
    run.untested()
        .forEach(id -> out.println("warning: campaign " + id + " has no " + id + ".test.yaml"));
    long failed = run.results().stream().filter(r -> !r.passed()).count();
    out.printf(
        "%d scenarios: %d passed, %d failed%s%n",
        run.results().size(),
        run.results().size() - failed,
        failed,
        run.errors().isEmpty() ? "" : ", " + run.errors().size() + " scenario file errors");
    return failed == 0 && run.errors().isEmpty() ? 0 : 1;
  }
}
