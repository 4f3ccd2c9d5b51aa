package io.receiptcoupons.campaign.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
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
    @Valid StoreCondition store) {

  @JsonIgnore
  @AssertTrue(
      message = "must have exactly one of all, any, not, history, basket, member, lifestyle, store")
  public boolean isExactlyOne() {
    return Stream.of(all, any, not, history, basket, member, lifestyle, store)
            .filter(Objects::nonNull)
            .count()
        == 1;
  }
}
