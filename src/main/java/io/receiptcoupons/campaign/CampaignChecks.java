package io.receiptcoupons.campaign;

import io.receiptcoupons.campaign.model.Campaign;
import io.receiptcoupons.campaign.model.Condition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The engine's own checks, beyond the schema: names, windows, score references. */
final class CampaignChecks {

  private final int retentionDays;

  CampaignChecks(int retentionDays) {
    this.retentionDays = retentionDays;
  }

  List<CampaignError> check(Path file, Campaign c, YamlLines lines, LifestyleScores scores) {
    List<CampaignError> errors = new ArrayList<>();
    String expected = file.getFileName().toString().replaceFirst("\\.yaml$", "");
    if (c.id() != null && !c.id().equals(expected)) {
      errors.add(error(file, lines, "id", "must equal the file name '" + expected + "'"));
    }
    if (c.conditions() != null) {
      walk(file, lines, c.conditions(), "conditions", scores, errors);
    }
    return errors;
  }

  List<CampaignError> checkScores(Path file, LifestyleScores scores, YamlLines lines) {
    List<CampaignError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < scores.scores().size(); i++) {
      LifestyleScores.Score s = scores.scores().get(i);
      String path = "scores[" + i + "]";
      if (s == null || s.name() == null) {
        continue;
      }
      if (!seen.add(s.name())) {
        errors.add(error(file, lines, path + ".name", "duplicate score '" + s.name() + "'"));
      }
      s.sensitiveWord()
          .ifPresent(
              w ->
                  errors.add(
                      error(
                          file,
                          lines,
                          path,
                          "touches a sensitive trait ('" + w + "'); not allowed")));
    }
    return errors;
  }

  private void walk(
      Path file,
      YamlLines lines,
      Condition c,
      String path,
      LifestyleScores scores,
      List<CampaignError> errors) {
    if (c.all() != null) {
      eachChild(file, lines, c.all(), path + ".all", scores, errors);
    }
    if (c.any() != null) {
      eachChild(file, lines, c.any(), path + ".any", scores, errors);
    }
    if (c.not() != null) {
      walk(file, lines, c.not(), path + ".not", scores, errors);
    }
    if (c.history() != null && c.history().days() != null && c.history().days() > retentionDays) {
      errors.add(
          error(
              file,
              lines,
              path + ".history.days",
              "must be at most the retention of " + retentionDays + " days"));
    }
    if (c.lifestyle() != null
        && c.lifestyle().score() != null
        && scores.indexOf(c.lifestyle().score()) < 0) {
      errors.add(
          error(
              file,
              lines,
              path + ".lifestyle.score",
              "unknown score '"
                  + c.lifestyle().score()
                  + "'; define it in "
                  + CampaignLoader.SCORES_FILE));
    }
  }

  private void eachChild(
      Path file,
      YamlLines lines,
      List<Condition> children,
      String path,
      LifestyleScores scores,
      List<CampaignError> errors) {
    for (int i = 0; i < children.size(); i++) {
      if (children.get(i) != null) {
        walk(file, lines, children.get(i), path + "[" + i + "]", scores, errors);
      }
    }
  }

  private static CampaignError error(Path file, YamlLines lines, String path, String message) {
    return new CampaignError(file.toString(), lines.lineOf(path), path, message);
  }
}
