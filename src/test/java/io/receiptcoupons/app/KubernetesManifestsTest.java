package io.receiptcoupons.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** deploy/kubernetes parses as Kubernetes API objects, and the pieces fit together. */
class KubernetesManifestsTest {

  static final Path DIR = Path.of("deploy/kubernetes");

  @Test
  void everyManifestParsesStrictlyAndEachVariantIsComplete() throws IOException {
    assertThat(kinds(resources(DIR.resolve("embedded"))))
        .containsExactlyInAnyOrder("Deployment", "Service", "PersistentVolumeClaim");
    assertThat(kinds(resources(DIR.resolve("scale-out"))))
        .containsExactlyInAnyOrder(
            "Deployment",
            "Service",
            "HorizontalPodAutoscaler",
            "PodDisruptionBudget",
            "StatefulSet",
            "Service");
    assertThat(kinds(KubernetesManifests.read(DIR.resolve("secret.example.yaml"))))
        .containsExactly("Secret", "Secret");
  }

  @Test
  void theEngineHasProbesResourcesAGracePeriodLiveCampaignsAndKeysFromASecret() throws IOException {
    for (String variant : List.of("embedded", "scale-out")) {
      Deployment d = one(resources(DIR.resolve(variant)), Deployment.class, "coupon-engine");
      PodSpec pod = d.getSpec().getTemplate().getSpec();
      Container c = pod.getContainers().get(0);
      assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
      assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
      assertThat(c.getResources().getRequests()).containsKeys("cpu", "memory");
      assertThat(c.getResources().getLimits()).containsKey("memory");
      // Shutdown delay (5 s) plus quarkus.shutdown.timeout (20 s) must fit in the grace period.
      assertThat(pod.getTerminationGracePeriodSeconds()).isGreaterThan(25);
      String volume =
          pod.getVolumes().stream()
              .filter(v -> v.getConfigMap() != null)
              .findFirst()
              .orElseThrow()
              .getName();
      assertThat(c.getVolumeMounts())
          .anySatisfy(
              m -> {
                assertThat(m.getName()).isEqualTo(volume);
                assertThat(m.getMountPath()).isEqualTo("/app/campaigns");
                assertThat(m.getSubPath()).as("a subPath mount never updates").isNull();
              });
      assertThat(c.getEnv())
          .filteredOn(e -> e.getName().equals("COUPONS_SECRET"))
          .singleElement()
          .satisfies(
              e ->
                  assertThat(e.getValueFrom().getSecretKeyRef().getName())
                      .isEqualTo("coupon-keys"));
      assertApiKeysFileIsMountedFromASecret(pod, c);
      // Ergonomics would pick the serial collector under the memory limit (pauses past the
      // deadline); without the priority policy the workers would not yield to the HTTP layer.
      assertThat(c.getEnv())
          .filteredOn(e -> e.getName().equals("JAVA_TOOL_OPTIONS"))
          .singleElement()
          .satisfies(
              e -> assertThat(e.getValue()).contains("-XX:+UseZGC", "-XX:ThreadPriorityPolicy=1"));
    }
  }

  // The prod profile starts only with an API key: the keys file, mounted whole so rotations reach
  // it.
  private static void assertApiKeysFileIsMountedFromASecret(PodSpec pod, Container c) {
    String keys =
        pod.getVolumes().stream()
            .filter(
                v ->
                    v.getSecret() != null
                        && "coupon-api-keys".equals(v.getSecret().getSecretName()))
            .findFirst()
            .orElseThrow()
            .getName();
    String dir =
        c.getVolumeMounts().stream()
            .filter(m -> m.getName().equals(keys) && m.getSubPath() == null)
            .findFirst()
            .orElseThrow()
            .getMountPath();
    assertThat(c.getEnv())
        .filteredOn(e -> e.getName().equals("COUPONS_SECURITY_KEYS_FILE"))
        .singleElement()
        .satisfies(e -> assertThat(e.getValue()).startsWith(dir + "/"));
  }

  @Test
  void scaleOutReplicasUseTheRedisStoreAtTheRedisServiceWhichPersists() throws IOException {
    List<HasMetadata> all = resources(DIR.resolve("scale-out"));
    Container c =
        one(all, Deployment.class, "coupon-engine")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);
    // Environment names map to StoreConfig: coupons.store.kind and coupons.store.redis.url.
    assertThat(c.getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("COUPONS_STORE_KIND");
              assertThat(e.getValue()).isEqualTo("redis");
            });
    Service redis = one(all, Service.class, "coupon-redis");
    String url = "redis://coupon-redis:" + redis.getSpec().getPorts().get(0).getPort();
    assertThat(c.getEnv())
        .anySatisfy(
            e -> {
              assertThat(e.getName()).isEqualTo("COUPONS_STORE_REDIS_URL");
              assertThat(e.getValue()).isEqualTo(url);
            });
    StatefulSet set = one(all, StatefulSet.class, "coupon-redis");
    assertThat(set.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs())
        .containsSubsequence("--appendonly", "yes")
        .containsSubsequence("--appendfsync", "everysec")
        .containsSubsequence("--maxmemory-policy", "noeviction");
    assertThat(set.getSpec().getVolumeClaimTemplates()).isNotEmpty();
  }

  @Test
  void servicesHpaAndPdbPointAtTheEngine() throws IOException {
    List<HasMetadata> all = resources(DIR.resolve("scale-out"));
    Deployment d = one(all, Deployment.class, "coupon-engine");
    var podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
    Service s = one(all, Service.class, "coupon-engine");
    assertThat(podLabels).containsAllEntriesOf(s.getSpec().getSelector());
    assertThat(s.getSpec().getPorts().get(0).getTargetPort().getStrVal())
        .isEqualTo(
            d.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getName());
    HorizontalPodAutoscaler hpa = one(all, HorizontalPodAutoscaler.class, "coupon-engine");
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("coupon-engine");
    assertThat(d.getSpec().getReplicas()).as("the HPA owns the count").isNull();
    PodDisruptionBudget pdb = one(all, PodDisruptionBudget.class, "coupon-engine");
    assertThat(podLabels).containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
    Deployment embedded =
        one(resources(DIR.resolve("embedded")), Deployment.class, "coupon-engine");
    assertThat(embedded.getSpec().getReplicas()).as("one process per store file").isEqualTo(1);
    assertThat(embedded.getSpec().getStrategy().getType()).isEqualTo("Recreate");
  }

  @Test
  void aFieldTheApiDoesNotHaveIsRefused(@TempDir Path tmp) throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        Files.readString(DIR.resolve("scale-out/pdb.yaml"))
            .replace("maxUnavailable: 1", "maxUnavailable: 1\n  maxUnavialable: 2"));
    assertThatThrownBy(() -> KubernetesManifests.read(bad)).hasMessageContaining("maxUnavialable");
    Files.writeString(bad, "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n");
    assertThatThrownBy(() -> KubernetesManifests.read(bad)).hasMessageContaining("v1 Pod");
  }

  private static List<HasMetadata> resources(Path dir) throws IOException {
    List<HasMetadata> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        all.addAll(KubernetesManifests.read(f));
      }
    }
    return all;
  }

  private static List<String> kinds(List<HasMetadata> resources) {
    return resources.stream().map(HasMetadata::getKind).toList();
  }

  private static <T extends HasMetadata> T one(List<HasMetadata> all, Class<T> type, String name) {
    return all.stream()
        .filter(type::isInstance)
        .map(type::cast)
        .filter(r -> r.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }
}
