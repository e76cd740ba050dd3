package org.newstrends.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.newstrends.extract.text.Tokenizer;
import org.newstrends.ingest.Article;

/**
 * The fixed articles every extraction method is measured on: the first articles with non-empty content of a
 * news CSV with the columns {@code url, content, headline, publish_date} (the BBC 2025 Q1 collection, whose
 * first header is blank and whose fields span lines), and their token count.
 *
 * @param articles the articles, in file order
 * @param tokens the tokens of their titles and texts, counted with the project's {@link Tokenizer}
 */
public record BenchmarkCorpus(List<Article> articles, long tokens) {

    /** The default corpus, relative to the repository root. */
    public static final String DEFAULT_PATH = "../shared/data/bbc-2025q1/bbc_news_2025q1.csv";

    /** Reads the first {@code limit} articles with non-empty content of the CSV at {@code path}. */
    public static BenchmarkCorpus read(Path path, int limit) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true)
                .get();
        List<Article> articles = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord row : parser) {
                if (articles.size() == limit) break;
                String content = row.get("content");
                if (content == null || content.isBlank()) continue;
                String url = row.get("url");
                articles.add(new Article(url, date(row.get("publish_date")), "bbc", row.get("headline"), content, url));
            }
        }
        if (articles.isEmpty()) throw new IOException("no article with content in " + path);
        return new BenchmarkCorpus(List.copyOf(articles), tokens(articles));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static long tokens(List<Article> articles) {
        long tokens = 0;
        for (Article article : articles) {
            tokens += Tokenizer.tokenize(article.getTitle()).size() + Tokenizer.tokenize(article.getText()).size();
        }
        return tokens;
    }
}
