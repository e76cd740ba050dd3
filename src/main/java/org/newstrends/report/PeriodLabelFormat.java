package org.newstrends.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;

/** Formats a period index as that period's label, so a numeric chart axis reads {@code 2024-W10, 2024-W11, ...}. */
final class PeriodLabelFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final List<String> labels;

    PeriodLabelFormat(List<String> labels) {
        this.labels = List.copyOf(labels);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return format(Math.round(number), toAppendTo, pos);
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        if (number >= 0 && number < labels.size()) {
            toAppendTo.append(labels.get((int) number));
        }
        return toAppendTo;
    }

    /** Parsing is not supported: the axis only formats. */
    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        return null;
    }
}
