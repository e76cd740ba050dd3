package org.newstrends.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns markup in a text field into text with jsoup: tags go, entities ({@code &amp;}, {@code &nbsp;}) become
 * their characters, paragraphs and other blocks are separated by a blank line and {@code <br>} by a line
 * break, and runs of white space inside a paragraph become one space, as a browser shows them.
 *
 * <p>Plain text comes through unchanged, the same characters. Text counts as markup only when it holds a closing
 * tag ({@code </p>}), a {@code <br>}, a tag with attributes ({@code <a href=...>}), a comment, or a lower-case
 * opening tag of a common element ({@code <p>}); a name in angle brackets such as Reuters' {@code <IBM>} or
 * {@code <P>} is text. Text with entities but no tags only has its entities decoded, its lines kept.
 */
final class MarkupText {
    private static final Pattern TAGS = Pattern.compile(
            "</[A-Za-z][A-Za-z0-9]*\\s*>"
            + "|<(?i:br)\\s*/?>"
            + "|<[A-Za-z][A-Za-z0-9]*\\s+[A-Za-z_:][-A-Za-z0-9_:.]*\\s*=\\s*[\"']"
            + "|<!--"
            + "|<(?:p|div|span|b|i|u|em|strong|li|ul|ol|h[1-6]|table|tr|td|th|blockquote|figure|figcaption|img"
            + "|hr|section|article|header|footer|html|body|head|script|style|iframe|noscript|pre|a)\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6",
            "blockquote", "section", "article", "header", "footer", "figure", "figcaption", "ul", "ol", "table",
            "pre", "hr", "aside", "main", "nav", "dl", "address", "form", "fieldset");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption");
    private static final char NO_BREAK_SPACE = '\u00A0';

    private MarkupText() { }

    /** The text of {@code value}: {@code value} itself when it holds no markup; null stays null. */
    static String toText(String value) {
        if (value == null || (value.indexOf('<') < 0 && value.indexOf('&') < 0)) return value;
        if (TAGS.matcher(value).find()) return fromHtml(value);
        if (ENTITY.matcher(value).find()) return Parser.unescapeEntities(value, false).replace(NO_BREAK_SPACE, ' ');
        return value;
    }

    private static String fromHtml(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        TextCollector out = new TextCollector();
        NodeTraversor.traverse(out, body);
        return out.text();
    }

    /** Collects the text of a document's nodes with the breaks its blocks make. */
    private static final class TextCollector implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int pendingBreaks;
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = preDepth > 0 ? t.getWholeText() : collapse(t.getWholeText());
                append(s.replace(NO_BREAK_SPACE, ' '));
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) breakAtLeast(1, true);
                else if (PARAGRAPHS.contains(tag)) breakAtLeast(2, false);
                else if (LINES.contains(tag)) breakAtLeast(1, false);
                if (tag.equals("pre")) preDepth++;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("pre")) preDepth--;
                if (PARAGRAPHS.contains(tag)) breakAtLeast(2, false);
                else if (LINES.contains(tag)) breakAtLeast(1, false);
            }
        }

        /** Asks for {@code n} line breaks before the next text; {@code add} adds one to those already asked for. */
        private void breakAtLeast(int n, boolean add) {
            if (out.isEmpty()) return;
            pendingBreaks = add ? pendingBreaks + 1 : Math.max(pendingBreaks, n);
        }

        private void append(String s) {
            if (pendingBreaks > 0) {
                s = s.stripLeading();
                if (s.isEmpty()) return;
                trimTrailingSpaces();
                out.append("\n".repeat(pendingBreaks));
                pendingBreaks = 0;
            } else if (s.startsWith(" ") && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) {
                s = s.substring(1);
            }
            out.append(s);
        }

        private void trimTrailingSpaces() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') n--;
            out.setLength(n);
        }

        private static String collapse(String s) {
            StringBuilder b = new StringBuilder(s.length());
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    if (!space) b.append(' ');
                    space = true;
                } else {
                    b.append(c);
                    space = false;
                }
            }
            return b.toString();
        }

        String text() {
            return out.toString().strip();
        }
    }
}
