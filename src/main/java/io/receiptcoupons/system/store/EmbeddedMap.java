package io.receiptcoupons.system.store;

import java.util.Iterator;
import java.util.Map;
import org.h2.mvstore.tx.TransactionMap;

/** A {@link StoreMap} over one H2 MVStore transaction map. */
record EmbeddedMap(TransactionMap<String, byte[]> map) implements StoreMap {

  @Override
  public byte[] get(String key) {
    return map.get(key);
  }

  @Override
  public void put(String key, byte[] value) {
    map.put(key, value);
  }

  @Override
  public byte[] remove(String key) {
    return map.remove(key);
  }

  @Override
  public boolean containsKey(String key) {
    return map.containsKey(key);
  }

  @Override
  public String lastKey() {
    return map.lastKey();
  }

  @Override
  public Iterator<Map.Entry<String, byte[]>> entryIterator(String from, String to) {
    return map.entryIterator(from, to);
  }

  @Override
  public Iterator<String> keyIterator(String from, String to) {
    return map.keyIterator(from, to);
  }
}
