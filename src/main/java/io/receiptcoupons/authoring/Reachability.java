package io.receiptcoupons.authoring;

import io.receiptcoupons.campaign.CampaignError;
import io.receiptcoupons.campaign.CampaignLoader.CampaignFile;
import io.receiptcoupons.campaign.model.Condition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds conditions that can never hold; they are warnings, since the file itself is valid. */
final class Reachability {

  /** What can be said of a condition without any data. */
  enum Verdict {
    NEVER,
    ALWAYS,
    MAYBE
  }

  private final CampaignFile file;
  private final List<CampaignError> warnings = new ArrayList<>();

  private Reachability(CampaignFile file) {
    this.file = file;
  }

  /** The warnings for one valid campaign file. */
  static List<CampaignError> warnings(CampaignFile file) {
    Reachability r = new Reachability(file);
    r.verdict(file.campaign().conditions(), "conditions");
    return r.warnings;
  }

  private Verdict verdict(Condition c, String path) {
    if (c.all() != null) {
      return all(c.all(), path + ".all");
    }
    if (c.any() != null) {
      return any(c.any(), path + ".any");
    }
    if (c.not() != null) {
      return not(c.not(), path + ".not");
    }
    List<Bound> bounds = Bound.of(c);
    boolean always = !bounds.isEmpty() && bounds.stream().allMatch(Bound::always);
    return always ? Verdict.ALWAYS : Verdict.MAYBE;
  }

  private Verdict all(List<Condition> children, String path) {
    List<Verdict> verdicts = children(children, path);
    int never = verdicts.indexOf(Verdict.NEVER);
    if (never >= 0) {
      warn(path, "can never hold, because " + path + "[" + never + "] can never hold");
      return Verdict.NEVER;
    }
    Map<String, Bound> bounds = new LinkedHashMap<>();
    collect(children, bounds);
    for (Bound b : bounds.values()) {
      if (b.empty()) {
        warn(path, "can never hold: " + b.quantity() + " must be " + b.text());
        return Verdict.NEVER;
      }
    }
    return verdicts.stream().allMatch(v -> v == Verdict.ALWAYS) ? Verdict.ALWAYS : Verdict.MAYBE;
  }

  // Nested alls are one conjunction: their bounds meet.
  private static void collect(List<Condition> children, Map<String, Bound> bounds) {
    for (Condition child : children) {
      if (child.all() != null) {
        collect(child.all(), bounds);
      }
      Bound.of(child).forEach(b -> bounds.merge(b.quantity(), b, Bound::intersect));
    }
  }

  private Verdict any(List<Condition> children, String path) {
    List<Verdict> verdicts = children(children, path);
    // A dead alternative has already been warned about where it is; only a dead any is news.
    if (verdicts.stream().allMatch(v -> v == Verdict.NEVER)) {
      warn(path, "can never hold: none of its alternatives can");
      return Verdict.NEVER;
    }
    return verdicts.contains(Verdict.ALWAYS) ? Verdict.ALWAYS : Verdict.MAYBE;
  }

  private Verdict not(Condition child, String path) {
    Verdict v = verdict(child, path);
    if (v == Verdict.ALWAYS) {
      warn(path, "can never hold: the condition under not always holds");
      return Verdict.NEVER;
    }
    return v == Verdict.NEVER ? Verdict.ALWAYS : Verdict.MAYBE;
  }

  private List<Verdict> children(List<Condition> children, String path) {
    List<Verdict> verdicts = new ArrayList<>();
    for (int i = 0; i < children.size(); i++) {
      verdicts.add(verdict(children.get(i), path + "[" + i + "]"));
    }
    return verdicts;
  }

  private void warn(String path, String message) {
    warnings.add(
        new CampaignError(file.file().toString(), file.lines().lineOf(path), path, message));
  }
}
