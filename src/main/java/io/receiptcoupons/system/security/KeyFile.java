package io.receiptcoupons.system.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads credentials from properties ({@code <id>.sha256}, {@code .roles}, {@code .store}...). */
final class KeyFile {

  private KeyFile() {}

  /** Hash to credential, from a keys file. */
  static Map<String, Credential> read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable keys file " + file, e);
    }
    Map<String, Credential> byHash = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.endsWith(".sha256")) {
        String id = name.substring(0, name.length() - ".sha256".length());
        byHash.put(hash(properties.getProperty(name)), credential(id, properties));
      }
    }
    return byHash;
  }

  private static Credential credential(String id, Properties properties) {
    String roles = properties.getProperty(id + ".roles", "");
    Set<String> set =
        Arrays.stream(roles.split(","))
            .map(String::trim)
            .filter(role -> !role.isEmpty())
            .collect(Collectors.toSet());
    return new Credential(
        properties.getProperty(id + ".subject", id),
        set,
        properties.getProperty(id + ".store"),
        properties.getProperty(id + ".terminal"));
  }

  static String hash(String hex) {
    return hex.trim().toLowerCase(java.util.Locale.ROOT);
  }
}
