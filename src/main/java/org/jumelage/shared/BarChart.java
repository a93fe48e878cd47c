package org.jumelage.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart to draw on the server as SVG ({@code layout/chart :: bars}): one bar per row of a table that
 * stands beside it with the same numbers. Bars are {@link #BAR} units high, {@link #GAP} apart; the longest is
 * {@link #LENGTH} long; labels longer than {@link #LABEL_CHARACTERS} are shortened in the drawing only.
 *
 * @param title what the chart shows, its accessible name
 * @param bars the bars, top to bottom
 */
public record BarChart(String title, List<Bar> bars) {

    public static final int LABEL_WIDTH = 170;
    public static final int LENGTH = 220;
    public static final int BAR = 18;
    public static final int GAP = 8;
    public static final int LABEL_CHARACTERS = 22;

    /** One bar: its label, its value as shown, and its length and top in the drawing. */
    public record Bar(String label, String value, int length, int y) {

        /** Where the label ends (it is set right-aligned before the bar). */
        public int labelX() {
            return LABEL_WIDTH - 8;
        }

        public int barX() {
            return LABEL_WIDTH;
        }

        /** Where the value is written, just after the bar's end. */
        public int valueX() {
            return LABEL_WIDTH + length + 6;
        }

        /** The baseline of the label and the value, in the middle of the bar. */
        public int textY() {
            return y + 13;
        }
    }

    /** One value of the chart, before it is drawn. */
    public record Value(String label, long count) {}

    public BarChart {
        bars = List.copyOf(bars);
    }

    /** The first {@code most} values as bars, each as long as its share of the largest. */
    public static BarChart of(String title, List<Value> values, int most) {
        List<Value> shown = values.subList(0, Math.min(most, values.size()));
        long largest = Math.max(1, shown.stream().mapToLong(Value::count).max().orElse(1));
        List<Bar> bars = new ArrayList<>();
        int y = GAP;
        for (Value value : shown) {
            bars.add(new Bar(
                    shorten(value.label()),
                    Long.toString(value.count()),
                    (int) Math.round((double) LENGTH * value.count() / largest),
                    y));
            y += BAR + GAP;
        }
        return new BarChart(title, bars);
    }

    public int width() {
        return LABEL_WIDTH + LENGTH + 50;
    }

    public int height() {
        return GAP + bars.size() * (BAR + GAP);
    }

    private static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.length() <= LABEL_CHARACTERS ? label : label.substring(0, LABEL_CHARACTERS - 1) + "…";
    }
}
