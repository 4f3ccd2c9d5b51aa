package io.receiptcoupons.system.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.h2.mvstore.tx.TransactionMap;

/**
 * A {@link StoreMap} over one H2 MVStore transaction map; its puts and removals join the
 * transaction's write set, in order, for the write-ahead log.
 */
record EmbeddedMap(TransactionMap<String, byte[]> map, String name, List<LogRecord.Write> writes)
    implements StoreMap {

  @Override
  public byte[] get(String key) {
    return map.get(key);
  }

  @Override
  public void put(String key, byte[] value) {
    map.put(key, value);
    writes.add(new LogRecord.Write(name, key, value));
  }

  @Override
  public byte[] remove(String key) {
    byte[] removed = map.remove(key);
    if (removed != null) {
      writes.add(new LogRecord.Write(name, key, null));
    }
    return removed;
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
