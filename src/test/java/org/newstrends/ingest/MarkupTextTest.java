package org.newstrends.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class MarkupTextTest {

    @Test
    void paragraphsBecomeBlankLinesAndBreaksLineBreaks() {
        assertEquals("First paragraph, with\nJoe Biden.\n\nSecond one.",
                MarkupText.toText("<p>First  paragraph,\n with<br>Joe <b>Biden</b>.</p>\n<p>Second one.</p>"));
        assertEquals("Title\n\nBody text.\n\nOne\nTwo",
                MarkupText.toText("<h1>Title</h1><div>Body <a href=\"http://x\">text</a>.</div><ul><li>One</li><li>Two</li></ul>"));
    }

    @Test
    void entitiesBecomeTheirCharacters() {
        assertEquals("Marks & Spencer\u2019s chief, 5 > 3", MarkupText.toText("<p>Marks &amp; Spencer&rsquo;s chief,&nbsp;5 &gt; 3</p>"));
        assertEquals("AT&T and M&S\nsecond line", MarkupText.toText("AT&T and M&amp;S\nsecond line"),
                "entities without tags: decoded, lines kept");
    }

    @Test
    void scriptsStylesAndCommentsAreNotText() {
        assertEquals("Kept.", MarkupText.toText("<style>p{}</style><script>var a = 1;</script><!-- note --><p>Kept.</p>"));
    }

    @Test
    void plainTextComesThroughUnchanged() {
        String plain = "  Line one,\twith tabs  \n\n\nand AT&T, x < y > z, <IBM> and <P> tickers.  ";
        assertSame(plain, MarkupText.toText(plain));
        String reuters = "<Dixons Group PLC> said it would bid for <CYCLOPS CORP>.\n    Shares rose.";
        assertSame(reuters, MarkupText.toText(reuters));
        assertSame(null, MarkupText.toText(null));
    }

    @Test
    void preformattedTextKeepsItsSpacing() {
        assertEquals("Table:\n\na   b\n1   2", MarkupText.toText("<p>Table:</p><pre>a   b\n1   2</pre>"));
    }
}
