package io.receiptcoupons.imports;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses an import whose header carries identifying columns: the engine holds card pseudonyms and
 * purchase facts only, so such a file is refused whole rather than silently trimmed.
 */
public final class IdentifyingColumns {

  // Words of a column name (split on _, -, . and spaces) that make it identify a person.
  private static final Set<String> WORDS =
      Set.of(
          "name",
          "names",
          "kana",
          "address",
          "addr",
          "street",
          "phone",
          "tel",
          "telephone",
          "mobile",
          "cell",
          "email",
          "mail",
          "e-mail",
          "fax",
          "passport",
          "license",
          "ssn");
  // Whole names that carry no separator.
  private static final Set<String> NAMES =
      Set.of(
          "firstname",
          "lastname",
          "fullname",
          "surname",
          "emailaddress",
          "phonenumber",
          "postcode",
          "postalcode",
          "zipcode",
          "zip",
          "mynumber");

  private IdentifyingColumns() {}

  /** Throws naming the first identifying column of {@code header}, line 1 of {@code file}. */
  public static void refuse(Path file, String header) {
    if (header != null) {
      first(header)
          .ifPresent(
              column -> {
                throw new IllegalArgumentException(
                    file
                        + ": line 1: column '"
                        + column
                        + "' is identifying data; imports carry card numbers and purchase facts"
                        + " only: remove the column and import again (nothing was written)");
              });
    }
  }

  /** The first column of a CSV header that identifies a person, if any. */
  public static Optional<String> first(String header) {
    return Arrays.stream(header.split(",", -1))
        .map(String::trim)
        .filter(IdentifyingColumns::identifies)
        .findFirst();
  }

  private static boolean identifies(String column) {
    String lower = column.toLowerCase(Locale.ROOT);
    List<String> words = Arrays.asList(lower.split("[_.\\s-]+"));
    return NAMES.contains(lower.replaceAll("[^a-z0-9]", ""))
        || words.stream().anyMatch(WORDS::contains);
  }
}
