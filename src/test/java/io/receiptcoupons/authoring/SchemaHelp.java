package io.receiptcoupons.authoring;

import com.github.victools.jsonschema.generator.FieldScope;
import java.util.Map;

/** Hover help for the schema's fields, in a campaign manager's words. */
final class SchemaHelp {

  static final String CAMPAIGN =
      "One campaign. The file name must be the id. Guide: docs/campaign-authoring.md";
  static final String SCENARIO =
      "Scenarios for one campaign, run by the test command. Guide: docs/campaign-authoring.md";

  private static final String UNIT =
      "With metric quantity: count the amount sold by measure in this unit (l, ml, kg, g),"
          + " e.g. unit: l, atLeast: 20 for 20 litres of fuel. Counted items do not count.";
  private static final String WIDTH =
      "Measured in printer columns, not characters: full-width (East Asian Wide and Fullwidth)"
          + " characters take 2, so a 48-column receipt holds 24 of them. validate refuses text"
          + " wider than coupons.receipt.columns (default 48; 32 on 58 mm paper).";
  private static final String QUANTITY =
      "Units (1-9999), default 1; with unit, the amount, e.g. 42.35 (at most 1000 l or kg).";

  private static final Map<String, String> HELP =
      Map.ofEntries(
          Map.entry("Campaign.id", "Lower-case letters, digits and -; must equal the file name."),
          Map.entry("Campaign.priority", "0-1000; higher prints first when a receipt is full."),
          Map.entry("Campaign.conditions", "Who gets the coupon: one condition or all/any/not."),
          Map.entry("Campaign.issuance", "Chance, holdout, budget, per-member caps, exclusivity."),
          Map.entry("Schedule.from", "Start, inclusive, with offset: 2026-01-01T00:00:00+09:00."),
          Map.entry("Schedule.until", "End, exclusive, with offset."),
          Map.entry("Schedule.daysOfWeek", "Only on these weekdays (programme time zone)."),
          Map.entry("Hours.from", "First local hour, 0-23 (inclusive)."),
          Map.entry("Hours.until", "Local hour it stops, 1-24 (exclusive)."),
          Map.entry("Condition.all", "Every listed condition must hold."),
          Map.entry("Condition.any", "At least one listed condition must hold."),
          Map.entry("Condition.not", "The condition must not hold."),
          Map.entry("Condition.history", "What the member bought in the last N days."),
          Map.entry("Condition.basket", "What is in this basket."),
          Map.entry("Condition.member", "Member attributes: gender, age, areas, tenure."),
          Map.entry(
              "Condition.lifestyle", "A lifestyle score (0-100) from _lifestyle-scores.yaml."),
          Map.entry("Condition.store", "The store of this checkout, or a store group."),
          Map.entry(
              "Condition.partner",
              "The member is on a partner's list for a running job (one partner per campaign)."),
          Map.entry("PartnerCondition.partner", "The partner company's id, e.g. acme."),
          Map.entry("PartnerCondition.job", "The agreed job the list was supplied for."),
          Map.entry(
              "HistoryCondition.metric",
              "times (visits), quantity (units, or the amount in unit) or spend (yen)."),
          Map.entry("HistoryCondition.unit", UNIT),
          Map.entry("BasketCondition.unit", UNIT),
          Map.entry("CouponSpec.title", WIDTH),
          Map.entry("CouponSpec.lines", WIDTH),
          Map.entry("Item.quantity", QUANTITY),
          Map.entry("Item.unit", "l, ml, kg or g for an item sold by measure; absent: units."),
          Map.entry("Purchase.quantity", QUANTITY),
          Map.entry("Purchase.unit", "l, ml, kg or g for an item sold by measure; absent: units."),
          Map.entry("HistoryCondition.days", "The window: the last N days, today included."),
          Map.entry(
              "BasketCondition.metric", "quantity (units, or the amount in unit) or spend (yen)."),
          Map.entry("ProductSet.categories", "Category prefixes, e.g. beverages/tea."),
          Map.entry("StoreCondition.groups", "Store groups defined in _store-groups.yaml."),
          Map.entry("Issuance.probability", "0-1: the chance an eligible checkout gets it."),
          Map.entry("Issuance.holdout", "0-0.5: share of members kept out to measure lift."),
          Map.entry("Issuance.exclusivityGroup", "At most one coupon of a group per receipt."),
          Map.entry("Validity.days", "Days the coupon is valid."),
          Map.entry("Validity.startsAfterDays", "Days after the checkout it becomes valid."),
          Map.entry("Scenario.at", "The checkout's time, with offset."),
          Map.entry("Scenario.member", "The member's attributes; absent: a card, nothing known."),
          Map.entry("Scenario.noCard", "true: a shopper without a card."),
          Map.entry(
              "Scenario.partnerLists",
              "Partner lists (partner/job) the member is on, running through the scenario's day."),
          Map.entry("Scenario.store", "The store of the checkout; default S0001."),
          Map.entry("Scenario.history", "Past purchases, replayed as real checkouts."),
          Map.entry("Scenario.expect", "Campaign ids whose coupons print, in any order; [] none."),
          Map.entry("Purchase.daysAgo", "Days before the scenario's checkout."),
          Map.entry("Purchase.times", "Separate checkouts of this purchase; default 1."));

  private SchemaHelp() {}

  static String describe(FieldScope field) {
    return HELP.get(
        field.getDeclaringType().getErasedType().getSimpleName() + "." + field.getName());
  }
}
