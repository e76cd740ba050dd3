package org.newstrends.report;

import java.awt.Color;
import java.util.List;

/**
 * The colours of the report's charts: Okabe and Ito's palette, which readers with any common colour-vision
 * deficiency can tell apart, in an order that puts the most distinct colours first; a neutral grey for whatever is
 * not one entity (bars, volume, "other"); and a sequential scale for the heatmap.
 */
final class ChartPalette {

    /** Okabe-Ito: blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black. */
    static final List<Color> SERIES = List.of(
            new Color(0x00, 0x72, 0xB2), new Color(0xE6, 0x9F, 0x00), new Color(0x00, 0x9E, 0x73),
            new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7), new Color(0x56, 0xB4, 0xE9),
            new Color(0xF0, 0xE4, 0x42), new Color(0x00, 0x00, 0x00));
    /** Bars and areas that stand for no one entity. */
    static final Color NEUTRAL = new Color(0x5F, 0x6B, 0x78);
    /** Whatever is grouped as "other". */
    static final Color OTHER = new Color(0xBB, 0xBB, 0xBB);
    /** Text of titles, labels and ticks. */
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    /** Grid lines. */
    static final Color GRID = new Color(0xE2, 0xE2, 0xE2);
    /** Land on the world map. */
    static final Color LAND = new Color(0xE4, 0xE4, 0xE0);
    /** Country borders on the world map. */
    static final Color BORDER = new Color(0xFF, 0xFF, 0xFF);

    /** Sequential stops from pale to dark blue (the ends of a colour-blind-safe ramp). */
    private static final Color[] RAMP = {
        new Color(0xF7, 0xFB, 0xFF), new Color(0xC6, 0xDB, 0xEF), new Color(0x6B, 0xAE, 0xD6),
        new Color(0x21, 0x71, 0xB5), new Color(0x08, 0x30, 0x6B),
    };

    private ChartPalette() {
    }

    /** The colour of {@code fraction} (0 to 1, clamped) on the heatmap's sequential ramp. */
    static Color ramp(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        double position = f * (RAMP.length - 1);
        int low = Math.min(RAMP.length - 2, (int) Math.floor(position));
        double t = position - low;
        Color a = RAMP[low];
        Color b = RAMP[low + 1];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t));
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
