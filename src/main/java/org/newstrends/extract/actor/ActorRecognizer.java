package org.newstrends.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/**
 * Finds the people and organisations of one article and resolves their mentions within it.
 *
 * <p>People are found without any list of known people: from title cues ("Defense Secretary", "Mr.",
 * "spokesman"), first names, capitalised name sequences with particles and initials. Organisations come
 * from the curated {@code organizations.tsv}, from head words and legal suffixes ("Foreign Ministry",
 * "Acme Corp.") and from acronyms. Then, over the whole article: a later surname ("Netanyahu", "Mr. Netanyahu")
 * is the full name met earlier; an acronym introduced in brackets after a long form is that organisation;
 * aliases merge to one canonical name; a stated country ("Israeli Prime Minister ...") or, failing that,
 * the curated affiliation of an office holder fills in the person's country and role.
 *
 * <p>{@link #resolveSpans} runs the same article-wide resolution on the person and organisation names a
 * statistical tagger found, keeping the tagger's spans.
 *
 * <p>Thread-safe and stateless between articles; all state of one article lives in {@link #recognize} or
 * {@link #resolveSpans}.
 */
public final class ActorRecognizer {

    private final ActorLexicon lexicon;
    private final Gazetteer gazetteer;
    private final FirstNames firstNames;

    /** A recogniser over the given word lists. */
    public ActorRecognizer(ActorLexicon lexicon, Gazetteer gazetteer, FirstNames firstNames) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.firstNames = firstNames;
    }

    /** The recogniser of this JVM, with the shared lexicons. */
    public static ActorRecognizer shared() {
        return Holder.INSTANCE;
    }

    /** Finds and resolves the actors of one article given as its fields (title first). */
    public ActorResult recognize(List<FieldText> fields) {
        Article article = new Article(fields);
        article.collectLowerWords();
        for (int f = 0; f < fields.size(); f++) {
            new FieldScan(article, f).scan();
        }
        return article.resolve();
    }

    /**
     * Resolves the {@link NameType#PER PER} and {@link NameType#ORG ORG} spans a tagger found in one article
     * (other types are skipped), keeping their offsets: a person takes the role and country of a title right
     * before it ("US Defense Secretary Lloyd Austin") and a later surname is the full name met earlier; an
     * organisation is counted under its curated name ("UN" = "United Nations"), an acronym in brackets after
     * a long form is that organisation, and a one-word name equal to the surname of a person of the article is
     * that person.
     *
     * @param fields the article's fields (title first), as the tagger saw them
     * @param spans the tagger's spans, in field then offset order, without possessive "'s"
     */
    public ActorResult resolveSpans(List<FieldText> fields, List<EntitySpan> spans) {
        Article article = new Article(fields);
        FieldScan[] scans = new FieldScan[fields.size()];
        for (EntitySpan span : spans) {
            if (span.type() != NameType.PER && span.type() != NameType.ORG) continue;
            if (scans[span.field()] == null) scans[span.field()] = new FieldScan(article, span.field());
            scans[span.field()].addSpan(span);
        }
        return article.resolve();
    }

    // ------------------------------------------------------------------ pieces of a field

    /** One token as the recogniser sees it: possessive "'s" cut off, with line and case facts. */
    private static final class Piece {
        final String text;
        final String original;
        final int start;
        final int end;
        final boolean word;
        final boolean cap;
        final boolean allCaps;
        final boolean possessive;
        boolean sentenceStart;
        boolean newlineBefore;
        boolean shout;
        boolean numericLine;
        boolean headingLine;

        Piece(Token t) {
            String s = t.text();
            boolean poss = Surface.hasPossessive(s);
            this.original = s;
            this.text = poss ? s.substring(0, s.length() - 2) : s;
            this.start = t.start();
            this.end = poss ? t.end() - 2 : t.end();
            this.possessive = poss;
            char c = s.charAt(0);
            this.word = Character.isLetterOrDigit(c);
            this.cap = Character.isUpperCase(c);
            this.allCaps = t.allCaps();
            this.sentenceStart = t.sentenceStart();
        }
    }

    private static Piece[] pieces(FieldText field) {
        List<Token> tokens = field.tokens();
        Piece[] p = new Piece[tokens.size()];
        String text = field.text();
        int lineStart = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = new Piece(tokens.get(i));
            int from = i == 0 ? 0 : p[i - 1].end;
            boolean newline = i == 0;
            for (int k = from; k < p[i].start && !newline; k++) {
                if (text.charAt(k) == '\n') newline = true;
            }
            p[i].newlineBefore = newline;
            if (newline) {
                p[i].sentenceStart = true;
                markShouting(p, lineStart, i);
                lineStart = i;
            }
        }
        markShouting(p, lineStart, p.length);
        return p;
    }

    /** Marks a line as shouting (headline in capitals) when most of its words are in capitals. */
    private static void markShouting(Piece[] p, int from, int to) {
        int words = 0;
        int caps = 0;
        for (int i = from; i < to; i++) {
            if (!p[i].word || p[i].text.length() < 2 || !Character.isLetter(p[i].text.charAt(0))) continue;
            words++;
            if (p[i].allCaps) caps++;
        }
        boolean shout = caps >= 2 && caps * 10 >= words * 7;
        int longWords = 0;
        int capitalised = 0;
        for (int i = from; i < to; i++) {
            if (p[i].word && p[i].text.length() >= 4 && Character.isLetter(p[i].text.charAt(0))) {
                longWords++;
                if (p[i].cap) capitalised++;
            }
        }
        String lastToken = to > from ? p[to - 1].text : "";
        boolean heading = longWords >= 3 && capitalised * 10 >= longWords * 8
                && !lastToken.equals(".") && !lastToken.equals("?") && !lastToken.equals("!");
        int numbers = 0;
        int symbols = 0;
        for (int i = from; i < to; i++) {
            if (Character.isDigit(p[i].text.charAt(0))) numbers++;
            else if (!p[i].word) symbols++;
        }
        heading &= numbers == 0;
        boolean numeric = numbers >= 2 && (numbers + symbols) * 10 >= (to - from) * 4;
        for (int i = from; i < to; i++) {
            p[i].shout = shout;
            p[i].numericLine = numeric;
            p[i].headingLine = heading;
        }
    }

    private static String bare(String s) {
        return Surface.withoutTrailingDot(s);
    }

    // ------------------------------------------------------------------ candidates of the article

    private enum Kind { PERSON, ORG, SINGLE, ACRONYM, PLACE }

    /** A span found in pass one, typed or waiting for the article-wide resolution of pass two. */
    private static final class Candidate {
        final int field;
        final int start;
        final int end;
        final Kind kind;
        final String surface;
        String canonical;
        String country;
        String role;
        boolean shout;
        /** Found by a tagger: its span and type stand, resolution only names it. */
        boolean tagged;
        int names;
        /** Where the claimed span starts: after a place that opens a name found by its head word ("U.S." of "U.S. Agriculture Department"). */
        int claimStart;

        Candidate(int field, int start, int end, Kind kind, String surface) {
            this.field = field;
            this.start = start;
            this.claimStart = start;
            this.end = end;
            this.kind = kind;
            this.surface = surface;
        }
    }

    /** What one article holds while it is recognised. */
    private final class Article {
        final List<FieldText> fields;
        final List<Candidate> candidates = new ArrayList<>();
        final Set<String> lowerWords = new HashSet<>();
        final Map<String, String> acronyms = new HashMap<>();
        final Set<String> teams = new HashSet<>();

        Article(List<FieldText> fields) {
            this.fields = fields;
        }

        /** Notes the words the article writes in lower case, which the rules read as no names (not needed for tagged spans). */
        void collectLowerWords() {
            for (FieldText f : fields) {
                for (Token t : f.tokens()) {
                    String s = t.text();
                    if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) lowerWords.add(s);
                }
            }
        }

        ActorResult resolve() {
            PersonIndex persons = new PersonIndex();
            for (Candidate c : candidates) {
                if (c.kind == Kind.PERSON && c.names >= 2) c.canonical = persons.register(c.surface);
            }
            Map<String, String> orgsByInitials = new HashMap<>();
            for (Candidate c : candidates) {
                if (c.kind == Kind.ORG) orgsByInitials.putIfAbsent(initials(c.canonical), c.canonical);
            }
            List<Candidate> accepted = new ArrayList<>();
            for (Candidate c : candidates) {
                switch (c.kind) {
                    case PERSON -> {
                        if (c.canonical == null) c.canonical = singlePersonName(c.surface, persons);
                        boolean compound = c.tagged && c.names == 1 && c.canonical.equals(c.surface)
                                && addHyphenParts(c, persons, accepted);
                        if (!compound) accepted.add(c);
                    }
                    case ORG -> {
                        String person = c.surface.indexOf(' ') < 0 ? persons.bySurname(c.surface) : null;
                        accepted.add(person != null ? retyped(c, Kind.PERSON, person) : c);
                    }
                    case SINGLE -> resolveSingle(c, persons, accepted);
                    case PLACE -> {
                        if (teams.contains(Surface.upperKey(c.surface))) {
                            accepted.add(retyped(c, Kind.ORG, c.surface));
                        }
                    }
                    case ACRONYM -> {
                        if (!c.tagged && persons.isFirstName(c.surface)) continue;
                        String canonical = acronyms.get(c.surface);
                        if (canonical == null) canonical = orgsByInitials.get(c.surface);
                        accepted.add(retyped(c, Kind.ORG, canonical == null ? c.surface : canonical));
                    }
                    default -> throw new IllegalStateException("unexpected " + c.kind);
                }
            }
            return emit(accepted, statedAffiliations(accepted));
        }

        /** Per person entity, the first country and the first role the article states for any of its mentions. */
        private Map<String, Affiliation> statedAffiliations(List<Candidate> accepted) {
            Map<String, Affiliation> stated = new HashMap<>();
            for (Candidate c : accepted) {
                if (c.kind != Kind.PERSON) continue;
                Affiliation a = stated.get(c.canonical);
                String country = a == null || a.country() == null ? c.country : a.country();
                String role = a == null || a.role() == null ? c.role : a.role();
                stated.put(c.canonical, new Affiliation(country, role));
            }
            return stated;
        }

        /** The full name of a person named by one word after a title: a surname, else a first name ("Sir Keir"). */
        private String singlePersonName(String word, PersonIndex persons) {
            String known = persons.bySurname(word);
            if (known == null) known = persons.byFirstName(word);
            if (known != null) return known;
            String curated = lexicon.affiliatedFullName(word);
            return curated != null ? curated : word;
        }

        private static Candidate retyped(Candidate c, Kind kind, String canonical) {
            Candidate r = new Candidate(c.field, c.start, c.end, kind, c.surface);
            r.canonical = canonical;
            r.claimStart = c.claimStart;
            r.country = c.country;
            r.role = c.role;
            return r;
        }

        private void resolveSingle(Candidate c, PersonIndex persons, List<Candidate> accepted) {
            if (teams.contains(Surface.upperKey(c.surface))) {
                accepted.add(retyped(c, Kind.ORG, c.surface));
                return;
            }
            String person = persons.bySurname(c.surface);
            if (person != null && !c.shout && isBroadPlace(c.surface)) person = null;
            if (person != null) {
                accepted.add(retyped(c, Kind.PERSON, person));
                return;
            }
            String org = acronyms.get(c.surface);
            if (org != null) {
                accepted.add(retyped(c, Kind.ORG, org));
                return;
            }
            addHyphenParts(c, persons, accepted);
        }

        /**
         * The parts of a hyphenated compound that are surnames of people of the article ("Austin-Gallant") become
         * those people, each with its own offsets; true when there was one.
         */
        private boolean addHyphenParts(Candidate c, PersonIndex persons, List<Candidate> accepted) {
            if (c.surface.indexOf('-') <= 0) return false;
            boolean added = false;
            int from = 0;
            while (from <= c.surface.length()) {
                int to = c.surface.indexOf('-', from);
                if (to < 0) to = c.surface.length();
                String part = c.surface.substring(from, to);
                String name = persons.bySurname(part);
                if (name != null) {
                    Candidate p = new Candidate(c.field, c.start + from, c.start + to, Kind.PERSON, part);
                    p.canonical = name;
                    accepted.add(p);
                    added = true;
                }
                from = to + 1;
            }
            return added;
        }

        private boolean isBroadPlace(String surface) {
            for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
                Place.Type t = e.place().type();
                if (t == Place.Type.COUNTRY || t == Place.Type.REGION || t == Place.Type.ADMIN_REGION) return true;
            }
            return false;
        }

        private ActorResult emit(List<Candidate> accepted, Map<String, Affiliation> persons) {
            accepted.sort(Comparator.<Candidate>comparingInt(c -> c.field).thenComparingInt(c -> c.start)
                    .thenComparingInt(c -> c.end));
            List<Mention> mentions = new ArrayList<>();
            Map<Field, List<int[]>> claimed = new EnumMap<>(Field.class);
            int lastField = -1;
            int lastEnd = -1;
            for (Candidate c : accepted) {
                if (c.field == lastField && c.start < lastEnd) continue;
                lastField = c.field;
                lastEnd = c.end;
                FieldText field = fields.get(c.field);
                String text = field.text().substring(c.start, c.end);
                String country = c.country;
                String role = c.role;
                MentionType type = MentionType.ORGANIZATION;
                if (c.kind == Kind.PERSON) {
                    type = MentionType.PERSON;
                    Affiliation stated = persons.get(c.canonical);
                    Affiliation curated = lexicon.affiliation(c.canonical);
                    country = stated != null && stated.country() != null ? stated.country()
                            : curated != null ? curated.country() : null;
                    role = stated != null && stated.role() != null ? stated.role()
                            : curated != null ? curated.role() : null;
                }
                mentions.add(new Mention(field.field(), c.start, c.end, text, type, c.canonical,
                        country, false, role, null, null));
                claimed.computeIfAbsent(field.field(), k -> new ArrayList<>()).add(new int[] {c.claimStart, c.end});
            }
            return new ActorResult(List.copyOf(mentions), claimed);
        }
    }

    /**
     * The people of one article named with two or more words, indexed by what later mentions use: the
     * last name, the first name (when only one person has it), first-and-last name, and word tails.
     */
    private static final class PersonIndex {
        private final Map<String, String> bySurname = new HashMap<>();
        private final Map<String, String> byFirstLast = new HashMap<>();
        private final Map<String, String> byTail = new HashMap<>();
        private final Map<String, String> byFirstName = new HashMap<>();

        /** Registers a full name; returns the canonical name of its entity (the first full form met). */
        String register(String surface) {
            String[] parts = surface.split(" ");
            String first = parts[0];
            String last = parts[parts.length - 1];
            String firstLast = first + " " + last;
            String canonical = byFirstLast.get(firstLast);
            if (canonical == null) canonical = byTail.get(surface);
            if (canonical == null) canonical = surface;
            byFirstLast.putIfAbsent(firstLast, canonical);
            for (int k = surface.indexOf(' '); k > 0; k = surface.indexOf(' ', k + 1)) {
                String tail = surface.substring(k + 1);
                if (tail.indexOf(' ') > 0) byTail.putIfAbsent(tail, canonical);
            }
            bySurname.putIfAbsent(last, canonical);
            bySurname.putIfAbsent(Surface.upperKey(last), canonical);
            String other = byFirstName.putIfAbsent(first, canonical);
            if (other != null && !other.equals(canonical)) byFirstName.put(first, "");
            return canonical;
        }

        /** The person whose last name is {@code word} (as written, or in capitals), or null. */
        String bySurname(String word) {
            return bySurname.get(word);
        }

        /** The one person whose first name is {@code word}, or null (none, or several). */
        String byFirstName(String word) {
            String name = byFirstName.get(word);
            return name == null || name.isEmpty() ? null : name;
        }

        /** True when {@code word} opens the name of a person of the article ("JD" of "JD Vance"). */
        boolean isFirstName(String word) {
            return byFirstName.containsKey(word);
        }
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ pass one over a field

    /** Pass one over one field: lexicon organisations, titled persons, capitalised runs. */
    private final class FieldScan {
        final Article article;
        final int field;
        final Piece[] p;
        final int n;
        int orgEnd = -1;
        String orgCountry;
        /** Where an acronym in brackets after a tagged organisation starts, and that organisation's country. */
        int bracketAcronymStart = -1;
        String bracketAcronymCountry;
        /** The last run {@link #personLed} answered for, and its answer (it is asked several times per run). */
        int ledStart = -1;
        int ledEnd = -1;
        boolean ledResult;

        FieldScan(Article article, int field) {
            this.article = article;
            this.field = field;
            this.p = pieces(article.fields.get(field));
            this.n = p.length;
        }

        void scan() {
            int i = 0;
            while (i < n) {
                if (!p[i].word) {
                    i++;
                    continue;
                }
                PhraseDictionary.Match<Organization> org = organizationAt(i);
                if (org != null) {
                    Organization o = org.value();
                    int end = org.end();
                    if (end < n && !p[end - 1].possessive && lexicon.orgSuffixes.contains(bare(p[end].text))) end++;
                    i = addOrganization(org.start(), end, o.canonical(), o.country(), true);
                    continue;
                }
                int titleEnd = titleWithName(i);
                if (titleEnd > 0) {
                    i = addTitledPerson(i, titleEnd);
                    continue;
                }
                if (nameCapable(p[i])) {
                    int j = runEnd(i);
                    classifyRun(i, j);
                    i = j;
                    continue;
                }
                i++;
            }
        }

        /**
         * Adds a tagger's PER or ORG span with its exact offsets. A person reads the title right before it; an
         * organisation is looked up among the curated ones, registers an acronym in brackets right after it, and
         * is that acronym's organisation when it is one.
         */
        void addSpan(EntitySpan span) {
            String surface = Surface.normaliseSpaces(article.fields.get(field).text().substring(span.start(), span.end()));
            int a = pieceFrom(span.start());
            int b = pieceFrom(span.end());
            boolean startAligned = a < n && p[a].start == span.start();
            boolean endAligned = b > a && p[b - 1].end == span.end();
            if (span.type() == NameType.PER) {
                Candidate c = new Candidate(field, span.start(), span.end(), Kind.PERSON, surface);
                c.tagged = true;
                c.names = surface.split(" ").length;
                PhraseDictionary.Match<Title> title = startAligned ? titleEndingAt(a) : null;
                if (title != null) {
                    c.role = title.value().role();
                    c.country = statedCountry(title.start());
                }
                article.candidates.add(c);
                return;
            }
            Candidate c;
            if (span.start() == bracketAcronymStart && article.acronyms.containsKey(surface)) {
                c = new Candidate(field, span.start(), span.end(), Kind.ORG, surface);
                c.canonical = article.acronyms.get(surface);
                c.country = bracketAcronymCountry;
            } else {
                Organization known = startAligned && p[a].shout
                        ? lexicon.organizationAnyCase(surface) : lexicon.organization(surface);
                PhraseDictionary.Match<Organization> opening = known == null && startAligned && endAligned
                        ? curatedOpening(a, b) : null;
                String openingCountry = opening == null ? null : opening.value().country();
                if (opening != null && onlyLegalFormsAfter(a + opening.end(), b)) known = opening.value();
                boolean acronym = known == null && startAligned && endAligned && b - a == 1 && isAcronym(p[a]);
                c = new Candidate(field, span.start(), span.end(), acronym ? Kind.ACRONYM : Kind.ORG, surface);
                c.canonical = known != null ? known.canonical() : surface;
                c.country = known != null ? known.country() : null;
                if (known == null && openingCountry != null) c.country = openingCountry;
                if (c.country == null && known == null && startAligned && endAligned) {
                    int prefix = leadingPlaceEnd(a, b);
                    if (prefix > a) c.country = placeCountry(join(a, prefix));
                }
            }
            c.tagged = true;
            article.candidates.add(c);
            if (!endAligned) return;
            orgEnd = b;
            orgCountry = c.country;
            if (c.kind == Kind.ORG && b + 2 < n && p[b].text.equals("(") && p[b + 2].text.equals(")")
                    && p[b + 1].allCaps && p[b + 1].text.length() >= 2 && p[b + 1].text.length() <= 8) {
                article.acronyms.putIfAbsent(p[b + 1].text, c.canonical);
                bracketAcronymStart = p[b + 1].start;
                bracketAcronymCountry = c.country;
            }
        }

        /**
         * The longest curated organisation that opens pieces [a, b) ("General Motors" of "General Motors Corp"), read
         * in capitals on a headline line, or null.
         */
        private PhraseDictionary.Match<Organization> curatedOpening(int a, int b) {
            List<String> words = new ArrayList<>(b - a);
            for (int k = a; k < b; k++) words.add(p[k].text);
            return lexicon.organizationOpening(words, p[a].shout);
        }

        /** True when pieces [from, b) are all legal forms ("Corp", "Co"): the name is the organisation before them. */
        private boolean onlyLegalFormsAfter(int from, int b) {
            for (int k = from; k < b; k++) {
                if (!lexicon.isOrgSuffix(p[k].text)) return false;
            }
            return true;
        }

        /** Index of the first piece that starts at or after {@code offset} ({@link #n} when none). */
        private int pieceFrom(int offset) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (p[mid].start < offset) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /** The longest title that ends right before piece {@code a} on the same line, or null. */
        private PhraseDictionary.Match<Title> titleEndingAt(int a) {
            if (p[a].newlineBefore) return null;
            for (int ts = Math.max(0, a - MAX_TITLE_PIECES); ts < a; ts++) {
                PhraseDictionary.Match<Title> m = lexicon.titles.longest(k -> Surface.titleKey(p[k].text), ts, a);
                if (m == null || m.end() != a || m.value().capitalised() && !p[ts].cap) continue;
                boolean sameLine = true;
                for (int k = ts + 1; k <= a && sameLine; k++) sameLine = !p[k].newlineBefore;
                if (sameLine) return m;
            }
            return null;
        }

        PhraseDictionary.Match<Organization> organizationAt(int i) {
            PhraseDictionary.Match<Organization> m = lexicon.organizations.longest(k -> key(k, false), i, n);
            if (m == null && p[i].shout) m = lexicon.organizationsUpper.longest(k -> key(k, true), i, n);
            return m;
        }

        /** The token key for organisation lookup: its text without a possessive, in capitals for capital lines. */
        private String key(int k, boolean upper) {
            return upper ? Surface.upperKey(p[k].text) : p[k].text;
        }

        /**
         * Adds an organisation over pieces [a, b) and an acronym in brackets right after it; returns the next piece.
         * A name that is not a curated alias and opens with a place ("U.S. Agriculture Department", "Brazilian
         * Coffee Institute") leaves that place unclaimed, so it is still a location mention, and takes its country
         * when none is given.
         */
        int addOrganization(int a, int b, String canonical, String country, boolean curated) {
            Candidate c = candidate(a, b, Kind.ORG);
            c.canonical = canonical;
            c.country = country;
            if (!curated) {
                int prefix = leadingPlaceEnd(a, b);
                if (prefix > a) {
                    c.claimStart = p[prefix].start;
                    if (c.country == null) c.country = placeCountry(join(a, prefix));
                }
            }
            article.candidates.add(c);
            orgEnd = b;
            orgCountry = country;
            if (b + 2 < n && p[b].text.equals("(") && p[b + 2].text.equals(")") && p[b + 1].allCaps
                    && p[b + 1].text.length() >= 2 && p[b + 1].text.length() <= 8) {
                String acronym = p[b + 1].text;
                article.acronyms.putIfAbsent(acronym, canonical);
                Candidate a2 = candidate(b + 1, b + 2, Kind.ORG);
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
            PhraseDictionary.Match<Title> m = lexicon.titles.longest(k -> Surface.titleKey(p[k].text), i, n);
            if (m == null) return -1;
            Title title = m.value();
            if (title.capitalised() && !p[i].cap) return -1;
            int te = m.end();
            if (p[te - 1].possessive || te >= n) return -1;
            Piece next = p[te];
            if (!nameCapable(next) || next.newlineBefore || next.shout || isNotName(next)) return -1;
            if (lexicon.titleWords.contains(Surface.titleKey(next.text))) return -1;
            if (organizationAt(te) != null) return -1;
            int j = nameEnd(te);
            if (isPlace(join(i, j))) return -1;
            for (int k = te; k < j; k++) {
                if (lexicon.orgHeads.contains(bare(p[k].text))) return -1;
            }
            if (!title.capitalised() && (j < n && p[j].text.equals("of") || lexicon.orgLeads.contains(p[te].text)
                    || !gazetteer.lookup(join(te, j)).isEmpty() && !firstNames.contains(p[te].text))) {
                return -1;
            }
            return te;
        }

        int addTitledPerson(int ts, int te) {
            PhraseDictionary.Match<Title> m = lexicon.titles.longest(k -> Surface.titleKey(p[k].text), ts, n);
            int j = nameEnd(te);
            Candidate c = candidate(te, j, Kind.PERSON);
            c.role = m.value().role();
            c.country = statedCountry(ts);
            c.names = j - te;
            article.candidates.add(c);
            return j;
        }

        /** The name after a title: capitalised words, particles and initials, up to a break. */
        int nameEnd(int from) {
            int j = from + 1;
            if (p[from].possessive) return j;
            while (j < n) {
                Piece q = p[j];
                if (q.newlineBefore || q.sentenceStart && !p[j - 1].original.endsWith(".")) break;
                if (nameCapable(q) && !isNotName(q)) {
                    if (titleWithName(j) > 0 || breaksRun(j)) break;
                    j++;
                    if (q.possessive) break;
                    continue;
                }
                if (lexicon.particles.contains(q.text) && j + 1 < n && nameCapable(p[j + 1])
                        && !p[j + 1].newlineBefore) {
                    j++;
                    continue;
                }
                break;
            }
            return j;
        }

        /** The country stated just before a title ("US", "Israeli", "Israel's"), or an organisation's. */
        String statedCountry(int titleStart) {
            int k = titleStart - 1;
            if (k < 0) return null;
            if (orgEnd == titleStart) return orgCountry;
            if (!p[k].word) return null;
            if (k >= 1 && p[k - 1].word) {
                String two = countryOf(p[k - 1].text + " " + p[k].text);
                if (two != null) return two;
            }
            return countryOf(p[k].text);
        }

        private String countryOf(String surface) {
            for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
                if (e.place().type() == Place.Type.COUNTRY) return e.place().country();
            }
            return null;
        }

        /**
         * True when a curated organisation of several words or an acronym starts at {@code j}; a one-word
         * name ("Ford") may still be part of a person's name ("Doug Ford"), which {@link #classifyRun} decides.
         */
        private boolean breaksRun(int j) {
            PhraseDictionary.Match<Organization> m = organizationAt(j);
            return m != null && (m.end() - m.start() > 1 || p[j].allCaps);
        }

        /** End of a capitalised run from {@code i}: stops before an organisation or a titled name. */
        int runEnd(int i) {
            int j = i + 1;
            if (p[i].possessive) return j;
            while (j < n) {
                Piece q = p[j];
                if (q.newlineBefore || q.shout != p[i].shout) break;
                if (q.sentenceStart && !p[j - 1].original.endsWith(".")) break;
                if (nameCapable(q) && !isNotName(q)) {
                    if (breaksRun(j) || titleWithName(j) > 0) break;
                    j++;
                    if (q.possessive) break;
                    continue;
                }
                if (j + 1 < n && nameCapable(p[j + 1]) && !p[j + 1].newlineBefore) {
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

        void classifyRun(int a, int b) {
            while (a < b && (isNotName(p[a]) || p[a].sentenceStart && !p[a].allCaps
                    && article.lowerWords.contains(Surface.lowerKey(p[a].text)))) {
                a++;
            }
            while (b > a && !nameCapable(p[b - 1])) b--;
            if (a >= b) return;
            if (isTeamInTable(a, b)) {
                addOrganization(a, b, join(a, b), null, false);
                article.teams.add(Surface.upperKey(join(a, b)));
                return;
            }
            if (p[a].shout) {
                for (int k = a; k < b; k++) {
                    Candidate c = candidate(k, k + 1, Kind.SINGLE);
                    c.shout = true;
                    article.candidates.add(c);
                }
                return;
            }
            if (!personLed(a, b)) {
                for (int k = a; k < b; k++) {
                    PhraseDictionary.Match<Organization> org = organizationAt(k);
                    if (org == null || org.end() > b) continue;
                    classifyRun(a, k);
                    addOrganization(k, org.end(), org.value().canonical(), org.value().country(), true);
                    classifyRun(org.end(), b);
                    return;
                }
            }
            int len = b - a;
            String surface = join(a, b);
            boolean place = !gazetteer.lookup(surface).isEmpty();
            String last = bare(p[b - 1].text);
            if (len >= 2 && !place && (lexicon.orgHeads.contains(last) || hasOrgLeadOf(a, b))) {
                if (hasDistinctiveWord(a, b)) addOrganization(a, b, surface, countryOf(p[a].text), false);
                return;
            }
            if (len == 1) {
                if (!place && isAcronym(p[a])) {
                    article.candidates.add(candidate(a, b, Kind.ACRONYM));
                } else {
                    article.candidates.add(candidate(a, b, Kind.SINGLE));
                }
                return;
            }
            if (place) {
                article.candidates.add(candidate(a, b, Kind.PLACE));
                return;
            }
            if (containsTitleWord(a, b)) return;
            if (isTeamLike(a, b)) {
                addOrganization(a, b, surface, null, false);
                return;
            }
            if (lexicon.notPersonEnds.contains(bare(p[b - 1].text))) return;
            if (quoted(a, b)) return;
            if (personLed(a, b) || len <= 3 && looksLikeName(a, b) && !partOfLongerName(a, b)) {
                Candidate c = candidate(a, b, Kind.PERSON);
                c.names = len;
                article.candidates.add(c);
            }
        }

        /** True when [a, b) holds a word that is not an organisation head word or legal form ("Co Inc" has none). */
        private boolean hasDistinctiveWord(int a, int b) {
            for (int k = a; k < b; k++) {
                String w = bare(p[k].text);
                if (!lexicon.orgHeads.contains(w) && !lexicon.orgSuffixes.contains(w)) return true;
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
            if (b - a < 2 || !last.endsWith("s") || last.endsWith("ss") || last.length() < 4 || firstNames.common(p[a].text)) return false;
            if (article.lowerWords.contains(Surface.lowerKey(last)) || lexicon.notNames.contains(last)) return false;
            int prefix = leadingPlaceEnd(a, b);
            if (prefix == a || b - prefix > 2) return false;
            for (Gazetteer.Entry e : gazetteer.lookup(join(a, prefix))) {
                if (e.demonym() || e.place().type() == Place.Type.COUNTRY) return false;
            }
            return true;
        }

        /** End of the longest place name (at most three pieces) that opens [a, b) and is shorter than it, else a. */
        private int leadingPlaceEnd(int a, int b) {
            for (int k = Math.min(b - 1, a + 3); k > a; k--) {
                if (!gazetteer.lookup(join(a, k)).isEmpty()) return k;
            }
            return a;
        }

        /**
         * The country of a place name that opens an organisation name: of a country or demonym, or of a city or
         * region of 100,000 people or more that is not a common first name; else null.
         */
        private String placeCountry(String surface) {
            List<Gazetteer.Entry> readings = gazetteer.lookup(surface);
            if (readings.isEmpty()) return null;
            Gazetteer.Entry top = readings.get(0);
            boolean broad = top.demonym() || top.place().type() == Place.Type.COUNTRY;
            if (!broad && (top.place().population() < 100_000 || firstNames.common(surface))) return null;
            return top.place().country();
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
            if (isPlace(join(a, b))) return true;
            for (int k = a; k < b; k++) {
                if (isPlace(p[k].text) || lexicon.orgHeads.contains(bare(p[k].text))) return true;
            }
            return false;
        }

        /**
         * A run that opens with an initial ("M. Waugh") or a first name that is not a place. A first name that is
         * also a major place ("Paris", "London"; see {@link #isMajorPlace}) opens a person only in a run of two or three words, not after "the"
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
            if (isInitial(p[a])) return true;
            if (p[a].allCaps) {
                return b - a == 2 && p[a].text.length() == 2 && !p[a + 1].allCaps && !isPlace(p[a].text)
                        && !isPlace(p[a + 1].text) && organizationAt(a) == null;
            }
            String first = p[a].text;
            if (!firstNames.contains(first) || lexicon.placeLeads.contains(first) || isPlace(join(a, a + 2))) return false;
            if (isCountryDemonym(p[b - 1].text)) return false;
            boolean afterDeterminer = a > 0 && NOT_BEFORE_NAMES.contains(Surface.lowerKey(p[a - 1].text));
            if (afterDeterminer && firstNames.births(first) < FREQUENT_FIRST_NAME) return false;
            if (!isPlace(first)) return true;
            if (!isMajorPlace(first)) return firstNames.common(first);
            if (!firstNames.common(first) || b - a > 3) return false;
            if (afterDeterminer) return false;
            for (int k = a + 1; k < b; k++) {
                String w = bare(p[k].text);
                if (isMajorPlace(w) || lexicon.orgHeads.contains(w) || lexicon.notPersonEnds.contains(w)
                        || article.lowerWords.contains(Surface.lowerKey(w))) {
                    return false;
                }
            }
            return true;
        }

        /** A country, region or first-level region, or a city of a million people or more ("Paris", "Texas"). */
        private boolean isMajorPlace(String word) {
            for (Gazetteer.Entry e : gazetteer.lookup(word)) {
                if (e.place().type() != Place.Type.CITY || e.place().population() >= 1_000_000) return true;
            }
            return false;
        }

        /** A run in quotation marks, alone or after "The": the title of a work ("Winter Light", "The Quiet Harbour"). */
        private boolean quoted(int a, int b) {
            int open = a > 0 && p[a - 1].text.equals("The") ? a - 2 : a - 1;
            return open >= 0 && b < n && isQuote(p[open].text) && isQuote(p[b].text);
        }

        /** A demonym of a country ("Dutch"): no surname ("Royal Dutch"). */
        private boolean isCountryDemonym(String word) {
            for (Gazetteer.Entry e : gazetteer.lookup(word)) {
                if (e.demonym() && e.place().type() == Place.Type.COUNTRY) return true;
            }
            return false;
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
                    && !p[b + 1].newlineBefore && !isPlace(p[b + 1].text)) {
                return true;
            }
            String text = article.fields.get(field).text();
            for (int k = b + 1; k <= Math.min(n, b + 3); k++) {
                if (isPlace(Surface.normaliseSpaces(text.substring(p[a].start, p[k - 1].end)))) return true;
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
            if (lexicon.placeLeads.contains(first)) return false;
            if (first.length() >= 6 && first.endsWith("ing")) return false;
            for (int k = a; k < b; k++) {
                Piece q = p[k];
                if (!q.cap || q.allCaps || isPlace(q.text) || lexicon.orgHeads.contains(bare(q.text))) return false;
                if (lexicon.notNames.contains(q.text)) return false;
                if (article.lowerWords.contains(Surface.lowerKey(q.text))) return false;
            }
            return true;
        }

        /** A team in a results table: followed by a score, or either side of "v". */
        private boolean isTeamInTable(int a, int b) {
            if (personLed(a, b) || countryOf(join(a, b)) != null) return false;
            if (a > 0 && isVersus(p[a - 1].text)) return true;
            if (b >= n) return false;
            String next = p[b].text;
            if (isVersus(next)) return true;
            if (!p[a].numericLine || !Character.isDigit(next.charAt(0)) || isDateOrFigures(next)) return false;
            if (b - a > 1) return containsPlaceOrOrgWord(a, b);
            if (isPlace(p[a].text)) return true;
            for (int i = 0; i < next.length(); i++) {
                if (!Character.isDigit(next.charAt(i))) return false;
            }
            return true;
        }

        private boolean hasOrgLeadOf(int a, int b) {
            for (int k = a; k + 1 < b; k++) {
                if ((p[k + 1].text.equals("of") || p[k + 1].text.equals("for")) && lexicon.orgLeads.contains(p[k].text)) {
                    return true;
                }
            }
            return false;
        }

        private boolean containsTitleWord(int a, int b) {
            for (int k = a; k < b; k++) {
                if (lexicon.titleWords.contains(Surface.titleKey(p[k].text))) return true;
            }
            return false;
        }

        private boolean isAcronym(Piece q) {
            String s = bare(q.text);
            if (!q.allCaps || s.length() < 2 || s.length() > 6) return false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!Character.isUpperCase(c) && c != '.' && c != '&') return false;
            }
            return !isRomanNumeral(s) && !lexicon.notNames.contains(s) && !lexicon.orgSuffixes.contains(s);
        }

        private Candidate candidate(int a, int b, Kind kind) {
            return new Candidate(field, p[a].start, p[b - 1].end, kind, join(a, b));
        }

        private String join(int a, int b) {
            if (b - a == 1) return p[a].text;
            StringBuilder sb = new StringBuilder();
            for (int k = a; k < b; k++) {
                if (k > a) sb.append(' ');
                sb.append(p[k].text);
            }
            return sb.toString();
        }
    }

    private boolean nameCapable(Piece q) {
        if (!q.word) return false;
        if (q.cap) return true;
        int dash = q.text.indexOf('-');
        return dash > 0 && dash + 1 < q.text.length() && Character.isUpperCase(q.text.charAt(dash + 1))
                && lexicon.particles.contains(q.text.substring(0, dash));
    }

    private boolean isNotName(Piece q) {
        if (lexicon.notNames.contains(q.text)) return true;
        if (!q.shout || q.text.length() < 2) return false;
        return lexicon.notNames.contains(Surface.titleCase(q.text)) || isVersus(Surface.lowerKey(q.text));
    }

    /** The most pieces a title before a tagged person may have ("Deputy Assistant Secretary of State"). */
    private static final int MAX_TITLE_PIECES = 6;

    /** US births from which a first name opens a person even after "the" ("the Joe Biden administration"). */
    static final long FREQUENT_FIRST_NAME = 50_000;

    /** Words before which two capitalised words are not a person's name ("the Golden Bear", "on Potsdamer Platz"). */
    private static final Set<String> NOT_BEFORE_NAMES = Set.of(
            "the", "a", "an", "on", "at", "in", "into", "near", "inside", "outside", "along");

    private static boolean isQuote(String s) {
        return s.equals("\"") || s.equals("\u201c") || s.equals("\u201d") || s.equals("'") || s.equals("\u2018") || s.equals("\u2019");
    }

    private static boolean isVersus(String s) {
        return s.equals("v") || s.equals("vs") || s.equals("vs.") || s.equals("v.");
    }

    private static boolean isInitial(Piece q) {
        String s = q.text;
        return s.length() == 2 && Character.isUpperCase(s.charAt(0)) && s.charAt(1) == '.';
    }

    private boolean isPlace(String surface) {
        return !gazetteer.lookup(surface).isEmpty();
    }

    private static boolean isRomanNumeral(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("IVXLC".indexOf(s.charAt(i)) < 0) return false;
        }
        return true;
    }

    private static final class Holder {
        static final ActorRecognizer INSTANCE =
                new ActorRecognizer(ActorLexicon.shared(), Gazetteer.shared(), FirstNames.shared());
    }
}
