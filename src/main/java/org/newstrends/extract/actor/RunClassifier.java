package org.newstrends.extract.actor;

import java.util.Set;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;

/**
 * The rule finder's reading of one capitalised run of a field: whether it is a person (first names, initials,
 * plain capitalised words), an organisation (head words, "Bank of", curated names inside it, teams) or left to
 * the article-wide resolution (lone words, acronyms, places). One per field scan; remembers its last answer on
 * whether a run opens with a person, which is asked several times per run.
 */
final class RunClassifier {

    /** US births from which a first name opens a person even after "the" ("the Joe Biden administration"). */
    static final long FREQUENT_FIRST_NAME = 50_000;

    /** Words before which two capitalised words are not a person's name ("the Golden Bear", "on Potsdamer Platz"). */
    private static final Set<String> NOT_BEFORE_NAMES = Set.of(
            "the", "a", "an", "on", "at", "in", "into", "near", "inside", "outside", "along");

    private final NameCues cues;
    private final RuleActorFinder.FieldScan scan;
    private final FieldTokens t;
    private final NameToken[] p;
    private final int n;
    private final ArticleActors article;
    /** The last run {@link #personLed} answered for, and its answer. */
    private int ledStart = -1;
    private int ledEnd = -1;
    private boolean ledResult;

    RunClassifier(NameCues cues, RuleActorFinder.FieldScan scan, FieldTokens t) {
        this.cues = cues;
        this.scan = scan;
        this.t = t;
        this.p = t.p;
        this.n = t.n;
        this.article = t.article;
    }

    /**
     * Decides what the capitalised run over tokens [a, b) is: a team of a results table, single words of a
     * headline for the article-wide resolution, curated organisations inside it, an organisation by its head word
     * or "Bank of", an acronym or lone word, a place, a team ("Atlanta Braves"), or a person; words that are no
     * names are trimmed off both ends first.
     */
    void classifyRun(int a, int b) {
        while (a < b && (cues.isNotName(p[a]) || p[a].sentenceStart && !p[a].allCaps
                && article.writesInLowerCase(p[a].text))) {
            a++;
        }
        while (b > a && !cues.nameCapable(p[b - 1])) b--;
        if (a >= b) return;
        if (isTeamInTable(a, b)) {
            scan.addOrganization(a, b, t.join(a, b), null, false);
            article.teams.add(Surface.upperKey(t.join(a, b)));
            return;
        }
        if (p[a].shout) {
            for (int k = a; k < b; k++) {
                ActorCandidate c = t.candidate(k, k + 1, ActorCandidate.Kind.SINGLE);
                c.shout = true;
                article.candidates.add(c);
            }
            return;
        }
        if (!personLed(a, b)) {
            for (int k = a; k < b; k++) {
                PhraseDictionary.Match<Organization> org = cues.organizationAt(t, k);
                if (org == null || org.end() > b) continue;
                classifyRun(a, k);
                scan.addOrganization(k, org.end(), org.value().canonical(), org.value().country(), true);
                classifyRun(org.end(), b);
                return;
            }
        }
        int len = b - a;
        String surface = t.join(a, b);
        boolean place = !cues.gazetteer.lookup(surface).isEmpty();
        String last = Surface.withoutTrailingDot(p[b - 1].text);
        if (len >= 2 && !place && (cues.lexicon.orgHeads.contains(last) || hasOrgLeadOf(a, b))) {
            if (hasDistinctiveWord(a, b)) scan.addOrganization(a, b, surface, cues.countryOf(p[a].text), false);
            return;
        }
        if (len == 1) {
            if (!place && cues.isAcronym(p[a])) {
                article.candidates.add(t.candidate(a, b, ActorCandidate.Kind.ACRONYM));
            } else {
                article.candidates.add(t.candidate(a, b, ActorCandidate.Kind.SINGLE));
            }
            return;
        }
        if (place) {
            article.candidates.add(t.candidate(a, b, ActorCandidate.Kind.PLACE));
            return;
        }
        if (containsTitleWord(a, b)) return;
        if (isTeamLike(a, b)) {
            scan.addOrganization(a, b, surface, null, false);
            return;
        }
        if (cues.lexicon.notPersonEnds.contains(Surface.withoutTrailingDot(p[b - 1].text))) return;
        if (quoted(a, b)) return;
        if (personLed(a, b) || len <= 3 && looksLikeName(a, b) && !partOfLongerName(a, b)) {
            ActorCandidate c = t.candidate(a, b, ActorCandidate.Kind.PERSON);
            c.names = len;
            article.candidates.add(c);
        }
    }

    /** True when [a, b) holds a word that is not an organisation head word or legal form ("Co Inc" has none). */
    private boolean hasDistinctiveWord(int a, int b) {
        for (int k = a; k < b; k++) {
            String w = Surface.withoutTrailingDot(p[k].text);
            if (!cues.lexicon.orgHeads.contains(w) && !cues.lexicon.orgSuffixes.contains(w)) return true;
        }
        return false;
    }

    /**
     * A city or region followed by one or two capitalised words ending in a plural that the article never
     * writes in lower case ("Atlanta Braves", "Toronto Blue Jays"): a team. Not after a country or demonym ("U.S. Officials",
     * "U.S. Banks"), nor with a common plural ("New York Sales"), nor a verb form ("U.S. Has").
     */
    private boolean isTeamLike(int a, int b) {
        String last = p[b - 1].text;
        if (b - a < 2 || !last.endsWith("s") || last.endsWith("ss") || last.length() < 4 || cues.firstNames.common(p[a].text)) return false;
        if (article.writesInLowerCase(last) || cues.lexicon.notNames.contains(last)) return false;
        int prefix = cues.leadingPlaceEnd(t, a, b);
        if (prefix == a || b - prefix > 2) return false;
        for (Gazetteer.Entry e : cues.gazetteer.lookup(t.join(a, prefix))) {
            if (e.demonym() || e.place().type() == Place.Type.COUNTRY) return false;
        }
        return true;
    }

    /** "1996-08-30" (a dateline) or "20-5-45-1" (bowling figures): not a team's score. */
    private boolean isDateOrFigures(String token) {
        int dashes = 0;
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) == '-') dashes++;
        }
        return dashes >= 2;
    }

    private boolean containsPlaceOrOrgWord(int a, int b) {
        if (cues.isPlace(t.join(a, b))) return true;
        for (int k = a; k < b; k++) {
            if (cues.isPlace(p[k].text) || cues.lexicon.orgHeads.contains(Surface.withoutTrailingDot(p[k].text))) return true;
        }
        return false;
    }

    /**
     * A run that opens with an initial ("M. Waugh") or a first name that is not a place. A first name that is
     * also a major place ("Paris", "London"; see {@link NameCues#isMajorPlace}) opens a person only in a run of two or three words, not after "the"
     * or a place preposition, whose other words look like a surname: not places, organisation or event words,
     * nor words the article writes in lower case ("the Paris Bourse", "London Interbank Offered Rate" are no
     * people; "Paris Hilton" is). After "the" or a place preposition only a frequent first name
     * ({@link #FREQUENT_FIRST_NAME} US births) opens a person ("the Golden Bear" is none). A run opening with a place of two words ("Hong Kong Land") or ending in a
     * country's demonym ("Royal Dutch") is no person either.
     */
    private boolean personLed(int a, int b) {
        if (a == ledStart && b == ledEnd) return ledResult;
        ledStart = a;
        ledEnd = b;
        ledResult = computePersonLed(a, b);
        return ledResult;
    }

    private boolean computePersonLed(int a, int b) {
        if (b - a < 2 || b - a > 5) return false;
        if (p[a].isInitial()) return true;
        if (p[a].allCaps) {
            return b - a == 2 && p[a].text.length() == 2 && !p[a + 1].allCaps && !cues.isPlace(p[a].text)
                    && !cues.isPlace(p[a + 1].text) && cues.organizationAt(t, a) == null;
        }
        String first = p[a].text;
        if (!cues.firstNames.contains(first) || cues.lexicon.placeLeads.contains(first) || cues.isPlace(t.join(a, a + 2))) return false;
        if (cues.isCountryDemonym(p[b - 1].text)) return false;
        boolean afterDeterminer = a > 0 && NOT_BEFORE_NAMES.contains(Surface.lowerKey(p[a - 1].text));
        if (afterDeterminer && cues.firstNames.births(first) < FREQUENT_FIRST_NAME) return false;
        if (!cues.isPlace(first)) return true;
        if (!cues.isMajorPlace(first)) return cues.firstNames.common(first);
        if (!cues.firstNames.common(first) || b - a > 3) return false;
        if (afterDeterminer) return false;
        for (int k = a + 1; k < b; k++) {
            String w = Surface.withoutTrailingDot(p[k].text);
            if (cues.isMajorPlace(w) || cues.lexicon.orgHeads.contains(w) || cues.lexicon.notPersonEnds.contains(w)
                    || article.writesInLowerCase(w)) {
                return false;
            }
        }
        return true;
    }

    /** A run in quotation marks, alone or after "The": the title of a work ("Winter Light", "The Quiet Harbour"). */
    private boolean quoted(int a, int b) {
        int open = a > 0 && p[a - 1].text.equals("The") ? a - 2 : a - 1;
        return open >= 0 && b < n && p[open].isQuote() && p[b].isQuote();
    }

    /**
     * Capitalised words with no first name and no title that are rather part of something longer: after
     * "the", "a" or a place preposition ("the Golden Bear", "on Potsdamer Platz"), inside a longer name
     * ("Centre for Disease Prevention", "Economic Community of West African States"), or the start of a
     * longer place name ("Sault Ste. Marie").
     */
    private boolean partOfLongerName(int a, int b) {
        if (a > 0 && NOT_BEFORE_NAMES.contains(Surface.lowerKey(p[a - 1].text))) return true;
        if (a > 1 && (p[a - 1].text.equals("of") || p[a - 1].text.equals("for")) && p[a - 2].cap) return true;
        if (b + 1 < n && (p[b].text.equals("of") || p[b].text.equals("for")) && p[b + 1].cap
                && !p[b + 1].newlineBefore && !cues.isPlace(p[b + 1].text)) {
            return true;
        }
        String text = t.text();
        for (int k = b + 1; k <= Math.min(n, b + 3); k++) {
            if (cues.isPlace(Surface.normaliseSpaces(text.substring(p[a].start, p[k - 1].end)))) return true;
        }
        return false;
    }

    /**
     * Plain capitalised words, none a place, a title or an organisation word, outside a heading in title
     * case: a name by default.
     */
    private boolean looksLikeName(int a, int b) {
        if (p[a].headingLine) return false;
        String first = p[a].text;
        if (cues.lexicon.placeLeads.contains(first)) return false;
        if (first.length() >= 6 && first.endsWith("ing")) return false;
        for (int k = a; k < b; k++) {
            NameToken q = p[k];
            if (!q.cap || q.allCaps || cues.isPlace(q.text) || cues.lexicon.orgHeads.contains(Surface.withoutTrailingDot(q.text))) return false;
            if (cues.lexicon.notNames.contains(q.text)) return false;
            if (article.writesInLowerCase(q.text)) return false;
        }
        return true;
    }

    /** A team in a results table: followed by a score, or either side of "v". */
    private boolean isTeamInTable(int a, int b) {
        if (personLed(a, b) || cues.countryOf(t.join(a, b)) != null) return false;
        if (a > 0 && NameToken.isVersus(p[a - 1].text)) return true;
        if (b >= n) return false;
        String next = p[b].text;
        if (NameToken.isVersus(next)) return true;
        if (!p[a].numericLine || !Character.isDigit(next.charAt(0)) || isDateOrFigures(next)) return false;
        if (b - a > 1) return containsPlaceOrOrgWord(a, b);
        if (cues.isPlace(p[a].text)) return true;
        for (int i = 0; i < next.length(); i++) {
            if (!Character.isDigit(next.charAt(i))) return false;
        }
        return true;
    }

    private boolean hasOrgLeadOf(int a, int b) {
        for (int k = a; k + 1 < b; k++) {
            if ((p[k + 1].text.equals("of") || p[k + 1].text.equals("for")) && cues.lexicon.orgLeads.contains(p[k].text)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsTitleWord(int a, int b) {
        for (int k = a; k < b; k++) {
            if (cues.lexicon.titleWords.contains(Surface.titleKey(p[k].text))) return true;
        }
        return false;
    }
}
