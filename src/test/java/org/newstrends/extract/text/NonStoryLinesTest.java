package org.newstrends.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newstrends.extract.text.NonStoryLines.Kind;

class NonStoryLinesTest {

    private static final String PARAGRAPH = "The talks in Geneva ended without an agreement on Friday, diplomats said.";

    /** The parts of {@code text} as "KIND:text" strings, in text order. */
    private static List<String> parts(String text) {
        return NonStoryLines.find(text).stream().map(p -> p.kind() + ":" + text.substring(p.start(), p.end())).toList();
    }

    @Test
    void aTitleCaseLineBetweenParagraphsIsAHeading() {
        assertEquals(List.of("HEADING:Bridging Divides in a Time of Crisis"),
                parts(PARAGRAPH + "\n\nBridging Divides in a Time of Crisis\n\n" + PARAGRAPH));
        assertEquals(List.of("HEADING:Looking Ahead: Implications and Expectations"),
                parts(PARAGRAPH + "\n\nLooking Ahead: Implications and Expectations\n\n" + PARAGRAPH));
        assertEquals(List.of("HEADING:What Comes Next?"), parts(PARAGRAPH + "\n\nWhat Comes Next?\n\n" + PARAGRAPH));
    }

    @Test
    void withSingleLineBreaksAHeadingStandsBetweenParagraphLines() {
        assertEquals(List.of("HEADING:A Quiet Revolution"), parts(PARAGRAPH + "\nA Quiet Revolution\n" + PARAGRAPH));
    }

    @Test
    void sentencesNumbersAttributionsAndTheLastLineAreNoHeadings() {
        assertEquals(List.of(), parts(PARAGRAPH + "\n\nLloyd Austin Will Visit Israel Next Week.\n\n" + PARAGRAPH));
        assertEquals(List.of(), parts(PARAGRAPH + "\n\nThe talks resume on Monday\n\n" + PARAGRAPH));
        assertEquals(List.of(), parts(PARAGRAPH + "\nESCHEN 1996-08-31\n" + PARAGRAPH), "a dateline");
        assertEquals(List.of(), parts(PARAGRAPH + "\nLA PRESSE\n- After Tunisia called on France to resume aid, "
                + "the paper said the talks would be long."), "a newspaper a digest quotes");
        assertEquals(List.of(), parts(PARAGRAPH + "\n\nAnna Brunner"), "no section follows");
        assertEquals(List.of(), parts("SOCCER - JAPAN GET LUCKY WIN .\nNadim Ladki\nAL-AIN , United Arab Emirates\n"
                + PARAGRAPH), "a wire story's lines, one sentence a line");
    }

    @Test
    void aHeadingRunIntoItsParagraphEndsWhereTheSentenceOpens() {
        assertEquals(List.of("HEADING:Bridging Divides in a Time of Crisis"),
                parts("The crisis deepened. Bridging Divides in a Time of Crisis The upcoming meeting is the first."));
        assertEquals(List.of("HEADING:Winning Over the Sceptics"),
                parts("Winning Over the Sceptics The project still needs the approval of voters, Brunner said."));
        assertEquals(List.of(), parts("President Joe Biden The"), "nothing follows the opener");
        assertEquals(List.of(), parts("Prime Minister Benjamin Netanyahu said the war would go on."));
    }

    @Test
    void aTextWrappedAtAFixedWidthHasNoHeadings() {
        String wrapped = "The Bank of America certificates were issued by California\n"
                + "Credit Card Trust A, which the bank established for that single\n"
                + "purpose, investment bankers pointed out. Following the exchange, the ownership of\n"
                + "Spacelink Class A voting stock will increase to approximately 89 pct.\n"
                + "    Indonesia's Foreign Minister Mochtar Kusumaatmadja told\n"
                + "Reuters in Jakarta: \"These agreements can work as long as the problems are cyclical.\"\n"
                + "    WASHINGTON - Federal Reserve Board Chairman Paul Volcker\n"
                + "said the dollar had fallen far enough, figures\n"
                + "compiled by Aviation Daily, a trade magazine, showed.";
        assertEquals(List.of(), parts(wrapped));
    }

    @Test
    void bylinesAreCredits() {
        for (String byline : List.of("By Jane Smith", "BY JANE SMITH AND JOHN DOE", "By Jane Smith, staff writer",
                "By Jane Smith | Reuters")) {
            assertEquals(List.of("CREDIT:" + byline), parts(byline + "\n\n" + PARAGRAPH), byline);
        }
        assertEquals(List.of(), parts("By Tuesday, negotiators had agreed on a text.\n\n" + PARAGRAPH));
        assertEquals(List.of(), parts("by the lake\n\n" + PARAGRAPH));
    }

    @Test
    void staffAndPictureCreditsAreCreditsWhereverTheyStand() {
        assertEquals(List.of("CREDIT:(Reporting by Daniel Mwangi in Nairobi; Editing by Claire Fontaine)"),
                parts(PARAGRAPH + "\n\n(Reporting by Daniel Mwangi in Nairobi; Editing by Claire Fontaine)"));
        assertEquals(List.of("CREDIT:Reporting by Daniel Mwangi; editing by Claire Fontaine"),
                parts(PARAGRAPH + " Reporting by Daniel Mwangi; editing by Claire Fontaine"));
        assertEquals(List.of("CREDIT:(AP Photo/Evan Vucci)"), parts("Biden spoke in Delaware. (AP Photo/Evan Vucci)"));
        assertEquals(List.of("CREDIT:Photo: Lukas Meier/Getty Images"), parts(PARAGRAPH + "\nPhoto: Lukas Meier/Getty Images"));
        assertEquals(List.of("CREDIT:Copyright 2024 Reuters"), parts(PARAGRAPH + "\n\nCopyright 2024 Reuters"));
        assertEquals(List.of(), parts("Copyright law was the subject. Reporting by the BBC found that it had stalled."));
    }

    private static Mention actor(int start, String text, String canonical) {
        return new Mention(Field.TEXT, start, start + text.length(), text, MentionType.PERSON, canonical, null, false,
                null, null, null);
    }

    @Test
    void aHeadingKeepsTheActorsTheStoryNamesAndACreditKeepsNothing() {
        String text = "By Jane Smith\n\nStarmer Under Pressure\n\nKeir Starmer faced questions. Reporting by Ali Khan";
        Mention byline = actor(3, "Jane Smith", "Jane Smith");
        Mention heading = actor(15, "Starmer", "Keir Starmer");
        Mention headingOnly = actor(15, "Starmer Under", "Starmer Under");
        Mention story = actor(39, "Keir Starmer", "Keir Starmer");
        Mention credit = actor(text.indexOf("Ali Khan"), "Ali Khan", "Ali Khan");
        Mention place = new Mention(Field.TEXT, text.indexOf("Khan"), text.length(), "Khan", MentionType.CITY, "Khan",
                null, false, null, null, null);
        FieldText field = FieldText.of(Field.TEXT, text);
        assertEquals(List.of(heading, story),
                NonStoryLines.storyMentions(List.of(byline, heading, story, credit, place), field));
        assertEquals(List.of(story), NonStoryLines.storyMentions(List.of(headingOnly, story), field));
        Mention inTitle = new Mention(Field.TITLE, 3, 10, "Starmer", MentionType.PERSON, "Keir Starmer", null, false,
                null, null, null);
        assertEquals(List.of(inTitle), NonStoryLines.storyMentions(List.of(inTitle), field), "the title is the story's");
        assertEquals(Kind.CREDIT, NonStoryLines.find(text).get(0).kind());
    }
}
