package org.newstrends.extract.location;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline opening a text: the place the story was filed from, the regions after it, and a date, an agency
 * or both before a dash ("BELGRADE, April 8 -", "SALVADOR, Feb 26 -", "NEW YORK (Reuters) -", "LONDON, March 3
 * (Reuters) -", "TRENTON, N.J., March 2 -", "Winnipeg, Manitoba, Feb 26 -"). Only the start of a text is read;
 * without a date or an agency there is no dateline ("LONDON - " alone is not one).
 *
 * @param placeStart offset of the place
 * @param placeEnd offset after the place
 * @param regions {@code [start, end)} of each region named after the place, in order ("N.J.", "Manitoba")
 * @param credit {@code [start, end)} of the agency's name credited in the dateline ("Reuters" of "(Reuters)"), or null
 */
public record Dateline(int placeStart, int placeEnd, List<int[]> regions, int[] credit) {

    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final String WORD = "[\\p{Lu}][\\p{L}\\p{M}.'&-]*";
    private static final String PARTICLE = "(?:de|del|da|do|dos|la|le|el|al|of|on|upon|am|sur|en)";
    private static final String NAME = WORD + "(?: (?:" + PARTICLE + " )?" + WORD + "){0,4}";
    private static final String DATE = "(?:" + MONTH + "\\.? ?\\d{1,2}|\\d{1,2} " + MONTH + ")";
    private static final Pattern DATELINE = Pattern.compile("\\s*(" + NAME + ")((?: ?, ?(?!" + DATE + ")" + NAME + ")*?)"
            + "(,? ?" + DATE + ",?)?( ?\\((Reuters?|AP|AFP|UPI|Bloomberg)\\)|,? (Reuters?))?\\s*(?:-+|\u2013|\u2014)\\s");
    private static final Pattern REGION = Pattern.compile(NAME);
    /** How much of the text's start a dateline may take. */
    private static final int MAX_LENGTH = 120;

    /** The dateline that opens {@code text}, or null. */
    public static Dateline find(String text) {
        if (text == null || text.isEmpty()) return null;
        Matcher m = DATELINE.matcher(text);
        m.region(0, Math.min(text.length(), MAX_LENGTH));
        if (!m.lookingAt() || m.group(3) == null && m.group(4) == null) return null;
        List<int[]> regions = new ArrayList<>();
        Matcher r = REGION.matcher(text);
        r.region(m.start(2), m.end(2));
        while (r.find()) regions.add(new int[] {r.start(), r.end()});
        int agency = m.group(5) != null ? 5 : 6;
        int[] credit = m.group(agency) == null ? null : new int[] {m.start(agency), m.end(agency)};
        return new Dateline(m.start(1), m.end(1), List.copyOf(regions), credit);
    }
}
