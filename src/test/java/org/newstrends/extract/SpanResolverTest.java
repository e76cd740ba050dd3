package org.newstrends.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanTagger;

class SpanResolverTest {

    /** A paraphrased news story in the manner of the seed article, written for this test. */
    static final String TITLE = "Austin and Gallant to meet as Rafah offensive looms";
    static final String TEXT = "US Defense Secretary Lloyd Austin is set to host Israeli Defense Minister Yoav Gallant "
            + "for talks next week, a U.S. official said. The visit follows weeks of friction between President "
            + "Joe Biden and Israeli Prime Minister Benjamin Netanyahu over the war against Hamas in Gaza.\n\n"
            + "Netanyahu vowed on Sunday to press ahead in Rafah, while the UN and the Gaza Relief Agency (GRA) "
            + "warned of famine near Zorbland Hills. Diplomats fear a wider crisis across the Middle East before "
            + "the World Cup.\n\nMr. Netanyahu's office declined to comment. A GRA spokesman said aid was waiting.";

    /**
     * A test double of a tagger: returns fixed spans, each given by its field (0 = title, 1 = text), its text,
     * which occurrence of that text it is, and its type.
     */
    private record FixedTagger(List<Object[]> names) implements SpanTagger {
        @Override
        public List<EntitySpan> tag(List<FieldText> fields) {
            List<EntitySpan> spans = new ArrayList<>();
            for (Object[] name : names) {
                int field = (int) name[0];
                String surface = (String) name[1];
                int start = -1;
                for (int k = 0; k <= (int) name[2]; k++) start = fields.get(field).text().indexOf(surface, start + 1);
                if (start < 0) throw new IllegalArgumentException("not in the fixture: " + surface);
                spans.add(new EntitySpan(field, start, start + surface.length(), (NameType) name[3]));
            }
            spans.sort(Comparator.comparingInt(EntitySpan::field).thenComparingInt(EntitySpan::start));
            return spans;
        }
    }

    private static Object[] name(int field, String surface, NameType type) {
        return name(field, surface, 0, type);
    }

    private static Object[] name(int field, String surface, int occurrence, NameType type) {
        return new Object[] {field, surface, occurrence, type};
    }

    /** What a CoNLL-style tagger marks in the fixture; "Netanyahu's" with its possessive, as some taggers do. */
    private static final FixedTagger TAGGER = new FixedTagger(List.of(
            name(0, "Austin", NameType.PER), name(0, "Gallant", NameType.PER), name(0, "Rafah", NameType.LOC),
            name(1, "US", NameType.LOC), name(1, "Lloyd Austin", NameType.PER), name(1, "Israeli", NameType.MISC),
            name(1, "Yoav Gallant", NameType.PER), name(1, "U.S.", NameType.LOC), name(1, "Joe Biden", NameType.PER),
            name(1, "Israeli", 1, NameType.MISC), name(1, "Benjamin Netanyahu", NameType.PER),
            name(1, "Hamas", NameType.ORG), name(1, "Gaza", NameType.LOC), name(1, "Netanyahu", 1, NameType.PER),
            name(1, "Rafah", NameType.LOC), name(1, "UN", NameType.ORG),
            name(1, "Gaza Relief Agency", NameType.ORG), name(1, "GRA", NameType.ORG),
            name(1, "Zorbland Hills", NameType.LOC), name(1, "Middle East", NameType.LOC),
            name(1, "World Cup", NameType.MISC), name(1, "Netanyahu's", NameType.PER),
            name(1, "GRA", 1, NameType.ORG)));

    private static final List<FieldText> FIELDS = List.of(FieldText.of(Field.TITLE, TITLE), FieldText.of(Field.TEXT, TEXT));

    private static List<Mention> resolved() {
        return SpanResolver.shared().resolve(FIELDS, TAGGER.tag(FIELDS));
    }

    private static Mention at(String field, String surface, int occurrence) {
        String text = field.equals("title") ? TITLE : TEXT;
        int start = -1;
        for (int k = 0; k <= occurrence; k++) start = text.indexOf(surface, start + 1);
        int from = start;
        return resolved().stream().filter(m -> m.field().equals(field) && m.start() == from).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at '" + surface + "'"));
    }

    private static Mention at(String surface) {
        return at("text", surface, 0);
    }

    @Test
    void aTitledPersonTakesTheRoleAndCountryOfTheTitle() {
        Mention austin = at("Lloyd Austin");
        assertEquals(Mention.ACTOR, austin.kind());
        assertEquals("PERSON", austin.type());
        assertEquals("Lloyd Austin", austin.canonical());
        assertEquals("US", austin.country());
        assertEquals("Defense Secretary", austin.role());
        assertEquals("IL", at("Yoav Gallant").country());
    }

    @Test
    void aSurnameAloneIsThePersonTheArticleNamedInFull() {
        Mention netanyahu = at("text", "Netanyahu", 1);
        assertEquals("Netanyahu", netanyahu.text());
        assertEquals("Benjamin Netanyahu", netanyahu.canonical());
        assertEquals("IL", netanyahu.country());
        assertEquals("Prime Minister", netanyahu.role());
        Mention inTitle = at("title", "Austin", 0);
        assertEquals("Lloyd Austin", inTitle.canonical());
    }

    @Test
    void aPossessiveIsCutOffTheSpan() {
        Mention office = at("text", "Netanyahu's", 0);
        assertEquals("Netanyahu", office.text());
        assertEquals(office.start() + "Netanyahu".length(), office.end());
        assertEquals("Benjamin Netanyahu", office.canonical());
    }

    @Test
    void placesTheGazetteerKnowsAreCanonicalWithCoordinates() {
        Mention gaza = at("Gaza");
        assertEquals(Mention.LOCATION, gaza.kind());
        assertEquals("Gaza", gaza.canonical());
        assertNotNull(gaza.latitude());
        assertNotNull(gaza.longitude());
        Mention us = at("U.S.");
        assertEquals("United States", us.canonical());
        assertEquals("COUNTRY", us.type());
        assertEquals("US", us.country());
        assertEquals("United States", at("US").canonical());
        assertEquals("REGION", at("Middle East").type());
    }

    @Test
    void anUnknownPlaceIsKeptAsWrittenWithoutCountryOrCoordinates() {
        Mention hills = at("Zorbland Hills");
        assertEquals(Mention.LOCATION, hills.kind());
        assertEquals("PLACE", hills.type());
        assertEquals("Zorbland Hills", hills.canonical());
        assertNull(hills.country());
        assertNull(hills.latitude());
        assertFalse(hills.demonym());
    }

    @Test
    void aDemonymAmongOtherNamesCountsAsItsCountryAndOtherNamesAreDropped() {
        Mention israeli = at("Israeli");
        assertEquals(Mention.LOCATION, israeli.kind());
        assertTrue(israeli.demonym());
        assertEquals("Israel", israeli.canonical());
        assertEquals("IL", israeli.country());
        assertTrue(resolved().stream().noneMatch(m -> m.text().equals("World Cup")));
    }

    @Test
    void organisationsAreCountedUnderTheirCuratedNameOrTheirBracketedLongForm() {
        Mention un = at("UN");
        assertEquals("ORGANIZATION", un.type());
        assertEquals("United Nations", un.canonical());
        assertEquals("Hamas", at("Hamas").canonical());
        assertEquals("Gaza Relief Agency", at("text", "GRA", 0).canonical());
        assertEquals("Gaza Relief Agency", at("text", "GRA", 1).canonical());
    }

    @Test
    void mentionsAreExactlyTheTaggersSpans() {
        Set<String> spans = new TreeSet<>();
        for (EntitySpan s : SpanResolver.withoutPossessives(FIELDS, TAGGER.tag(FIELDS))) {
            if (!(s.type() == NameType.MISC && TEXT.startsWith("World Cup", s.start()))) {
                spans.add(s.field() + ":" + s.start() + "-" + s.end());
            }
        }
        Set<String> mentions = resolved().stream()
                .map(m -> (m.field().equals("title") ? 0 : 1) + ":" + m.start() + "-" + m.end())
                .collect(Collectors.toCollection(TreeSet::new));
        int gra = TEXT.indexOf("Gaza Relief Agency");
        String nestedPlace = "1:" + gra + "-" + (gra + "Gaza".length());
        assertTrue(mentions.remove(nestedPlace), "the place opening an organisation's name counts too: " + mentions);
        assertEquals(spans, mentions);
        assertFalse(resolved().stream().anyMatch(m -> m.text().equals("Sunday") || m.text().equals("Diplomats")));
    }

    private static List<Mention> resolve(String title, String text, Object[]... names) {
        List<FieldText> fields = List.of(FieldText.of(Field.TITLE, title), FieldText.of(Field.TEXT, text));
        return SpanResolver.shared().resolve(fields, new FixedTagger(List.of(names)).tag(fields));
    }

    private static Set<String> locationsOf(List<Mention> mentions) {
        return mentions.stream().filter(m -> m.kind().equals(Mention.LOCATION))
                .map(m -> m.text() + "/" + m.country()).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void aHyphenatedPairOfSurnamesIsBothPeople() {
        String text = "Lloyd Austin met Yoav Gallant. The Austin-Gallant meeting was short.";
        List<Mention> mentions = resolve("", text, name(1, "Lloyd Austin", NameType.PER),
                name(1, "Yoav Gallant", NameType.PER), name(1, "Austin-Gallant", NameType.PER));
        int compound = text.indexOf("Austin-Gallant");
        assertTrue(mentions.stream().anyMatch(m -> m.start() == compound && m.end() == compound + 6
                && m.canonical().equals("Lloyd Austin")), mentions.toString());
        assertTrue(mentions.stream().anyMatch(m -> m.start() == compound + 7 && m.canonical().equals("Yoav Gallant")),
                mentions.toString());
    }

    @Test
    void aCountryNamedInsideAnOrganisationsNameIsANestedLocationButAForeignSpellingIsNot() {
        String text = "The Writers Guild of America and Cominco American Inc sued Credit Suisse.";
        List<Mention> mentions = resolve("", text, name(1, "Writers Guild of America", NameType.ORG),
                name(1, "Cominco American Inc", NameType.ORG), name(1, "Credit Suisse", NameType.ORG));
        assertEquals(Set.of("America/US", "American/US"), locationsOf(mentions), mentions.toString());
        assertEquals(3, mentions.stream().filter(m -> m.kind().equals("actor")).count(), "the names still count");
    }

    @Test
    void placesJoinedByHyphensAreFoundInsideNamesAndOutside() {
        String text = "A New\nJersey-based maker said U.S.-built cars sold well.";
        List<Mention> mentions = resolve("", text, name(1, "New\nJersey-based", NameType.MISC));
        assertEquals(Set.of("New\nJersey/US", "U.S./US"), locationsOf(mentions), mentions.toString());
    }

    @Test
    void aCuratedOrganisationInCapitalsOrCutAtALineBreakIsThatOrganisation() {
        String text = "Treasury balances at the Federal\nReserve rose on Wednesday.";
        List<Mention> mentions = resolve("WHITE HOUSE WITHDRAWS NOMINATION", text,
                name(0, "WHITE HOUSE", NameType.LOC), name(1, "Federal", NameType.ORG));
        Mention house = mentions.get(0);
        assertEquals("ORGANIZATION", house.type(), mentions.toString());
        assertEquals("White House", house.canonical());
        assertEquals("US", house.country());
        Mention fed = mentions.stream().filter(m -> m.field().equals("text")).findFirst().orElseThrow();
        assertEquals("Federal\nReserve", fed.text());
        assertEquals("US", fed.country());
        assertTrue(locationsOf(mentions).isEmpty(), mentions.toString());
    }

    @Test
    void aPairOfSurnamesTheTaggerCallsAPlaceIsStillBothPeopleAndNoPlace() {
        String text = "Lloyd Austin met Yoav Gallant. The Austin-Gallant meeting was short.";
        List<Mention> mentions = resolve("", text, name(1, "Lloyd Austin", NameType.PER),
                name(1, "Yoav Gallant", NameType.PER), name(1, "Austin-Gallant", NameType.LOC));
        assertTrue(locationsOf(mentions).isEmpty(), mentions.toString());
        int compound = text.indexOf("Austin-Gallant");
        assertTrue(mentions.stream().anyMatch(m -> m.start() == compound && m.canonical().equals("Lloyd Austin")),
                mentions.toString());
    }

    @Test
    void aStateAbbreviationIsTheStateAndACompanysSmallTownIsNoPlace() {
        String text = "Peoples Bank of Whitehall, Pa., and Burlington Northern Inc agreed.";
        List<Mention> mentions = resolve("", text, name(1, "Peoples Bank of Whitehall", NameType.ORG),
                name(1, "Pa", NameType.LOC), name(1, "Burlington Northern Inc", NameType.ORG));
        assertEquals(Set.of("Pa./US"), locationsOf(mentions), mentions.toString());
        Mention pennsylvania = mentions.stream().filter(m -> m.text().equals("Pa.")).findFirst().orElseThrow();
        assertEquals("Pennsylvania", pennsylvania.canonical());
    }

    @Test
    void documentCountriesWorkOnTheResolvedMentions() {
        assertTrue(DocumentCountries.named(resolved()).containsAll(Set.of("US", "IL")));
    }
}
