package org.newstrends.sample;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An invented artificial-intelligence company, Corvex Systems of San Francisco, and its chief executive
 * Dana Whitfield: a low, steady background of coverage with two bumps, the launch of its Helix AI model
 * (from the 12th of the month at 20% of the period) and an antitrust investigation by the European
 * Commission and the US Federal Trade Commission (FTC) (from the 10th of the month at 65% of the period).
 */
public final class TechCompanyStoryline implements Storyline {
    private static final List<String> LAUNCH_LEADS = ArticleComposer.paragraphs("""
            {dateline}Corvex Systems unveiled Helix, {a new artificial intelligence model|its most powerful
            AI system yet}, on {weekday}, with {whitfield} saying it could {write software,
            analyse contracts and answer customers' questions|transform office work}.

            {dateline}Shares of Corvex Systems {jumped|rose} {#6-19} percent on {weekday} after the San
            Francisco company launched its Helix artificial intelligence model and signed up {#3-9} large
            banks as customers.
            """);

    private static final List<String> LAUNCH_BODIES = ArticleComposer.paragraphs("""
            "{Helix is the biggest step we have taken as a company|This is the model our customers have been
            waiting for}," {whitfield} {said|told a launch event in San Francisco}. {whitfield} said the
            model {had been trained on the company's own chips|would be available in {#20-40} languages}.

            Chief technology officer Rajesh Iyer said Helix {made fewer errors than rival systems in
            internal tests|could read documents of hundreds of pages}, {although independent researchers
            have not yet checked the claims|and would be updated every few months}.

            Analysts {were impressed|were divided}. "{Corvex has caught up with the leaders|The demo was
            impressive, but the question is whether businesses will pay for it}," said an analyst at a
            Wall Street bank.
            """);

    private static final List<String> PROBE_LEADS = ArticleComposer.paragraphs("""
            {dateline}The European Commission opened an antitrust investigation into Corvex Systems on
            {weekday}, examining whether the artificial intelligence company {abused its position in AI
            software for businesses|tied its Helix model to its cloud services}.

            {dateline}The US Federal Trade Commission (FTC) {is investigating|has opened an inquiry into}
            Corvex Systems' deals with cloud providers, {people familiar with the matter said|the company
            confirmed} on {weekday}, adding to regulatory pressure on {whitfield}.
            """);

    private static final List<String> PROBE_BODIES = ArticleComposer.paragraphs("""
            The European Commission said it would examine whether Corvex {required business customers to
            buy its cloud services to use Helix|used exclusive deals to shut out rival AI companies}, and
            whether {smaller competitors had been harmed|prices had been pushed up}.

            Shares of Corvex {fell|dropped} {#3-9} percent on news of the investigation, {wiping billions of
            dollars off its value|their biggest fall since the Helix launch}.

            Corvex said it would "{cooperate fully|work constructively}" with regulators. {whitfield} wrote in
            a message to staff that the company "{has always competed fairly|welcomes the chance to explain
            how our market works}."

            Competition lawyers said the case could take {more than a year|years} and that fines under
            European Union rules can reach 10 percent of a company's global turnover.

            The investigation is part of a wider look by regulators in Brussels and Washington at
            {partnerships between AI start-ups and large technology groups|whether a few companies control
            the chips, data and cloud capacity that AI depends on}.
            """);

    private static final List<String> ROUTINE_LEADS = ArticleComposer.paragraphs("""
            {dateline}Corvex Systems reported {#40-90} percent growth in quarterly revenue on {weekday}, as
            businesses {signed up for|expanded their use of} its artificial intelligence software, but the
            company's losses widened.

            {dateline}{whitfield} said on {weekday} that Corvex Systems, the San Francisco artificial intelligence company, would {build a new data centre in Texas|open an office in London|hire {#5-15}00 engineers this year}.
            """);

    private static final List<String> ROUTINE_BODIES = ArticleComposer.paragraphs("""
            {whitfield} told analysts on a conference call that {demand from banks and insurers was
            growing faster than expected|the company would keep investing heavily in computing power}, and
            that Corvex expected to {break even within two years|double its revenue this year}.

            Corvex's losses {widened|grew} to {#300-900} million dollars in the quarter, {mostly because of
            the cost of training its models|as it spent heavily on chips and staff}, the company said.

            The company also {announced a partnership|signed a deal} with {a large European
            carmaker|a Japanese electronics group|a US hospital chain} to use Helix in {customer
            service|software development|medical records}, {without giving financial details|in a
            contract worth several hundred million dollars}.
            """);

    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            Founded in 2019, Corvex Systems is valued at about {#30-45} billion dollars after its last funding
            round, and counts {large investment funds|several cloud companies} among its shareholders.

            Companies building AI models spend billions of dollars on chips and data centres, and {the costs
            have raised questions about when they will make a profit|investors are watching closely for
            signs of revenue growth}.

            {whitfield}, a former engineer at a search company, {co-founded Corvex with two university
            friends|has become one of the best-known figures in the AI industry}. She has {called for
            sensible regulation of AI|testified before the US Congress on AI safety}.

            The company employs about {#2-4},000 people, most of them in San Francisco, and {has offices in
            London, Toronto and Singapore|plans to expand in Europe and Asia}.

            Critics say AI systems such as Helix {can produce convincing but false answers|raise questions
            about copyright and privacy}, and several newspapers and authors have sued AI companies over
            the use of their work.
            """);

    private static final List<String> LAUNCH_POOL = ArticleComposer.concat(LAUNCH_BODIES, BACKGROUND);
    private static final List<String> PROBE_POOL = ArticleComposer.concat(PROBE_BODIES, BACKGROUND);
    private static final List<String> ROUTINE_POOL = ArticleComposer.concat(ROUTINE_BODIES, BACKGROUND);

    private final LocalDate launchDay;
    private final LocalDate probeDay;

    /** The tech company storyline over {@code timeline}. */
    public TechCompanyStoryline(Timeline timeline) {
        this.launchDay = timeline.dayOfMonth(timeline.monthAt(0.2), 12);
        this.probeDay = timeline.dayOfMonth(timeline.monthAt(0.65), 10);
    }

    @Override
    public String name() {
        return "tech-company";
    }

    @Override
    public double weight(LocalDate date) {
        return 0.15 + bump(date, launchDay, 1.6) + bump(date, probeDay, 1.0);
    }

    private static double bump(LocalDate date, LocalDate event, double height) {
        long daysAfter = ChronoUnit.DAYS.between(event, date);
        if (daysAfter < 0) {
            return 0;
        }
        return height * Math.exp(-daysAfter / 10.0);
    }

    /** The launch is covered by one outlet alone for 30 days: a one-source spike of Corvex Systems and Helix. */
    @Override
    public String exclusiveOutlet(LocalDate date) {
        long sinceLaunch = ChronoUnit.DAYS.between(launchDay, date);
        return sinceLaunch >= 0 && sinceLaunch <= 30 ? Outlets.LAUNCH_OUTLET : null;
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
                Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "San Francisco" : "Brussels")
                .person("whitfield", "Corvex chief executive Dana Whitfield", "Whitfield", "Ms. Whitfield");
        long sinceLaunch = ChronoUnit.DAYS.between(launchDay, date);
        long sinceProbe = ChronoUnit.DAYS.between(probeDay, date);
        if (sinceProbe >= 0 && sinceProbe <= 30) {
            return ArticleComposer.compose(phrases, PROBE_LEADS, PROBE_POOL);
        }
        if (sinceLaunch >= 0 && sinceLaunch <= 30) {
            return ArticleComposer.compose(phrases, LAUNCH_LEADS, LAUNCH_POOL);
        }
        return ArticleComposer.compose(phrases, ROUTINE_LEADS, ROUTINE_POOL);
    }
}
