package org.newstrends.extract.actor;

/**
 * The tokens of one field of an article as the finders walk them, with the organisation that ended last (a title
 * right after it, "Pentagon spokesman ...", takes its country).
 */
final class FieldTokens {
    final ArticleActors article;
    final int field;
    final NameToken[] p;
    final int n;
    /** The token after the organisation found last, -1 before any. */
    int orgEnd = -1;
    /** That organisation's country, or null. */
    String orgCountry;

    FieldTokens(ArticleActors article, int field) {
        this.article = article;
        this.field = field;
        this.p = NameToken.of(article.fields.get(field));
        this.n = p.length;
    }

    /** The field's text. */
    String text() {
        return article.fields.get(field).text();
    }

    /** Notes the organisation that ends before token {@code end}. */
    void organizationEnds(int end, String country) {
        orgEnd = end;
        orgCountry = country;
    }

    /** Index of the first token that starts at or after {@code offset} ({@link #n} when none). */
    int tokenFrom(int offset) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (p[mid].start < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** A candidate over tokens [a, b). */
    ActorCandidate candidate(int a, int b, ActorCandidate.Kind kind) {
        return new ActorCandidate(field, p[a].start, p[b - 1].end, kind, join(a, b));
    }

    /** Tokens [a, b) joined by single spaces, possessives cut. */
    String join(int a, int b) {
        if (b - a == 1) return p[a].text;
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            if (k > a) sb.append(' ');
            sb.append(p[k].text);
        }
        return sb.toString();
    }

    /** An acronym of 2 to 8 capitals in brackets right after token {@code b - 1} ("(KWS)"), or null. */
    String bracketAcronymAfter(int b) {
        if (b + 2 < n && p[b].text.equals("(") && p[b + 2].text.equals(")") && p[b + 1].allCaps
                && p[b + 1].text.length() >= 2 && p[b + 1].text.length() <= 8) {
            return p[b + 1].text;
        }
        return null;
    }
}
