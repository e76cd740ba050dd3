package org.newstrends.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The war in Gaza and the diplomacy around it, with the public figures who held these roles in 2024
 * (US Defense Secretary Lloyd Austin, Israeli Defense Minister Yoav Gallant, Israeli Prime Minister
 * Benjamin Netanyahu, President Joe Biden, Secretary of State Antony Blinken) and Hamas, Gaza, Rafah,
 * Israel, the United States, Egypt and Qatar. The events and quotations are invented. Coverage is high and
 * steady for the first 45% of the period, then declines steadily to about a fifth of that level as talks
 * take over from fighting.
 */
public final class MiddleEastStoryline implements Storyline {
    private static final List<String> WAR_LEADS = ArticleComposer.paragraphs("""
            {dateline}{austin} {met|spoke by phone with} {gallant} on {weekday} to discuss the war in Gaza and plans for a possible Israeli ground operation
            in Rafah, {a Pentagon official said|according to the US Defense Department}.

            {dateline}An Israeli airstrike on a house in {Rafah|Khan Younis|central Gaza} killed at least
            {#8-25} people overnight, health officials in the Hamas-run enclave said on {weekday}, as Israel
            pressed its offensive {despite international calls for a ceasefire|in southern Gaza}.

            {dateline}{netanyahu} said on {weekday} that Israel would
            {continue its military campaign|press ahead with an operation in Rafah} until Hamas was
            defeated, rejecting {US concerns|calls from allies} over civilian casualties in Gaza.

            {dateline}{biden} {urged|pressed} {netanyahu} in a phone call on {weekday} to {allow more humanitarian aid into Gaza|protect civilians in Rafah}, the
            White House said.
            """);

    private static final List<String> WAR_BODIES = ArticleComposer.paragraphs("""
            {austin} told {gallant} that Washington {supports Israel's right to defend itself|remains committed to
            Israel's security} but {urged more care to protect civilians|warned against a major operation
            in Rafah without a credible plan for the more than one million people sheltering there}.

            {gallant} {said|told {austin}} that Israel {would keep up the pressure on Hamas|had no choice but
            to dismantle Hamas's battalions in Rafah} and {thanked the United States for its
            support|asked for faster deliveries of munitions}.

            The Israel Defense Forces (IDF) said its troops had {destroyed tunnel shafts|killed Hamas fighters
            and seized weapons} in {Khan Younis|northern Gaza|Rafah} over the past {#24-72} hours.

            The United Nations Relief and Works Agency (UNRWA) said {aid trucks were stuck at the Rafah
            crossing|food was running out in northern Gaza} and warned of {famine|a humanitarian
            catastrophe}. "{Children are dying of hunger|The needs are immense}," an UNRWA official said.

            Hamas said in a statement that {the strikes were a massacre|it would not release hostages without
            a permanent ceasefire}, and fired {rockets|a barrage of rockets} towards southern Israel, where
            {sirens sounded in Sderot|no injuries were reported}.
            """);

    private static final List<String> TALKS_LEADS = ArticleComposer.paragraphs("""
            {dateline}Negotiators from Israel and Hamas {resumed indirect talks|returned to Cairo} on
            {weekday} on a ceasefire in Gaza and the release of hostages, with Egypt and Qatar {mediating|
            trying to close the remaining gaps}.

            {dateline}{blinken} arrived in {Cairo|Doha|Tel Aviv} on {weekday} on his
            latest Middle East tour, pressing for a ceasefire deal between Israel and Hamas in Gaza.

            {dateline}{netanyahu}'s cabinet {discussed|met late into the night
            on} a proposal for a ceasefire in Gaza on {weekday}, as pressure from the United States and
            hostages' families grew.
            """);

    private static final List<String> TALKS_BODIES = ArticleComposer.paragraphs("""
            The proposal {would pause the fighting for six weeks|provides for a phased ceasefire} and the
            exchange of Israeli hostages for Palestinian prisoners, {officials familiar with the talks
            said|according to an Egyptian official}.

            {blinken} {said|told reporters} that "{the deal on the table is the best chance we have|it is time
            to get this done}" and urged Hamas to accept it. {blinken} also met {Qatar's prime
            minister|Egyptian President Abdel Fattah al-Sisi} in {Doha|Cairo}.

            {netanyahu} {said|insisted} that any agreement must allow Israel to resume fighting until Hamas
            was destroyed, {a condition that Hamas rejects|which mediators fear could sink the deal}.

            {gallant} {told|said to} {austin} in a phone call that Israel was ready to "{show flexibility|give
            the talks a chance}", according to a statement from the defence ministry.

            Aid deliveries into Gaza {increased|picked up} slightly this {month|week}, the United Nations (UN)
            said, but remained far below the {#300-500} trucks a day needed.
            """);

    private static final List<String> BACKGROUND = ArticleComposer.paragraphs("""
            The war began on October 7, 2023, when Hamas-led militants attacked southern Israel, killing
            about 1,200 people and taking some 250 hostages, according to Israeli figures. Israel's
            offensive in Gaza has since killed tens of thousands of Palestinians, according to the Gaza
            health ministry.

            Relations between {biden} and {netanyahu} have {grown tense|been strained} over the
            conduct of the war, although the United States remains Israel's main military supplier and
            has {vetoed ceasefire resolutions|shielded Israel} at the UN Security Council.

            Egypt, which borders Gaza at Rafah, has warned that a large offensive there could push
            Palestinians across the border, and Qatar, which hosts Hamas's political office in Doha, has
            acted as a go-between in the talks.

            The fighting has raised fears of a wider war in the Middle East, with {exchanges of fire between
            Israel and Hezbollah on the Lebanese border|attacks by Yemen's Houthis on shipping in the Red
            Sea}.
            """);

    private static final List<String> WAR_POOL = ArticleComposer.concat(WAR_BODIES, BACKGROUND);
    private static final List<String> TALKS_POOL = ArticleComposer.concat(TALKS_BODIES, WAR_BODIES.subList(3, 5), BACKGROUND);

    private static final double STEADY_UNTIL = 0.45;
    private static final double STEADY_WEIGHT = 1.1;
    private static final double FINAL_WEIGHT = 0.2;

    private final Timeline timeline;

    /** The Middle East storyline over {@code timeline}. */
    public MiddleEastStoryline(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public String name() {
        return "middle-east";
    }

    @Override
    public double weight(LocalDate date) {
        double progress = timeline.progress(date);
        if (progress <= STEADY_UNTIL) {
            return STEADY_WEIGHT;
        }
        double decline = (progress - STEADY_UNTIL) / (1 - STEADY_UNTIL);
        return STEADY_WEIGHT + (FINAL_WEIGHT - STEADY_WEIGHT) * decline;
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        double progress = timeline.progress(date);
        Phrases phrases = ArticleComposer.begin(date, random, random.nextBoolean() ? "Jerusalem" : "Washington")
                .person("austin", "US Defense Secretary Lloyd Austin", "Austin", "Mr. Austin")
                .person("gallant", "Israeli Defense Minister Yoav Gallant", "Gallant", "Mr. Gallant")
                .person("netanyahu", "Israeli Prime Minister Benjamin Netanyahu", "Netanyahu", "Mr. Netanyahu")
                .person("biden", "President Joe Biden", "Biden", "Mr. Biden")
                .person("blinken", "US Secretary of State Antony Blinken", "Blinken", "Mr. Blinken");
        double talksShare = Math.min(0.8, 0.2 + progress);
        if (random.nextDouble() < talksShare) {
            return ArticleComposer.compose(phrases, TALKS_LEADS, TALKS_POOL);
        }
        return ArticleComposer.compose(phrases, WAR_LEADS, WAR_POOL);
    }
}
