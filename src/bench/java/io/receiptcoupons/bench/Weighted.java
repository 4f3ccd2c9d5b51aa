package io.receiptcoupons.bench;

import java.util.Arrays;
import java.util.Random;

/** Draws an index with probability proportional to its weight (cumulative sums, binary search). */
final class Weighted {

  private final double[] cumulative;

  Weighted(double[] weights) {
    cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum;
    }
  }

  int draw(Random r) {
    double x = r.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return Math.min(cumulative.length - 1, i >= 0 ? i + 1 : -i - 1);
  }
}
