package org.newstrends.sample;

import java.util.List;

/**
 * The storylines planted in a generated collection, and the trends they should show when mentions are
 * counted per month. Events are placed by their position in the period, so they move with
 * {@code --start} and {@code --months}; the months in brackets are those of the default period
 * ({@code --start 2024-01-01 --months 9}, January to September 2024). The people of the storylines are
 * invented, except the public figures named in the Middle East storyline and a few office holders
 * (Ferdinand Marcos Jr., Tedros Adhanom Ghebreyesus, Hans Kluge, Luiz Inacio Lula da Silva, Christine
 * Lagarde, Jerome Powell) in the roles they held in 2024; all events and quotations are invented.
 *
 * <table>
 *   <caption>Planted storylines</caption>
 *   <tr><th>storyline</th><th>entities to watch</th><th>shape</th></tr>
 *   <tr><td>{@link ElectionStoryline election}</td><td>Chile, Chilean, Santiago, Valentina Rojas, Tomas
 *       Herrera, Electoral Service (SERVEL), OAS; themes election, vote, campaign</td><td>builds up from a
 *       trickle to election day on the 16th of the month at 60% of the period (16 June), peaks in that
 *       month, then fades within two months</td></tr>
 *   <tr><td>{@link EarthquakeStoryline earthquake}</td><td>Philippines, Mindanao, Davao, Phivolcs, NDRRMC,
 *       IFRC, UNICEF; themes earthquake, rescue, aid</td><td>absent, then a sudden spike from the 7th of the
 *       month at 35% of the period (April), small tail afterwards</td></tr>
 *   <tr><td>{@link TradeDisputeStoryline trade-dispute}</td><td>Canada, Brazil, Margaret Olsen, Paulo
 *       Azevedo, WTO, CSPA; themes tariffs, trade, steel</td><td>grows slowly and steadily from the first
 *       month to the last</td></tr>
 *   <tr><td>{@link MiddleEastStoryline middle-east}</td><td>Israel, Gaza, Rafah, Hamas, United States,
 *       Lloyd Austin, Yoav Gallant, Benjamin Netanyahu, Joe Biden, Antony Blinken, Egypt, Qatar, UNRWA,
 *       IDF; themes airstrike, ceasefire, talks, hostages</td><td>high and steady for the first 45% of
 *       the period (to early May), then declining to about a fifth of that level</td></tr>
 *   <tr><td>{@link OutbreakStoryline outbreak}</td><td>Romania, Bucharest, measles, WHO, ECDC, INSP,
 *       Elena Marinescu, Andrei Popescu; themes outbreak, vaccine, epidemic</td><td>rises roughly
 *       exponentially over the whole period</td></tr>
 *   <tr><td>{@link TechCompanyStoryline tech-company}</td><td>Corvex Systems, Dana Whitfield, Helix,
 *       European Commission, FTC; themes artificial intelligence, antitrust</td><td>low background with
 *       two bumps: the launch (12th of the month at 20%: February) and an antitrust probe (10th of the
 *       month at 65%: June)</td></tr>
 *   <tr><td>{@link TournamentStoryline tournament}</td><td>Nations Rugby Cup, World Rugby, France, New
 *       Zealand, Paris, Lyon, Marseille, Bordeaux, Lucas Moreau, Tane Whitmore</td><td>almost nothing, a
 *       build-up in the month before, a peak in the tournament month (6th to 28th of the month at 75%:
 *       July), then a trickle</td></tr>
 *   <tr><td>{@link BackgroundNews background}</td><td>ECB, Christine Lagarde, Federal Reserve, Jerome
 *       Powell, OPEC, Saudi Arabia, Spain, Italy, London, ESA, NASA, Berlin, Mali, Burkina Faso, the Sahel,
 *       ECOWAS</td><td>flat: the same number of articles every day</td></tr>
 * </table>
 *
 * <p>A storyline's {@link Storyline#weight weight} on a day is proportional to the number of its articles
 * dated that day, so the mix of a day follows the curves above and busy news days carry more articles.
 */
public final class Storylines {
    private Storylines() { }

    /** Every planted storyline over {@code timeline}, in a fixed order. */
    public static List<Storyline> all(Timeline timeline) {
        return List.of(
                new ElectionStoryline(timeline),
                new EarthquakeStoryline(timeline),
                new TradeDisputeStoryline(timeline),
                new MiddleEastStoryline(timeline),
                new OutbreakStoryline(timeline),
                new TechCompanyStoryline(timeline),
                new TournamentStoryline(timeline),
                new BackgroundNews());
    }
}
