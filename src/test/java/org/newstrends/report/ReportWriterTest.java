package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    @Test
    void everyTableHasOneHeaderRowWithItsDeclaredColumnsAndUnixLineEndings() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        for (Table<?> table : Tables.all()) {
            Path file = dir.resolve(table.path());
            if (!Files.exists(file)) {
                continue;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertFalse(text.contains("\r"), table + " has CR line endings");
            assertTrue(text.endsWith("\n"), table + " does not end with a newline");
            CsvTable csv = CsvTable.read(file);
            List<String> declared = table.columns().stream().map(column -> column.name()).toList();
            assertEquals(declared, csv.header().subList(0, declared.size()), table.path());
            assertFalse(csv.rows().contains(csv.header()), table + " repeats its header");
        }
    }

    @Test
    void writesTheBoundedTablesButLeavesTheStreamedOnesToTheirWriter() throws IOException {
        List<String> written = ReportWriter.write(dir, ReportFixtures.realistic());
        for (String path : List.of("tables/article_volume.csv", "tables/top_entity_period_counts.csv",
                "tables/top_actors.csv", "tables/top_locations.csv", "tables/top_themes.csv",
                "tables/actors_by_period_articles.csv", "tables/actors_by_period_share.csv",
                "tables/locations_by_period_articles.csv", "tables/locations_by_period_share.csv",
                "tables/themes_by_period_articles.csv", "tables/themes_by_period_share.csv",
                "tables/data_dictionary.csv", "index.html",
                "charts/article_volume.png", "charts/actors_over_time.png", "charts/top_themes.png")) {
            assertTrue(written.contains(path), path + " not reported as written");
            assertTrue(Files.isRegularFile(dir.resolve(path)), path + " missing");
        }
        assertFalse(Files.exists(dir.resolve("tables/entity_totals.csv")));
        assertFalse(Files.exists(dir.resolve("rejects.csv")));
    }

    @Test
    void articleVolumeHasEveryPeriodIncludingTheEmptyWeek() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        CsvTable volume = CsvTable.read(dir.resolve("tables/article_volume.csv"));
        assertEquals(List.of("period", "period_start", "articles", "unique_articles", "duplicate_articles", "partial"),
                volume.header());
        assertEquals(8, volume.rows().size());
        assertEquals(List.of("2024-W10", "2024-03-04", "120", "120", "0", "false"), volume.rows().get(0));
        assertEquals(List.of("2024-W13", "2024-03-25", "0", "0", "0", "false"), volume.rows().get(3));
    }

    @Test
    void topSeriesIsDenseWithSharesToSixDecimals() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        CsvTable series = CsvTable.read(dir.resolve("tables/top_entity_period_counts.csv"));
        assertEquals((11 + 8 + 5) * 8, series.rows().size());
        List<String> key = List.of("period", "kind", "entity");
        assertEquals("0.333333", series.value("share", key, List.of("2024-W10", "actor", "Joe Biden")));
        assertEquals("40", series.value("articles", key, List.of("2024-W10", "actor", "Joe Biden")));
        assertEquals("120", series.value("period_articles", key, List.of("2024-W10", "actor", "Joe Biden")));
        assertEquals("0.000000", series.value("share", key, List.of("2024-W13", "actor", "Joe Biden")));
        assertEquals("0", series.value("articles", key, List.of("2024-W13", "actor", "Joe Biden")));
    }

    @Test
    void topListsFollowTheRanking() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        CsvTable actors = CsvTable.read(dir.resolve("tables/top_actors.csv"));
        assertEquals(List.of("kind", "rank", "entity", "type", "country", "mentions", "articles", "unique_articles",
                "share"), actors.header());
        assertEquals(11, actors.rows().size());
        assertEquals(List.of("actor", "1", "Joe Biden", "PERSON", "US", "553", "273", "273", "0.265049"),
                actors.rows().get(0));
        CsvTable themes = CsvTable.read(dir.resolve("tables/top_themes.csv"));
        assertEquals(List.of("MILITARY", "ELECTION", "INFLATION", "CLIMATE", "HEALTHCARE"), themes.column("entity"));
        assertEquals("CONFLICT_SECURITY", themes.column("type").get(0));
    }

    @Test
    void pivotsHaveOneRowPerPeriodAndOneColumnPerTopEntityInRankOrder() throws IOException {
        ReportData data = ReportFixtures.realistic();
        ReportWriter.write(dir, data);
        CsvTable articles = CsvTable.read(dir.resolve("tables/actors_by_period_articles.csv"));
        List<String> expected = new ArrayList<>(List.of("period", "period_start", "period_articles"));
        data.top(EntityKind.ACTOR).forEach(row -> expected.add(row.entity()));
        assertEquals(expected, articles.header());
        assertEquals(8, articles.rows().size());
        assertEquals("40", articles.value("Joe Biden", List.of("period"), List.of("2024-W10")));
        assertEquals("0", articles.value("Joe Biden", List.of("period"), List.of("2024-W13")));
        assertEquals("0", articles.value("period_articles", List.of("period"), List.of("2024-W13")));

        CsvTable shares = CsvTable.read(dir.resolve("tables/actors_by_period_share.csv"));
        assertEquals(expected, shares.header());
        assertEquals("0.322581", shares.value("Vladimir Putin", List.of("period"), List.of("2024-W17")));
    }

    @Test
    void entitiesSharingANameGetTheirTypeInThePivotHeader() throws IOException {
        ReportWriter.write(dir, ReportFixtures.realistic());
        CsvTable locations = CsvTable.read(dir.resolve("tables/locations_by_period_articles.csv"));
        assertTrue(locations.header().contains("Georgia (COUNTRY)"), locations.header().toString());
        assertTrue(locations.header().contains("Georgia (ADMIN_REGION)"), locations.header().toString());
        assertEquals(new HashSet<>(locations.header()).size(), locations.header().size(), "duplicate header");
        assertEquals("5", locations.value("Georgia (COUNTRY)", List.of("period"), List.of("2024-W12")));
        assertEquals("4", locations.value("Georgia (ADMIN_REGION)", List.of("period"), List.of("2024-W12")));
    }

    @Test
    void dataDictionaryDescribesEveryColumnOfEveryTableWritten() throws IOException {
        try (ReportSink sink = ReportSink.open(dir)) {
            sink.write(Tables.REJECTS, List.of(new RejectRow("a.txt", 3, "no date")).iterator());
            sink.write(Tables.ENTITY_TOTALS, List.<EntityTotalRow>of().iterator());
            sink.write(Tables.ENTITY_PERIOD_COUNTS, List.<EntityPeriodRow>of().iterator());
            sink.write(Tables.TOP_ENTITY_ALIASES,
                    List.of(new AliasRow("actor", "Benjamin Netanyahu", "Netanyahu", 3, 2)).iterator());
            for (Table<?> table : List.of(Tables.DUPLICATE_CLUSTERS, Tables.SOURCES, Tables.SOURCE_PERIOD_COUNTS,
                    Tables.ENTITY_SOURCE_COUNTS, Tables.TRENDS, Tables.SPIKES, Tables.COOCCURRENCE,
                    Tables.WATCHLIST_PERIOD_COUNTS, Tables.UNRESOLVED_VARIANTS)) {
                sink.write(table, java.util.Collections.emptyIterator());
            }
            ReportWriter.write(sink, ReportFixtures.realistic());
        }
        CsvTable dictionary = CsvTable.read(dir.resolve("tables/data_dictionary.csv"));
        assertEquals(List.of("table", "column", "type", "description", "from_input"), dictionary.header());
        Set<List<String>> described = new HashSet<>();
        for (List<String> row : dictionary.rows()) {
            described.add(List.of(row.get(0), row.get(1)));
            assertTrue(Set.of("string", "date", "integer", "decimal", "boolean").contains(row.get(2)), row.toString());
            assertFalse(row.get(3).isBlank(), row + " has no description");
        }
        List<Path> csvFiles;
        try (Stream<Path> files = Files.walk(dir)) {
            csvFiles = files.filter(f -> f.toString().endsWith(".csv") && !f.startsWith(dir.resolve("charts")))
                    .sorted().toList();
        }
        assertEquals(Tables.all().size(), csvFiles.size(), "every table but the charts' own numbers, beside them");
        for (Path file : csvFiles) {
            String table = dir.relativize(file).toString().replace('\\', '/');
            for (String column : CsvTable.read(file).header()) {
                assertTrue(described.contains(List.of(table, column)), table + " column " + column);
            }
        }
        assertEquals("decimal", dictionary.value("type", List.of("table", "column"),
                List.of("tables/actors_by_period_share.csv", "Joe Biden")));
        assertEquals("true", dictionary.value("from_input", List.of("table", "column"),
                List.of("tables/top_actors.csv", "entity")));
        assertEquals("true", dictionary.value("from_input", List.of("table", "column"), List.of("rejects.csv", "reason")));
        assertEquals("false", dictionary.value("from_input", List.of("table", "column"),
                List.of("tables/top_actors.csv", "kind")));
        assertEquals("false", dictionary.value("from_input", List.of("table", "column"),
                List.of("tables/actors_by_period_share.csv", "Joe Biden")));
    }

    @Test
    void indexLinksEveryCsvAndPngAndEscapesText() throws IOException {
        try (ReportSink sink = ReportSink.open(dir)) {
            sink.write(Tables.REJECTS, List.of(new RejectRow("a.txt", 3, "no date"),
                    new RejectRow("b.jsonl", 7, "missing text")).iterator());
            sink.write(Tables.ENTITY_TOTALS, List.<EntityTotalRow>of().iterator());
            ReportWriter.write(sink, ReportFixtures.realistic());
        }
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv") || f.toString().endsWith(".png"))
                    .toList()) {
                String href = "href=\"" + dir.relativize(file).toString().replace('\\', '/') + "\"";
                assertTrue(html.contains(href), "index.html lacks " + href);
            }
        }
        assertTrue(html.contains("<img src=\"charts/actors_over_time.png\""));
        assertTrue(html.contains("href=\"manifest.json\""));
        assertFalse(html.contains("href=\"tables/entity_period_counts.csv\""), "links a table that was not written");
        assertTrue(html.contains("AT&amp;T &lt;Inc&gt;"));
        assertFalse(html.contains("AT&T <Inc>"));
        assertTrue(html.contains("<th>Records rejected</th><td class=\"num\">2 (<a href=\"rejects.csv\">"), html);
        assertTrue(html.contains("<th>Articles counted</th><td class=\"num\">1,030</td>"));
        assertFalse(html.contains("http://") || html.contains("https://"), "external asset");
    }

    @Test
    void indexShowsRawAndUniqueVolumeTrendsSpikesSourcesAndWatchlistsEscaped() throws IOException {
        ReportData plain = ReportFixtures.realistic();
        LocalDate april = LocalDate.of(2024, 4, 1);
        List<VolumeRow> volume = List.of(new VolumeRow("2024-04", april, 31, 28, 3, false),
                new VolumeRow("2024-05", april.plusMonths(1), 22, 22, 0, true));
        Highlights highlights = new Highlights(
                List.of(new AnalysisRows.TrendRow("actor", "Mara <Quill>", "PERSON", april, april.plusDays(29),
                        april.plusMonths(1), april.plusMonths(1).plusDays(30), 2, 12, 0.1, 0.4, 0.3, 6.06, "rising")),
                List.of(new AnalysisRows.SpikeRow("actor", "Ivo Brand", "PERSON", "2024-04", april, 10, 1, 9,
                        "herald & co", 1.0, 0.3, 7)),
                List.of(new AnalysisRows.SourceRow("wire", 79, 79, april, april.plusDays(40))),
                List.of(new AnalysisRows.WatchRow("2024-04", april, "Gaza \"war\"", 12, 10, 32, 0.375, 30, 1 / 3.0)),
                1, true);
        ReportWriter.write(dir, new ReportData(plain.jobName(), "month", plain.topN(), plain.totalArticles(), volume,
                plain.topByKind(), List.of(), highlights));
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<td>2024-04</td><td class=\"num\">31</td><td class=\"num\">28</td>"
                + "<td class=\"num\">3</td><td>whole</td>"), "raw and unique volume");
        assertTrue(html.contains("<td>partial</td>"), "partial period flagged");
        assertTrue(html.contains("\u25B2 Mara &lt;Quill&gt;</td><td>actor</td><td class=\"num\">10.0%</td>"
                + "<td class=\"num\">40.0%</td><td class=\"num\">+30.00 pp</td><td class=\"num\">6.06</td>"), "trend");
        assertTrue(html.contains("<td>herald &amp; co</td><td class=\"num\">100.0%</td><td class=\"num\">30.0%</td>"),
                "spike explained by its source and its copies");
        assertTrue(html.contains("<td>wire</td><td class=\"num\">79</td>"), "source");
        assertTrue(html.contains("<th class=\"num\">Gaza &quot;war&quot;</th>"), "watch query escaped");
        assertTrue(html.contains("<td class=\"num\">12 (37.5%)</td>"), "watch count and share");
        for (String id : List.of("volume", "trends", "spikes", "sources", "watchlists")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
            assertTrue(html.contains("href=\"#" + id + "\""), "nav links " + id);
        }
    }

    @Test
    void writingTwiceGivesIdenticalTablesAndIndex() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        List<String> written = ReportWriter.write(first, ReportFixtures.realistic());
        ReportWriter.write(second, ReportFixtures.realistic());
        for (String path : written) {
            if (!path.endsWith(".png")) {
                assertArrayEquals(Files.readAllBytes(first.resolve(path)), Files.readAllBytes(second.resolve(path)),
                        path);
            }
        }
    }

    @Test
    void singlePeriodWithAnEmptyKindStillWritesEveryTableAndChart() throws IOException {
        ReportData data = ReportFixtures.singlePeriodNoThemes();
        List<String> written = ReportWriter.write(dir, data);
        for (ReportChart chart : ReportChart.values()) {
            assertTrue(written.contains(chart.path()), chart.path());
        }
        CsvTable themes = CsvTable.read(dir.resolve("tables/top_themes.csv"));
        assertTrue(themes.rows().isEmpty());
        CsvTable themePivot = CsvTable.read(dir.resolve("tables/themes_by_period_share.csv"));
        assertEquals(List.of("period", "period_start", "period_articles"), themePivot.header());
        assertEquals(List.of(List.of("2024-03-19", "2024-03-19", "3")), themePivot.rows());
        CsvTable actorPivot = CsvTable.read(dir.resolve("tables/actors_by_period_share.csv"));
        assertEquals(List.of("2024-03-19", "2024-03-19", "3", "0.666667", "0.333333"), actorPivot.rows().get(0));
        String html = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("No themes found in these articles."));
        assertTrue(html.contains("No trends"));
        assertTrue(html.contains("No watch queries"));
        assertTrue(html.contains("<th>Records rejected</th><td class=\"num\">not recorded</td>"));
    }
}
