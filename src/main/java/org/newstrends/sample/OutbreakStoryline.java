package org.newstrends.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A measles outbreak in Romania that keeps spreading: a handful of local reports at the start, then
 * growing coverage of a national epidemic, a vaccination campaign and the World Health Organization
 * (WHO). Coverage rises roughly exponentially over the period, ending at almost twenty times its
 * starting level, and the reported case count rises with it.
 */
public final class OutbreakStoryline implements Storyline {
    private static final List<String> EARLY_LEADS = ArticleComposer.paragraphs("""
            {dateline}Health authorities in Romania reported {cases} measles cases {in the north-east of the
            country|in the region around Iasi} on {weekday}, and urged parents to {check that their children
            are vaccinated|bring children for their missed vaccine doses}.

            {dateline}A measles outbreak in {Iasi|Suceava|Bacau} county in Romania has {grown to|reached}
            {cases} cases, the National Institute of Public Health (INSP) said on {weekday}, {most of them
            in unvaccinated children|with several children in hospital}.
            """);

    private static final List<String> SPREAD_LEADS = ArticleComposer.paragraphs("""
            {dateline}Romania declared a national measles epidemic on {weekday} after the number of cases rose
            to {cases}, with infections reported in {#30-41} of the country's counties, including Bucharest.

            {dateline}Measles cases in Romania {climbed|rose} to {cases} this week, health officials said on
            {weekday}, as the World Health Organization (WHO) warned that the outbreak could spread to
            neighbouring countries.

            {dateline}Romania {launched|stepped up} an emergency vaccination campaign on {weekday} as the
            measles outbreak spread to {cases} cases, {the worst|the largest} the country has seen in
            years.
            """);

    private static final List<String> BODIES = ArticleComposer.paragraphs("""
            Dr. Elena Marinescu, an epidemiologist at the National Institute of Public Health (INSP), said
            vaccination rates for the second dose {had fallen below 70 percent|were far below the 95 percent
            needed to stop the spread}. "{Measles is extremely contagious|Every unvaccinated child is at
            risk}," Dr. Marinescu said.

            Health Minister Andrei Popescu {announced|said the government would fund} {mobile vaccination
            teams|extra clinic hours} for villages in {Moldavia|the north-east} and poorer districts of
            Bucharest. "{The vaccine is safe and free|We will go door to door if we have to}," Mr. Popescu
            said.

            The World Health Organization (WHO) said measles cases in Europe {have risen sharply|rose more
            than thirtyfold} in the past year. WHO Regional Director for Europe Dr. Hans Kluge {called for an
            urgent catch-up in vaccination|warned that the disease was making a comeback}.

            Doctors at the {Victor Babes|Matei Bals} hospital in Bucharest said {#10-40} children were being
            treated, {several of them in intensive care|some with pneumonia}. Measles can cause
            brain swelling and death in rare cases.

            The European Centre for Disease Prevention and Control (ECDC) said Romania accounted for {most of
            the cases|the largest share of cases} reported in the European Union this year.

            Vaccine hesitancy, {fed by misinformation online|rooted in mistrust of the health system}, and
            disruption to routine immunisation during the COVID-19 pandemic are blamed for the fall in
            vaccination rates.

            Schools in {Iasi|Cluj-Napoca|Timisoara|Bucharest} {sent home|asked parents to keep at home}
            unvaccinated pupils in classes where cases were confirmed, and {hospitals restricted
            visits|nurseries checked vaccination records}.

            The WHO Director-General, Dr. Tedros Adhanom Ghebreyesus, has repeatedly warned that gaps in
            childhood immunisation left by the pandemic {must be closed|put millions of children at risk}.
            """);

    private final Timeline timeline;

    /** The outbreak storyline over {@code timeline}. */
    public OutbreakStoryline(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String name() {
        return "outbreak";
    }

    @Override
    public double weight(LocalDate date) {
        return 0.05 + 0.12 * Math.exp(3.2 * timeline.progress(date));
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        double progress = timeline.progress(date);
        Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "Bucharest" : "Iasi");
        long cases = Math.round(60 * Math.exp(4.5 * progress)) + random.nextInt(0, 10);
        phrases.put("cases", String.format(Locale.ROOT, "%,d", cases));
        return ArticleComposer.compose(phrases, progress < 0.4 ? EARLY_LEADS : SPREAD_LEADS, BODIES);
    }
}
