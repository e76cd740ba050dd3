package org.newstrends.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A presidential election campaign in Chile between the invented candidates Valentina Rojas and Tomas
 * Herrera: coverage builds up over the months (a cubic rise, then a high plateau in the final three
 * weeks) to election day (the 16th of the month at 60% of the period), peaks in the week of the vote and
 * the results, then fades within about two months.
 */
public final class ElectionStoryline implements Storyline {
    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            Chile's economy has slowed since the copper price fell from its peak, and inflation, although
            easing, still weighs on household budgets in Santiago and the mining towns of the north.
            {Polls|Surveys} {show|suggest} that the cost of living, crime and pensions are the issues voters
            care about most.

            Chile is the world's largest copper producer, and the mines of the Atacama desert around
            Antofagasta pay for a large share of the state budget. {Any change to the mining royalty is
            watched closely by foreign investors|Mining companies have warned against higher taxes}.

            The private pension system, set up in the 1980s, {has been a source of protest for
            years|pays many retirees less than the minimum wage}. Every government since 2019 has
            promised to reform it, and none has yet passed a full overhaul through Congress.

            Reported robberies and homicides have risen in Santiago and in the northern regions over the
            past three years, and {organised crime|the spread of foreign criminal gangs} has become a
            central concern for Chilean voters.
            """);

    private static final List<String> CAMPAIGN_CONTEXT = ArticleComposer.paragraphs("""

            {rojas}, {a 46-year-old former labour lawyer|who has sat in the Senate since 2018}, leads the
            Citizens' Alliance, a coalition of centre-left parties. {herrera}, {a former finance minister|who
            ran the treasury a decade ago}, heads the National Unity Party and promises lower taxes and
            more police on the streets.

            A third candidate, Ignacio Fuentes of the Green Left, {has struggled to break into double
            digits|polls in single figures} but could decide the outcome if no one wins an outright
            majority in the first round.

            The Electoral Service (SERVEL) says more than {#14-15} million Chileans are registered to vote.
            Voting has been compulsory since 2022, and officials expect turnout above 80 percent.

            Analysts in Santiago {say|note} that the race has become a referendum on security. "{People
            feel unsafe in their own neighbourhoods, and whoever convinces them on crime will win|The
            campaign is being fought on crime, not on the economy}," said Marcela Soto, a political
            scientist at the University of Chile.

            Investors have watched the campaign closely. The Chilean peso {weakened|firmed} against the
            dollar {this week|on {weekday}} as traders weighed the candidates' plans for the mining
            royalty and the pension system.

            The Organization of American States (OAS) {will send|has sent} an observer mission of
            {#40-90} people to Chile, and the European Union {is also sending observers|has praised the
            country's electoral institutions}.
            """);

    private static final List<String> CAMPAIGN_LEADS = ArticleComposer.paragraphs("""
            {dateline}{rojas}, the Citizens' Alliance candidate in Chile's presidential election, {launched her campaign|took her campaign
            to the north} on {weekday} with a rally in Antofagasta, promising to {raise pensions and
            tackle crime|spread mining wealth to the regions}, {monthsToVote} months before voters go to the polls.

            {dateline}Chilean presidential candidate {herrera} {said|told supporters} on {weekday} that
            he would cut taxes on small businesses if elected president, setting out an economic plan
            that {his rivals called unaffordable|drew a sharp reply from the governing coalition}.

            {dateline}The race for Chile's presidency is {slowly taking shape|getting under way}, with Senator
            {rojas} and {herrera} {trading blows over crime and
            pensions|touring the regions} {monthsToVote} months before the election.
            """);

    private static final List<String> CAMPAIGN_BODIES = ArticleComposer.paragraphs("""
            A poll by the Cadem institute published on {weekday} put {rojas} on {pollRojas} percent and {herrera} on {pollHerrera} percent, with {#15-24} percent of voters still undecided.

            "{This campaign will be about who can keep Chileans safe|We are going to win this election street
            by street}," {herrera} told {a crowd of several hundred supporters|a radio
            interview}. {rojas} {replied|answered} that "{security without jobs is an empty promise|you
            cannot fight crime by cutting police budgets}."

            The candidates are expected to hold the first televised debate {in the coming weeks|next month},
            and both campaigns have begun raising money from donors in Santiago and abroad.
            """);

    private static final List<String> RUN_UP_LEADS = ArticleComposer.paragraphs("""
            {dateline}Chile's presidential race tightened on {weekday} as a new poll showed Senator {rojas} {pulling ahead of|edging past} {herrera}, {daysToVote} days
            before the election.

            {dateline}Chilean presidential candidates {rojas} and {herrera} clashed over crime,
            pensions and the economy in a {heated|tense} televised debate on {yesterday} night, with
            {daysToVote} days left before Chileans vote.

            {dateline}Tens of thousands of supporters of {rojas} {filled the streets|marched} in
            central Santiago on {weekday}, as the election campaign in Chile entered its final stretch
            {daysToVote} days before the vote.
            """);

    private static final List<String> RUN_UP_BODIES = ArticleComposer.paragraphs("""
            The latest Cadem poll gave {rojas} {pollRojas} percent against {pollHerrera} percent for {herrera},
            {within the margin of error|a lead that her campaign called decisive}. Fuentes trailed with
            {#6-9} percent.

            During the debate, {herrera} accused {rojas} of {being soft on crime|planning tax rises that would
            drive investment out of Chile}. "{The numbers do not add up|Chileans have heard these promises
            before}," he said. {rojas} said {{herrera}|her opponent} had "{nothing to offer but fear|run
            the treasury into deficit}."

            Interior Minister Carolina Vidal {said|told reporters} that {#20-40},000 police officers and
            soldiers would guard polling stations on election day, and that the vote count would begin as
            soon as polls close at 6 p.m.

            Campaign rules forbid the publication of new polls in the final two weeks, leaving {both
            camps|the candidates} to rely on private surveys and the size of their crowds.
            """);

    private static final List<String> RESULT_LEADS = ArticleComposer.paragraphs("""
            {dateline}{rojas} won Chile's presidential election, taking {winnerShare} percent of the
            vote against {loserShare} percent for {herrera}, according to
            results published by the Electoral Service (SERVEL).

            {dateline}Chile's {rojas} {promised to govern for all Chileans|called for
            unity} on {weekday} after a {clear|decisive} election victory over {herrera}, who conceded
            defeat {late on election night|in a short speech in Santiago}.

            {dateline}Chileans voted in large numbers in the presidential election, with turnout of
            {#81-86} percent, and {rojas} {was declared the winner|claimed victory} over
            her rival {herrera}.
            """);

    private static final List<String> RESULT_BODIES = ArticleComposer.paragraphs("""
            "{Tonight Chile chose hope over fear|This victory belongs to the people of every region of
            Chile}," {rojas} told cheering supporters in Santiago. {herrera} said he had called {{rojas}|the
            winner} to congratulate her and would lead "{a loyal and firm opposition|a constructive
            opposition}."

            The OAS observer mission said the vote had been {free and orderly|peaceful and well
            organised}, and SERVEL completed the count within {#3-6} hours of the polls closing.

            Leaders across Latin America {sent congratulations|congratulated the president-elect}, and the
            United States said it looked forward to working with the new government in Chile.

            The peso {rallied|fell} {#1-3} percent on {weekday} as investors {welcomed the clear
            result|weighed {rojas}'s plans for the pension system}.
            """);

    private static final List<String> AFTERMATH_LEADS = ArticleComposer.paragraphs("""
            {dateline}Chilean {rojas} {named her cabinet|unveiled her first bill} on
            {weekday}, {#2-14} weeks after winning the election, {appointing a former central banker as
            finance minister|proposing an increase in the basic state pension}.

            {dateline}Chile's new government {faced its first test in Congress|ran into opposition from the
            National Unity Party} on {weekday}, as {rojas} sought support for her pension
            reform.
            """);

    private static final List<String> AFTERMATH_BODIES = ArticleComposer.paragraphs("""
            {herrera}, now leader of the opposition, said his party would {oppose any tax rise|study the bill
            carefully} and {accused the government of breaking its campaign promises|called for talks}.

            {rojas}'s approval rating stands at {#48-61} percent, according to a Cadem poll, {a honeymoon that
            analysts expect to fade|higher than her vote share in the election}.

            Finance Minister Jorge Araya told lawmakers that the pension plan would be paid for by
            {a gradual rise in employer contributions|savings elsewhere in the budget} and would not
            {threaten the fiscal rules|add to the deficit}. "{We will keep the accounts in order|Chile's
            credit rating is not at risk}," Mr. Araya said.

            The Citizens' Alliance lacks a majority in the Senate, and the government needs the votes of
            {#3-6} opposition senators to pass its flagship bills, {analysts said|according to
            parliamentary officials}.

            {rojas} travelled to {Buenos Aires|Brasilia|Lima} on {weekday} on her first foreign trip as
            president, {promising closer trade ties with Chile's neighbours|where she discussed lithium
            and energy projects}.
            """);

    private static final List<String> CAMPAIGN_POOL = ArticleComposer.concat(CAMPAIGN_BODIES, CAMPAIGN_CONTEXT, BACKGROUND);
    private static final List<String> RUN_UP_POOL = ArticleComposer.concat(RUN_UP_BODIES, CAMPAIGN_CONTEXT, BACKGROUND);
    private static final List<String> RESULT_POOL = ArticleComposer.concat(RESULT_BODIES, BACKGROUND);
    private static final List<String> AFTERMATH_POOL = ArticleComposer.concat(AFTERMATH_BODIES, BACKGROUND);

        private static final int FINAL_STRETCH_DAYS = 21;

    private final Timeline timeline;
    private final LocalDate electionDay;

    /** The election storyline over {@code timeline}; election day falls at 60% of the period. */
    public ElectionStoryline(Timeline timeline) {
        this.timeline = timeline;
        this.electionDay = timeline.dayOfMonth(timeline.monthAt(0.6), 16);
    }

    /** The day Chile votes. */
    public LocalDate electionDay() {
        return electionDay;
    }

    @Override
    public String name() {
        return "election";
    }

    @Override
    public double weight(LocalDate date) {
                long daysToVote = ChronoUnit.DAYS.between(date, electionDay);
        if (daysToVote > FINAL_STRETCH_DAYS) {
            double vote = timeline.monthsSinceStart(electionDay);
            double buildUp = vote <= 0 ? 1 : timeline.monthsSinceStart(date) / vote;
            return 0.05 + 2.0 * buildUp * buildUp * buildUp;
        }
        if (daysToVote > 0) {
            return 4.5;
        }
        if (daysToVote >= -7) {
            return 6.0;
        }
        return 0.05 + 3.0 * Math.exp((daysToVote + 7) / 20.0);
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "Santiago" : "Valparaiso");
        long daysToVote = ChronoUnit.DAYS.between(date, electionDay);
        double campaignProgress = timeline.progress(date) / Math.max(0.01, timeline.progress(electionDay));
        int rojas = 31 + (int) Math.round(12 * Math.min(1, campaignProgress)) + random.nextInt(-2, 3);
                String rojasTitle = daysToVote > 0 ? "Senator" : daysToVote >= -10 ? "President-elect" : "President";
        phrases.person("rojas", rojasTitle + " Valentina Rojas", "Rojas", "Ms. Rojas")
                .person("herrera", "Tomas Herrera", "Herrera", "Mr. Herrera")
                .put("pollRojas", Integer.toString(rojas))
                .put("pollHerrera", Integer.toString(36 - random.nextInt(0, 4)))
                .put("daysToVote", Long.toString(Math.max(1, daysToVote)))
                .put("monthsToVote", Long.toString(Math.max(2, Math.round(daysToVote / 30.0))))
                .put("winnerShare", "52.4")
                .put("loserShare", "39.8");
        if (daysToVote > 45) {
            return ArticleComposer.compose(phrases, CAMPAIGN_LEADS, CAMPAIGN_POOL);
        }
        if (daysToVote > 0) {
            return ArticleComposer.compose(phrases, RUN_UP_LEADS, RUN_UP_POOL);
        }
        if (daysToVote >= -10) {
            return ArticleComposer.compose(phrases, RESULT_LEADS, RESULT_POOL);
        }
        return ArticleComposer.compose(phrases, AFTERMATH_LEADS, AFTERMATH_POOL);
    }
}
