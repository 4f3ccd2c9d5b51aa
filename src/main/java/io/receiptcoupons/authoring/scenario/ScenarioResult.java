package io.receiptcoupons.authoring.scenario;

import java.util.List;

/** One scenario's outcome: the coupons expected and printed, or why it could not run. */
public record ScenarioResult(
    String file, int line, String name, List<String> expected, List<String> actual, String error) {

  public boolean passed() {
    return error == null
        && expected.stream().sorted().toList().equals(actual.stream().sorted().toList());
  }

  @Override
  public String toString() {
    if (passed()) {
      return "PASS " + file + ": " + name;
    }
    String why =
        error != null ? "could not run: " + error : "expected " + expected + " but got " + actual;
    return "FAIL " + file + ":" + line + ": " + name + ": " + why;
  }
}
