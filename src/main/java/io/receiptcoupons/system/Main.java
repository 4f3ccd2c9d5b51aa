package io.receiptcoupons.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** With no arguments, serves HTTP; with arguments, runs one command against the embedded store. */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    if (args.length == 0) {
      Quarkus.run(args);
      return;
    }
    // A command shares the store file, not the port: it must not collide with a running server.
    System.setProperty("quarkus.http.host-enabled", "false");
    Quarkus.run(Commands.class, args);
  }
}
