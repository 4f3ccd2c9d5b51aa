package io.receiptcoupons.system.store;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/** Committed entries merged in key order with a transaction's buffered writes, which win. */
final class OverlayIterator implements Iterator<Map.Entry<String, byte[]>> {

  private final PeekingIterator remote;
  private final PeekingIterator local;
  private Map.Entry<String, byte[]> next;

  OverlayIterator(
      Iterator<Map.Entry<String, byte[]>> remote, Iterator<Map.Entry<String, byte[]>> local) {
    this.remote = new PeekingIterator(remote);
    this.local = new PeekingIterator(local);
  }

  @Override
  public boolean hasNext() {
    while (next == null && (remote.peek() != null || local.peek() != null)) {
      next = step();
    }
    return next != null;
  }

  @Override
  public Map.Entry<String, byte[]> next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Map.Entry<String, byte[]> out = next;
    next = null;
    return out;
  }

  // One step of the merge; null when the step consumed a removal.
  private Map.Entry<String, byte[]> step() {
    Map.Entry<String, byte[]> r = remote.peek();
    Map.Entry<String, byte[]> l = local.peek();
    if (l == null || (r != null && r.getKey().compareTo(l.getKey()) < 0)) {
      return remote.take();
    }
    if (r != null && r.getKey().equals(l.getKey())) {
      remote.take();
    }
    local.take();
    return l.getValue() == RedisMap.REMOVED ? null : RedisMap.entry(l.getKey(), l.getValue());
  }

  private static final class PeekingIterator {
    private final Iterator<Map.Entry<String, byte[]>> it;
    private Map.Entry<String, byte[]> head;

    PeekingIterator(Iterator<Map.Entry<String, byte[]>> it) {
      this.it = it;
    }

    Map.Entry<String, byte[]> peek() {
      if (head == null && it.hasNext()) {
        head = it.next();
      }
      return head;
    }

    Map.Entry<String, byte[]> take() {
      Map.Entry<String, byte[]> out = peek();
      head = null;
      return out;
    }
  }
}
