package org.newstrends.extract.actor;

import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;

/**
 * The hand-written finder: one pass per field, left to right, taking at each token the first of a curated
 * organisation (with a legal form right after it), a title or honorific followed by a name (the person, with
 * the title's role and the country stated before it), or a capitalised run ({@link RunClassifier}). People are
 * found without any list of known people.
 */
final class RuleActorFinder implements ActorFinder {

    private final NameCues cues;

    RuleActorFinder(NameCues cues) {
        this.cues = cues;
    }

    @Override
    public void find(ArticleActors article) {
        article.collectLowerWords();
        for (int f = 0; f < article.fields.size(); f++) {
            new FieldScan(cues, new FieldTokens(article, f)).scan();
        }
    }

    /** Pass one over one field: curated organisations, titled persons, capitalised runs. */
    static final class FieldScan {
        private final NameCues cues;
        private final ActorLexicon lexicon;
        private final FieldTokens t;
        private final NameToken[] p;
        private final int n;
        private final ArticleActors article;
        private final RunClassifier runs;

        FieldScan(NameCues cues, FieldTokens t) {
            this.cues = cues;
            this.lexicon = cues.lexicon;
            this.t = t;
            this.p = t.p;
            this.n = t.n;
            this.article = t.article;
            this.runs = new RunClassifier(cues, this, t);
        }

        void scan() {
            int i = 0;
            while (i < n) {
                if (!p[i].word) {
                    i++;
                    continue;
                }
                PhraseDictionary.Match<Organization> org = cues.organizationAt(t, i);
                if (org != null) {
                    Organization o = org.value();
                    int end = org.end();
                    if (end < n && !p[end - 1].possessive
                            && lexicon.orgSuffixes.contains(Surface.withoutTrailingDot(p[end].text))) {
                        end++;
                    }
                    i = addOrganization(org.start(), end, o.canonical(), o.country(), true);
                    continue;
                }
                int titleEnd = titleWithName(i);
                if (titleEnd > 0) {
                    i = addTitledPerson(i, titleEnd);
                    continue;
                }
                if (cues.nameCapable(p[i])) {
                    int j = runEnd(i);
                    runs.classifyRun(i, j);
                    i = j;
                    continue;
                }
                i++;
            }
        }

        /**
         * Adds an organisation over tokens [a, b) and an acronym in brackets right after it; returns the next token.
         * A name that is not a curated alias and opens with a place ("U.S. Agriculture Department", "Brazilian
         * Coffee Institute") leaves that place unclaimed, so it is still a location mention, and takes its country
         * when none is given.
         */
        int addOrganization(int a, int b, String canonical, String country, boolean curated) {
            ActorCandidate c = t.candidate(a, b, ActorCandidate.Kind.ORG);
            c.canonical = canonical;
            c.country = country;
            if (!curated) {
                int prefix = cues.leadingPlaceEnd(t, a, b);
                if (prefix > a) {
                    c.claimStart = p[prefix].start;
                    if (c.country == null) c.country = cues.placeCountry(t.join(a, prefix));
                }
            }
            article.candidates.add(c);
            t.organizationEnds(b, country);
            String acronym = t.bracketAcronymAfter(b);
            if (acronym != null) {
                article.acronyms.putIfAbsent(acronym, canonical);
                ActorCandidate a2 = t.candidate(b + 1, b + 2, ActorCandidate.Kind.ORG);
                a2.canonical = article.acronyms.get(acronym);
                a2.country = country;
                article.candidates.add(a2);
                return b + 3;
            }
            return b;
        }

        /** End of the title starting at {@code i} when a person's name follows it, else -1. */
        int titleWithName(int i) {
            if (p[i].shout) return -1;
            PhraseDictionary.Match<Title> m = cues.titleAt(t, i, n);
            if (m == null) return -1;
            Title title = m.value();
            if (title.capitalised() && !p[i].cap) return -1;
            int te = m.end();
            if (p[te - 1].possessive || te >= n) return -1;
            NameToken next = p[te];
            if (!cues.nameCapable(next) || next.newlineBefore || next.shout || cues.isNotName(next)) return -1;
            if (lexicon.titleWords.contains(Surface.titleKey(next.text))) return -1;
            if (cues.organizationAt(t, te) != null) return -1;
            int j = nameEnd(te);
            if (cues.isPlace(t.join(i, j))) return -1;
            for (int k = te; k < j; k++) {
                if (lexicon.orgHeads.contains(Surface.withoutTrailingDot(p[k].text))) return -1;
            }
            if (!title.capitalised() && (j < n && p[j].text.equals("of") || lexicon.orgLeads.contains(p[te].text)
                    || cues.isPlace(t.join(te, j)) && !cues.firstNames.contains(p[te].text))) {
                return -1;
            }
            return te;
        }

        private int addTitledPerson(int ts, int te) {
            PhraseDictionary.Match<Title> m = cues.titleAt(t, ts, n);
            int j = nameEnd(te);
            ActorCandidate c = t.candidate(te, j, ActorCandidate.Kind.PERSON);
            c.role = m.value().role();
            c.country = cues.statedCountry(t, ts);
            c.names = j - te;
            article.candidates.add(c);
            return j;
        }

        /** The name after a title: capitalised words, particles and initials, up to a break. */
        private int nameEnd(int from) {
            int j = from + 1;
            if (p[from].possessive) return j;
            while (j < n) {
                NameToken q = p[j];
                if (q.newlineBefore || q.sentenceStart && !p[j - 1].original.endsWith(".")) break;
                if (cues.nameCapable(q) && !cues.isNotName(q)) {
                    if (titleWithName(j) > 0 || breaksRun(j)) break;
                    j++;
                    if (q.possessive) break;
                    continue;
                }
                if (lexicon.particles.contains(q.text) && j + 1 < n && cues.nameCapable(p[j + 1])
                        && !p[j + 1].newlineBefore) {
                    j++;
                    continue;
                }
                break;
            }
            return j;
        }

        /**
         * True when a curated organisation of several words or an acronym starts at {@code j}; a one-word
         * name ("Ford") may still be part of a person's name ("Doug Ford"), which the run classifier decides.
         */
        private boolean breaksRun(int j) {
            PhraseDictionary.Match<Organization> m = cues.organizationAt(t, j);
            return m != null && (m.end() - m.start() > 1 || p[j].allCaps);
        }

        /** End of a capitalised run from {@code i}: stops before an organisation or a titled name. */
        private int runEnd(int i) {
            int j = i + 1;
            if (p[i].possessive) return j;
            while (j < n) {
                NameToken q = p[j];
                if (q.newlineBefore || q.shout != p[i].shout) break;
                if (q.sentenceStart && !p[j - 1].original.endsWith(".")) break;
                if (cues.nameCapable(q) && !cues.isNotName(q)) {
                    if (breaksRun(j) || titleWithName(j) > 0) break;
                    j++;
                    if (q.possessive) break;
                    continue;
                }
                if (j + 1 < n && cues.nameCapable(p[j + 1]) && !p[j + 1].newlineBefore) {
                    if (lexicon.particles.contains(q.text)
                            || (q.text.equals("of") || q.text.equals("for")) && lexicon.orgLeads.contains(p[j - 1].text)
                            || q.text.equals("&")) {
                        j++;
                        continue;
                    }
                }
                break;
            }
            return j;
        }
    }
}
