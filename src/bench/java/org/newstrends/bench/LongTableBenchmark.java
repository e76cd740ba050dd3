package org.newstrends.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.newstrends.report.EntityPeriodRow;
import org.newstrends.report.RejectRow;
import org.newstrends.report.ReportData;
import org.newstrends.report.ReportSink;
import org.newstrends.report.ReportWriter;
import org.newstrends.report.Tables;
import org.newstrends.report.VolumeRow;

/**
 * Writes one long {@code entity_period_counts} table of generated rows through {@link ReportSink}, as the job
 * streams it from Spark: its CSV file and its sheet of {@code report.xlsx} in one pass, then the rest of a small
 * report. Run by {@code jobs/bench-report} in a small heap to show that memory does not grow with the table;
 * prints the rows, the time taken, the heap used and the file sizes. Arguments: {@code OUTPUT_DIR ROWS}.
 */
public final class LongTableBenchmark {

    private LongTableBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: LongTableBenchmark OUTPUT_DIR ROWS");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        LocalDate march = LocalDate.of(2024, 3, 1);
        long started = System.nanoTime();
        try (ReportSink sink = ReportSink.open(dir)) {
            sink.write(Tables.REJECTS, List.<RejectRow>of().iterator());
            sink.write(Tables.ENTITY_PERIOD_COUNTS, generated(rows, march));
            ReportWriter.write(sink, new ReportData("long-table", "month", 5, 1000,
                    List.of(new VolumeRow("2024-03", march, 1000)), Map.of(), List.of()));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "rows: %,d%nwrite time: %.1f s (%,.0f rows/s)%nmax heap: %d MiB, heap in use "
                        + "at the end: %d MiB%nentity_period_counts.csv: %,d bytes%nreport.xlsx: %,d bytes%n",
                rows, seconds, rows / seconds, runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                Files.size(dir.resolve(Tables.ENTITY_PERIOD_COUNTS.path())), Files.size(dir.resolve("report.xlsx")));
    }

    private static Iterator<EntityPeriodRow> generated(long rows, LocalDate period) {
        return new Iterator<>() {
            private long next;

            @Override
            public boolean hasNext() {
                return next < rows;
            }

            @Override
            public EntityPeriodRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                next++;
                return new EntityPeriodRow("2024-03", period, "actor", "Entity number " + next, "PERSON", "US",
                        next % 7, next % 5, 1000, (next % 5) / 1000.0);
            }
        };
    }
}
