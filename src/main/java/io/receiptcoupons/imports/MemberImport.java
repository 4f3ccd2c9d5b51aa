package io.receiptcoupons.imports;

import io.receiptcoupons.member.MemberService;
import io.receiptcoupons.shopper.Gender;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.system.Csv;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads member attributes from CSV; a file with any bad row changes nothing. */
@ApplicationScoped
public class MemberImport {

  public static final String HEADER = "member_id,gender,birth_date,area,join_date,scores,opted_out";
  private final MemberService members;
  private final Validator validator;

  MemberImport(MemberService members, Validator validator) {
    this.members = members;
    this.validator = validator;
  }

  /** Validates every row first, then writes them all; returns the number of members written. */
  public int run(Path file) throws IOException {
    Map<String, MemberProfile> parsed = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    try (Csv in = Csv.open(file)) {
      IdentifyingColumns.refuse(file, String.join(",", in.header()));
      in.requireHeader(HEADER);
      for (Csv.Row row = in.next(); row != null; row = in.next()) {
        parse(row.fields(), row.line(), parsed, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new IllegalArgumentException(file + ":\n  " + String.join("\n  ", errors));
    }
    parsed.forEach(members::put);
    return parsed.size();
  }

  private void parse(
      List<String> fields, long line, Map<String, MemberProfile> out, List<String> errors) {
    String[] f = fields.toArray(String[]::new);
    try {
      if (f.length != 7 || !f[0].matches("[0-9A-Za-z-]{1,32}")) {
        throw new IllegalArgumentException("expected 7 fields and a card number first");
      }
      MemberProfile p =
          new MemberProfile(
              f[1].isBlank() ? Gender.UNKNOWN : Gender.of(f[1]),
              date(f[2]),
              blankToNull(f[3]),
              date(f[4]),
              scores(f[5]),
              Boolean.parseBoolean(f[6]));
      validator
          .validate(p)
          .forEach(
              v -> errors.add("line " + line + ": " + v.getPropertyPath() + ": " + v.getMessage()));
      out.put(f[0], p);
    } catch (RuntimeException e) {
      errors.add("line " + line + ": " + e.getMessage());
    }
  }

  private static Map<String, Integer> scores(String field) {
    Map<String, Integer> scores = new LinkedHashMap<>();
    for (String pair : field.split(";")) {
      if (!pair.isBlank()) {
        String[] kv = pair.split("=", 2);
        scores.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
      }
    }
    return scores;
  }

  private static LocalDate date(String s) {
    return s.isBlank() ? null : LocalDate.parse(s);
  }

  private static String blankToNull(String s) {
    return s.isBlank() ? null : s;
  }
}
