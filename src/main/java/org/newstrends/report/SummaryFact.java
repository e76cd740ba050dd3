package org.newstrends.report;

import java.util.ArrayList;
import java.util.List;

/**
 * One labelled fact of a report's summary, shown at the top of {@code index.html} and of the workbook's About
 * sheet.
 *
 * @param label what the fact is, e.g. {@code Articles counted}
 * @param value a whole number ({@link Long}) or text
 * @param link  a report file the fact refers to (e.g. {@code rejects.csv}), or null
 */
record SummaryFact(String label, Object value, String link) {

    /**
     * The summary of {@code data}; {@code rejected} is the number of rejected records, or -1 when not recorded,
     * and {@code rejectsWritten} whether {@code rejects.csv} exists.
     */
    static List<SummaryFact> of(ReportData data, long rejected, boolean rejectsWritten) {
        List<SummaryFact> facts = new ArrayList<>();
        facts.add(new SummaryFact("Articles counted", data.totalArticles(), null));
        if (rejected < 0) {
            facts.add(new SummaryFact("Records rejected", "not recorded", null));
        } else {
            facts.add(new SummaryFact("Records rejected", rejected,
                    rejectsWritten ? Tables.REJECTS.path() : null));
            facts.add(new SummaryFact("Records read", data.totalArticles() + rejected, null));
        }
        facts.add(new SummaryFact("Period unit", data.periodUnit(), null));
        List<VolumeRow> volume = data.volume();
        facts.add(new SummaryFact("Periods", (long) volume.size(), null));
        if (!volume.isEmpty()) {
            facts.add(new SummaryFact("Range", volume.get(0).period() + " to " + volume.get(volume.size() - 1).period(),
                    null));
        }
        facts.add(new SummaryFact("Top N per kind", (long) data.topN(), null));
        for (EntityKind kind : EntityKind.values()) {
            facts.add(new SummaryFact(kind.title() + " ranked", (long) data.top(kind).size(), null));
        }
        return List.copyOf(facts);
    }
}
