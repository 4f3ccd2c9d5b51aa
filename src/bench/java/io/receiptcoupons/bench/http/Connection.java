package io.receiptcoupons.bench.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One keep-alive HTTP/1.1 connection on loopback: a lean client, so the server gets the CPU. */
public final class Connection implements AutoCloseable {

  /** Status and body of one response. */
  public record Response(int status, String body) {}

  private final int port;
  private Socket socket;
  private OutputStream out;
  private InputStream in;

  public Connection(int port) {
    this.port = port;
  }

  /** POSTs a JSON body; after an I/O error the connection closes, and the next call reopens it. */
  public Response post(String path, byte[] body) throws IOException {
    if (socket == null) {
      open();
    }
    byte[] head =
        ("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nX-API-Key: " + Service.KEY
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    try {
      out.write(head);
      out.write(body);
      out.flush();
      return read();
    } catch (IOException e) {
      close();
      throw e;
    }
  }

  private void open() throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setTcpNoDelay(true);
    socket.setSoTimeout(30_000);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
  }

  private Response read() throws IOException {
    String status = line();
    int code = Integer.parseInt(status.substring(9, 12));
    int length = -1;
    boolean chunked = false;
    for (String h = line(); !h.isEmpty(); h = line()) {
      String lower = h.toLowerCase();
      if (lower.startsWith("content-length:")) {
        length = Integer.parseInt(h.substring(15).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    byte[] body = chunked ? chunks() : in.readNBytes(Math.max(0, length));
    return new Response(code, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] chunks() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = Integer.parseInt(line().trim(), 16); size > 0; ) {
      body.write(in.readNBytes(size));
      line();
      size = Integer.parseInt(line().trim(), 16);
    }
    line();
    return body.toByteArray();
  }

  private String line() throws IOException {
    StringBuilder s = new StringBuilder(64);
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed");
      }
      if (c != '\r') {
        s.append((char) c);
      }
    }
    return s.toString();
  }

  @Override
  public void close() {
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      // Closing a dead connection: nothing to recover.
    }
    socket = null;
  }
}
