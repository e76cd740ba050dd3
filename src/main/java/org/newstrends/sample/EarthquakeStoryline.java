package org.newstrends.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A sudden natural disaster: an invented magnitude 7.3 earthquake on the southern Philippine island of
 * Mindanao on the 7th of the month at 35% of the period. Nothing is written before it; coverage spikes in
 * the first days (rescue, rising death toll), stays high for about three weeks (aid, aftershocks) and
 * leaves only a thin tail of reconstruction stories afterwards.
 */
public final class EarthquakeStoryline implements Storyline {
    private static final List<String> RESCUE_LEADS = ArticleComposer.paragraphs("""
            {dateline}A magnitude 7.3 earthquake struck the southern Philippine island of Mindanao
            {early on {quakeWeekday}|on {quakeWeekday} morning}, killing at least {deaths} people,
            collapsing buildings in Davao and cutting roads across the region, officials said.

            {dateline}Rescuers in the Philippines dug through the rubble of collapsed {schools|apartment
            blocks|markets} on {weekday} as the death toll from the Mindanao earthquake rose to {deaths},
            with hundreds of people still missing.

            {dateline}The death toll from the powerful earthquake that hit Mindanao in the southern
            Philippines climbed to {deaths} on {weekday}, as aftershocks rattled the city of Davao and
            thousands of families slept in the open.
            """);

    private static final List<String> RESCUE_BODIES = ArticleComposer.paragraphs("""
            The Philippine Institute of Volcanology and Seismology (Phivolcs) said the quake struck at a
            depth of {#10-30} kilometres about {#40-80} kilometres south-east of Davao. It recorded more than
            {#120-400} aftershocks, the strongest of magnitude {#5-6}.{#1-9}.

            "{We are still reaching villages that have been cut off since the earthquake|Our priority is
            to find survivors under the rubble}," said Rosa Delgado, a spokeswoman for the National Disaster
            Risk Reduction and Management Council (NDRRMC). "{Every hour counts|The next 48 hours are
            critical}."

            President Ferdinand Marcos Jr. {flew to Davao|visited the worst-hit towns} and {ordered the
            military to help with the rescue|promised emergency funds for the victims}. "{No family will
            be left behind|The whole nation stands with Mindanao}," he said.

            Hospitals in Davao and General Santos said they were {overwhelmed|running short of blood and
            medicine}, and field hospitals were set up in car parks and school grounds.

            Video shared on social media showed {a church tower collapsing|cars swaying on a bridge|people
            running out of a shopping mall} as the ground shook for almost a minute.
            """);

    private static final List<String> RELIEF_LEADS = ArticleComposer.paragraphs("""
            {dateline}Aid agencies stepped up relief work in the southern Philippines on {weekday}, {daysSince}
            days after the Mindanao earthquake killed {deaths} people and left more than {#80-150},000
            homeless.

            {dateline}Survivors of the Mindanao earthquake {queued for water and food|crowded into evacuation
            centres} on {weekday} as the Philippine government said the disaster had damaged more than
            {#20-40},000 homes.

            {dateline}A strong aftershock of magnitude 5.{#5-9} shook the Philippine island of Mindanao on
            {weekday}, {daysSince} days after the earthquake that killed {deaths} people, sending residents
            of Davao running into the streets.
            """);

    private static final List<String> RELIEF_BODIES = ArticleComposer.paragraphs("""
            The International Federation of Red Cross and Red Crescent Societies (IFRC) launched an emergency
            appeal for {#15-40} million Swiss francs, and the United Nations Children's Fund (UNICEF) said
            {#30-90},000 children were out of school.

            Japan, the United States, Australia and the European Union {pledged aid|sent relief flights},
            and a team of {#40-70} Japanese search-and-rescue specialists arrived in Davao.

            Health officials warned of the risk of {cholera and diarrhoea|waterborne disease} in crowded
            evacuation camps, where clean water and toilets are scarce.

            Engineers inspecting damaged buildings said {many collapsed structures had ignored the building
            code|older schools had suffered the worst damage}, and the government ordered a review of
            construction standards in earthquake zones.
            """);

    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            The Philippines sits on the Pacific "Ring of Fire", where the meeting of tectonic plates causes
            frequent earthquakes and volcanic eruptions. The country is also hit by about 20 typhoons a
            year.

            Mindanao, the country's second-largest island, is home to about 26 million people. {Much of its
            economy depends on farming and fishing|Davao is its largest city and commercial centre}.

            The last earthquake of similar strength to hit the region, in 2019, killed more than 20 people
            and damaged thousands of homes in the province of Cotabato.

            Seismologists said the quake was caused by movement on a fault in the {Philippine Sea
            plate|Cotabato Trench} and that strong aftershocks could continue for weeks.
            """);

    private static final List<String> RECOVERY_LEADS = ArticleComposer.paragraphs("""
            {dateline}The Philippine government approved a {#20-60} billion peso reconstruction plan on
            {weekday} for the Mindanao region, still recovering from the earthquake that killed {deaths}
            people in {quakeMonth}.

            {dateline}Thousands of families in the southern Philippines are still living in tents
            {monthsSince} after the Mindanao earthquake, aid groups said on {weekday}.
            """);

    private static final List<String> RECOVERY_BODIES = ArticleComposer.paragraphs("""
            Officials in Davao said {#40-70} percent of damaged schools had reopened, but {roads in the
            mountains remained closed|many rural health centres were still shut}.

            The World Bank {approved a loan|pledged} of {#150-400} million dollars to rebuild roads, schools
            and hospitals damaged by the earthquake.

            "{People want to go home, but there is nothing to go back to|We lost our house and our shop in
            one minute}," said a resident of a camp outside Davao.
            """);

    private static final List<String> RESCUE_POOL = ArticleComposer.concat(RESCUE_BODIES, BACKGROUND);
    private static final List<String> RELIEF_POOL = ArticleComposer.concat(RELIEF_BODIES, RESCUE_BODIES.subList(0, 2), BACKGROUND);
    private static final List<String> RECOVERY_POOL = ArticleComposer.concat(RECOVERY_BODIES, RELIEF_BODIES.subList(1, 4), BACKGROUND);

    private static final int FINAL_DEATH_TOLL = 412;

    private final LocalDate quakeDay;

    /** The earthquake storyline over {@code timeline}; the quake strikes on the 7th of the month at 35% of the period. */
    public EarthquakeStoryline(Timeline timeline) {
        this.quakeDay = timeline.dayOfMonth(timeline.monthAt(0.35), 7);
    }

    /** The day the earthquake strikes. */
    public LocalDate quakeDay() {
        return quakeDay;
    }

    @Override
    public String name() {
        return "earthquake";
    }

    @Override
    public double weight(LocalDate date) {
        long daysSince = ChronoUnit.DAYS.between(quakeDay, date);
        if (daysSince < 0) {
            return 0;
        }
        if (daysSince <= 3) {
            return 8.0;
        }
        if (daysSince <= 21) {
            return 0.5 + 5.0 * Math.exp(-(daysSince - 3) / 8.0);
        }
        return 0.06;
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        long daysSince = ChronoUnit.DAYS.between(quakeDay, date);
        Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "Davao" : "Manila");
        long deaths = Math.min(FINAL_DEATH_TOLL, 38 + 75 * daysSince);
        phrases.put("deaths", Long.toString(deaths))
                .put("daysSince", Long.toString(Math.max(2, daysSince)))
                .put("monthsSince", ArticleComposer.monthsSpelled(Math.round(daysSince / 30.0)))
                .put("quakeWeekday", quakeDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                .put("quakeMonth", quakeDay.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        if (daysSince <= 3) {
            return ArticleComposer.compose(phrases, RESCUE_LEADS, RESCUE_POOL);
        }
        if (daysSince <= 25) {
            return ArticleComposer.compose(phrases, RELIEF_LEADS, RELIEF_POOL);
        }
        return ArticleComposer.compose(phrases, RECOVERY_LEADS, RECOVERY_POOL);
    }
}
