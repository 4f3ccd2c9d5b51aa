package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.receiptcoupons.checkout.Checkouts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every metric the Grafana dashboard and the alert rules read is exported by the service. */
@QuarkusTest
class DashboardAndAlertMetricsTest {

  @Test
  void everyMetricNameInDeployIsExportedAfterTraffic() throws IOException, InterruptedException {
    String member = Checkouts.newMember();
    Checkouts.buy(member, LocalDate.of(2026, 11, 20), List.of(Checkouts.tea()));
    Set<String> exported = scrapeAfterACollection();

    Map<String, Set<String>> used = usedNames();
    assertThat(used.keySet())
        .as("names found in deploy/ (the parser must see the core ones)")
        .contains(
            "coupons_checkout_duration_seconds_bucket",
            "coupons_checkout_requests_total",
            "coupons_campaign_coupons_total",
            "coupons_budget_remaining",
            "coupons_ruleset_reloads_total",
            "coupons_ruleset_info",
            "http_server_requests_seconds_count",
            "jvm_memory_used_bytes");
    Map<String, Set<String>> missing = new TreeMap<>(used);
    missing.keySet().removeAll(exported);
    assertThat(missing).as("used in deploy/ but not exported (name -> files)").isEmpty();
  }

  // Micrometer registers jvm_gc_pause_* on the JVM's first GC notification, which a short run may
  // not have had yet; a real service collects within seconds.
  private static Set<String> scrapeAfterACollection() throws InterruptedException {
    Set<String> exported = Scrape.now().names();
    for (int attempt = 0;
        attempt < 50 && !exported.contains("jvm_gc_pause_seconds_sum");
        attempt++) {
      System.gc();
      Thread.sleep(100);
      exported = Scrape.now().names();
    }
    return exported;
  }

  private static Map<String, Set<String>> usedNames() throws IOException {
    Map<String, Set<String>> used = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    for (Path file : files(Path.of("deploy/grafana"), ".json")) {
      collect(json.readTree(file.toFile()), file, used);
    }
    for (Path file : files(Path.of("deploy/prometheus"), ".yaml")) {
      collect(yaml.readTree(file.toFile()), file, used);
    }
    return used;
  }

  // Every "expr" field: dashboard targets and annotations, alert rules (and rule tests' inputs).
  private static void collect(JsonNode node, Path file, Map<String, Set<String>> used) {
    if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, file, used));
      return;
    }
    node.fields()
        .forEachRemaining(
            e -> {
              if (e.getKey().equals("expr") && e.getValue().isTextual()) {
                PromQlNames.of(e.getValue().asText())
                    .forEach(
                        n -> used.computeIfAbsent(n, k -> new TreeSet<>()).add(file.toString()));
              } else {
                collect(e.getValue(), file, used);
              }
            });
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
