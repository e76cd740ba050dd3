package org.newstrends.aggregate;

import java.io.Serializable;

/** Which input file (as reports name it) an article was read from; a Java bean for Spark. */
public class ArticleInput implements Serializable {
    private static final long serialVersionUID = 1L;

    private String articleId;
    private String input;

    /** Empty bean for Spark's encoder. */
    public ArticleInput() { }

    /** The article {@code articleId} read from {@code input}. */
    public ArticleInput(String articleId, String input) {
        this.articleId = articleId;
        this.input = input;
    }

    public String getArticleId() { return articleId; }
    public void setArticleId(String articleId) { this.articleId = articleId; }
    public String getInput() { return input; }
    public void setInput(String input) { this.input = input; }
}
