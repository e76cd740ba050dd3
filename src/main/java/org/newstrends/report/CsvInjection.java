package org.newstrends.report;

import java.util.regex.Pattern;

/**
 * Neutralises text from the input that a spreadsheet would run as a formula when it opens a CSV file, as OWASP's
 * CSV-injection guidance says: a cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '}. Plain numbers such as {@code -12} or {@code -0.5} stay as they are.
 *
 * <p>Cells that already begin with apostrophes before one of those characters get one more, so that
 * {@link #restore} gives back exactly the original text: remove one leading {@code '} where it is followed by
 * apostrophes and then one of those characters.
 */
public final class CsvInjection {

    private static final Pattern TRIGGER = Pattern.compile("^'*[=+\\-@\t\r]");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private CsvInjection() {
    }

    /** Whether {@code text} would be neutralised. */
    public static boolean needsNeutralising(String text) {
        return TRIGGER.matcher(text).find() && !PLAIN_NUMBER.matcher(text).matches();
    }

    /** {@code text} with a leading {@code '} when a spreadsheet could read it as a formula, else {@code text}. */
    public static String neutralise(String text) {
        return needsNeutralising(text) ? "'" + text : text;
    }

    /** The original text of a cell {@link #neutralise} wrote. */
    public static String restore(String cell) {
        return cell.startsWith("'") && needsNeutralising(cell.substring(1)) ? cell.substring(1) : cell;
    }
}
