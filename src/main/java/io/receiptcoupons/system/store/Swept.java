package io.receiptcoupons.system.store;

import java.util.Map;

/**
 * One bounded batch of a retention sweep: how many items of each kind it deleted, and the key the
 * next batch starts from (null once the map has been walked to its end).
 */
public record Swept(Map<String, Long> deleted, String next) {}
