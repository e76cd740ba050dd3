package org.newstrends.bench;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/** A benchmark's figures as Markdown, to paste into {@code docs/benchmarks.md}. */
public final class BenchReport {
    private static final double MB = 1e6;
    private static final double MIB = 1024.0 * 1024.0;

    private BenchReport() { }

    /** The figures of {@code r}: the runs with their ratios, the job's steps and the memory peaks. */
    public static String format(Benchmark.Result r) {
        StringBuilder out = new StringBuilder();
        BenchCorpus c = r.corpus();
        Runtime rt = Runtime.getRuntime();
        line(out, "## newstrends bench: %,d articles, seed %d (%s)", c.spec().articles(), c.spec().seed(),
                LocalDate.now(ZoneOffset.UTC));
        out.append('\n');
        line(out, "- corpus: %s, %d file(s), %.1f MB (10^6 bytes), %s", c.folder(), c.files(), c.bytes() / MB,
                c.reused() ? "reused" : String.format(Locale.ROOT, "generated in %.1f s", c.generationSeconds()));
        line(out, "- machine: %d cores, Java %s, max heap %,d MiB, Spark %s, master %s", rt.availableProcessors(),
                System.getProperty("java.version"), Math.round(rt.maxMemory() / MIB), r.sparkVersion(), r.master());
        line(out, "- job: period %s, top %d, extractor %s; report in %s", r.spec().period().specName(), r.spec().top(),
                r.spec().extractor(), r.spec().output());
        line(out, "- read by the job: %,d records: %,d articles, %,d rejected, %d input files", r.job().recordsRead(),
                r.job().articles(), r.job().rejected(), r.job().files());
        out.append('\n');
        line(out, "| run | wall time | articles/s | MB/s | counted | job's time / this |");
        line(out, "|---|---:|---:|---:|---:|---:|");
        line(out, "| full job (Spark start to report written) | %.2f s | %,.0f | %.2f | %,d articles | 1.00x |",
                r.seconds(), r.job().articles() / r.seconds(), c.bytes() / MB / r.seconds(), r.job().articles());
        for (Floors.Floor f : r.floors()) {
            String counted = switch (f.level()) {
                case READ -> String.format(Locale.ROOT, "%,d records", f.records());
                case TOKENIZE -> String.format(Locale.ROOT, "%,d tokens", f.units());
                case EXTRACT -> String.format(Locale.ROOT, "%,d mentions", f.units());
            };
            double seconds = Math.max(f.seconds(), 1e-6);
            line(out, "| floor: %s, %d thread(s), no Spark | %.3f s | %,.0f | %.2f | %s | %.2fx |", f.level().label(),
                    f.threads(), f.seconds(), f.articles() / seconds, c.bytes() / MB / seconds, counted,
                    r.seconds() / seconds);
        }
        if (r.floors().isEmpty()) line(out, "| floors | skipped (--skip-floors) | | | | |");
        out.append('\n');
        line(out, "| job step | wall time | Spark stages | tasks | task time |");
        line(out, "|---|---:|---:|---:|---:|");
        for (StepTimings.Step s : r.steps()) {
            line(out, "| %s | %.1f s | %d | %,d | %.1f s |", s.name(), s.seconds(), s.stages(), s.tasks(),
                    s.taskSeconds());
        }
        out.append('\n');
        line(out, "| memory | peak |");
        line(out, "|---|---:|");
        line(out, "| driver heap during the job (sum of the heap pools' peaks) | %,d MiB |",
                Math.round(r.heapPeakBytes() / MIB));
        String rss = r.peakRssBytes().isPresent()
                ? String.format(Locale.ROOT, "%,d MiB", Math.round(r.peakRssBytes().getAsLong() / MIB)) : "unknown";
        line(out, "| peak RSS of the process (VmHWM%s) | %s |", r.rssReset() ? ", reset before the job"
                : ", since the JVM started", rss);
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
