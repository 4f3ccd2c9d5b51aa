package io.receiptcoupons.campaign;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/** Reloads the ruleset when files change in campaigns/ or rules/ (a ConfigMap update included). */
@ApplicationScoped
public class CampaignWatcher {

  private static final Logger LOG = Logger.getLogger(CampaignWatcher.class);
  // Editors and ConfigMap updates write in several steps; reload once they have gone quiet.
  private static final long QUIET_MILLIS = 300;
  private final CampaignConfig config;
  private final Rulesets rulesets;
  private WatchService watcher;

  CampaignWatcher(CampaignConfig config, Rulesets rulesets) {
    this.config = config;
    this.rulesets = rulesets;
  }

  void onStart(@Observes @Priority(3000) StartupEvent event) {
    if (config.watch()) {
      watcher = open(Path.of(config.dir()), Path.of(config.rulesDir()));
      Thread t = new Thread(this::loop, "campaign-watcher");
      t.setDaemon(true);
      t.start();
      LOG.infof("Watching %s and %s for changes", config.dir(), config.rulesDir());
    }
  }

  void onStop(@Observes ShutdownEvent event) throws IOException {
    if (watcher != null) {
      watcher.close();
    }
  }

  private void loop() {
    try {
      while (true) {
        drain(watcher.take());
        for (WatchKey k; (k = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null; ) {
          drain(k);
        }
        reload();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      LOG.debug("Campaign watcher stopped");
    }
  }

  private void reload() {
    try {
      rulesets.reload();
    } catch (RuntimeException e) {
      LOG.debug("Reload after a file change failed; Rulesets has logged why", e);
    }
  }

  private static void drain(WatchKey key) {
    key.pollEvents();
    key.reset();
  }

  private static WatchService open(Path... dirs) {
    try {
      WatchService ws = FileSystems.getDefault().newWatchService();
      for (Path dir : dirs) {
        if (!Files.isDirectory(dir)) {
          continue; // no rules/ override: the jar's templates, which do not change
        }
        dir.register(
            ws,
            StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY,
            StandardWatchEventKinds.ENTRY_DELETE);
      }
      return ws;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot watch the campaign directories", e);
    }
  }
}
