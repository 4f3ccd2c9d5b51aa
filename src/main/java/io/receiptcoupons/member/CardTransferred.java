package io.receiptcoupons.member;

/**
 * The answer to a card transfer, the same every time it is repeated: {@code from} is retired, and
 * {@code merged} says that {@code to} already held a profile or history, merged with the old one.
 */
public record CardTransferred(String from, String to, boolean merged) {}
