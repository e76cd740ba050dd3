package org.newstrends.extract.location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.newstrends.extract.lexicon.FirstNames;
import org.newstrends.extract.lexicon.Gazetteer;
import org.newstrends.extract.lexicon.Place;
import org.newstrends.extract.lexicon.PlaceWords;
import org.newstrends.extract.text.EntitySpan;
import org.newstrends.extract.text.Field;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Mention;
import org.newstrends.extract.text.MentionType;
import org.newstrends.extract.text.NameType;
import org.newstrends.extract.text.SpanIndex;
import org.newstrends.extract.text.Surface;

/**
 * Finds the places one article names and decides what each counts as.
 *
 * <p>How: {@link PlaceMatcher} finds every longest gazetteer name; a match inside a span actors already took
 * ("Lloyd Austin") is dropped; {@link PlaceContext} decides whether a doubtful name (a word, a first name, a small
 * town) counts where it stands; {@link ReadingChooser} chooses among its readings.
 *
 * <p>{@link #resolveSpans} instead takes the places a statistical tagger found and only decides what each
 * counts as, with the same choice of reading.
 */
public final class LocationRecognizer {

    private final Gazetteer gazetteer;
    private final PlaceMatcher matcher;
    private final PlaceContext context;
    private final ReadingChooser chooser;

    /** A recogniser over the given lexicons. */
    public LocationRecognizer(Gazetteer gazetteer, PlaceWords placeWords, FirstNames firstNames) {
        this.gazetteer = gazetteer;
        this.matcher = new PlaceMatcher(gazetteer);
        this.context = new PlaceContext(gazetteer, placeWords, firstNames);
        this.chooser = new ReadingChooser(context);
    }

    /** The recogniser of this JVM, over the shared lexicons. */
    public static LocationRecognizer shared() {
        return Holder.INSTANCE;
    }

    /**
     * The location mentions of one article's fields, in field then offset order.
     *
     * @param fields the article's fields ({@code title}, {@code text})
     * @param claimed per field, {@code [start, end)} spans actors already took; a place inside one is not reported
     */
    public List<Mention> recognize(List<FieldText> fields, Map<Field, List<int[]>> claimed) {
        List<PlaceCandidate> candidates = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            FieldText field = fields.get(f);
            SpanIndex taken = SpanIndex.of(claimed == null ? List.of() : claimed.getOrDefault(field.field(), List.of()));
            for (PlaceCandidate c : matcher.match(f, field)) {
                if (!taken.overlaps(c.start, c.end)) candidates.add(c);
            }
        }
        Set<String> contextCountries = new HashSet<>();
        Set<String> specificCountries = new HashSet<>();
        Set<String> demonymCountries = new HashSet<>();
        for (PlaceCandidate c : candidates) {
            c.doubt = context.doubt(c);
            if (c.doubt == null) {
                Place top = c.entries.get(0).place();
                if (top.country() != null) {
                    contextCountries.add(top.country());
                    if (top.type() == Place.Type.CITY || top.type() == Place.Type.ADMIN_REGION) specificCountries.add(top.country());
                    if (c.entries.get(0).demonym()) demonymCountries.add(top.country());
                }
            }
        }
        Set<String> acceptedDoubtful = new HashSet<>();
        for (PlaceCandidate c : candidates) {
            if (c.doubt != null && c.doubt != PlaceWords.Kind.NEVER && context.localContext(c, fields.get(c.fieldIndex))) {
                c.accepted = true;
                acceptedDoubtful.add(c.surface);
            }
        }
        List<Mention> out = new ArrayList<>();
        for (PlaceCandidate c : candidates) {
            FieldText field = fields.get(c.fieldIndex);
            if (c.doubt == PlaceWords.Kind.NEVER) continue;
            if (c.doubt != null && !c.accepted) {
                boolean supported = acceptedDoubtful.contains(c.surface)
                        || (c.doubt == PlaceWords.Kind.NAME && PlaceContext.articleSupport(c, specificCountries, demonymCountries))
                        || (c.smallCity && !c.sentenceStart && PlaceContext.inCountries(c, contextCountries));
                if (!supported || PlaceContext.followedByCapitalised(c, field)) continue;
            }
            if (PlaceContext.beforeCompanyWord(c, field)) continue;
            Gazetteer.Entry reading = chooser.choose(c, field, contextCountries, specificCountries);
            out.add(mention(field.field(), c.start, c.end, field.text().substring(c.start, c.end), reading));
        }
        out.sort(Comparator.comparingInt((Mention m) -> fieldOrder(fields, m.textField())).thenComparingInt(Mention::start));
        return out;
    }

    /**
     * The location mentions of the names a tagger found, in field then offset order, with the tagger's offsets.
     * A {@link NameType#LOC LOC} span the gazetteer knows is that place (a country, region, admin region or city
     * with its coordinates, "U.S." = United States), its reading chosen as for {@link #recognize}; one it does not
     * know is a {@link MentionType#PLACE} named as written; a LOC span that is a demonym is its place, not a demonym mention.
     * A {@link NameType#MISC MISC} span that is a demonym the gazetteer knows ("Israeli") counts as its country;
     * other spans are skipped.
     *
     * @param fields the article's fields (title first), as the tagger saw them
     * @param spans the tagger's spans, in field then offset order, without possessive "'s"
     */
    public List<Mention> resolveSpans(List<FieldText> fields, List<EntitySpan> spans) {
        List<PlaceCandidate> known = new ArrayList<>();
        List<Mention> out = new ArrayList<>();
        for (EntitySpan span : spans) {
            if (span.type() != NameType.LOC && span.type() != NameType.MISC) continue;
            FieldText field = fields.get(span.field());
            String text = field.text().substring(span.start(), span.end());
            String surface = Surface.normaliseSpaces(text);
            List<Gazetteer.Entry> entries = matcher.readings(surface, span.type() == NameType.MISC);
            if (!entries.isEmpty()) {
                PlaceCandidate c = PlaceMatcher.spanCandidate(span, field, surface, entries);
                c.taggedPlace = span.type() == NameType.LOC;
                known.add(c);
            } else if (span.type() == NameType.LOC) {
                out.add(new Mention(field.field(), span.start(), span.end(), text, MentionType.PLACE, surface,
                        null, false, null, null, null));
            }
        }
        Set<String> contextCountries = new HashSet<>();
        Set<String> specificCountries = new HashSet<>();
        for (PlaceCandidate c : known) {
            Place top = c.entries.get(0).place();
            if (top.country() == null) continue;
            contextCountries.add(top.country());
            if (top.type() == Place.Type.CITY || top.type() == Place.Type.ADMIN_REGION) specificCountries.add(top.country());
        }
        for (PlaceCandidate c : known) {
            FieldText field = fields.get(c.fieldIndex);
            Gazetteer.Entry reading = chooser.choose(c, field, contextCountries, specificCountries);
            Mention m = mention(field.field(), c.start, c.end, field.text().substring(c.start, c.end), reading);
            out.add(c.taggedPlace && m.demonym() ? asPlace(m) : m);
        }
        out.sort(Comparator.comparingInt((Mention m) -> fieldOrder(fields, m.textField())).thenComparingInt(Mention::start));
        return out;
    }

    /** A demonym the tagger marked as a place ("Philippine" marked LOC): a mention of the place itself. */
    private static Mention asPlace(Mention m) {
        return new Mention(m.textField(), m.start(), m.end(), m.text(), m.entityType(), m.canonical(), m.country(),
                false, m.role(), m.latitude(), m.longitude());
    }

    /**
     * The mentions of a wire dateline opening {@code text} ("SALVADOR, Feb 26 -", "TRENTON, N.J., March 2 -"): first
     * the place, then each known region named after it, with their offsets; empty when the text opens with no
     * dateline or its place is not known. The place's country is the region's when one is named, else that of the
     * place's most plausible reading; in that country a city is read where the place names one (a dateline names
     * where the story was filed: NEW YORK the city, not the state), the one nearest the region when there are
     * several ("PORTLAND, Maine" is not Portland, Oregon). A place the gazetteer does not know after a known region
     * ("WESTBOROUGH, Mass.") is a {@link MentionType#PLACE} named as written, with that region's country.
     */
    public List<Mention> dateline(FieldText text) {
        return dateline(text, Dateline.find(text.text()));
    }

    /** The mentions of the dateline {@code d} found at the start of {@code text} (none when {@code d} is null). */
    public List<Mention> dateline(FieldText text, Dateline d) {
        if (d == null) return List.of();
        List<Mention> regions = new ArrayList<>();
        Place region = null;
        for (int[] r : d.regions()) {
            String written = text.text().substring(r[0], r[1]);
            Gazetteer.Entry e = regionOf(Surface.normaliseSpaces(written));
            if (e == null) continue;
            region = e.place();
            regions.add(mention(text.field(), r[0], r[1], written, e));
        }
        Mention place = datelinePlace(text, d, region);
        if (place == null) return List.of();
        List<Mention> out = new ArrayList<>();
        out.add(place);
        out.addAll(regions);
        return out;
    }

    private Mention datelinePlace(FieldText text, Dateline d, Place region) {
        String written = text.text().substring(d.placeStart(), d.placeEnd());
        String surface = Surface.normaliseSpaces(written);
        List<Gazetteer.Entry> readings = new ArrayList<>();
        for (Gazetteer.Entry e : gazetteer.lookup(surface)) {
            if (!e.demonym() && e.place().country() != null) readings.add(e);
        }
        String country = region != null ? region.country() : readings.isEmpty() ? null : readings.get(0).place().country();
        Gazetteer.Entry reading = null;
        for (Gazetteer.Entry e : readings) {
            if (!e.place().country().equals(country)) continue;
            boolean city = e.place().type() == Place.Type.CITY;
            if (reading == null || city && reading.place().type() != Place.Type.CITY
                    || city && region != null && region.type() == Place.Type.ADMIN_REGION
                    && distance(e.place(), region) < distance(reading.place(), region)) {
                reading = e;
            }
        }
        if (reading != null) return mention(text.field(), d.placeStart(), d.placeEnd(), written, reading);
        if (region == null) return null;
        return new Mention(text.field(), d.placeStart(), d.placeEnd(), written, MentionType.PLACE, surface,
                region.country(), false, null, null, null);
    }

    /** A distance in degrees, enough to tell which of two towns of one name lies in a region. */
    private static double distance(Place a, Place b) {
        double lat = a.latitude() - b.latitude();
        double lon = a.longitude() - b.longitude();
        return lat * lat + lon * lon;
    }

    /**
     * The reading of {@code surface} as a country or first-level region ("N.J.", "Alberta", "Ireland"), also written
     * in capitals ("KAN." is "Kan.") or without its abbreviation's dot ("Calif", "ILL"), or null.
     */
    private Gazetteer.Entry regionOf(String surface) {
        for (String form : new String[] {surface, Surface.titleCase(surface), surface + ".", Surface.titleCase(surface) + "."}) {
            if (form.endsWith("..")) continue;
            for (Gazetteer.Entry e : gazetteer.lookup(form)) {
                Place.Type t = e.place().type();
                if (!e.demonym() && e.place().country() != null && (t == Place.Type.COUNTRY || t == Place.Type.ADMIN_REGION)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * Every country any phrase of the fields names under any gazetteer reading (countries, the countries of
     * cities, regions and demonyms), before context, claims or choice of reading: what a mention-based reading
     * of the article could at best predict. Sorted.
     */
    public SortedSet<String> namedCountries(List<FieldText> fields) {
        SortedSet<String> out = new TreeSet<>();
        for (int f = 0; f < fields.size(); f++) {
            for (PlaceCandidate c : matcher.match(f, fields.get(f))) {
                for (Gazetteer.Entry e : c.entries) {
                    if (e.place().country() != null) out.add(e.place().country());
                }
            }
        }
        return out;
    }

    private static int fieldOrder(List<FieldText> fields, Field field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).field() == field) return i;
        }
        return fields.size();
    }

    static Mention mention(Field field, int start, int end, String text, Gazetteer.Entry entry) {
        Place p = entry.place();
        return new Mention(field, start, end, text, mentionType(p.type()), p.name(), p.country(),
                entry.demonym(), null, p.latitude(), p.longitude());
    }

    /** The mention type of a place of the gazetteer. */
    static MentionType mentionType(Place.Type type) {
        return switch (type) {
            case COUNTRY -> MentionType.COUNTRY;
            case REGION -> MentionType.REGION;
            case ADMIN_REGION -> MentionType.ADMIN_REGION;
            case CITY -> MentionType.CITY;
        };
    }

    private static final class Holder {
        static final LocationRecognizer INSTANCE =
                new LocationRecognizer(Gazetteer.shared(), PlaceWords.shared(), FirstNames.shared());
    }
}
