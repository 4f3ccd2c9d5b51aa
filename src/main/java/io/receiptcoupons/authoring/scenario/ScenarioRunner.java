package io.receiptcoupons.authoring.scenario;

import io.receiptcoupons.campaign.CampaignError;
import io.receiptcoupons.campaign.Ruleset;
import io.receiptcoupons.campaign.Rulesets;
import io.receiptcoupons.checkout.CheckoutRequest;
import io.receiptcoupons.checkout.CheckoutService;
import io.receiptcoupons.coupon.Coupon;
import io.receiptcoupons.member.MemberService;
import io.receiptcoupons.partner.PartnerService;
import io.receiptcoupons.product.LineItem;
import io.receiptcoupons.system.BadInputException;
import io.receiptcoupons.system.ProgrammeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs scenario files through the real checkout path: the directory's ruleset goes live, each
 * scenario gets a fresh card, its member attributes and its history as real checkouts.
 */
@ApplicationScoped
public class ScenarioRunner {

  private final Rulesets rulesets;
  private final MemberService members;
  private final CheckoutService checkouts;
  private final ProgrammeConfig programme;
  private final ScenarioReader reader;
  private final PartnerService partners;

  ScenarioRunner(
      Rulesets rulesets,
      MemberService members,
      CheckoutService checkouts,
      ProgrammeConfig programme,
      Validator validator,
      PartnerService partners) {
    this.rulesets = rulesets;
    this.members = members;
    this.checkouts = checkouts;
    this.programme = programme;
    this.reader = new ScenarioReader(validator);
    this.partners = partners;
  }

  /** Every scenario's result, the scenario files' errors, and the campaigns with no scenarios. */
  public record Run(
      List<ScenarioResult> results, List<CampaignError> errors, List<String> untested) {}

  /** Installs {@code dir} as the live ruleset (throws CampaignFileException) and runs its files. */
  public Run run(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("not a directory: " + dir);
    }
    Ruleset rules = rulesets.install(dir);
    List<ScenarioResult> results = new ArrayList<>();
    List<CampaignError> errors = new ArrayList<>();
    for (Path file : ScenarioReader.files(dir)) {
      ScenarioReader.Read read = reader.read(file);
      errors.addAll(read.errors());
      for (int i = 0; i < read.scenarios().size(); i++) {
        int line = read.lines().lineOf("scenarios[" + i + "]");
        results.add(run(file.toString(), line, read.scenarios().get(i)));
      }
    }
    List<String> untested =
        rules.campaigns().stream()
            .map(c -> c.id())
            .filter(id -> !Files.exists(dir.resolve(id + ScenarioReader.SUFFIX)))
            .toList();
    return new Run(results, errors, untested);
  }

  private ScenarioResult run(String file, int line, Scenario s) {
    try {
      return new ScenarioResult(file, line, s.name(), s.expect(), play(s), null);
    } catch (BadInputException e) {
      String why = e.errors().get(0).field() + ": " + e.errors().get(0).message();
      return new ScenarioResult(file, line, s.name(), s.expect(), List.of(), why);
    } catch (RuntimeException e) {
      return new ScenarioResult(file, line, s.name(), s.expect(), List.of(), e.getMessage());
    }
  }

  private List<String> play(Scenario s) {
    // A fresh card per scenario: scenarios never see each other's history, caps or coupons.
    String card = s.noCard() ? null : UUID.randomUUID().toString().replace("-", "");
    if (s.member() != null) {
      members.put(card, s.member());
    }
    // The lists run through the scenario's day, so they hold for its history and its basket.
    LocalDate day = s.at().atZoneSameInstant(programme.timeZone()).toLocalDate();
    s.partnerLists().forEach(key -> partners.add(key, day, List.of(card)));
    for (Purchase p : s.history()) {
      OffsetDateTime when = p.when(s.at(), programme.timeZone());
      if (!when.isBefore(s.at())) {
        throw new IllegalArgumentException("history must be before the scenario's time (at)");
      }
      String store = p.store() == null ? s.store() : p.store();
      for (int t = 0; t < p.count(); t++) {
        checkout(card, store, when, List.of(p.line()));
      }
    }
    List<LineItem> basket = s.basket().stream().map(Item::line).toList();
    return checkout(card, s.store(), s.at(), basket).stream().map(Coupon::campaignId).toList();
  }

  private List<Coupon> checkout(
      String card, String store, OffsetDateTime at, List<LineItem> items) {
    String id = "scenario-" + UUID.randomUUID();
    return checkouts
        .checkout(new CheckoutRequest(id, card, store, "SCENARIO", at, items))
        .coupons();
  }
}
