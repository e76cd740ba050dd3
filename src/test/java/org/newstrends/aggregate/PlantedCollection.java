package org.newstrends.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newstrends.ingest.Article;

/**
 * The planted collection the analysis tests and the worked examples of docs/measures.md use: 155 articles from
 * January to 20 June 2024 in three sources (wire, daily, herald). Every text is made of words of its own, so only
 * the planted copies are alike:
 * <ul>
 *   <li>background: 20 articles a month on days 1 to 20, wire (even) and daily (odd); the first 5 name Paris;</li>
 *   <li>rising: Mara Quill with Lisbon, once a month January to April, twice in May, 12 times in June (wire);</li>
 *   <li>one-source spike: Ivo Brand once a month January to March (daily), 10 times in April, all herald, of which
 *       ivo-04-07, -08 and -09 are exact copies of ivo-04-06;</li>
 *   <li>a syndicated story in March: story-wire (5 March, kept), story-daily (6 March, exact copy with another title and agency
 *       lines), story-herald (2 of 104 words changed: similarity 90/110), story-edited (3 words changed:
 *       85/115, below 0.8, not a copy);</li>
 *   <li>the phrase "harbour strike" in bg-02-03 and in mq-06-00 to mq-06-02.</li>
 * </ul>
 */
final class PlantedCollection {
    static final String WIRE = "wire";
    static final String DAILY = "daily";
    static final String HERALD = "herald";
    static final String PARIS = "Paris|CITY|FR";
    static final String LISBON = "Lisbon|CITY|PT";

    final List<Article> articles = new ArrayList<>();
    final List<EntityArticle> rows = new ArrayList<>();

    PlantedCollection() {
        for (int m = 1; m <= 6; m++) {
            for (int i = 0; i < 20; i++) {
                String id = String.format("bg-%02d-%02d", m, i);
                String text = words(id, 40) + (m == 2 && i == 3 ? " dockers began a harbour strike today" : "");
                add(id, LocalDate.of(2024, m, i + 1), i % 2 == 0 ? WIRE : DAILY, text);
                if (i < 5) entity(id, "location", PARIS, "Paris", "CITY", "FR");
            }
        }
        int[] quill = {1, 1, 1, 1, 2, 12};
        for (int m = 1; m <= 6; m++) {
            for (int i = 0; i < quill[m - 1]; i++) {
                String id = String.format("mq-%02d-%02d", m, i);
                int day = m == 6 ? i + 1 : 21 + i;
                add(id, LocalDate.of(2024, m, day), WIRE,
                        words(id, 40) + (m == 6 && i < 3 ? " as the harbour\nstrike went on" : ""));
                entity(id, "actor", "Mara Quill", "Mara Quill", "PERSON", "PT");
                entity(id, "location", LISBON, "Lisbon", "CITY", "PT");
            }
        }
        for (int m = 1; m <= 3; m++) {
            String id = String.format("ivo-%02d-00", m);
            add(id, LocalDate.of(2024, m, 23), DAILY, words(id, 40));
            entity(id, "actor", "Ivo Brand", "Ivo Brand", "PERSON", null);
        }
        for (int i = 0; i < 10; i++) {
            String id = String.format("ivo-04-%02d", i);
            add(id, LocalDate.of(2024, 4, i + 1), HERALD, words(i >= 7 ? "ivo-04-06" : id, 40));
            entity(id, "actor", "Ivo Brand", "Ivo Brand", "PERSON", null);
        }
        String story = words("story", 104);
        add("story-wire", LocalDate.of(2024, 3, 5), WIRE, story);
        Article daily = add("story-daily", LocalDate.of(2024, 3, 6), DAILY,
                "LISBON (Meridian Wire) — " + story + "\nReporting by Ana Lobo; editing by Rui Sal\n(c) 2024 Meridian Wire");
        daily.setTitle("Another title for the same story");
        add("story-herald", LocalDate.of(2024, 3, 6), HERALD, changed(story, "herald", 20, 60));
        add("story-edited", LocalDate.of(2024, 3, 7), HERALD, changed(story, "edited", 20, 50, 80));
    }

    /** {@code n} words of their own: {@code prefix} with a number, e.g. "storyw0 storyw1 ...". */
    static String words(String prefix, int n) {
        StringBuilder b = new StringBuilder();
        String stem = prefix.replaceAll("[^A-Za-z0-9]", "");
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(stem).append('w').append(i);
        return b.toString();
    }

    /** {@code text} with the words at {@code positions} replaced by {@code word} and the position. */
    static String changed(String text, String word, int... positions) {
        String[] w = text.split(" ");
        for (int p : positions) w[p] = word + p;
        return String.join(" ", w);
    }

    long total() {
        return articles.size();
    }

    private Article add(String id, LocalDate date, String source, String text) {
        Article a = new Article(id, date, source, "Title of " + id, text, null);
        articles.add(a);
        return a;
    }

    private void entity(String id, String kind, String key, String name, String type, String country) {
        Article a = articles.stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
        Map<String, Long> surfaces = new TreeMap<>();
        surfaces.put(name, 1L);
        EntityArticle r = new EntityArticle(id, a.getDate(), kind, key, name, type, country, 1, surfaces);
        r.setSource(a.getSource());
        rows.add(r);
    }
}
