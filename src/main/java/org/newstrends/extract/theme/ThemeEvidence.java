package org.newstrends.extract.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;

/**
 * What one article offers as evidence of themes: its taxonomy terms and its actors that a cue names, grouped into
 * <i>items</i> (one term, or one cue of one organisation or person), each with its credit and the offsets into
 * {@code text} where it occurs.
 *
 * <p>An occurrence in the title is credited {@value #TITLE_FACTOR}, one in the lead (the first {@value #LEAD_CHARS}
 * characters of the text) {@value #LEAD_FACTOR}, one further down 1; an item's credit is capped at
 * {@value #MAX_CREDIT}. An organisation counts by its canonical name when a cue names it, else by the last word
 * and the words of its name; a person by every role the article states for them on any of their mentions. One
 * actor counts once per theme, by its heaviest cue (curated weight), and not where a term of that theme was matched over its
 * words ("Microsoft" as a term and as an organisation counts once). A term inside an organisation's name whose
 * cues are all of other themes does not count.
 */
public final class ThemeEvidence {

    /** How much more an occurrence in the title counts than one in the tail of the text. */
    public static final double TITLE_FACTOR = 2.0;
    /** How much more an occurrence in the lead counts than one in the tail of the text. */
    public static final double LEAD_FACTOR = 1.5;
    /** The length of the lead: occurrences starting before this offset of the text are in it. */
    public static final int LEAD_CHARS = 250;
    /** The most credit one item gets, however often it occurs. */
    public static final double MAX_CREDIT = 3.0;

    private final int[] feature;
    private final double[] credit;
    private final List<List<int[]>> spans;

    private ThemeEvidence(int[] feature, double[] credit, List<List<int[]>> spans) {
        this.feature = feature;
        this.credit = credit;
        this.spans = spans;
    }

    /** The evidence of an article with this title, text and actor and location mentions under {@code model}. */
    public static ThemeEvidence collect(ThemeModel model, FieldText title, FieldText text, List<Mention> mentions) {
        List<ActorCues> actors = actorCues(model, mentions);
        List<int[]> titleTerms = terms(model, title, actors, true);
        List<int[]> textTerms = terms(model, text, actors, false);
        Collector collector = new Collector();
        for (int[] term : titleTerms) collector.add("", term[0], TITLE_FACTOR, null);
        for (int[] term : textTerms) collector.add("", term[0], factor(term[1]), new int[] {term[1], term[2]});
        for (ActorCues actor : actors) {
            Mention m = actor.mention();
            boolean inTitle = actor.inTitle();
            for (int f : actor.features()) {
                if (termOfThemeOverlaps(model, inTitle ? titleTerms : textTerms, model.theme(f), m)) continue;
                collector.add(m.canonical(), f, inTitle ? TITLE_FACTOR : factor(m.start()),
                        inTitle ? null : new int[] {m.start(), m.end()});
            }
        }
        return collector.build();
    }

    /** An actor mention and the cue features it has, the heaviest one per theme. */
    private record ActorCues(Mention mention, boolean inTitle, int[] features) { }

    private static List<ActorCues> actorCues(ThemeModel model, List<Mention> mentions) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (Mention m : mentions) {
            if (m.entityType() == MentionType.PERSON && m.role() != null) {
                roles.computeIfAbsent(m.canonical(), k -> new TreeSet<>()).add(m.role());
            }
        }
        List<ActorCues> actors = new ArrayList<>();
        for (Mention m : mentions) {
            if (!m.isActor()) continue;
            actors.add(new ActorCues(m, m.textField() == Field.TITLE,
                    actorFeatures(model, m, roles.getOrDefault(m.canonical(), Set.of()))));
        }
        return actors;
    }

    /**
     * The term occurrences of one field as {@code {term, start, end}}, without those inside an organisation's
     * name whose cues are of other themes only (the "Labour" of the Labour Party is no labour term).
     */
    private static List<int[]> terms(ThemeModel model, FieldText field, List<ActorCues> actors, boolean inTitle) {
        TermMatcher matcher = model.matcher();
        List<int[]> terms = new ArrayList<>();
        matcher.match(NormalizedWords.of(field.tokens(), matcher.vocabulary()), (ids, start, end) -> {
            for (int id : ids) {
                if (!insideOtherName(model, model.theme(id), start, end, actors, inTitle)) terms.add(new int[] {id, start, end});
            }
        });
        return terms;
    }

    private static boolean insideOtherName(ThemeModel model, int theme, int start, int end, List<ActorCues> actors,
                                           boolean inTitle) {
        for (ActorCues actor : actors) {
            Mention m = actor.mention();
            if (actor.inTitle() != inTitle || start < m.start() || end > m.end() || actor.features().length == 0) continue;
            if (m.entityType() != MentionType.ORGANIZATION) continue;
            boolean sameTheme = false;
            for (int f : actor.features()) sameTheme |= model.theme(f) == theme;
            if (!sameTheme) return true;
        }
        return false;
    }

    /** True when a term of {@code theme} was matched over part of the mention: the same words count once. */
    private static boolean termOfThemeOverlaps(ThemeModel model, List<int[]> terms, int theme, Mention m) {
        for (int[] term : terms) {
            if (model.theme(term[0]) == theme && term[1] < m.end() && m.start() < term[2]) return true;
        }
        return false;
    }

    private static double factor(int start) {
        return start < LEAD_CHARS ? LEAD_FACTOR : 1.0;
    }

    /** The cue features of one actor mention, the heaviest one per theme. */
    private static int[] actorFeatures(ThemeModel model, Mention m, Set<String> roles) {
        List<int[]> candidates = new ArrayList<>();
        if (m.entityType() == MentionType.ORGANIZATION) {
            int[] byName = model.cues(ActorThemeCues.Kind.ORGANIZATION, m.canonical());
            if (byName.length > 0) {
                candidates.add(byName);
            } else {
                String[] words = m.canonical().split(" ");
                candidates.add(model.cues(ActorThemeCues.Kind.ORG_HEAD, withoutDot(words[words.length - 1])));
                for (String word : words) candidates.add(model.cues(ActorThemeCues.Kind.ORG_WORD, withoutDot(word)));
            }
        } else if (m.entityType() == MentionType.PERSON) {
            for (String role : roles) candidates.add(model.cues(ActorThemeCues.Kind.ROLE, role));
        }
        Map<Integer, Integer> bestByTheme = new TreeMap<>();
        for (int[] features : candidates) {
            for (int f : features) {
                Integer best = bestByTheme.get(model.theme(f));
                if (best == null || model.curatedWeight(f) > model.curatedWeight(best)
                        || (model.curatedWeight(f) == model.curatedWeight(best) && f < best)) {
                    bestByTheme.put(model.theme(f), f);
                }
            }
        }
        return bestByTheme.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private static String withoutDot(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }

    /** How many items there are. */
    public int size() {
        return feature.length;
    }

    /** The feature of item {@code i} (see {@link ThemeModel}). */
    public int feature(int i) {
        return feature[i];
    }

    /** The credit of item {@code i}: its occurrences weighted by place, capped at {@value #MAX_CREDIT}. */
    public double credit(int i) {
        return credit[i];
    }

    /** The {@code [start, end)} offsets into the text of item {@code i}'s occurrences there, in text order. */
    public List<int[]> spans(int i) {
        return spans.get(i);
    }

    /** Gathers occurrences into items in order of first occurrence. */
    private static final class Collector {
        private final Map<String, Integer> items = new LinkedHashMap<>();
        private final List<Integer> features = new ArrayList<>();
        private final List<double[]> credits = new ArrayList<>();
        private final List<List<int[]>> spans = new ArrayList<>();

        void add(String actor, int feature, double factor, int[] span) {
            Integer item = items.get(actor + '\u0000' + feature);
            if (item == null) {
                item = features.size();
                items.put(actor + '\u0000' + feature, item);
                features.add(feature);
                credits.add(new double[1]);
                spans.add(new ArrayList<>());
            }
            credits.get(item)[0] += factor;
            if (span != null) spans.get(item).add(span);
        }

        ThemeEvidence build() {
            int n = features.size();
            int[] feature = new int[n];
            double[] credit = new double[n];
            List<List<int[]>> itemSpans = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                feature[i] = features.get(i);
                credit[i] = Math.min(credits.get(i)[0], MAX_CREDIT);
                List<int[]> s = new ArrayList<>(spans.get(i));
                s.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
                itemSpans.add(List.copyOf(s));
            }
            return new ThemeEvidence(feature, credit, itemSpans);
        }
    }
}
