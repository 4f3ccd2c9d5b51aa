package io.receiptcoupons.app;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.receiptcoupons.coupon.CodeConfig;
import io.receiptcoupons.system.ProgrammeConfig;
import io.receiptcoupons.system.security.ApiKeys;
import io.receiptcoupons.system.security.Credential;
import io.receiptcoupons.system.security.Roles;
import io.receiptcoupons.system.security.SecurityConfig;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/** In the prod profile, refuses to start on a missing, development or short secret or key. */
@ApplicationScoped
public class ProductionSecrets {

  private static final int MIN_BYTES = 32;
  private static final String HOW =
      " a random value of at least 32 bytes (e.g. `openssl rand -base64 48`)";
  private final Config config;
  private final ProgrammeConfig programme;
  private final CodeConfig codes;
  private final SecurityConfig security;
  private final ApiKeys keys;
  private final BenchConfig bench;

  ProductionSecrets(
      Config config,
      ProgrammeConfig programme,
      CodeConfig codes,
      SecurityConfig security,
      ApiKeys keys,
      BenchConfig bench) {
    this.config = config;
    this.programme = programme;
    this.codes = codes;
    this.security = security;
    this.keys = keys;
    this.bench = bench;
  }

  // Before the store opens or the campaigns load: nothing may run on a forgeable key.
  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (ConfigUtils.getProfiles().contains("prod") && security.requireProductionSecrets()) {
      List<String> problems = problems();
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "Refusing to start in the prod profile (docs/security.md):\n  - "
                + String.join("\n  - ", problems));
      }
    }
  }

  List<String> problems() {
    List<String> problems = new ArrayList<>();
    secret(problems, "coupons.programme.secret", "COUPONS_SECRET", programme.secret());
    if (codes.keys().isEmpty()) {
      problems.add("coupons.codes.keys has no key: set COUPONS_CODE_KEY_1 to" + HOW);
    }
    codes
        .keys()
        .forEach(
            (id, key) ->
                secret(problems, "coupons.codes.keys." + id, "COUPONS_CODE_KEY_" + id, key));
    credentials(problems);
    if (!security.checkKeys() && !bench.baselineEnabled()) {
      problems.add(
          "coupons.security.check-keys=false turns authentication off: only for benchmarks"
              + " (with coupons.bench.baseline-enabled=true); remove it");
    }
    return problems;
  }

  private void secret(List<String> problems, String name, String variable, String value) {
    String fix = ": set the environment variable " + variable + " (or -D" + name + ") to" + HOW;
    if (value == null || value.isBlank()) {
      problems.add(name + " is missing" + fix);
    } else if (isDevelopmentDefault(name, value)) {
      problems.add(name + " is a development default, known to anyone with the repo" + fix);
    } else if (value.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
      problems.add(name + " is shorter than 32 bytes" + fix);
    }
  }

  private void credentials(List<String> problems) {
    String fix =
        ": add coupons.security.keys.<id>.sha256 (the hex SHA-256 of a random key of at least 32"
            + " bytes) with .roles, or a coupons.security.keys-file; see docs/security.md";
    if (keys.all().isEmpty()) {
      problems.add("no API key is configured (coupons.security.keys)" + fix);
    }
    Set<String> development = developmentHashes();
    keys.all()
        .forEach(
            (hash, credential) -> {
              if (!hash.matches("[0-9a-f]{64}")) {
                problems.add(label(credential) + " has a sha256 that is not 64 hex digits" + fix);
              } else if (development.contains(hash)) {
                problems.add(label(credential) + " is a development key" + fix);
              }
              if (credential.roles().contains(Roles.POS) && credential.store() == null) {
                problems.add(
                    label(credential)
                        + " has role pos but no .store: set its store id, or * for every store");
              }
            });
  }

  private static String label(Credential credential) {
    return "API key of " + credential.subject();
  }

  // Development values are those the dev and test profiles set, and every value marked as such.
  private boolean isDevelopmentDefault(String name, String value) {
    return value.contains("dev-only")
        || value.contains("development-only")
        || value.equals(raw("%dev." + name))
        || value.equals(raw("%test." + name));
  }

  private Set<String> developmentHashes() {
    Set<String> hashes = new HashSet<>();
    for (String name : config.getPropertyNames()) {
      boolean profiled = name.startsWith("%dev.") || name.startsWith("%test.");
      if (profiled && name.contains("coupons.security.keys.") && name.endsWith(".sha256")) {
        String hash = raw(name);
        if (hash != null) {
          hashes.add(hash.trim().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return hashes;
  }

  private String raw(String name) {
    return config.getConfigValue(name).getValue();
  }
}
