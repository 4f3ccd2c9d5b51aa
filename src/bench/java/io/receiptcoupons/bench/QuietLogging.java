package io.receiptcoupons.bench;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logmanager.LogContext;

/**
 * Sets the root log level to WARN in benchmark JVMs. Outside Quarkus nothing sets a level, JBoss
 * LogManager then enables TRACE, and Drools formats a TRACE line for every inserted fact.
 */
final class QuietLogging {

  private QuietLogging() {}

  static void apply() {
    Logger.getLogger("").setLevel(Level.WARNING);
    LogContext.getLogContext().getLogger("").setLevel(Level.WARNING);
  }

  public static void main(String[] args) {
    org.slf4j.Logger drools = org.slf4j.LoggerFactory.getLogger("org.drools.core.reteoo");
    System.out.println("trace before: " + drools.isTraceEnabled());
    apply();
    System.out.println("trace after: " + drools.isTraceEnabled());
  }
}
