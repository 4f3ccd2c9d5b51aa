package io.receiptcoupons.system.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Typed;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.TransactionStore;
import org.jboss.logging.Logger;

/** The embedded persistent store: one H2 MVStore file, with atomic multi-map transactions. */
@ApplicationScoped
@Typed(EmbeddedStore.class)
public class EmbeddedStore implements Store {

  private static final Logger LOG = Logger.getLogger(EmbeddedStore.class);

  private final StoreConfig config;
  private final Counter errors;
  private MVStore store;
  private TransactionStore transactions;
  private Journal journal;
  private final Map<String, AtomicLong> sequences = new ConcurrentHashMap<>();

  public EmbeddedStore(StoreConfig config, MeterRegistry registry) {
    this.config = config;
    this.errors = StoreErrors.counter(registry);
  }

  void onStart(@Observes @Priority(1) StartupEvent event) {
    if (config.kind() == StoreConfig.Kind.EMBEDDED) {
      open();
    }
  }

  void onStop(@Observes ShutdownEvent event) {
    close();
  }

  /** Opens the store file, creating it if needed; idempotent. */
  @Override
  public synchronized void open() {
    if (store != null) {
      return;
    }
    Path file = Path.of(config.path()).toAbsolutePath();
    StoreFiles.createParent(file);
    store = new MVStore.Builder().fileName(file.toString()).cacheSize(config.cacheSizeMb()).open();
    transactions = new TransactionStore(store);
    transactions.init();
    journal = Journal.open(store, transactions, file, config);
    LOG.infof("Embedded store open at %s (durability %s)", file, config.durability());
  }

  /** Flushes and closes the file, so that another process may open it. */
  public synchronized void close() {
    if (store != null) {
      journal.close();
      transactions.close();
      store.close();
      // The closed file holds everything the log did.
      journal.deleteLog();
      store = null;
      transactions = null;
      journal = null;
    }
  }

  /** Writes a consistent copy of the live store to {@code target} while transactions go on. */
  public synchronized void backup(Path target) {
    if (store == null) {
      throw new IllegalStateException("The store is closed");
    }
    // A checkpoint first: the copy then holds every transaction appended to the log before it.
    journal.checkpoint();
    StoreFiles.backup(store, target);
  }

  @Override
  public <T> T inTransaction(Function<StoreTx, T> work) {
    Journal durable = journal;
    EmbeddedTx tx = begin(durable);
    T result;
    boolean logged;
    try {
      result = work.apply(tx);
      logged = durable.commit(tx.writes(), tx.tx()::commit);
    } catch (RuntimeException e) {
      if (e instanceof MVStoreException) {
        errors.increment();
      }
      tx.tx().rollback();
      tx.afterRollback().forEach(Runnable::run);
      throw e;
    }
    tx.afterCommit().forEach(Runnable::run);
    if (logged) {
      awaitDurable(durable);
    }
    return result;
  }

  private void awaitDurable(Journal durable) {
    try {
      durable.awaitDurable();
    } catch (RuntimeException e) {
      errors.increment();
      throw e;
    }
  }

  private EmbeddedTx begin(Journal durable) {
    TransactionStore current = transactions;
    if (current == null || store == null || durable == null) {
      errors.increment();
      throw new IllegalStateException("The store is closed");
    }
    try {
      return new EmbeddedTx(current.begin(), this);
    } catch (RuntimeException e) {
      errors.increment();
      throw e;
    }
  }

  // Within one process an in-memory counter is unique; it starts from what the store already holds.
  @Override
  public long nextBlock(String sequence, int count, LongSupplier last) {
    AtomicLong counter = sequences.computeIfAbsent(sequence, s -> new AtomicLong(last.getAsLong()));
    return counter.addAndGet(count) - count + 1;
  }

  @Override
  public boolean isHealthy() {
    MVStore current = store;
    Journal durable = journal;
    return current != null
        && !current.isClosed()
        && current.getMapNames() != null
        && durable != null
        && durable.isHealthy();
  }
}
