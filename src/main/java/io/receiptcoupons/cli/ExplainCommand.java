package io.receiptcoupons.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.explain.Eligibility;
import io.receiptcoupons.explain.EligibilityService;
import io.receiptcoupons.explain.ExplainText;
import io.receiptcoupons.product.LineItem;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code explain --member CARD [--at T] [--store S] [--basket FILE] [--json]}, on the store. */
@Command(
    name = "explain",
    description = "Why a member would or would not get each campaign's coupon; records nothing.")
public class ExplainCommand implements Callable<Integer> {

  @Inject EligibilityService service;
  @Inject ObjectMapper json;
  @Inject Validator validator;
  @Spec CommandSpec spec;

  @Option(names = "--member", required = true, paramLabel = "CARD", description = "Card number.")
  String member;

  @Option(
      names = "--at",
      paramLabel = "INSTANT",
      description = "When, e.g. 2026-11-23T10:15:30+09:00 (default: now).")
  OffsetDateTime at;

  @Option(names = "--store", paramLabel = "ID", description = "The store, for store conditions.")
  String store;

  @Option(
      names = "--basket",
      paramLabel = "ITEMS.json",
      description = "A JSON array of line items to ask \"what if\" with.")
  Path basket;

  @Option(names = "--json", description = "Print the answer as JSON.")
  boolean asJson;

  @Override
  public Integer call() throws IOException {
    Instant when = at == null ? Instant.now() : at.toInstant();
    Eligibility eligibility = service.explain(member, when, store, items());
    PrintWriter out = spec.commandLine().getOut();
    if (asJson) {
      out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(eligibility));
    } else {
      ExplainText.print(eligibility, out);
    }
    return 0;
  }

  private List<LineItem> items() throws IOException {
    if (basket == null) {
      return List.of();
    }
    List<LineItem> items = json.readValue(basket.toFile(), new TypeReference<>() {});
    for (int i = 0; i < items.size(); i++) {
      var bad = validator.validate(items.get(i));
      if (!bad.isEmpty()) {
        ConstraintViolation<LineItem> first = bad.iterator().next();
        throw new IllegalArgumentException(
            "basket item " + i + ": " + first.getPropertyPath() + " " + first.getMessage());
      }
    }
    return items;
  }
}
