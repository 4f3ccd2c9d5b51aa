package io.receiptcoupons.system.store;

import java.util.Iterator;
import java.util.Map;

/** A sorted map of string keys to bytes, read and written inside one {@link StoreTx}. */
public interface StoreMap {

  byte[] get(String key);

  void put(String key, byte[] value);

  /** Removes the key; returns the value it had, or null. */
  byte[] remove(String key);

  boolean containsKey(String key);

  /**
   * True when the key has no value, for keys that rarely have one (a freshly drawn code): a remote
   * store may assume so without a read and check it when the transaction commits; if the key was
   * taken meanwhile, the transaction runs again and this call then reads it.
   */
  default boolean absent(String key) {
    return !containsKey(key);
  }

  /** The greatest key, or null when the map is empty. */
  String lastKey();

  /** Entries with keys from {@code from} to {@code to}, both inclusive, in key order. */
  Iterator<Map.Entry<String, byte[]>> entryIterator(String from, String to);

  /** Keys from {@code from} to {@code to}, both inclusive, in key order. */
  Iterator<String> keyIterator(String from, String to);
}
