package io.receiptcoupons.bench.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A userspace stand-in for {@code tc netem} on kernels without sch_netem: a TCP proxy that holds
 * every chunk of bytes, each direction on its own, until {@code delay} after it arrived, in order.
 *
 * <p>{@code java ... LatencyProxy LISTEN_PORT TARGET_HOST TARGET_PORT DELAY_MICROS}
 */
public final class LatencyProxy implements AutoCloseable {

  private static final byte[] END = new byte[0];
  private final ServerSocket server;
  private final String host;
  private final int port;
  private final long delayNanos;

  /** A chunk and the moment it may leave. */
  private record Chunk(byte[] bytes, long due) {}

  public LatencyProxy(int listen, String host, int port, long delayMicros) throws IOException {
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen));
    this.host = host;
    this.port = port;
    this.delayNanos = delayMicros * 1000;
    daemon(this::accept);
  }

  public static void main(String[] args) throws Exception {
    try (LatencyProxy proxy =
        new LatencyProxy(
            Integer.parseInt(args[0]), args[1], Integer.parseInt(args[2]), Long.parseLong(args[3]))) {
      System.out.printf(
          "proxy 127.0.0.1:%d -> %s:%s, %s us each way%n", proxy.port(), args[1], args[2], args[3]);
      Thread.currentThread().join();
    }
  }

  /** The port it listens on (useful when started on port 0). */
  public int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        Socket target = new Socket(host, port);
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        pipe(client, target);
        pipe(target, client);
      } catch (IOException e) {
        if (!server.isClosed()) {
          System.err.println("proxy: " + e);
        }
      }
    }
  }

  // One reader stamps chunks as they arrive; one writer sends each when it is due, in order.
  private void pipe(Socket from, Socket to) {
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    daemon(() -> read(from, queue));
    daemon(() -> write(to, queue));
  }

  private void read(Socket from, BlockingQueue<Chunk> queue) {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = from.getInputStream()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        queue.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + delayNanos));
      }
    } catch (IOException e) {
      // The peer closed: pass the end on after what was already queued.
    }
    queue.add(new Chunk(END, System.nanoTime() + delayNanos));
  }

  private static void write(Socket to, BlockingQueue<Chunk> queue) {
    try (OutputStream out = to.getOutputStream()) {
      while (true) {
        Chunk chunk = queue.take();
        long wait;
        while ((wait = chunk.due() - System.nanoTime()) > 0) {
          LockSupport.parkNanos(wait);
        }
        if (chunk.bytes() == END) {
          break;
        }
        out.write(chunk.bytes());
        out.flush();
      }
    } catch (IOException | InterruptedException e) {
      // The other side is gone.
    } finally {
      closeQuietly(to);
    }
  }

  private static void daemon(Runnable work) {
    Thread thread = new Thread(work, "latency-proxy");
    thread.setDaemon(true);
    thread.start();
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Already closed.
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
  }
}
