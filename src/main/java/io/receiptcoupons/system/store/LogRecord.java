package io.receiptcoupons.system.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One committed transaction's write set in the write-ahead log: {@code [body length][CRC32C of
 * sequence and body][sequence][body]}, the body being its puts and removals in order.
 */
record LogRecord(long sequence, List<LogRecord.Write> writes) {

  /** One put, or a removal when {@code value} is null. */
  record Write(String map, String key, byte[] value) {}

  static final int HEADER = 16;
  // A length past this is not a record but a torn or garbled header.
  private static final int MAX_BODY = 256 << 20;
  private static final byte PUT = 1;
  private static final byte REMOVE = 2;

  /** The body of a record: everything but its sequence, which the log assigns when it appends. */
  static byte[] body(List<Write> writes) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * writes.size());
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(writes.size());
      for (Write write : writes) {
        out.writeByte(write.value() == null ? REMOVE : PUT);
        out.writeUTF(write.map());
        out.writeUTF(write.key());
        if (write.value() != null) {
          out.writeInt(write.value().length);
          out.write(write.value());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The framed record of {@code body} with its sequence and checksum. */
  static byte[] frame(long sequence, byte[] body) {
    ByteBuffer framed = ByteBuffer.allocate(HEADER + body.length);
    framed.putInt(body.length).putInt(checksum(sequence, body)).putLong(sequence).put(body);
    return framed.array();
  }

  /**
   * Reads the record at the buffer's position and moves past it; null, leaving the position, when
   * what follows is not a whole record with a good checksum (a torn append, or garbage).
   */
  static LogRecord next(ByteBuffer in) {
    if (in.remaining() < HEADER) {
      return null;
    }
    int start = in.position();
    int length = in.getInt(start);
    if (length < 0 || length > MAX_BODY || in.remaining() - HEADER < length) {
      return null;
    }
    long sequence = in.getLong(start + 8);
    byte[] body = new byte[length];
    in.get(start + HEADER, body);
    if (checksum(sequence, body) != in.getInt(start + 4)) {
      return null;
    }
    in.position(start + HEADER + length);
    return new LogRecord(sequence, writes(body));
  }

  private static List<Write> writes(byte[] body) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(body))) {
      int count = in.readInt();
      List<Write> writes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        boolean put = in.readByte() == PUT;
        String map = in.readUTF();
        String key = in.readUTF();
        writes.add(new Write(map, key, put ? in.readNBytes(in.readInt()) : null));
      }
      return writes;
    } catch (IOException e) {
      throw new UncheckedIOException("A record with a good checksum does not parse", e);
    }
  }

  private static int checksum(long sequence, byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(ByteBuffer.allocate(8).putLong(0, sequence));
    crc.update(body);
    return (int) crc.getValue();
  }
}
