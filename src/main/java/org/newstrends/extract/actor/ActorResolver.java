package org.newstrends.extract.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;

/**
 * The article-wide resolution of what the finders proposed: a person named with two or more words is the entity
 * later mentions refer to (a surname, "Mr. Netanyahu", a lone first name, the parts of "Austin-Gallant"); an
 * acronym is the organisation introduced with it in brackets or whose initials it is; a lone word is a person's
 * surname, an acronym's organisation or a team of the article's results table, else nothing; a person's country
 * and role are the first the article states for any of its mentions, else those of the curated office holder.
 * Overlapping spans keep the first; the claimed spans are what location finding must skip.
 */
final class ActorResolver {

    private final NameCues cues;

    ActorResolver(NameCues cues) {
        this.cues = cues;
    }

    /** The actors of {@code article}: mentions in field then offset order, and the spans they claim per field. */
    ActorResult resolve(ArticleActors article) {
        PersonIndex persons = new PersonIndex();
        for (ActorCandidate c : article.candidates) {
            if (c.kind == ActorCandidate.Kind.PERSON && c.names >= 2) c.canonical = persons.register(c.surface);
        }
        Map<String, String> orgsByInitials = new HashMap<>();
        for (ActorCandidate c : article.candidates) {
            if (c.kind == ActorCandidate.Kind.ORG) orgsByInitials.putIfAbsent(initials(c.canonical), c.canonical);
        }
        List<ActorCandidate> accepted = new ArrayList<>();
        for (ActorCandidate c : article.candidates) {
            switch (c.kind) {
                case PERSON -> {
                    if (c.canonical == null) c.canonical = singlePersonName(c.surface, persons);
                    boolean compound = c.tagged && c.names == 1 && c.canonical.equals(c.surface)
                            && addHyphenParts(c, persons, accepted);
                    if (!compound) accepted.add(c);
                }
                case ORG -> {
                    String person = c.surface.indexOf(' ') < 0 ? persons.bySurname(c.surface) : null;
                    accepted.add(person != null ? c.retyped(ActorCandidate.Kind.PERSON, person) : c);
                }
                case SINGLE -> resolveSingle(article, c, persons, accepted);
                case PLACE -> {
                    if (article.isTeam(c.surface)) accepted.add(c.retyped(ActorCandidate.Kind.ORG, c.surface));
                }
                case ACRONYM -> {
                    if (!c.tagged && persons.isFirstName(c.surface)) continue;
                    String canonical = article.acronyms.get(c.surface);
                    if (canonical == null) canonical = orgsByInitials.get(c.surface);
                    accepted.add(c.retyped(ActorCandidate.Kind.ORG, canonical == null ? c.surface : canonical));
                }
                default -> throw new IllegalStateException("unexpected " + c.kind);
            }
        }
        return emit(article.fields, accepted, statedAffiliations(accepted));
    }

    /** Per person entity, the first country and the first role the article states for any of its mentions. */
    private static Map<String, Affiliation> statedAffiliations(List<ActorCandidate> accepted) {
        Map<String, Affiliation> stated = new HashMap<>();
        for (ActorCandidate c : accepted) {
            if (c.kind != ActorCandidate.Kind.PERSON) continue;
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
        String curated = cues.lexicon.affiliatedFullName(word);
        return curated != null ? curated : word;
    }

    private void resolveSingle(ArticleActors article, ActorCandidate c, PersonIndex persons,
                               List<ActorCandidate> accepted) {
        if (article.isTeam(c.surface)) {
            accepted.add(c.retyped(ActorCandidate.Kind.ORG, c.surface));
            return;
        }
        String person = persons.bySurname(c.surface);
        if (person != null && !c.shout && cues.isBroadPlace(c.surface)) person = null;
        if (person != null) {
            accepted.add(c.retyped(ActorCandidate.Kind.PERSON, person));
            return;
        }
        String org = article.acronyms.get(c.surface);
        if (org != null) {
            accepted.add(c.retyped(ActorCandidate.Kind.ORG, org));
            return;
        }
        addHyphenParts(c, persons, accepted);
    }

    /**
     * The parts of a hyphenated compound that are surnames of people of the article ("Austin-Gallant") become
     * those people, each with its own offsets; true when there was one.
     */
    private static boolean addHyphenParts(ActorCandidate c, PersonIndex persons, List<ActorCandidate> accepted) {
        if (c.surface.indexOf('-') <= 0) return false;
        boolean added = false;
        int from = 0;
        while (from <= c.surface.length()) {
            int to = c.surface.indexOf('-', from);
            if (to < 0) to = c.surface.length();
            String part = c.surface.substring(from, to);
            String name = persons.bySurname(part);
            if (name != null) {
                ActorCandidate p = new ActorCandidate(c.field, c.start + from, c.start + to, ActorCandidate.Kind.PERSON, part);
                p.canonical = name;
                accepted.add(p);
                added = true;
            }
            from = to + 1;
        }
        return added;
    }

    private ActorResult emit(List<FieldText> fields, List<ActorCandidate> accepted, Map<String, Affiliation> persons) {
        accepted.sort(Comparator.<ActorCandidate>comparingInt(c -> c.field).thenComparingInt(c -> c.start)
                .thenComparingInt(c -> c.end));
        List<Mention> mentions = new ArrayList<>();
        Map<Field, List<int[]>> claimed = new EnumMap<>(Field.class);
        int lastField = -1;
        int lastEnd = -1;
        for (ActorCandidate c : accepted) {
            if (c.field == lastField && c.start < lastEnd) continue;
            lastField = c.field;
            lastEnd = c.end;
            FieldText field = fields.get(c.field);
            String text = field.text().substring(c.start, c.end);
            String country = c.country;
            String role = c.role;
            MentionType type = MentionType.ORGANIZATION;
            if (c.kind == ActorCandidate.Kind.PERSON) {
                type = MentionType.PERSON;
                Affiliation stated = persons.get(c.canonical);
                Affiliation curated = cues.lexicon.affiliation(c.canonical);
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

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split(" ")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) sb.append(w.charAt(0));
        }
        return sb.toString();
    }
}
