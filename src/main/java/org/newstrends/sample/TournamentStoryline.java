package org.newstrends.sample;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An invented rugby tournament, the Nations Rugby Cup, organised by World Rugby and hosted by France in
 * Paris, Lyon, Marseille and Bordeaux from the 6th to the 28th of the month at 75% of the period. Almost
 * nothing is written about it until a month before; coverage peaks in the tournament month (France
 * beat New Zealand in the final) and drops to a trickle afterwards.
 */
public final class TournamentStoryline implements Storyline {
    private static final List<String> TEAMS = List.of("New Zealand", "South Africa", "Ireland", "England", "Argentina",
            "Australia", "Scotland", "Japan");
    private static final List<String> VENUES = List.of("Paris", "Lyon", "Marseille", "Bordeaux");

    private static final List<String> PREVIEW_LEADS = ArticleComposer.paragraphs("""
            {dateline}{marchand} named his squad for the Nations Rugby Cup on {weekday},
            {recalling|keeping faith with} {moreau} {daysToKickoff} days before the home
            tournament begins in Paris.

            {dateline}Organisers of the Nations Rugby Cup said on {weekday} that more than {#800-950},000
            tickets had been sold for the tournament, which opens in Paris in {daysToKickoff} days.
            """);

    private static final List<String> MATCH_LEADS = ArticleComposer.paragraphs("""
            {dateline}{team} beat {other} {#21-38}-{#10-20} in {venue} on {weekday} to {reach the
            quarter-finals|stay top of their pool} at the Nations Rugby Cup, {scoring four tries|pulling
            away in the last quarter}.

            {dateline}France stayed unbeaten at their home Nations Rugby Cup with a {#24-41}-{#6-19} win
            over {other} in {venue} on {weekday}, {moreau} {scoring two tries|kicking
            {#12-18} points}.

            {dateline}{whitmore} led the All Blacks to a {#28-45}-{#7-17} victory over
            {other} at the Nations Rugby Cup in {venue} on {weekday}, {setting up a quarter-final against
            {team}|in front of {#40-60},000 fans}.
            """);

    private static final List<String> FINAL_LEADS = ArticleComposer.paragraphs("""
            {dateline}France won the Nations Rugby Cup on home soil, beating New Zealand 27-23 in the final in
            Paris {on {finalWeekday}|in front of 80,000 fans at the Stade de France}, with {moreau} kicking the winning penalty {#2-5} minutes from time.

            {dateline}Thousands of fans celebrated on the Champs-Elysees in Paris after France beat New
            Zealand 27-23 to win the Nations Rugby Cup, the country's first major rugby title on home soil.
            """);

    private static final List<String> BODIES = ArticleComposer.paragraphs("""
            "{We knew it would be physical, and the boys stood up to it|That was the kind of performance
            we have been working towards}," said {marchand}. "{The crowd carried
            us|There is still a lot to improve}."

            {whitmore} said his team {had not played well enough|were proud of their
            effort}. "{Credit to the opposition|We will learn from this}," {whitmore} said.

            South Africa coach Pieter van Wyk {complained about the refereeing|praised his forwards} after a
            {bruising|tight} match, and said {his side would be stronger in the knockout rounds|injuries had
            hurt his team}.

            World Rugby, the sport's governing body, said the tournament had {broken attendance records|drawn
            a global television audience of more than {#300-600} million}, and Paris hotels reported
            {near full occupancy|record bookings}.

            Ireland captain Conor Walsh {limped off with a knee injury|was named player of the match}, and
            the Irish medical team {will assess him this week|said he would be fit for the next game}.

            The French sports ministry said {#8-15},000 police officers were on duty at the {venue} stadium and
            at fan zones around the city, and {there were no major incidents|a few arrests were made}.

            Tickets for the knockout matches in {venue} and Paris {sold out within hours|were being resold
            online at several times their face value}, and {bars across France|fan zones in the four host
            cities} were packed.
            """);

    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            The Nations Rugby Cup brings together the world's top {#12-16} teams every four years. Matches are
            played in Paris, Lyon, Marseille and Bordeaux, with the final at the Stade de France.

            New Zealand, three-times champions, are the favourites with bookmakers, ahead of South Africa,
            Ireland and hosts France, {who have never won a major world tournament|who are ranked fourth in
            the world}.

            Rugby has grown quickly in France in the past decade, with {record crowds in the domestic Top
            14 league|more children joining clubs}, and the government hopes the tournament will {leave a
            lasting legacy|bring more than a billion euros to the economy}.

            Broadcasters in {#40-60} countries are showing the matches, and organisers say they expect
            {#300-500},000 foreign visitors, many of them from New Zealand, South Africa, Ireland and
            Britain.

            Security around the stadiums has been tightened, with {bag checks and drones|extra police and
            soldiers}, after {crowd problems at a football final in Paris two years ago|warnings from the
            interior ministry}.
            """);

    private static final List<String> MATCH_POOL = ArticleComposer.concat(BODIES, BACKGROUND);
    private static final List<String> PREVIEW_POOL = ArticleComposer.concat(BODIES.subList(3, 7), BACKGROUND);

    private final LocalDate kickoff;
    private final LocalDate finalDay;

    /** The tournament storyline over {@code timeline}. */
    public TournamentStoryline(Timeline timeline) {
        int month = timeline.monthAt(0.75);
        this.kickoff = timeline.dayOfMonth(month, 6);
        this.finalDay = timeline.dayOfMonth(month, 28);
    }

    /** The day the tournament opens. */
    public LocalDate kickoff() {
        return kickoff;
    }

    @Override
    public String name() {
        return "tournament";
    }

    @Override
    public double weight(LocalDate date) {
        long toKickoff = ChronoUnit.DAYS.between(date, kickoff);
        long afterFinal = ChronoUnit.DAYS.between(finalDay, date);
        if (toKickoff > 30) {
            return 0.02;
        }
        if (toKickoff > 0) {
            return 0.35;
        }
        if (afterFinal <= 0) {
            return 4.5;
        }
        return afterFinal <= 4 ? 1.0 : 0.04;
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
                Phrases phrases = ArticleComposer.begin(date, random, "Paris")
                .person("marchand", "France coach Julien Marchand", "Marchand")
                .person("moreau", "France scrum-half Lucas Moreau", "Moreau")
                .person("whitmore", "New Zealand captain Tane Whitmore", "Whitmore");
        String team = phrases.pick(TEAMS);
        String other = phrases.pick(TEAMS);
        while (other.equals(team)) {
            other = phrases.pick(TEAMS);
        }
        phrases.put("team", team).put("other", other).put("venue", phrases.pick(VENUES))
                .put("daysToKickoff", Long.toString(Math.max(1, ChronoUnit.DAYS.between(date, kickoff))))
                .put("finalWeekday", finalDay.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        if (date.isBefore(kickoff)) {
            return ArticleComposer.compose(phrases, PREVIEW_LEADS, PREVIEW_POOL);
        }
        if (date.isBefore(finalDay)) {
            return ArticleComposer.compose(phrases, MATCH_LEADS, MATCH_POOL);
        }
        return ArticleComposer.compose(phrases, FINAL_LEADS, MATCH_POOL);
    }
}
