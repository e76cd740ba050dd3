package org.newstrends.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newstrends.extract.text.FieldText;
import org.newstrends.extract.text.Surface;
import org.newstrends.extract.text.Token;

/** What the finders learn about the actors of one article, for the article-wide resolution. */
final class ArticleActors {
    final List<FieldText> fields;
    /** The candidates in the order the finders found them. */
    final List<ActorCandidate> candidates = new ArrayList<>();
    /** The words the article writes in lower case, which the rules read as no names. */
    final Set<String> lowerWords = new HashSet<>();
    /** Acronyms introduced in brackets after a long form ("Kenya Wildlife Service (KWS)"), to that organisation. */
    final Map<String, String> acronyms = new HashMap<>();
    /** Teams of a results table, in capitals: the same name elsewhere in the article is the team too. */
    final Set<String> teams = new HashSet<>();

    ArticleActors(List<FieldText> fields) {
        this.fields = fields;
    }

    /** Notes the words the article writes in lower case (the rules need them; tagged spans do not). */
    void collectLowerWords() {
        for (FieldText f : fields) {
            for (Token t : f.tokens()) {
                String s = t.text();
                if (!s.isEmpty() && Character.isLowerCase(s.charAt(0))) lowerWords.add(s);
            }
        }
    }

    /** True when the article writes {@code word} in lower case somewhere. */
    boolean writesInLowerCase(String word) {
        return lowerWords.contains(Surface.lowerKey(word));
    }

    /** True when {@code surface} was a team of a results table. */
    boolean isTeam(String surface) {
        return teams.contains(Surface.upperKey(surface));
    }
}
