package io.receiptcoupons.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.explain.Eligibility;
import io.receiptcoupons.explain.EligibilityService;
import io.receiptcoupons.explain.ExplainText;
import io.receiptcoupons.product.LineItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code explain --member M [--at T] [--store S] [--basket FILE] [--json]}, on the store. */
@ApplicationScoped
public class ExplainCommand implements CliCommand {

  private static final List<String> OPTIONS = List.of("--member", "--at", "--store", "--basket");
  private final EligibilityService service;
  private final ObjectMapper json;
  private final Validator validator;

  ExplainCommand(EligibilityService service, ObjectMapper json, Validator validator) {
    this.service = service;
    this.json = json;
    this.validator = validator;
  }

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String usage() {
    return "explain --member CARD [--at INSTANT] [--store ID] [--basket ITEMS.json] [--json]";
  }

  @Override
  public int run(List<String> args, PrintStream out) throws Exception {
    boolean asJson = args.contains("--json");
    Map<String, String> o = options(args.stream().filter(a -> !a.equals("--json")).toList());
    if (!o.containsKey("--member")) {
      throw new UsageException(usage());
    }
    Instant at = o.containsKey("--at") ? OffsetDateTime.parse(o.get("--at")).toInstant() : null;
    Eligibility e =
        service.explain(
            o.get("--member"), at == null ? Instant.now() : at, o.get("--store"), basket(o));
    if (asJson) {
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(e));
    } else {
      ExplainText.print(e, out);
    }
    return 0;
  }

  private Map<String, String> options(List<String> args) {
    Map<String, String> o = new HashMap<>();
    for (int i = 0; i < args.size(); i += 2) {
      if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
        throw new UsageException(usage());
      }
      o.put(args.get(i), args.get(i + 1));
    }
    return o;
  }

  private List<LineItem> basket(Map<String, String> o) throws java.io.IOException {
    if (!o.containsKey("--basket")) {
      return List.of();
    }
    List<LineItem> items =
        json.readValue(Path.of(o.get("--basket")).toFile(), new TypeReference<>() {});
    for (int i = 0; i < items.size(); i++) {
      var bad = validator.validate(items.get(i));
      if (!bad.isEmpty()) {
        var v = bad.iterator().next();
        throw new IllegalArgumentException(
            "basket item " + i + ": " + v.getPropertyPath() + " " + v.getMessage());
      }
    }
    return items;
  }
}
