package io.receiptcoupons.system;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file read with jackson-dataformat-csv: quoted fields, embedded commas, a UTF-8 BOM. */
public final class Csv implements Closeable {

  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();
  private static final char BOM = '\uFEFF';
  private final Path file;
  private final CsvParser parser;
  private List<String> header;

  /** One row: the line it starts on (the header is line 1) and its fields. */
  public record Row(long line, List<String> fields) {}

  private Csv(Path file, CsvParser parser) {
    this.file = file;
    this.parser = parser;
  }

  public static Csv open(Path file) throws IOException {
    BufferedReader in = Files.newBufferedReader(file);
    in.mark(1);
    if (in.read() != BOM) {
      in.reset();
    }
    return new Csv(file, (CsvParser) MAPPER.getFactory().createParser(in));
  }

  /**
   * The header row, read once, before the first data row: every import's header check starts here.
   * Empty for an empty file.
   */
  public List<String> header() throws IOException {
    if (header == null) {
      Row first = row();
      header = first == null ? List.of() : first.fields();
    }
    return header;
  }

  /** Throws naming the file and line 1 unless the header is exactly {@code expected}. */
  public void requireHeader(String expected) throws IOException {
    if (!String.join(",", header()).trim().equals(expected)) {
      throw new IllegalArgumentException(
          file + ": line 1: the header must be exactly: " + expected);
    }
  }

  /** The next data row, or null at the end of the file; blank lines are skipped. */
  public Row next() throws IOException {
    header();
    return row();
  }

  /** How far the file has been read, in characters: for progress, not for positions. */
  public long charsRead() {
    return parser.currentLocation().getCharOffset();
  }

  private Row row() throws IOException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      return null;
    }
    long line = 0;
    List<String> fields = new ArrayList<>();
    // The row's own line is its first field's: the row token sits where the last row ended.
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      line = fields.isEmpty() ? parser.currentTokenLocation().getLineNr() : line;
      fields.add(parser.getText());
    }
    return new Row(line, fields);
  }

  /** One CSV line (no line break), each field quoted where it needs to be; null is empty. */
  public static String line(Object... fields) {
    try {
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] = fields[i] == null ? "" : fields[i].toString();
      }
      String text = MAPPER.writeValueAsString(values);
      return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
