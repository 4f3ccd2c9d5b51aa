package io.receiptcoupons.system.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** API keys by id, as SHA-256 hashes, and a keys file re-read when it changes. */
@ConfigMapping(prefix = "coupons.security")
public interface SecurityConfig {

  /** Credential id to its hash, roles and binding; the id is also the default subject. */
  Map<String, KeyConfig> keys();

  /** A properties file of more keys in the same form ({@code <id>.sha256=...}), for rotation. */
  Optional<Path> keysFile();

  /**
   * Benchmarks only: false skips the key check and gives every request every role, to measure the
   * check's cost (CheckoutCost). The prod profile refuses it unless the bench baseline is on.
   */
  @WithDefault("true")
  boolean checkKeys();

  /** Refuse to start in production without real secrets (off for authoring commands only). */
  @WithDefault("true")
  boolean requireProductionSecrets();

  /** One credential: the hex SHA-256 of the key, its roles, and for a till its store. */
  interface KeyConfig {
    String sha256();

    List<String> roles();

    Optional<String> store();

    Optional<String> terminal();

    Optional<String> subject();
  }
}
