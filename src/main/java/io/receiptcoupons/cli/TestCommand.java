package io.receiptcoupons.cli;

import io.receiptcoupons.authoring.scenario.ScenarioRunner;
import io.receiptcoupons.campaign.CampaignConfig;
import io.receiptcoupons.campaign.CampaignFileException;
import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code test [DIR]}: runs the scenario files beside the campaigns; exit 1 on any failure. */
@Command(
    name = "test",
    description =
        "Run the scenario files (ID.test.yaml) beside the campaigns; exit 1 on any failure.")
public class TestCommand implements Callable<Integer> {

  @Inject ScenarioRunner runner;
  @Inject CampaignConfig config;
  @Spec CommandSpec spec;

  @Parameters(
      arity = "0..1",
      paramLabel = "DIR",
      description = "Campaigns folder (default: campaigns).")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScenarioRunner.Run run;
    try {
      run = runner.run(dir == null ? Path.of(config.dir()) : dir);
    } catch (CampaignFileException e) {
      e.errors().forEach(out::println);
      out.println("no scenario ran: the campaigns have errors (validate lists them all)");
      return Commands.FAILED;
    }
    return report(run, out);
  }

  private static int report(ScenarioRunner.Run run, PrintWriter out) {
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
    return failed == 0 && run.errors().isEmpty() ? 0 : Commands.FAILED;
  }
}
