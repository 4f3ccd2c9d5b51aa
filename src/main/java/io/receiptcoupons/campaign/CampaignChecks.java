package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import io.receiptcoupons.campaign.model.LifestyleScores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The engine's own checks, beyond the schema: names, windows, scores and store groups. */
final class CampaignChecks {

  private final int retentionDays;
  private final ReceiptWidth width;

  CampaignChecks(int retentionDays, ReceiptWidth width) {
    this.retentionDays = retentionDays;
    this.width = width;
  }

  List<CampaignError> check(
      Path file, Campaign c, YamlLines lines, CampaignLoader.Programme programme) {
    Found found = new Found(file, lines, programme, new ArrayList<>(), new ArrayList<>());
    String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (c.id() != null && !c.id().equals(expected)) {
      found.add("id", "must equal the file name '" + expected + "'");
    }
    if (c.conditions() != null) {
      walk(c.conditions(), "conditions", found);
    }
    if (c.coupon() != null) {
      width.check(c.coupon(), found::add);
    }
    return found.errors();
  }

  /** A campaign id declared by two files: only one of them could be live. */
  List<CampaignError> duplicateIds(List<CampaignLoader.CampaignFile> files) {
    Map<String, Path> first = new HashMap<>();
    List<CampaignError> errors = new ArrayList<>();
    for (CampaignLoader.CampaignFile f : files) {
      String id = f.campaign().id();
      Path earlier = id == null ? null : first.putIfAbsent(id, f.file());
      if (earlier != null) {
        errors.add(
            new CampaignError(
                f.file().toString(),
                f.lines().lineOf("id"),
                "id",
                "duplicate id '" + id + "', also declared in " + earlier));
      }
    }
    return errors;
  }

  List<CampaignError> checkScores(Path file, LifestyleScores scores, YamlLines lines) {
    Found found = new Found(file, lines, null, new ArrayList<>(), new ArrayList<>());
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scores.scores().size(); i++) {
      LifestyleScores.Score s = scores.scores().get(i);
      String path = "scores[" + i + "]";
      if (s != null && s.name() != null && !seen.add(s.name())) {
        found.add(path + ".name", "duplicate score '" + s.name() + "'");
      }
      if (s != null && s.name() != null) {
        s.sensitiveWord()
            .ifPresent(
                w -> found.add(path, "touches a sensitive trait ('" + w + "'); not allowed"));
      }
    }
    return found.errors();
  }

  private void walk(Condition c, String path, Found found) {
    each(c.all(), path + ".all", found);
    each(c.any(), path + ".any", found);
    if (c.not() != null) {
      walk(c.not(), path + ".not", found);
    }
    if (c.history() != null && c.history().days() != null && c.history().days() > retentionDays) {
      found.add(
          path + ".history.days", "must be at most the retention of " + retentionDays + " days");
    }
    String score = c.lifestyle() == null ? null : c.lifestyle().score();
    if (score != null && found.programme().scores().indexOf(score) < 0) {
      found.add(
          path + ".lifestyle.score",
          "unknown score '" + score + "'; define it in " + CampaignLoader.SCORES_FILE);
    }
    SensitiveTargeting.check(c, path, found.programme().sensitive(), found::add);
    if (c.store() != null && c.store().groups() != null) {
      checkGroups(c.store().groups(), path + ".store.groups", found);
    }
    if (c.partner() != null && c.partner().partner() != null) {
      found.partner(c.partner().partner(), path + ".partner.partner");
    }
  }

  private void checkGroups(List<String> groups, String path, Found found) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i) != null && !found.programme().groups().defines(groups.get(i))) {
        found.add(
            path + "[" + i + "]",
            "unknown store group '"
                + groups.get(i)
                + "'; define it in "
                + CampaignLoader.GROUPS_FILE);
      }
    }
  }

  private void each(List<Condition> children, String path, Found found) {
    for (int i = 0; children != null && i < children.size(); i++) {
      if (children.get(i) != null) {
        walk(children.get(i), path + "[" + i + "]", found);
      }
    }
  }

  /** Errors found so far in one file, located by field path, and the partners it names. */
  private record Found(
      Path file,
      YamlLines lines,
      CampaignLoader.Programme programme,
      List<CampaignError> errors,
      List<String> partners) {
    void add(String path, String message) {
      errors.add(new CampaignError(file.toString(), lines.lineOf(path), path, message));
    }

    // One partner's data is never combined with another's, not even within one campaign.
    void partner(String partner, String path) {
      if (!partners.isEmpty() && !partners.get(0).equals(partner)) {
        add(
            path,
            "uses partner '"
                + partner
                + "' but this campaign already uses partner '"
                + partners.get(0)
                + "'; a campaign may use one partner's data only");
      }
      partners.add(partner);
    }
  }
}
