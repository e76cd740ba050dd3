package org.newstrends.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.newstrends.SparkTestSession;
import org.newstrends.ingest.InputFormat;
import org.newstrends.sample.SampleGenerator;
import org.newstrends.sample.SampleSpec;

/**
 * The coverage job on a Spark standalone cluster: a Master and two Workers (one core each), separate JVMs bound to
 * 127.0.0.1 and started from the Spark jars of the test class path (a {@code SPARK_HOME} of links, as
 * {@code jobs/local-cluster} makes), and the project's jar submitted in client mode with Spark's {@code SparkSubmit}.
 * The tables are byte-identical to a local run's, also when one Worker and its executor are killed while the job runs.
 * Skipped when the Spark jars or the project's jar cannot be found, unless {@code NEWSTRENDS_REQUIRE_TOOLS=1}.
 * Logs: {@code target/cluster-it/logs}, printed when a test fails.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Path WORK = Path.of("target", "cluster-it").toAbsolutePath();
    private static final Path LOGS = WORK.resolve("logs");
    private static final Path APP_JAR = Path.of("target", "newstrends-0.1.0.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);
    private static final int ARTICLES = 2000;
    /** Shuffle partitions of the cluster runs (the local run has 2): few, for a short run, and not the local count. */
    private static final int CLUSTER_SHUFFLE_PARTITIONS = 6;

    private static final List<Process> STARTED = new ArrayList<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path home;
    private static String masterUrl;
    private static final List<Process> WORKERS = new ArrayList<>();
    private static Map<String, String> localTables;

    @RegisterExtension
    static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            printLogs();
        }
    };

    @BeforeAll
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    static void startCluster() throws Exception {
        List<Path> jars = sparkJars();
        requireOrSkip(jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("spark-core_2.13-")),
                "no spark-core_2.13 jar on the test class path");
        requireOrSkip(Files.isRegularFile(APP_JAR), APP_JAR + " not built (run mvn verify, which packages it first)");
        if (Files.exists(WORK)) PathUtils.deleteDirectory(WORK);
        Files.createDirectories(LOGS);
        home = sparkHome(jars);

        Path corpus = Files.createDirectories(WORK.resolve("corpus"));
        new SampleGenerator(new SampleSpec(ARTICLES, 5, LocalDate.of(2024, 1, 1), 12, 3)).write(corpus);
        Files.writeString(WORK.resolve("cluster.yaml"), "name: cluster\ninputs: [" + corpus + "]\nperiod: month\n"
                + "top: 20\nextractor: tagger\n");
        localTables = localRun(corpus);

        int port = freePort();
        masterUrl = "spark://127.0.0.1:" + port;
        Process master = startDaemon("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                "--port", Integer.toString(port), "--webui-port", Integer.toString(freePort()));
        waitForLog(master, "master", "I have been elected leader");
        for (int w = 1; w <= 2; w++) {
            Path workDir = Files.createDirectories(WORK.resolve("work-" + w));
            Process worker = startDaemon("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host",
                    "127.0.0.1", "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                    "--cores", "1", "--memory", "1g", "--work-dir", workDir.toString(), masterUrl);
            waitForLog(worker, "worker-" + w, "Successfully registered with master");
            WORKERS.add(worker);
        }
    }

    @AfterAll
    static void stopEverything() {
        for (Process p : STARTED) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : STARTED) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void clientModeOnTwoWorkersWritesTheTablesOfALocalRun() throws Exception {
        Path report = WORK.resolve("reports/cluster");
        Process driver = submit(report, "driver");
        assertTrue(driver.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the job did not end in " + JOB_TIMEOUT);
        assertEquals(0, driver.exitValue(), "the driver failed; see " + LOGS.resolve("driver.log"));
        assertTrue(Files.readString(LOGS.resolve("driver.log")).contains("newstrends: done in"));
        assertSameTables(localTables, tables(report));
    }

    @Test
    @Order(2)
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aWorkerKilledWhileTheJobRunsChangesNoTable() throws Exception {
        Path report = WORK.resolve("reports/cluster-killed");
        int uiPort = freePort();
        Process driver = submit(report, "driver-killed", "--conf", "spark.ui.enabled=true", "--conf",
                "spark.ui.port=" + uiPort);
        String executor = executorWithCompletedTasks(driver, uiPort);
        String stepAtKill = lastStep(Files.readString(LOGS.resolve("driver-killed.log")));
        Process worker = workerOf(executor);
        List<ProcessHandle> executors = worker.descendants().toList();
        assertTrue(!executors.isEmpty(), "worker running executor " + executor + " has no executor process");
        executors.forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
        assertTrue(driver.isAlive(), "the job had ended before the worker was killed");
        System.out.println("ClusterIT: killed the worker of executor " + executor + " and its executor JVM during '"
                + stepAtKill + "'");

        assertTrue(driver.waitFor(JOB_TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the job did not end in " + JOB_TIMEOUT);
        String log = Files.readString(LOGS.resolve("driver-killed.log"));
        assertEquals(0, driver.exitValue(), "the driver failed after the worker was lost; see the driver's log");
        assertTrue(log.contains("Lost executor " + executor), "the driver did not report executor " + executor
                + " lost");
        assertTrue(log.indexOf("Lost executor " + executor) < log.indexOf("newstrends: done in"),
                "the executor was lost before the job ended");
        assertSameTables(localTables, tables(report));
    }

    /** The job run locally in this JVM (two task threads, two shuffle partitions): its tables. */
    private static Map<String, String> localRun(Path corpus) throws IOException {
        SparkSession spark = SparkTestSession.start(ClusterIT.class);
        try {
            Path report = WORK.resolve("reports/local");
            JobSpec spec = new JobSpec("cluster", List.of(new JobInput(corpus.toString(), false)), InputFormat.AUTO,
                    report.toString(), org.newstrends.aggregate.PeriodUnit.MONTH, 20, "tagger", Map.of());
            try (PrintStream log = new PrintStream(Files.newOutputStream(LOGS.resolve("local.log")), true,
                    StandardCharsets.UTF_8)) {
                CoverageJob.run(spark, spec, log);
            }
            return tables(report);
        } finally {
            spark.stop();
        }
    }

    /** {@code jobs/submit}'s way: Spark's SparkSubmit from the Spark jars, the project's jar, client mode. */
    private static Process submit(Path report, String name, String... conf) throws IOException {
        List<String> command = java("-Xmx1g");
        command.addAll(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.executor.memory=768m", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.sql.shuffle.partitions=" + CLUSTER_SHUFFLE_PARTITIONS));
        command.addAll(List.of(conf));
        command.addAll(List.of("--class", "org.newstrends.cli.Main", APP_JAR.toString(), "run",
                WORK.resolve("cluster.yaml").toString(), "--output", report.toString()));
        return start(name, command);
    }

    /** Polls the driver's REST API until an executor has completed a task; returns that executor's id. */
    private static String executorWithCompletedTasks(Process driver, int uiPort) throws Exception {
        String api = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
        long deadline = System.nanoTime() + JOB_TIMEOUT.toNanos();
        while (driver.isAlive() && System.nanoTime() < deadline) {
            JsonNode apps = get(api);
            if (apps != null && apps.size() > 0) {
                JsonNode executors = get(api + "/" + apps.get(0).get("id").asText() + "/executors");
                String best = null;
                int most = 0;
                for (JsonNode e : executors == null ? JSON.createArrayNode() : executors) {
                    int completed = e.path("completedTasks").asInt();
                    if (!"driver".equals(e.path("id").asText()) && completed > most) {
                        best = e.path("id").asText();
                        most = completed;
                    }
                }
                if (best != null) return best;
            }
            Thread.sleep(100);
        }
        fail("the job ended (or timed out) before any executor completed a task");
        return null;
    }

    private static JsonNode get(String url) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? JSON.readTree(r.body()) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The Worker that runs {@code executor}: its work folder holds {@code app-.../<executor>}. */
    private static Process workerOf(String executor) throws IOException {
        for (int w = 0; w < WORKERS.size(); w++) {
            try (Stream<Path> apps = Files.list(WORK.resolve("work-" + (w + 1)))) {
                if (apps.anyMatch(app -> Files.isDirectory(app.resolve(executor)))) return WORKERS.get(w);
            }
        }
        throw new AssertionError("no worker's work folder holds executor " + executor);
    }

    private static String lastStep(String log) {
        String step = "before the first step";
        for (String line : log.split("\n")) {
            if (line.startsWith("newstrends: [")) step = line.substring("newstrends: ".length());
        }
        return step;
    }

    private static Process startDaemon(String name, String mainClass, String... args) throws IOException {
        List<String> command = java("-Xmx256m");
        command.add(mainClass);
        command.addAll(List.of(args));
        return start(name, command);
    }

    private static List<String> java(String heap) {
        List<String> command = ChildJvm.java();
        command.addAll(List.of(heap, "-Djava.awt.headless=true", "-cp", home.resolve("jars") + "/*"));
        return command;
    }

    private static Process start(String name, List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(LOGS.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().remove("SPARK_CONF_DIR");
        Process p = pb.start();
        STARTED.add(p);
        return p;
    }

    private static void waitForLog(Process p, String name, String line) throws Exception {
        Path log = LOGS.resolve(name + ".log");
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.readString(log).contains(line)) return;
            if (!p.isAlive()) fail(name + " exited with " + p.exitValue() + "; see " + log);
            Thread.sleep(200);
        }
        fail(name + " did not start in " + START_TIMEOUT + "; see " + log);
    }

    /** The jars of the test class path but the project's own: Spark's and their dependencies. */
    private static List<Path> sparkJars() {
        Path build = Path.of("target").toAbsolutePath();
        List<Path> jars = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            if (entry.endsWith(".jar") && !p.startsWith(build) && Files.isRegularFile(p)) jars.add(p);
        }
        return jars;
    }

    /** A SPARK_HOME whose jars/ links to {@code jars}, with the RELEASE file that makes Spark's launcher use it. */
    private static Path sparkHome(List<Path> jars) throws IOException {
        Path dir = Files.createDirectories(WORK.resolve("spark-home/jars"));
        for (Path jar : jars) {
            Path link = dir.resolve(jar.getFileName());
            if (!Files.exists(link)) Files.createSymbolicLink(link, jar);
        }
        Files.writeString(dir.getParent().resolve("RELEASE"), "Spark (jars of the newstrends test class path)\n");
        return dir.getParent();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void requireOrSkip(boolean ok, String why) {
        if (ok) return;
        if ("1".equals(System.getenv("NEWSTRENDS_REQUIRE_TOOLS"))) fail("cluster test cannot run: " + why);
        System.err.println("ClusterIT skipped: " + why);
        Assumptions.assumeTrue(false, why);
    }

    /** Every CSV of the report's tables/ and its rejects.csv, by name, as text. */
    private static Map<String, String> tables(Path report) throws IOException {
        Map<String, String> out = new TreeMap<>();
        out.put("rejects.csv", Files.readString(report.resolve("rejects.csv")));
        try (Stream<Path> files = Files.list(report.resolve("tables"))) {
            for (Path f : files.sorted().toList()) out.put("tables/" + f.getFileName(), Files.readString(f));
        }
        return out;
    }

    private static void assertSameTables(Map<String, String> expected, Map<String, String> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same tables");
        assertTrue(expected.size() > 10, "tables written: " + expected.keySet());
        for (String name : expected.keySet()) {
            String[] a = expected.get(name).split("\n", -1);
            String[] b = actual.get(name).split("\n", -1);
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                String left = i < a.length ? a[i] : "(end)";
                String right = i < b.length ? b[i] : "(end)";
                assertEquals(left, right, name + " line " + (i + 1) + " differs from the local run's");
            }
        }
    }

    private static void printLogs() {
        try (Stream<Path> logs = Files.list(LOGS)) {
            for (Path log : logs.sorted().toList()) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                System.err.println("==== " + log + " (last 80 of " + lines.size() + " lines)");
                lines.subList(Math.max(0, lines.size() - 80), lines.size()).forEach(System.err::println);
            }
        } catch (IOException e) {
            System.err.println("cannot print the logs in " + LOGS + ": " + e.getMessage());
        }
    }
}
