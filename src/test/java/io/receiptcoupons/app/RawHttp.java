package io.receiptcoupons.app;

import io.receiptcoupons.system.security.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** HTTP/1.0 on a fresh connection per request, so no keep-alive race blurs what a request got. */
final class RawHttp {

  /**
   * A status and body. Status 0: the connection was refused (no server listening); -1: the server
   * closed or reset the connection without sending a byte.
   */
  record Reply(int status, String body) {}

  private RawHttp() {}

  static Reply send(int port, String method, String path, String json) throws IOException {
    Socket socket = new Socket();
    try (socket) {
      try {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
      } catch (java.net.ConnectException refused) {
        return new Reply(0, "");
      }
      socket.setSoTimeout(30_000);
      byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      try {
        OutputStream out = socket.getOutputStream();
        out.write(head(method, path, body.length).getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        socket.getInputStream().transferTo(received);
      } catch (java.net.SocketException reset) {
        // A reset before any byte of an answer is a dropped request; after one, a cut-off answer.
        if (received.size() > 0) {
          throw reset;
        }
      }
      return parse(received.toString(StandardCharsets.UTF_8));
    }
  }

  private static String head(String method, String path, int length) {
    return method
        + " "
        + path
        + " HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + TestKeys.HEADER
        + ": "
        + TestKeys.JAR_KEY
        + "\r\nContent-Length: "
        + length
        + "\r\n\r\n";
  }

  private static Reply parse(String response) throws IOException {
    if (response.isEmpty()) {
      return new Reply(-1, "");
    }
    int split = response.indexOf("\r\n\r\n");
    if (!response.startsWith("HTTP/") || split < 0) {
      throw new IOException("incomplete response: " + response);
    }
    int status = Integer.parseInt(response.substring(9, 12));
    return new Reply(status, response.substring(split + 4));
  }
}
