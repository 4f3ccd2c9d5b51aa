package io.receiptcoupons.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.receiptcoupons.cli.Commands;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** With no arguments, serves HTTP; with arguments, runs one command (authoring: embedded). */
@QuarkusMain
public class Main {

  private static final Set<String> AUTHORING =
      Set.of("validate", "test", "compile", "preview", "simulate", "convert-completejourney");

  public static void main(String... args) {
    if (args.length == 0) {
      Quarkus.run(args);
      return;
    }
    List<String> line = List.of(args);
    commandMode(line.contains("--verbose"));
    // Help needs no data: it must not open, nor wait for, the store a live service holds; and
    // compact rewrites the file it is given, so the command itself must not hold that file open.
    if (AUTHORING.contains(args[0])
        || "compact".equals(args[0])
        || line.contains("--help")
        || line.contains("-h")) {
      authoring();
    }
    Quarkus.run(Commands.class, args);
  }

  private static void commandMode(boolean verbose) {
    // A command shares the store file, not the port: it must not collide with a running server.
    System.setProperty("quarkus.http.host-enabled", "false");
    System.setProperty("coupons.campaigns.watch", "false");
    // A command's output is what it prints, in plain text; log lines would bury it.
    System.setProperty("quarkus.banner.enabled", "false");
    System.setProperty("quarkus.log.console.json.enabled", "false");
    System.setProperty("%prod.quarkus.log.console.json.enabled", "false");
    System.setProperty("quarkus.log.console.level", verbose ? "INFO" : "ERROR");
  }

  // Authoring commands judge the files they are given, so they start with no live ruleset, and
  // work on a throwaway store, so they run beside a live service and change none of it.
  private static void authoring() {
    System.setProperty("coupons.campaigns.load-at-start", "false");
    System.setProperty("coupons.store.kind", "embedded");
    System.setProperty("coupons.store.path", throwawayStore());
    // Nothing they do outlives them, so they need no production secrets.
    System.setProperty("coupons.security.require-production-secrets", "false");
  }

  private static String throwawayStore() {
    try {
      Path dir = Files.createTempDirectory("coupons-authoring-");
      dir.toFile().deleteOnExit();
      Path file = dir.resolve("scratch.mv.db");
      file.toFile().deleteOnExit();
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
