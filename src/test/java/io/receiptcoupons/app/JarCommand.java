package io.receiptcoupons.app;

import io.receiptcoupons.system.security.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar in command mode as a user would, for failsafe ITs (after package). */
public final class JarCommand {

  private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

  /** What a command printed (stdout and stderr together) and its exit status. */
  public record Result(int exitCode, String output) {}

  private JarCommand() {}

  /** Runs {@code java [-Dk=v ...] -jar quarkus-run.jar args...}, with a store under workDir. */
  public static Result run(Path workDir, List<String> systemProperties, String... args)
      throws Exception {
    return run(workDir, Path.of(""), systemProperties, args);
  }

  /** As {@link #run(Path, List, String...)}, in the working directory folder. */
  public static Result runIn(Path folder, String... args) throws Exception {
    return run(folder, folder, List.of(), args);
  }

  private static Result run(
      Path workDir, Path folder, List<String> systemProperties, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-Dcoupons.store.path=" + workDir.resolve("store/coupons.mv.db"));
    // The jar runs the prod profile: commands that use the secrets start only with real ones.
    TestKeys.jarSettings().forEach(p -> command.add("-D" + p));
    systemProperties.forEach(p -> command.add("-D" + p));
    command.add("-jar");
    command.add(JAR.toAbsolutePath().toString());
    command.addAll(List.of(args));
    Path log = Files.createTempFile(workDir, "command-", ".log");
    Process p =
        new ProcessBuilder(command)
            .directory(folder.toAbsolutePath().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("command did not finish in 120 s:\n" + Files.readString(log));
    }
    return new Result(p.exitValue(), Files.readString(log));
  }
}
