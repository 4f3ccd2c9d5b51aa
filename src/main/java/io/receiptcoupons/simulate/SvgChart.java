package io.receiptcoupons.simulate;

import io.receiptcoupons.campaign.model.Campaign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongBiFunction;

/** A hand-written SVG line chart: one line per campaign over the reported days, with a legend. */
final class SvgChart {
  private SvgChart() {}

  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f"
  };
  private static final int W = 900;
  private static final int H = 420;
  private static final int LEFT = 60;
  private static final int TOP = 30;
  private static final int PLOT_W = 600;
  private static final int PLOT_H = 330;

  /** Coupons issued on each day. */
  static void perDay(SimulationReport r, Path file) throws IOException {
    write(r, file, "Coupons issued per day", (c, d) -> r.on(c, d).issued());
  }

  /** Coupons issued through each day (earlier replayed days included): the budget's burn. */
  static void cumulative(SimulationReport r, Path file) throws IOException {
    write(r, file, "Coupons issued to date", r::usedThrough);
  }

  private static void write(
      SimulationReport r, Path file, String title, ToLongBiFunction<String, LocalDate> value)
      throws IOException {
    long days = ChronoUnit.DAYS.between(r.from(), r.to()) + 1;
    long max = max(r, value);
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
            W, H));
    svg.append(
        String.format(
            "<text x=\"%d\" y=\"18\" font-size=\"14\">%s, %s to %s</text>%n",
            LEFT, title, r.from(), r.to()));
    axes(svg, r, days, max);
    List<Campaign> campaigns = r.campaigns();
    for (int i = 0; i < campaigns.size(); i++) {
      series(svg, r, campaigns.get(i).id(), value, COLOURS[i % COLOURS.length], days, max);
      legend(svg, campaigns.get(i).id(), COLOURS[i % COLOURS.length], i);
    }
    svg.append("</svg>\n");
    Files.writeString(file, svg);
  }

  private static long max(SimulationReport r, ToLongBiFunction<String, LocalDate> value) {
    long max = 1;
    for (Campaign c : r.campaigns()) {
      for (LocalDate d = r.from(); !d.isAfter(r.to()); d = d.plusDays(1)) {
        max = Math.max(max, value.applyAsLong(c.id(), d));
      }
    }
    return max;
  }

  private static void axes(StringBuilder svg, SimulationReport r, long days, long max) {
    int x0 = LEFT;
    int y0 = TOP + PLOT_H;
    svg.append(line(x0, y0, x0 + PLOT_W, y0)).append(line(x0, TOP, x0, y0));
    // Whole-number ticks only, so that a small maximum gets no repeated labels.
    long ticks = Math.min(4, max);
    for (long t = 0; t <= ticks; t++) {
      long v = Math.round(max * t / (double) ticks);
      double y = y0 - PLOT_H * v / (double) max;
      svg.append(
          String.format(
              "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>%n", x0 - 6, y + 4, v));
    }
    for (int t = 0; t <= 4; t++) {
      long d = Math.round((days - 1) * t / 4.0);
      double x = x0 + PLOT_W * (days == 1 ? 0 : d / (double) (days - 1));
      svg.append(
          String.format(
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              x, y0 + 18, r.from().plusDays(d)));
    }
    svg.append(
        String.format(
            "<text x=\"14\" y=\"%d\" transform=\"rotate(-90 14 %d)\" text-anchor=\"middle\">"
                + "coupons issued</text>%n",
            TOP + PLOT_H / 2, TOP + PLOT_H / 2));
  }

  private static void series(
      StringBuilder svg,
      SimulationReport r,
      String id,
      ToLongBiFunction<String, LocalDate> value,
      String colour,
      long days,
      long max) {
    List<String> points = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      double x = LEFT + PLOT_W * (days == 1 ? 0 : d / (double) (days - 1));
      double y = TOP + PLOT_H - PLOT_H * value.applyAsLong(id, r.from().plusDays(d)) / (double) max;
      points.add(String.format("%.1f,%.1f", x, y));
    }
    svg.append(
        String.format(
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/>%n",
            colour, String.join(" ", points)));
  }

  private static void legend(StringBuilder svg, String id, String colour, int i) {
    int x = LEFT + PLOT_W + 20;
    int y = TOP + 10 + 20 * i;
    svg.append(
        String.format(
            "<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\">%s</text>%n",
            x, y - 4, colour, x + 20, y, id));
  }

  private static String line(int x1, int y1, int x2, int y2) {
    return String.format(
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x1, y1, x2, y2);
  }
}
