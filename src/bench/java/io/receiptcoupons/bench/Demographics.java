package io.receiptcoupons.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Age band and the only gender signal of the data set: "Single Female" / "Single Male". */
final class Demographics {

  private Demographics() {}

  /** household id to {age band, "female" | "male" | ""}. */
  static Map<String, String[]> read(Path file) throws IOException {
    Map<String, String[]> out = new HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(file)) {
      in.readLine();
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = Csv.split(line);
        out.put(f[0], new String[] {f[1], gender(f[5])});
      }
    }
    return out;
  }

  private static String gender(String composition) {
    return switch (composition) {
      case "Single Female" -> "female";
      case "Single Male" -> "male";
      default -> "";
    };
  }
}
