package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.product.ProductSet;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** A node of the condition tree: exactly one of a combinator or a predicate. */
public record Condition(
    @Size(min = 1, max = 32) List<@NotNull @Valid Condition> all,
    @Size(min = 1, max = 32) List<@NotNull @Valid Condition> any,
    @Valid Condition not,
    @Valid HistoryCondition history,
    @Valid BasketCondition basket,
    @Valid MemberCondition member,
    @Valid LifestyleCondition lifestyle,
    @Valid StoreCondition store,
    @Valid PartnerCondition partner) {

  /** A condition that is not about partner data. */
  public Condition(
      List<Condition> all,
      List<Condition> any,
      Condition not,
      HistoryCondition history,
      BasketCondition basket,
      MemberCondition member,
      LifestyleCondition lifestyle,
      StoreCondition store) {
    this(all, any, not, history, basket, member, lifestyle, store, null);
  }

  /** Adds every product set that this tree's history and basket predicates name. */
  public void collectProductSets(List<ProductSet> into) {
    Stream.of(all, any)
        .filter(Objects::nonNull)
        .flatMap(List::stream)
        .forEach(child -> child.collectProductSets(into));
    if (not != null) {
      not.collectProductSets(into);
    }
    if (history != null) {
      into.add(history.products());
    }
    if (basket != null) {
      into.add(basket.products());
    }
  }

  @JsonIgnore
  @AssertTrue(
      message =
          "must have exactly one of all, any, not, history, basket, member, lifestyle, store,"
              + " partner")
  public boolean isExactlyOne() {
    return Stream.of(all, any, not, history, basket, member, lifestyle, store, partner)
            .filter(Objects::nonNull)
            .count()
        == 1;
  }
}
