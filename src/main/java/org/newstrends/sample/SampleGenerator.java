package org.newstrends.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a generated article collection in the seed text format: files {@code articles-00000.txt},
 * {@code articles-00001.txt}, ... of at most {@link #ARTICLES_PER_FILE} articles each, in date order,
 * and, when asked for, {@code malformed.txt} with the bad records.
 *
 * <p>Articles are spread over the days of the period in proportion to the summed weights of the
 * {@link Storylines} on each day; each article's storyline is drawn in proportion to the weights of its
 * day. Every random choice comes from a {@link SplittableRandom} seeded with the spec's seed (one split
 * per article), so the same spec writes the same bytes. Articles are streamed to disk one at a time.
 * Half the articles put their first paragraph on the {@code date} line, the others start the text on
 * the next line; a few {@code date} lines are indented.
 */
public final class SampleGenerator {
    /** The most articles written to one file. */
    public static final int ARTICLES_PER_FILE = 1000;
    /** The name of the file holding the malformed records. */
    public static final String MALFORMED_FILE = "malformed.txt";

    private static final Pattern OWN_FILE = Pattern.compile("articles-\\d{5}\\.txt|" + Pattern.quote(MALFORMED_FILE));
    private static final long MALFORMED_SEED_SALT = 0x6d616c666f726d4cL;

    private final SampleSpec spec;
    private final Timeline timeline;
    private final List<Storyline> storylines;

    /** A generator for {@code spec}. */
    public SampleGenerator(SampleSpec spec) {
        this.spec = spec;
        this.timeline = spec.timeline();
        this.storylines = Storylines.all(timeline);
    }

    /** The name of article file number {@code index}, e.g. {@code articles-00007.txt}. */
    public static String articleFileName(int index) {
        return String.format(Locale.ROOT, "articles-%05d.txt", index);
    }

    /**
     * Writes the collection into {@code directory}, which must exist. Files left there by an earlier run
     * ({@code articles-NNNNN.txt}, {@code malformed.txt}) are deleted first; other files are left alone.
     */
    public SampleSummary write(Path directory) throws IOException {
        deleteEarlierOutput(directory);
        List<Path> files = new ArrayList<>();
        long bytes = 0;
        DaySchedule schedule = new DaySchedule();
        SplittableRandom root = new SplittableRandom(spec.seed());
        int written = 0;
        for (int fileIndex = 0; written < spec.articles(); fileIndex++) {
            Path file = directory.resolve(articleFileName(fileIndex));
            int last = Math.min(spec.articles(), written + ARTICLES_PER_FILE);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (; written < last; written++) {
                    writeArticle(schedule, schedule.dayOf(written), root.split(), out);
                }
            }
            files.add(file);
            bytes += Files.size(file);
        }
        if (spec.malformed() > 0) {
            Path file = directory.resolve(MALFORMED_FILE);
            MalformedRecords records = new MalformedRecords(timeline);
            SplittableRandom random = new SplittableRandom(spec.seed() ^ MALFORMED_SEED_SALT);
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < spec.malformed(); i++) {
                    records.write(i, random.split(), out);
                }
            }
            files.add(file);
            bytes += Files.size(file);
        }
        return new SampleSummary(spec.articles(), spec.malformed(), files, bytes);
    }

        private void writeArticle(DaySchedule schedule, int dayIndex, SplittableRandom random, Writer out) throws IOException {
        LocalDate date = timeline.day(dayIndex);
        Storyline storyline = pickStoryline(schedule.weights(dayIndex), random);
        boolean indented = random.nextInt(8) == 0;
        boolean textOnDateLine = random.nextBoolean();
        String text = storyline.write(date, random);
        if (indented) {
            out.write(' ');
        }
        out.write("date ");
        out.write(date.toString());
        out.write(textOnDateLine ? ' ' : '\n');
        out.write(text);
        out.write("\n\n");
    }

        private Storyline pickStoryline(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double roll = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return storylines.get(i);
            }
        }
        return storylines.get(storylines.size() - 1);
    }

    private static void deleteEarlierOutput(Path directory) throws IOException {
        List<Path> earlier = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry) && OWN_FILE.matcher(entry.getFileName().toString()).matches()) {
                    earlier.add(entry);
                }
            }
        }
        for (Path file : earlier) {
            Files.delete(file);
        }
    }

    /** Maps article numbers to days so that each day gets a share of articles proportional to its total weight. */
    private final class DaySchedule {
                private final double[][] weights;
        private final double[] cumulative;
        private int day;

        DaySchedule() {
            weights = new double[timeline.days()][storylines.size()];
            cumulative = new double[timeline.days()];
            double sum = 0;
            for (int d = 0; d < cumulative.length; d++) {
                LocalDate date = timeline.day(d);
                for (int s = 0; s < storylines.size(); s++) {
                    weights[d][s] = storylines.get(s).weight(date);
                    sum += weights[d][s];
                }
                cumulative[d] = sum;
            }
        }

        /** The weight of each storyline (in {@link Storylines#all} order) on day {@code dayIndex}. */
        double[] weights(int dayIndex) {
            return weights[dayIndex];
        }

        /** The day of article {@code index}; indexes must be asked for in increasing order. */
        int dayOf(int index) {
            double target = (index + 0.5) / spec.articles() * cumulative[cumulative.length - 1];
            while (day < cumulative.length - 1 && cumulative[day] < target) {
                day++;
            }
            return day;
        }
    }
}
