package io.receiptcoupons.campaign.engine;

import java.util.List;
import java.util.stream.Collectors;

/** The generated DRL did not compile; a fault in the rule templates, never in a campaign file. */
public class RuleCompileException extends RuntimeException {

  /** One compiler message, at its line of the generated DRL (0 when Drools gives none). */
  public record Problem(int line, String message) {}

  private final transient List<Problem> problems;

  public RuleCompileException(List<Problem> problems) {
    super(
        problems.stream()
            .map(p -> "line " + p.line() + ": " + p.message())
            .collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
