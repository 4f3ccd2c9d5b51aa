package io.receiptcoupons.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.receiptcoupons.shopper.MemberProfile;
import io.receiptcoupons.system.store.StoreTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Member profiles by pseudonym, stored as JSON. */
@ApplicationScoped
public class MemberRepository {

  private static final String MAP = "members";
  private final ObjectMapper json;

  MemberRepository(ObjectMapper json) {
    this.json = json;
  }

  /** Hints the store that this transaction will read the member's profile. */
  public void prefetch(StoreTx tx, String member) {
    tx.prefetch(MAP, List.of(member));
  }

  public MemberProfile find(StoreTx tx, String member) {
    byte[] bytes = tx.map(MAP).get(member);
    if (bytes == null) {
      return MemberProfile.UNKNOWN;
    }
    try {
      return json.readValue(bytes, MemberProfile.class);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable profile for member " + member, e);
    }
  }

  /** True when the member has a profile (attributes or an opt-out) on record. */
  public boolean has(StoreTx tx, String member) {
    return tx.map(MAP).get(member) != null;
  }

  public void save(StoreTx tx, String member, MemberProfile profile) {
    try {
      tx.map(MAP).put(member, json.writeValueAsBytes(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean erase(StoreTx tx, String member) {
    return tx.map(MAP).remove(member) != null;
  }
}
