package io.receiptcoupons.shopper;

import java.util.Arrays;

/** An append-only list of distinct strings with their positions found by open addressing. */
public final class KeyIndex {

  private String[] keys;
  private int[] hashes;
  private int size;
  // Probing reads only these two arrays; a key's string is compared only when its hash matches,
  // so a miss (most of a member's keys, for most rule sets) touches no string at all.
  private int[] tableHashes;
  private int[] tablePositions;

  public KeyIndex(int capacity) {
    int n = Math.max(4, capacity);
    keys = new String[n];
    hashes = new int[n];
    int table = Integer.highestOneBit(n * 2 - 1) << 1;
    tableHashes = new int[table];
    tablePositions = new int[table];
  }

  public int size() {
    return size;
  }

  public String key(int position) {
    return keys[position];
  }

  public int hash(int position) {
    return hashes[position];
  }

  /** The position of {@code key}, or -1. */
  public int find(String key) {
    return find(key, key.hashCode());
  }

  /** The position of {@code key}, whose hash code is {@code hash}, or -1. */
  public int find(String key, int hash) {
    int mask = tablePositions.length - 1;
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int p = tablePositions[i] - 1;
      if (p < 0) {
        return -1;
      }
      if (tableHashes[i] == hash && keys[p].equals(key)) {
        return p;
      }
    }
  }

  /** The position of {@code key}, added at the end if absent. */
  public int add(String key) {
    int hash = key.hashCode();
    int found = find(key, hash);
    if (found >= 0) {
      return found;
    }
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
      hashes = Arrays.copyOf(hashes, size * 2);
    }
    keys[size] = key;
    hashes[size] = hash;
    size++;
    if (size * 2 > tablePositions.length) {
      rehash(tablePositions.length * 2);
    } else {
      place(size - 1);
    }
    return size - 1;
  }

  private void rehash(int capacity) {
    tableHashes = new int[capacity];
    tablePositions = new int[capacity];
    for (int p = 0; p < size; p++) {
      place(p);
    }
  }

  private void place(int p) {
    int mask = tablePositions.length - 1;
    int i = spread(hashes[p]) & mask;
    while (tablePositions[i] != 0) {
      i = (i + 1) & mask;
    }
    tableHashes[i] = hashes[p];
    tablePositions[i] = p + 1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 15);
  }
}
