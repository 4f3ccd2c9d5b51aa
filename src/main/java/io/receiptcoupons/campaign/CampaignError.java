package io.receiptcoupons.campaign;

/** One problem in one campaign file, located by line and field path. */
public record CampaignError(String file, int line, String path, String message) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + (path.isEmpty() ? "" : path + ": ") + message;
  }
}
