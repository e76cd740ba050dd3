package org.newstrends.report;

/**
 * The size in pixels of every PNG chart of a report.
 *
 * @param width  pixels across, from {@link #MIN} to {@link #MAX}
 * @param height pixels down, from {@link #MIN} to {@link #MAX}
 */
public record ChartSize(int width, int height) {

    /** The smallest side accepted: below it titles and legends no longer fit. */
    public static final int MIN = 400;
    /** The largest side accepted. */
    public static final int MAX = 8000;
    /** 1600 x 900 pixels. */
    public static final ChartSize DEFAULT = new ChartSize(1600, 900);

    /** Checks both sides are within {@link #MIN} and {@link #MAX}. */
    public ChartSize {
        if (width < MIN || width > MAX || height < MIN || height > MAX) {
            throw new IllegalArgumentException("chart width and height must be from " + MIN + " to " + MAX
                    + " pixels (got " + width + " x " + height + ")");
        }
    }
}
