package org.newstrends.extract.actor;

import java.util.ArrayList;
import java.util.List;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;

/**
 * The person and organisation spans a statistical tagger found, as candidates with the tagger's offsets: a person
 * reads the title right before it (role, and the country stated before the title); an organisation is looked up
 * among the curated ones (as written, in capitals on a headline line, or the curated name it opens before legal
 * forms), registers an acronym in brackets right after it, and is that acronym's organisation when it is one.
 * Other types are skipped. One per article.
 */
final class TaggedActorFinder implements ActorFinder {

    /** The most tokens a title before a tagged person may have ("Deputy Assistant Secretary of State"). */
    private static final int MAX_TITLE_TOKENS = 6;

    private final NameCues cues;
    private final List<EntitySpan> spans;

    /** A finder of the PER and ORG spans among {@code spans} (field then offset order, no possessive "'s"). */
    TaggedActorFinder(NameCues cues, List<EntitySpan> spans) {
        this.cues = cues;
        this.spans = spans;
    }

    @Override
    public void find(ArticleActors article) {
        FieldSpans[] fields = new FieldSpans[article.fields.size()];
        for (EntitySpan span : spans) {
            if (span.type() != NameType.PER && span.type() != NameType.ORG) continue;
            if (fields[span.field()] == null) fields[span.field()] = new FieldSpans(new FieldTokens(article, span.field()));
            fields[span.field()].add(span);
        }
    }

    /** The tagged spans of one field, in offset order. */
    private final class FieldSpans {
        private final FieldTokens t;
        private final NameToken[] p;
        private final int n;
        private final ArticleActors article;
        private final ActorLexicon lexicon;
        /** Where an acronym in brackets after a tagged organisation starts, and that organisation's country. */
        private int bracketAcronymStart = -1;
        private String bracketAcronymCountry;

        FieldSpans(FieldTokens t) {
            this.t = t;
            this.p = t.p;
            this.n = t.n;
            this.article = t.article;
            this.lexicon = cues.lexicon;
        }

        void add(EntitySpan span) {
            int field = t.field;
            String surface = Surface.normaliseSpaces(t.text().substring(span.start(), span.end()));
            int a = t.tokenFrom(span.start());
            int b = t.tokenFrom(span.end());
            boolean startAligned = a < n && p[a].start == span.start();
            boolean endAligned = b > a && p[b - 1].end == span.end();
            if (span.type() == NameType.PER) {
                ActorCandidate c = new ActorCandidate(field, span.start(), span.end(), ActorCandidate.Kind.PERSON, surface);
                c.tagged = true;
                c.names = surface.split(" ").length;
                PhraseDictionary.Match<Title> title = startAligned ? titleEndingAt(a) : null;
                if (title != null) {
                    c.role = title.value().role();
                    c.country = cues.statedCountry(t, title.start());
                }
                article.candidates.add(c);
                return;
            }
            ActorCandidate c;
            if (span.start() == bracketAcronymStart && article.acronyms.containsKey(surface)) {
                c = new ActorCandidate(field, span.start(), span.end(), ActorCandidate.Kind.ORG, surface);
                c.canonical = article.acronyms.get(surface);
                c.country = bracketAcronymCountry;
            } else {
                Organization known = startAligned && p[a].shout
                        ? lexicon.organizationAnyCase(surface) : lexicon.organization(surface);
                PhraseDictionary.Match<Organization> opening = known == null && startAligned && endAligned
                        ? curatedOpening(a, b) : null;
                String openingCountry = opening == null ? null : opening.value().country();
                if (opening != null && onlyLegalFormsAfter(a + opening.end(), b)) known = opening.value();
                boolean acronym = known == null && startAligned && endAligned && b - a == 1 && cues.isAcronym(p[a]);
                c = new ActorCandidate(field, span.start(), span.end(),
                        acronym ? ActorCandidate.Kind.ACRONYM : ActorCandidate.Kind.ORG, surface);
                c.canonical = known != null ? known.canonical() : surface;
                c.country = known != null ? known.country() : null;
                if (known == null && openingCountry != null) c.country = openingCountry;
                if (c.country == null && known == null && startAligned && endAligned) {
                    int prefix = cues.leadingPlaceEnd(t, a, b);
                    if (prefix > a) c.country = cues.placeCountry(t.join(a, prefix));
                }
            }
            c.tagged = true;
            article.candidates.add(c);
            if (!endAligned) return;
            t.organizationEnds(b, c.country);
            String acronym = c.kind == ActorCandidate.Kind.ORG ? t.bracketAcronymAfter(b) : null;
            if (acronym != null) {
                article.acronyms.putIfAbsent(acronym, c.canonical);
                bracketAcronymStart = p[b + 1].start;
                bracketAcronymCountry = c.country;
            }
        }

        /**
         * The longest curated organisation that opens tokens [a, b) ("General Motors" of "General Motors Corp"), read
         * in capitals on a headline line, or null.
         */
        private PhraseDictionary.Match<Organization> curatedOpening(int a, int b) {
            List<String> words = new ArrayList<>(b - a);
            for (int k = a; k < b; k++) words.add(p[k].text);
            return lexicon.organizationOpening(words, p[a].shout);
        }

        /** True when tokens [from, b) are all legal forms ("Corp", "Co"): the name is the organisation before them. */
        private boolean onlyLegalFormsAfter(int from, int b) {
            for (int k = from; k < b; k++) {
                if (!lexicon.isOrgSuffix(p[k].text)) return false;
            }
            return true;
        }

        /** The longest title that ends right before token {@code a} on the same line, or null. */
        private PhraseDictionary.Match<Title> titleEndingAt(int a) {
            if (p[a].newlineBefore) return null;
            for (int ts = Math.max(0, a - MAX_TITLE_TOKENS); ts < a; ts++) {
                PhraseDictionary.Match<Title> m = cues.titleAt(t, ts, a);
                if (m == null || m.end() != a || m.value().capitalised() && !p[ts].cap) continue;
                boolean sameLine = true;
                for (int k = ts + 1; k <= a && sameLine; k++) sameLine = !p[k].newlineBefore;
                if (sameLine) return m;
            }
            return null;
        }
    }
}
