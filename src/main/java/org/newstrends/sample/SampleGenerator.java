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
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Writes a generated article collection in the seed text format: a folder per outlet ({@link Outlets}) with
 * files {@code articles-00000.txt}, {@code articles-00001.txt}, ... of at most {@link #ARTICLES_PER_FILE}
 * articles each, in date order, and, when asked for, {@code malformed.txt} with the bad records. Some of the
 * wire agency's stories are followed by copies in other outlets' folders, dated the same day (exact copies,
 * some with agency lines, and near copies with two words inserted); the tech company's launch is covered by
 * one outlet alone (a one-source spike); {@code --articles} counts the copies too.
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
     * Writes the collection into {@code directory}, which must exist: a folder per outlet ({@link Outlets#ALL})
     * holding its files. Files left there by an earlier run ({@code articles-NNNNN.txt} at the top or in an
     * outlet's folder, {@code malformed.txt}) are deleted first; other files are left alone.
     */
    public SampleSummary write(Path directory) throws IOException {
        deleteEarlierOutput(directory);
        List<Path> files = new ArrayList<>();
        int copies = 0;
        DaySchedule schedule = new DaySchedule();
        SplittableRandom root = new SplittableRandom(spec.seed());
        try (OutletFiles outlets = new OutletFiles(directory, files)) {
            int written = 0;
            while (written < spec.articles()) {
                int story = writeStory(schedule, schedule.dayOf(written), root.split(), outlets,
                        spec.articles() - written);
                written += story;
                copies += story - 1;
            }
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
        }
        files.sort(null);
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        return new SampleSummary(spec.articles(), copies, spec.malformed(), files, bytes);
    }

    /** Writes one story and, for a syndicated wire story, its copies (at most {@code room}); returns how many. */
    private int writeStory(DaySchedule schedule, int dayIndex, SplittableRandom random, OutletFiles outlets, int room)
            throws IOException {
        LocalDate date = timeline.day(dayIndex);
        Storyline storyline = pickStoryline(schedule.weights(dayIndex), random);
        String text = storyline.write(date, random);
        String outlet = Outlets.pick(storyline.exclusiveOutlet(date), random);
        writeArticle(date, text, random, outlets.writer(outlet));
        int written = 1;
        for (Outlets.Copy copy : Outlets.copies(outlet, text, random)) {
            if (written == room) {
                break;
            }
            writeArticle(date, copy.text(), random, outlets.writer(copy.outlet()));
            written++;
        }
        return written;
    }

    private static void writeArticle(LocalDate date, String text, SplittableRandom random, Writer out) throws IOException {
        boolean indented = random.nextInt(8) == 0;
        boolean textOnDateLine = random.nextBoolean();
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
        deleteOwnFiles(directory);
        for (String outlet : Outlets.ALL) {
            Path folder = directory.resolve(outlet);
            if (Files.isDirectory(folder)) {
                deleteOwnFiles(folder);
                try (DirectoryStream<Path> rest = Files.newDirectoryStream(folder)) {
                    if (!rest.iterator().hasNext()) {
                        Files.delete(folder);
                    }
                }
            }
        }
    }

    private static void deleteOwnFiles(Path directory) throws IOException {
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

    /** The open article file of each outlet: at most {@link #ARTICLES_PER_FILE} articles a file. */
    private static final class OutletFiles implements AutoCloseable {
        private final Path directory;
        private final List<Path> files;
        private final Map<String, Writer> open = new TreeMap<>();
        private final Map<String, int[]> counts = new TreeMap<>();

        OutletFiles(Path directory, List<Path> files) {
            this.directory = directory;
            this.files = files;
        }

        /** The writer of {@code outlet}'s current file, starting a new file when the current one is full. */
        Writer writer(String outlet) throws IOException {
            int[] count = counts.computeIfAbsent(outlet, o -> new int[2]);
            Writer w = open.get(outlet);
            if (w == null || count[1] == ARTICLES_PER_FILE) {
                if (w != null) {
                    w.close();
                    count[0]++;
                }
                Path folder = Files.createDirectories(directory.resolve(outlet));
                Path file = folder.resolve(articleFileName(count[0]));
                files.add(file);
                w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                open.put(outlet, w);
                count[1] = 0;
            }
            count[1]++;
            return w;
        }

        @Override
        public void close() throws IOException {
            for (Writer w : open.values()) {
                w.close();
            }
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
