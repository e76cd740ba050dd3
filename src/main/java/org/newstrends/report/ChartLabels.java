package org.newstrends.report;

/** The words on a chart: titles that say the corpus, the period covered and the measure; shortened names. */
final class ChartLabels {

    /** Longer names are cut to this many characters, ending in an ellipsis, in legends and axis labels. */
    static final int MAX_LABEL_LENGTH = 28;

    private ChartLabels() {
    }

    /** {@code name} cut to {@link #MAX_LABEL_LENGTH} characters, ending in an ellipsis when cut. */
    static String shorten(String name) {
        return shorten(name, MAX_LABEL_LENGTH);
    }

    /** {@code name} cut to {@code max} characters, ending in an ellipsis when cut. */
    static String shorten(String name, int max) {
        if (name.length() <= max) {
            return name;
        }
        return name.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    /**
     * A title such as {@code "Top actors, share of each month's articles \u2014 sample, 2024-01 to 2024-09
     * (9 months)"}: the measure, then the corpus and the periods covered.
     */
    static String title(String measure, String job, ChartPeriods periods) {
        return measure + " \u2014 " + job + ", " + periods.covered();
    }

    /** {@code "Actors"} as a capitalised word for axis labels: {@code "Month"} from {@code "month"}. */
    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
