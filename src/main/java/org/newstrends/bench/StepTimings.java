package org.newstrends.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.StageInfo;

/**
 * The job's time per step: the job's own progress lines ({@code newstrends: [2/5] reading articles}) mark where each
 * step starts, and a {@link SparkListener} gives every Spark stage that completed, which is counted in the step it
 * was submitted in. Pass {@link #progress} to the job as its progress stream and {@link #listener} to the session.
 */
public final class StepTimings {
    private static final Pattern STEP = Pattern.compile("^newstrends: \\[\\d+/\\d+] (.*)$");

    private final List<Long> starts = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<long[]> stages = new ArrayList<>();
    private final PrintStream progress;
    private final Listener listener = new Listener();

    /** Timings whose progress stream also forwards every line to {@code console}. */
    public StepTimings(PrintStream console) {
        this.progress = new PrintStream(new LineTap(console), true, StandardCharsets.UTF_8);
    }

    /** One step of the job: its name, wall time and the Spark stages submitted during it. */
    public record Step(String name, double seconds, int stages, long tasks, double taskSeconds) { }

    /** The stream to give the job as its progress output. */
    public PrintStream progress() {
        return progress;
    }

    /** The listener to add to the job's SparkContext before the job starts. */
    public SparkListener listener() {
        return listener;
    }

    /** Marks a step that the job does not print itself (e.g. starting Spark), starting now. */
    public synchronized void mark(String name) {
        starts.add(System.currentTimeMillis());
        names.add(name);
    }

    /**
     * The steps, the last one ending at {@code endMillis}; call after the SparkContext stopped, when the listener has
     * seen every stage.
     */
    public synchronized List<Step> steps(long endMillis) {
        List<Step> out = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long from = starts.get(i);
            long to = i + 1 < starts.size() ? starts.get(i + 1) : endMillis;
            int count = 0;
            long tasks = 0;
            long runMillis = 0;
            for (long[] s : stages) {
                boolean inside = s[0] >= from && (s[0] < to || i == starts.size() - 1);
                if (inside || (i == 0 && s[0] < from)) {
                    count++;
                    tasks += s[1];
                    runMillis += s[2];
                }
            }
            out.add(new Step(names.get(i), (to - from) / 1e3, count, tasks, runMillis / 1e3));
        }
        return out;
    }

    /** Records each completed stage: submission time, tasks and executor run time. */
    private final class Listener extends SparkListener {
        @Override
        public void onStageCompleted(SparkListenerStageCompleted event) {
            StageInfo info = event.stageInfo();
            long submitted = info.submissionTime().isDefined() ? (Long) info.submissionTime().get()
                    : System.currentTimeMillis();
            long runMillis = info.taskMetrics() == null ? 0 : info.taskMetrics().executorRunTime();
            synchronized (StepTimings.this) {
                stages.add(new long[] {submitted, info.numTasks(), runMillis});
            }
        }
    }

    /** Forwards bytes to the console and looks at each complete line for a step mark. */
    private final class LineTap extends OutputStream {
        private final PrintStream console;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        LineTap(PrintStream console) {
            this.console = console;
        }

        @Override
        public synchronized void write(int b) {
            console.write(b);
            if (b == '\n') {
                Matcher m = STEP.matcher(line.toString(StandardCharsets.UTF_8).stripTrailing());
                if (m.matches()) mark(m.group(1));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public void flush() {
            console.flush();
        }
    }
}
