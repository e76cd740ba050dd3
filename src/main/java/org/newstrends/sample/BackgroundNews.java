package org.newstrends.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The noise around the planted storylines: everyday news on central banks and inflation, oil and OPEC,
 * weather, a fraud trial, space launches, a film festival and insecurity in the Sahel. Each topic is
 * equally likely and the whole is written about at the same rate every day, so none of its entities
 * should show a trend.
 */
public final class BackgroundNews implements Storyline {

    private record Topic(String city, List<String> leads, List<String> bodies) { }

    private static final Topic CENTRAL_BANKS = new Topic("Frankfurt", ArticleComposer.paragraphs("""
            {dateline}The European Central Bank (ECB) {kept interest rates unchanged|left its key rate on
            hold} on {weekday}, with {lagarde} saying policymakers needed {more evidence
            that inflation was falling|to see how wages develop} before {cutting borrowing costs|changing
            course}.

            {dateline}{powell} said on {weekday} that inflation was {moving in
            the right direction|still too high} but that the central bank was in no hurry to {cut interest
            rates|change its policy}, {sending the dollar higher|lifting Treasury yields}.
            """), ArticleComposer.paragraphs("""
            Consumer prices in the euro area rose {#2-3}.{#1-9} percent from a year earlier, according to
            Eurostat, {above|close to} the ECB's target of 2 percent. Services inflation {remained
            sticky|eased slightly}.

            "{We are not there yet|The direction is clear, but the pace is uncertain}," {lagarde} told reporters in Frankfurt. {lagarde} said the bank would "{follow a data-dependent
            approach|decide meeting by meeting}".

            In Washington, {powell} told lawmakers that the labour market was {strong|cooling gradually}, with
            unemployment at {#3-4}.{#5-9} percent. {powell} said rate cuts would come
            "{when we are confident inflation is heading to 2 percent|at the appropriate time}".

            Economists at {several banks|large investment houses} {expect|now predict} the first rate cut
            {in the summer|later in the year}, {although markets have scaled back their bets|and bond markets
            rallied on the comments}.

            Mortgage rates across Europe and the United States remain near their highest in {#12-16} years,
            {weighing on house sales|squeezing first-time buyers}, while savers have benefited from better
            returns.

            Some policymakers on the ECB's Governing Council have argued for {an early cut to support a
            weak economy|patience until wage growth slows}, and the euro {slipped|edged higher} against
            the dollar after the decision.

            Germany's economy {shrank slightly|barely grew} in the last quarter, according to the federal
            statistics office, {held back by weak industrial output|as high energy costs weighed on
            factories}, while Spain and Portugal grew faster than expected.

            "{Cutting too early would be a mistake we would pay for later|The risks to growth are now
            clearly tilted to the downside}," said the chief economist of a large Frankfurt bank, who
            expects {two|three} rate cuts {this year|before the end of the year}.
            """));

    private static final Topic OIL = new Topic("Riyadh", ArticleComposer.paragraphs("""
            {dateline}Oil prices {rose|fell} on {weekday} after the Organization of the Petroleum Exporting
            Countries (OPEC) and its allies {agreed to extend|said they would keep} production cuts, with
            Brent crude trading at {#78-91} dollars a barrel.

            {dateline}Saudi Arabia {will keep|said it would keep} its voluntary oil output cut of one million
            barrels a day {until the end of the quarter|for another month}, the energy ministry in Riyadh said
            on {weekday}.
            """), ArticleComposer.paragraphs("""
            OPEC and its allies, a group known as OPEC+, have cut output several times since late 2022 to
            support prices, {while production in the United States, Brazil and Guyana has risen|as demand
            growth slows in China}.

            "{The market is well supplied|Demand is holding up better than expected}," said an oil analyst in
            London. "{Prices will depend on China and on the Middle East|Traders are watching inventories
            closely}."

            Russia, the largest producer outside OPEC, {said it would cut exports|pledged to reduce output}
            under the agreement, {although analysts doubt its compliance|while Iraq and Kazakhstan promised
            to make up for past overproduction}.

            The International Energy Agency (IEA) {raised|lowered} its forecast for oil demand growth this
            year to {#1-1}.{#1-4} million barrels a day, {citing stronger air travel|citing weak industrial
            activity}.

            Petrol prices in {the United States|Europe} {edged up|slipped} this week, {adding to|easing}
            pressure on consumers and central banks fighting inflation.

            Shipping companies {diverted tankers|kept avoiding the Red Sea} because of attacks on vessels,
            {adding days to voyages between Asia and Europe|pushing up freight and insurance costs}, traders
            said.

            Saudi Arabia needs oil prices {above 80 dollars|of around 85 dollars} a barrel to balance its
            budget, according to the International Monetary Fund (IMF), as it spends heavily on {giant
            construction projects|plans to diversify its economy}.

            US crude inventories {rose|fell} by {#1-5}.{#1-9} million barrels last week, the Energy
            Information Administration said, {against analysts' expectations|more than expected}.
            """));

    private static final Topic WEATHER = new Topic("Madrid", ArticleComposer.paragraphs("""
            {dateline}Spain {issued heat warnings|put several regions on alert} on {weekday} as temperatures
            reached {#39-44} degrees Celsius in Seville and Cordoba, {weeks earlier than usual|the latest sign
            of a warming climate}.

            {dateline}Heavy storms {swept across|battered} northern Italy on {weekday}, flooding streets in
            Milan and {cutting power to thousands of homes|disrupting trains}, the Italian civil protection
            agency said.
            """), ArticleComposer.paragraphs("""
            The Spanish weather agency AEMET said the {heat|dry spell} would last at least {#3-6} days and
            urged people to {avoid outdoor work in the afternoon|drink plenty of water}. Farmers in Andalusia
            warned of damage to olive groves.

            Scientists say climate change is making {heatwaves|extreme weather} more frequent and more
            intense in southern Europe, {one of the fastest-warming regions of the world|where summers
            have grown longer}.

            In Italy, firefighters carried out {#150-400} rescues, and the mayor of Milan said
            {the city's drains could not cope|damage would run into millions of euros}. No deaths were
            reported.

            The European Union's Copernicus climate service said {last month was the warmest on
            record|sea surface temperatures in the Mediterranean were unusually high}, {adding to concern
            about the summer|which fuels heavier downpours}.

            Tourism officials {said visitors were still arriving|worried about the effect on bookings}, as
            tour operators {moved excursions to the early morning|offered refunds for cancelled trips}.

            In the Spanish region of Catalonia, authorities {extended water restrictions|declared a drought
            emergency} as reservoirs fell to {#14-25} percent of capacity, {the lowest level on
            record|forcing farmers to cut irrigation}.

            Emergency services in Seville said they had treated {#20-60} people for heatstroke, and
            {several schools shortened the school day|the city opened air-conditioned public buildings as
            cooling centres}.

            Greece and Portugal {also raised fire alerts|warned of a high risk of wildfires}, and the
            European Union {placed firefighting planes on standby|sent firefighters to help}, as dry winds
            fanned {blazes|small fires} near {Athens|Lisbon}.
            """));

    private static final Topic FRAUD_TRIAL = new Topic("London", ArticleComposer.paragraphs("""
            {dateline}{whitley} went on trial in London on {weekday} accused
            of {defrauding investors of|running a scheme that cost clients} about {#40-120} million pounds
            through a property fund, prosecutors said.

            {dateline}The fraud trial of {whitley} heard on {weekday} that he {spent
            investors' money on a yacht and racehorses|hid losses from his auditors for years}, as
            prosecutors from the Serious Fraud Office (SFO) set out their case.
            """), ArticleComposer.paragraphs("""
            {whitley}, {#48-58}, denies {#4-7} counts of fraud and false accounting. His lawyer told the jury at
            Southwark Crown Court that {{whitley}|his client} "{was a businessman who made mistakes, not a
            criminal|believed the fund would recover}".

            The Serious Fraud Office (SFO) says more than {#1200-3000} investors, many of them {pensioners|
            small savers}, lost money when the fund collapsed {#2-4} years ago.

            A former employee told the court that she had raised concerns about {the valuations|missing
            documents} with {whitley} "{more than once|in several emails}", but was told not to worry.

            The trial is expected to last {#6-10} weeks. {The judge warned jurors not to read about the case
            online|Reporting restrictions limit what can be published about some witnesses}.

            The collapse of the fund led to calls for tighter rules on {property investment
            schemes|unregulated investments} sold to ordinary savers, and the Financial Conduct Authority
            (FCA) has since tightened its guidance.

            Prosecutors showed the jury {bank statements|emails} which, they said, proved that
            {investors' money had been moved to accounts in Jersey and Switzerland|the fund's property
            valuations had been inflated}. "{The figures were simply invented|He knew exactly what he was
            doing}," the prosecutor said.

            Several investors who lost their savings {sat in the public gallery|gave evidence on
            {weekday}}. One, a retired teacher from Kent, said she had put {#80-250},000 pounds into the
            fund "{because it sounded as safe as a bank|on the advice of a friend}".

            If convicted, {whitley} faces up to {#8-10} years in prison on each count of fraud. The
            Serious Fraud Office has also {frozen assets worth|begun proceedings to recover} about
            {#10-30} million pounds.
            """));

    private static final Topic SPACE = new Topic("Paris", ArticleComposer.paragraphs("""
            {dateline}The European Space Agency (ESA) launched a new {climate|Earth observation} satellite on
            {weekday} from Kourou in French Guiana, aboard a Vega rocket, to measure {sea ice|soil
            moisture and forest cover} from orbit.

            {dateline}NASA {delayed|postponed} the launch of a {lunar|science} mission by {#2-6} weeks on
            {weekday} to fix a {valve problem|software issue}, the agency said at a news conference in
            Washington.
            """), ArticleComposer.paragraphs("""
            The satellite, built by a group of European companies led by Airbus, will {circle the Earth at
            an altitude of about 700 kilometres|send back data for at least seven years}, ESA said.

            "{This mission will help us understand how our planet is changing|The data will be free for
            scientists everywhere}," ESA's director of Earth observation said in Paris. "{It is a great day
            for European space|The team has worked on this for a decade}."

            NASA engineers said the {problem|fault} had been found during {final tests|a rehearsal} and that
            the spacecraft was {safe|not damaged}. The agency has faced delays in several programmes
            because of {supply problems|budget pressure}.

            Europe has been working to restore its own access to space after delays to the Ariane 6 rocket
            left it {dependent on US launch companies|short of launchers} for its satellites.

            Space agencies in India, Japan and China have also {stepped up|expanded} their programmes, and
            private companies now launch most satellites into orbit.

            The mission cost about {#300-600} million euros and is part of the Copernicus programme, which
            the European Union runs with ESA to monitor the climate, {farming and disasters|oceans,
            forests and cities}.

            Scientists {hope|expect} the satellite's measurements will improve {forecasts of sea level
            rise|weather and crop forecasts}, and help governments check whether they are meeting their
            targets on emissions and deforestation.

            The launch was watched by {hundreds of engineers|ministers from several European countries} at
            the Guiana Space Centre, and the first signals from the satellite were received at a ground
            station in {Kiruna, Sweden|Darmstadt, Germany} about an hour later.

            NASA's budget has {come under pressure|been squeezed} in the US Congress, and several
            science missions {face cuts|have been delayed}, although {the agency's Artemis programme to
            return astronauts to the Moon|its Mars sample return mission} remains a priority.
            """));

    private static final Topic FILM_FESTIVAL = new Topic("Berlin", ArticleComposer.paragraphs("""
            {dateline}The Berlin International Film Festival opened on {weekday} with {a drama about a family
            of fishermen in Norway|a comedy set in a Paris hotel}, as {#18-22} films competed for the Golden
            Bear.

            {dateline}{lindqvist}'s film "{The Quiet Harbour|Winter Light}" won the top prize at the
            Berlin film festival on {weekday}, {the first Swedish film to do so in decades|praised by the jury
            for its restraint}.
            """), ArticleComposer.paragraphs("""
            "{I made this film for my mother|Cinema is still the best way to understand each other},"
            {lindqvist} said as she accepted the award. {{lindqvist}|The director} thanked her cast, most of
            them non-professional actors.

            The festival, one of Europe's three big film festivals with Cannes and Venice, {sold more than
            300,000 tickets|drew large crowds despite the cold}, organisers said.

            Critics {praised|were divided over} this year's selection, which included films from {#40-70}
            countries and {a record number of women directors|several debut features}.

            Streaming companies {were active buyers|bought distribution rights to several films} at the
            festival's film market, {a sign of recovery for the industry|although cinema attendance remains
            below pre-pandemic levels}.

            The jury, led by {an American actress|a Mexican director}, also gave its best director award to
            {a Korean filmmaker|a first-time director from Senegal} for {a story about two sisters in
            Seoul|a film about migrants crossing the Sahara}.

            Outside the festival palace on Potsdamer Platz, hundreds of fans {waited in the snow|queued
            for hours} to see the stars, while {protesters called for better pay for film crews|activists
            staged a small demonstration about the war in Gaza}.

            This year's festival was the {last|second} under its current leadership, and the German culture
            minister said the government would {keep funding the event|increase support for German
            cinema}.

            Ticket sales at German cinemas rose {#3-9} percent last year, according to the German Federal
            Film Board, helped by {several big American releases|a run of successful German comedies}.
            """));

    private static final Topic SAHEL = new Topic("Bamako", ArticleComposer.paragraphs("""
            {dateline}Suspected jihadist fighters attacked an army post in northern Burkina Faso on {weekday},
            killing {#10-35} soldiers, {security sources said|according to a local official}, the latest in a
            wave of violence across the Sahel.

            {dateline}Mali's military government {said|announced} on {weekday} that it had {retaken a
            town|killed dozens of militants} in the centre of the country, as insecurity continues to spread
            across the Sahel.
            """), ArticleComposer.paragraphs("""
            Groups linked to al Qaeda and the Islamic State have {expanded|gained ground} in Mali, Burkina
            Faso and Niger over the past decade, killing thousands of people and forcing millions from their
            homes.

            The three countries, all now ruled by military juntas, {left|announced their withdrawal from} the
            Economic Community of West African States (ECOWAS) and have {turned to Russia for security
            help|formed their own alliance}.

            The United Nations (UN) says more than {#2-3} million people have been displaced in Burkina Faso
            alone, and {aid groups struggle to reach besieged towns|food insecurity is rising}.

            French troops left Mali and Burkina Faso after the coups, and the UN peacekeeping mission in Mali
            {ended in 2023|closed after a decade}, leaving {a security vacuum|the armies to fight alone}, analysts
            say.

            In Niger, the military leaders who seized power in a coup in 2023 {have ordered|asked} US and
            French troops to leave, and {signed new security deals with Russia|strengthened ties with
            Mali and Burkina Faso}.

            Human rights groups have accused {both the armed groups and the armies|soldiers and allied
            militias} of killing civilians, {charges the governments deny|and called for independent
            investigations}.

            Aid agencies say {#6-8} million people in the central Sahel need food aid, and that funding for
            the region's humanitarian appeal {is less than a third of what is needed|has fallen sharply}.

            Trade and travel across the region have suffered as {roads are cut by armed groups|borders
            closed after the coups}, and {cattle herders|farmers} say they can no longer reach their
            markets.
            """));

    private static final List<Topic> TOPICS = List.of(CENTRAL_BANKS, OIL, WEATHER, FRAUD_TRIAL, SPACE, FILM_FESTIVAL, SAHEL);

    @Override
    public String name() {
        return "background";
    }

    @Override
    public double weight(LocalDate date) {
        return 0.9;
    }

    @Override
    public String write(LocalDate date, SplittableRandom random) {
        Topic topic = TOPICS.get(random.nextInt(TOPICS.size()));
                Phrases phrases = ArticleComposer.begin(date, random, topic.city())
                .person("lagarde", "ECB President Christine Lagarde", "Lagarde", "Ms. Lagarde")
                .person("powell", "US Federal Reserve Chair Jerome Powell", "Powell", "Mr. Powell")
                .person("whitley", "James Whitley, a former investment banker,", "Whitley", "Mr. Whitley")
                .person("lindqvist", "Swedish director Ana Lindqvist", "Lindqvist", "Ms. Lindqvist");
        return ArticleComposer.compose(phrases, topic.leads(), topic.bodies());
    }
}
