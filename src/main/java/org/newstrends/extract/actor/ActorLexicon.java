package org.newstrends.extract.actor;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstrends.extract.lexicon.LexiconTable;
import org.newstrends.extract.text.PhraseDictionary;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;
import org.newstrends.extract.text.Tokenizer;

/**
 * The word lists the actor recogniser reads, loaded once per JVM from the project's resources:
 * {@code titles.tsv}, {@code organizations.tsv}, {@code actor-cues.tsv} and {@code actor-affiliations.tsv}.
 */
public final class ActorLexicon {

    final PhraseDictionary<Title> titles = new PhraseDictionary<>();
    final PhraseDictionary<Organization> organizations = new PhraseDictionary<>();
    final PhraseDictionary<Organization> organizationsUpper = new PhraseDictionary<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> orgLeads = new HashSet<>();
    final Set<String> orgSuffixes = new HashSet<>();
    final Set<String> particles = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    final Set<String> notPersonEnds = new HashSet<>();
    final Set<String> placeLeads = new HashSet<>();
    final Set<String> titleWords = new HashSet<>();
    private final Map<String, Affiliation> affiliations = new HashMap<>();
    private final Map<String, String> affiliationBySurname = new HashMap<>();

    private ActorLexicon() { }

    /** The lexicon of this JVM, loaded on first use. */
    public static ActorLexicon shared() {
        return Holder.INSTANCE;
    }

    /** Builds a lexicon from the text of the four resource files (for tests and tools). */
    public static ActorLexicon of(String titlesTsv, String organizationsTsv, String cuesTsv, String affiliationsTsv) {
        return of(parse(TITLES, titlesTsv, 1), parse(ORGANIZATIONS, organizationsTsv, 1), parse(CUES, cuesTsv, 2),
                parse(AFFILIATIONS, affiliationsTsv, 1));
    }

    private static ActorLexicon of(List<LexiconTable.Row> titles, List<LexiconTable.Row> organizations,
                                   List<LexiconTable.Row> cues, List<LexiconTable.Row> affiliations) {
        ActorLexicon lexicon = new ActorLexicon();
        lexicon.readTitles(titles);
        lexicon.readOrganizations(organizations);
        lexicon.readCues(cues);
        lexicon.readAffiliations(affiliations);
        return lexicon;
    }

    /** The titles and honorifics file. */
    public static final String TITLES = "titles.tsv";
    /** The curated organisations file. */
    public static final String ORGANIZATIONS = "organizations.tsv";
    /** The name-cue word lists file. */
    public static final String CUES = "actor-cues.tsv";
    /** The curated office holders file. */
    public static final String AFFILIATIONS = "actor-affiliations.tsv";

    /** The curated affiliation of the person named {@code canonical}, or null. */
    public Affiliation affiliation(String canonical) {
        return affiliations.get(canonical);
    }

    /**
     * The full name of the one curated office holder whose last name is {@code surname}, or null when there
     * is none or more than one.
     */
    public String affiliatedFullName(String surname) {
        String name = affiliationBySurname.get(surname);
        return name == null || name.isEmpty() ? null : name;
    }

    /** The curated organisation known under {@code alias} exactly as written, or null. */
    public Organization organization(String alias) {
        return wholeName(organizations, Tokenizer.tokenize(alias));
    }

    /**
     * The curated organisation known under {@code alias} as written or, for a name written without lower-case
     * letters ("WHITE HOUSE", "FORD" in a headline), as its mixed-case aliases read in capitals; null when none.
     */
    public Organization organizationAnyCase(String alias) {
        List<Token> tokens = Tokenizer.tokenize(alias);
        Organization exact = wholeName(organizations, tokens);
        return exact != null || Surface.hasLowerCase(alias) ? exact : wholeName(organizationsUpper, tokens);
    }

    private static Organization wholeName(PhraseDictionary<Organization> names, List<Token> tokens) {
        PhraseDictionary.Match<Organization> m = names.longest(i -> tokens.get(i).text(), 0, tokens.size());
        return m != null && m.end() == tokens.size() ? m.value() : null;
    }

    /**
     * The longest curated organisation that opens {@code tokens} [0, n), as a match over token indices, or
     * null ("General Motors" of "General Motors Corp").
     */
    PhraseDictionary.Match<Organization> organizationOpening(List<String> tokens) {
        return organizations.longest(tokens::get, 0, tokens.size());
    }

    /** Like {@link #organizationOpening(List)}, for words in capitals also reading the names in capitals. */
    PhraseDictionary.Match<Organization> organizationOpening(List<String> tokens, boolean capitals) {
        PhraseDictionary.Match<Organization> m = organizationOpening(tokens);
        return m == null && capitals ? organizationsUpper.longest(tokens::get, 0, tokens.size()) : m;
    }

    /** The number of words of the longest curated organisation name that opens {@code words}, 0 when none does. */
    public int organizationOpeningLength(List<String> words) {
        PhraseDictionary.Match<Organization> m = organizationOpening(words);
        return m == null ? 0 : m.end();
    }

    /** True for a legal-form word ("Corp", "Inc", "AG"), with or without its dot. */
    boolean isOrgSuffix(String word) {
        return orgSuffixes.contains(Surface.withoutTrailingDot(word));
    }

    private void readTitles(List<LexiconTable.Row> rows) {
        for (LexiconTable.Row row : rows) {
            String phrase = row.get(0);
            boolean honorific = row.get(1).equals("HONORIFIC");
            String role = honorific ? null : (row.orNull(2) != null ? row.get(2) : phrase);
            boolean capitalised = Character.isUpperCase(phrase.charAt(0));
            List<String> keys = new ArrayList<>();
            for (Token t : Tokenizer.tokenize(phrase)) keys.add(Surface.titleKey(t.text()));
            titles.put(keys, new Title(role, capitalised));
            if (keys.size() == 1 && capitalised) titleWords.add(keys.get(0));
        }
    }

    private void readOrganizations(List<LexiconTable.Row> rows) {
        for (LexiconTable.Row row : rows) {
            String canonical = row.get(0);
            List<String> aliases = new ArrayList<>(row.list(1));
            String country = row.orNull(2);
            Organization org = new Organization(canonical, List.copyOf(aliases), country);
            List<String> names = new ArrayList<>(aliases);
            names.add(0, canonical);
            for (String name : names) {
                List<String> keys = new ArrayList<>();
                for (Token t : Tokenizer.tokenize(name)) keys.add(t.text());
                organizations.put(keys, org);
                if (Surface.hasLowerCase(name) && Surface.letterCount(name) >= 4) {
                    List<String> upper = new ArrayList<>();
                    for (String k : keys) upper.add(Surface.upperKey(k));
                    organizationsUpper.put(upper, org);
                }
            }
        }
    }

    private void readCues(List<LexiconTable.Row> rows) {
        for (LexiconTable.Row row : rows) {
            String word = row.get(1);
            switch (row.get(0)) {
                case "org-head" -> orgHeads.add(word);
                case "org-lead" -> orgLeads.add(word);
                case "org-suffix" -> orgSuffixes.add(word);
                case "particle" -> particles.add(word);
                case "not-name" -> notNames.add(word);
                case "not-person-end" -> notPersonEnds.add(word);
                case "place-lead" -> placeLeads.add(word);
                default -> throw row.error("unknown cue list '" + row.get(0) + "'");
            }
        }
    }

    private void readAffiliations(List<LexiconTable.Row> rows) {
        for (LexiconTable.Row row : rows) {
            String name = row.get(0);
            String country = row.orNull(1);
            String role = row.orNull(2);
            affiliations.put(name, new Affiliation(country, role));
            String surname = name.substring(name.lastIndexOf(' ') + 1);
            String known = affiliationBySurname.get(surname);
            if (known == null) {
                affiliationBySurname.put(surname, name);
            } else if (!known.equals(name) && !sameWithoutAccents(known, name)) {
                affiliationBySurname.put(surname, "");
            }
        }
    }

    private static boolean sameWithoutAccents(String a, String b) {
        String na = java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String nb = java.text.Normalizer.normalize(b, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return na.equals(nb);
    }

    private static List<LexiconTable.Row> parse(String source, String tsv, int minColumns) {
        try {
            return LexiconTable.parse(source, new StringReader(tsv), minColumns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Holder {
        static final ActorLexicon INSTANCE = of(LexiconTable.resource(TITLES, 1), LexiconTable.resource(ORGANIZATIONS, 1),
                LexiconTable.resource(CUES, 2), LexiconTable.resource(AFFILIATIONS, 1));
    }
}
