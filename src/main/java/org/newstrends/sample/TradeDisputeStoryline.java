package org.newstrends.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A trade dispute between Canada and Brazil over steel and beef, with the invented trade ministers
 * Margaret Olsen (Canada) and Paulo Azevedo (Brazil). It grows slowly and steadily over the whole period:
 * complaints in the first third, tariffs and retaliation in the second, a World Trade Organization (WTO)
 * case and escalation in the last.
 */
public final class TradeDisputeStoryline implements Storyline {
    private static final List<String> COMPLAINT_LEADS = ArticleComposer.paragraphs("""
            {dateline}Canadian steelmakers {urged Ottawa to act|called for tariffs} on {weekday} against what
            they called a flood of cheap Brazilian steel, {opening a new front|raising tensions} in trade
            relations between Canada and Brazil.

            {dateline}{olsen} said on {weekday} that Ottawa was "{looking
            closely|deeply concerned}" at a surge in steel imports from Brazil, and did not rule out
            {anti-dumping duties|safeguard measures}.
            """);

    private static final List<String> COMPLAINT_BODIES = ArticleComposer.paragraphs("""
            Imports of Brazilian hot-rolled steel rose {#30-60} percent last year, according to the Canadian
            Steel Producers Association (CSPA), which says its members in Hamilton and Sault Ste. Marie
            {have cut shifts|are losing orders}.

            {azevedo} {rejected the complaint|dismissed the accusations},
            saying Brazilian mills "{compete fairly|sell at market prices}" and that Brasilia would
            "{defend its exporters|respond to any unfair measure}".
            """);

    private static final List<String> TARIFF_LEADS = ArticleComposer.paragraphs("""
            {dateline}Canada imposed provisional anti-dumping duties of {#18-35} percent on steel from Brazil
            on {weekday}, and Brazil said it would {retaliate|consider measures against Canadian goods},
            deepening a trade dispute between the two countries.

            {dateline}Brazil {threatened to restrict|said it would review} imports of Canadian potash and
            wheat on {weekday}, in retaliation for Ottawa's tariffs on Brazilian steel, as the trade
            dispute between Canada and Brazil escalated.
            """);

    private static final List<String> TARIFF_BODIES = ArticleComposer.paragraphs("""
            "{We will not stand by while our workers are hurt by dumped steel|These duties are about fair
            trade, not protection}," {olsen} {said|told reporters in Ottawa}. {olsen} said Canada
            {remained open to talks|had raised the issue with Brazil several times}.

            {azevedo} called the duties "{protectionism dressed up as trade defence|unjustified and
            illegal}" and said Brazil's response would be "{proportionate|measured but firm}". Brazilian
            beef exporters fear Canada could next target their shipments.

            Canadian farm groups {warned|said} that a Brazilian move against potash and wheat would cost
            producers in Saskatchewan {#300-900} million Canadian dollars a year.
            """);

    private static final List<String> ESCALATION_LEADS = ArticleComposer.paragraphs("""
            {dateline}Brazil filed a complaint at the World Trade Organization (WTO) on {weekday} against
            Canada's steel tariffs, escalating a trade dispute that has {soured relations|hit farmers and
            steelworkers} in both countries.

            {dateline}The trade dispute between Canada and Brazil deepened on {weekday} as Brasilia imposed
            duties of {#10-25} percent on Canadian potash and Ottawa {widened its steel tariffs|opened an
            investigation into Brazilian beef}.

            {dateline}Talks between {olsen} and {azevedo} {ended without agreement|broke down} in Geneva on {weekday}, as the trade war between the
            two countries {widened|showed no sign of easing}.
            """);

    private static final List<String> ESCALATION_BODIES = ArticleComposer.paragraphs("""
            Under WTO rules, the two sides have {#50-60} days to settle the dispute through consultations
            before Brazil can ask for a panel to rule on it. Trade lawyers expect a ruling to take more
            than a year.

            Potash prices {rose|jumped} {#2-6} percent on {weekday}, and shares of Canadian fertiliser
            producers {fell|slid} in Toronto as investors worried about losing the Brazilian market, the
            largest outside North America.

            "{This is spiralling out of control|Nobody wins a trade war}," said Helen Park, a trade
            economist at the University of Toronto. "{Both governments need a way out that saves
            face|The longer it lasts, the harder it is to reverse}."

            {olsen} said Canada "{will defend its workers|has followed every WTO rule}", while {azevedo} told
            Brazilian television that Brasilia had "{no choice but to respond|shown great patience}".
            """);

    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            Trade between Canada and Brazil was worth about {#8-11} billion US dollars last year. Canada sells
            mainly potash, wheat and machinery to Brazil, and buys steel, sugar, coffee and beef.

            The dispute comes as steelmakers worldwide face {overcapacity|falling prices}, and several
            governments, including the United States and the European Union, have raised barriers against
            imported steel.

            Brazil is one of the world's largest food exporters and has complained for years about
            {farm subsidies in rich countries|barriers to its beef exports}. President Luiz Inacio Lula da
            Silva has made expanding trade a priority of his government.

            Canada's steel industry employs about 23,000 people, many of them in Ontario and Quebec, and
            {unions have backed the tariffs|the Canadian government faces pressure from unions to protect
            them}.

            Economists note that the two economies are {more complementary than competitive|small trading
            partners for each other}, which {limits the damage|makes the fierce tone of the dispute
            surprising}.
            """);

    private static final List<String> COMPLAINT_POOL = ArticleComposer.concat(COMPLAINT_BODIES, BACKGROUND);
    private static final List<String> TARIFF_POOL = ArticleComposer.concat(TARIFF_BODIES, BACKGROUND);
    private static final List<String> ESCALATION_POOL = ArticleComposer.concat(ESCALATION_BODIES, TARIFF_BODIES, BACKGROUND);

    private final Timeline timeline;

    /** The trade dispute storyline over {@code timeline}. */
    public TradeDisputeStoryline(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String name() {
        return "trade-dispute";
    }

    @Override
    public double weight(LocalDate date) {
        double progress = timeline.progress(date);
        return 0.06 + 1.0 * Math.pow(progress, 1.5);
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        double progress = timeline.progress(date);
                Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "Ottawa" : "Brasilia")
                .person("olsen", "Canada's Trade Minister Margaret Olsen", "Olsen", "Ms. Olsen")
                .person("azevedo", "Brazil's Trade Minister Paulo Azevedo", "Azevedo", "Mr. Azevedo");
        if (progress < 1 / 3.0) {
            return ArticleComposer.compose(phrases, COMPLAINT_LEADS, COMPLAINT_POOL);
        }
        if (progress < 2 / 3.0) {
            return ArticleComposer.compose(phrases, TARIFF_LEADS, TARIFF_POOL);
        }
        return ArticleComposer.compose(phrases, ESCALATION_LEADS, ESCALATION_POOL);
    }
}
