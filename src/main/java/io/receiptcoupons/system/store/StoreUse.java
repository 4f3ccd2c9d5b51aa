package io.receiptcoupons.system.store;

/** Round trips and commands a thread has sent to a remote store; all zero for a local store. */
public record StoreUse(long roundTrips, long commands) {

  public static final StoreUse NONE = new StoreUse(0, 0);

  /** What was sent between {@code before} and this. */
  public StoreUse since(StoreUse before) {
    return new StoreUse(roundTrips - before.roundTrips, commands - before.commands);
  }
}
