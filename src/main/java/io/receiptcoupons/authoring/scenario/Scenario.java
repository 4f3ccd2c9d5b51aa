package io.receiptcoupons.authoring.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.shopper.MemberProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Given a member with these attributes and this history, this basket at this time and store prints
 * exactly the coupons of the expected campaigns (in any order), or none for [].
 */
public record Scenario(
    @NotBlank @Size(max = 200) String name,
    @NotNull OffsetDateTime at,
    @Valid MemberProfile member,
    boolean noCard,
    @Pattern(regexp = "[A-Za-z0-9_.-]{1,32}") String store,
    @Size(max = 500) List<@NotNull @Valid Purchase> history,
    @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Item> basket,
    @NotNull List<@NotNull @Pattern(regexp = Campaign.ID) String> expect,
    @Size(max = 20) List<@NotNull @Pattern(regexp = PARTNER_LIST) String> partnerLists) {

  static final String PARTNER_LIST = Campaign.ID + "/" + Campaign.ID;

  static final String DEFAULT_STORE = "S0001";

  public Scenario {
    store = store == null ? DEFAULT_STORE : store;
    history = history == null ? List.of() : List.copyOf(history);
    partnerLists = partnerLists == null ? List.of() : List.copyOf(partnerLists);
  }

  @JsonIgnore
  @AssertTrue(
      message = "a shopper without a card has no member attributes, history or partner lists")
  public boolean isCardConsistent() {
    boolean none = history == null || history.isEmpty();
    return !noCard || (member == null && none && (partnerLists == null || partnerLists.isEmpty()));
  }
}
