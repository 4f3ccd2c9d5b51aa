package io.receiptcoupons.campaign.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lifestyle scores a programme defines (campaigns/_lifestyle-scores.yaml). */
public record LifestyleScores(@NotNull @Size(max = 64) List<@NotNull @Valid Score> scores) {

  public static final LifestyleScores NONE = new LifestyleScores(List.of());

  // Words that would make a score a proxy for a sensitive trait, which the programme never targets.
  private static final List<String> SENSITIVE =
      List.of(
          "religio",
          "faith",
          "belief",
          "church",
          "mosque",
          "temple",
          "halal",
          "kosher",
          "sexual",
          "orientation",
          "gay",
          "lesbian",
          "lgbt",
          "politic",
          "party",
          "vote",
          "ethnic",
          "race",
          "racial",
          "origin",
          "nationality",
          "immigra",
          "health",
          "medical",
          "illness",
          "disease",
          "diabet",
          "pregnan",
          "disab",
          "pharma",
          "diet-medical");

  /** One score: a name campaigns refer to, and what it measures. */
  public record Score(
      @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}") String name,
      @NotBlank @Size(max = 200) String description) {

    /** The sensitive word this score touches, if any. */
    public Optional<String> sensitiveWord() {
      String text = (name + " " + description).toLowerCase(Locale.ROOT);
      return SENSITIVE.stream().filter(text::contains).findFirst();
    }
  }

  public int indexOf(String name) {
    for (int i = 0; i < scores.size(); i++) {
      if (scores.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }
}
