package io.receiptcoupons.bench.http;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Constant-rate (open-loop) load: request i is due at start + i/rate, and its latency counts from
 * that slot, not from when a connection was free to send it, so a stall shows in full in the tail
 * (no coordinated omission). Bounded: {@code rate * seconds} requests, then it stops by itself.
 */
public final class OpenLoop {

  /** Latencies in microseconds over the run and per second of schedule, and what failed. */
  public record Result(
      double rate,
      Histogram all,
      List<Histogram> perSecond,
      long requests,
      long failed,
      ConcurrentHashMap<Integer, LongAdder> statuses,
      double elapsedSeconds) {

    public double achievedRate() {
      return requests / elapsedSeconds;
    }
  }

  /** Where the bodies come from: one per slot, from the worker's own random source. */
  public interface Bodies {
    byte[] body(long slot, SplittableRandom random);
  }

  private OpenLoop() {}

  /** Runs {@code rate} requests/s for {@code seconds} on {@code connections} connections. */
  public static Result run(
      int port, String path, Bodies bodies, double rate, int seconds, int connections)
      throws InterruptedException {
    long total = Math.round(rate * seconds);
    long start = System.nanoTime() + 50_000_000L;
    double interval = 1e9 / rate;
    AtomicLong next = new AtomicLong();
    Worker[] workers = new Worker[connections];
    List<Thread> threads = new ArrayList<>();
    ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    for (int w = 0; w < connections; w++) {
      workers[w] = new Worker(port, path, bodies, seconds, statuses, new SplittableRandom(w * 31L));
      Worker worker = workers[w];
      Thread t =
          new Thread(() -> worker.loop(next, total, start, interval), "open-loop-" + w);
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return merge(rate, workers, seconds, statuses, (System.nanoTime() - start) / 1e9);
  }

  private static Result merge(
      double rate,
      Worker[] workers,
      int seconds,
      ConcurrentHashMap<Integer, LongAdder> statuses,
      double elapsed) {
    Histogram all = histogram();
    List<Histogram> perSecond = new ArrayList<>();
    for (int s = 0; s < seconds; s++) {
      perSecond.add(histogram());
    }
    long requests = 0;
    long failed = 0;
    for (Worker w : workers) {
      all.add(w.all);
      for (int s = 0; s < seconds; s++) {
        perSecond.get(s).add(w.perSecond[s]);
      }
      requests += w.requests;
      failed += w.failed;
    }
    return new Result(rate, all, perSecond, requests, failed, statuses, elapsed);
  }

  static Histogram histogram() {
    return new Histogram(60_000_000L, 3);
  }

  /** One connection taking the next due slot whenever it is free. */
  private static final class Worker {
    private final Connection connection;
    private final String path;
    private final Bodies bodies;
    private final ConcurrentHashMap<Integer, LongAdder> statuses;
    private final SplittableRandom random;
    private final Histogram all = histogram();
    private final Histogram[] perSecond;
    private long requests;
    private long failed;

    Worker(
        int port,
        String path,
        Bodies bodies,
        int seconds,
        ConcurrentHashMap<Integer, LongAdder> statuses,
        SplittableRandom random) {
      this.connection = new Connection(port);
      this.path = path;
      this.bodies = bodies;
      this.statuses = statuses;
      this.random = random;
      this.perSecond = new Histogram[seconds];
      for (int s = 0; s < seconds; s++) {
        perSecond[s] = histogram();
      }
    }

    void loop(AtomicLong next, long total, long start, double interval) {
      for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
        long due = start + (long) (i * interval);
        byte[] body = bodies.body(i, random);
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        send(body);
        long micros = Math.max(1, (System.nanoTime() - due) / 1000);
        all.recordValue(Math.min(micros, 59_000_000L));
        perSecond[(int) Math.min(perSecond.length - 1, (due - start) / 1_000_000_000L)]
            .recordValue(Math.min(micros, 59_000_000L));
        requests++;
      }
      connection.close();
    }

    private void send(byte[] body) {
      int status;
      try {
        status = connection.post(path, body).status();
      } catch (java.io.IOException e) {
        status = -1;
      }
      statuses.computeIfAbsent(status, k -> new LongAdder()).increment();
      if (status != 200) {
        failed++;
      }
    }
  }
}
