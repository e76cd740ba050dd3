package org.newstrends.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Derives the map's country outlines, {@code world-outlines.tsv}, from Natural Earth's 1:110m countries as
 * world-atlas lists them ({@code iso_numeric, name, outline|hole, lon,lat;...}): outer rings only (holes are
 * filled by the countries inside them), Antarctica left out (below the map), rings across the antimeridian split
 * in two, each ring simplified by
 * Douglas-Peucker to {@code tolerance} degrees and rounded to two decimals; rings left with fewer than four points
 * are dropped. Output lines are {@code name TAB lon,lat lon,lat ...}.
 */
public final class WorldOutlineBuilder {

    /** What a build read and wrote. */
    public record Summary(int ringsRead, int ringsWritten, long pointsRead, long pointsWritten) {
    }

    private static final String ANTARCTICA = "010";

    private WorldOutlineBuilder() {
    }

    /** Reads {@code source}, writes the simplified outlines to {@code target}. */
    public static Summary build(Path source, Path target, double tolerance) throws IOException {
        if (!(tolerance >= 0 && tolerance <= 5)) {
            throw new IllegalArgumentException("tolerance must be from 0 to 5 degrees (got " + tolerance + ")");
        }
        int read = 0;
        int written = 0;
        long pointsRead = 0;
        long pointsWritten = 0;
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(source, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                if (fields.length != 4) {
                    throw new IOException(source + " line " + number + ": expected 4 tab-separated fields, got "
                            + fields.length);
                }
                read++;
                double[] ring = parse(fields[3], source, number);
                pointsRead += ring.length / 2;
                if (!fields[2].equals("outline") || fields[0].equals(ANTARCTICA)) {
                    continue;
                }
                for (double[] part : splitAtAntimeridian(ring)) {
                    double[] simple = simplify(part, tolerance);
                    if (simple.length / 2 < 4) {
                        continue;
                    }
                    written++;
                    pointsWritten += simple.length / 2;
                    lines.add(fields[1].strip() + "\t" + format(simple));
                }
            }
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            out.write("# Country outlines for the report's world map, derived by `newstrends build-world` from\n");
            out.write("# Natural Earth 1:110m Admin 0 countries (public domain) as distributed by world-atlas (ISC).\n");
            out.write(String.format(Locale.ROOT, "# Outer rings only, Douglas-Peucker %.2f degrees. Do not edit:"
                    + " rebuild.%n", tolerance));
            out.write("# name\tlon,lat lon,lat ... (one ring a line)\n");
            for (String l : lines) {
                out.write(l);
                out.write('\n');
            }
        }
        return new Summary(read, written, pointsRead, pointsWritten);
    }

    private static double[] parse(String text, Path source, int number) throws IOException {
        String[] pairs = text.split(";");
        double[] ring = new double[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            String[] lonLat = pairs[i].split(",");
            try {
                ring[2 * i] = Double.parseDouble(lonLat[0]);
                ring[2 * i + 1] = Double.parseDouble(lonLat[1]);
            } catch (RuntimeException e) {
                throw new IOException(source + " line " + number + ": not a lon,lat pair: '" + pairs[i] + "'");
            }
        }
        return ring;
    }

    /**
     * A ring that jumps across the antimeridian (two points more than 180 degrees of longitude apart) as two rings,
     * its western points and its eastern points in ring order, each closed; any other ring as it is.
     */
    static List<double[]> splitAtAntimeridian(double[] ring) {
        boolean jumps = false;
        for (int i = 2; i < ring.length; i += 2) {
            jumps |= Math.abs(ring[i] - ring[i - 2]) > 180;
        }
        if (!jumps) {
            return List.of(ring);
        }
        List<double[]> parts = new ArrayList<>();
        for (int side : new int[] {-1, 1}) {
            List<Double> part = new ArrayList<>();
            for (int i = 0; i < ring.length; i += 2) {
                boolean west = ring[i] < 0 || (ring[i] == 0 && side < 0);
                if (west == (side < 0)) {
                    part.add(ring[i]);
                    part.add(ring[i + 1]);
                }
            }
            if (part.size() >= 6) {
                if (!part.get(0).equals(part.get(part.size() - 2)) || !part.get(1).equals(part.get(part.size() - 1))) {
                    part.add(part.get(0));
                    part.add(part.get(1));
                }
                parts.add(part.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return parts;
    }

    /** Douglas-Peucker on a closed ring: split at the point farthest from the first, simplify both halves. */
    static double[] simplify(double[] ring, double tolerance) {
        int n = ring.length / 2;
        if (n < 4 || tolerance == 0) {
            return ring.clone();
        }
        int far = 0;
        double best = -1;
        for (int i = 1; i < n; i++) {
            double d = Math.hypot(ring[2 * i] - ring[0], ring[2 * i + 1] - ring[1]);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[far] = true;
        keep[n - 1] = true;
        mark(ring, 0, far, tolerance, keep);
        mark(ring, far, n - 1, tolerance, keep);
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                out.add(ring[2 * i]);
                out.add(ring[2 * i + 1]);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void mark(double[] ring, int from, int to, double tolerance, boolean[] keep) {
        if (to <= from + 1) {
            return;
        }
        double ax = ring[2 * from];
        double ay = ring[2 * from + 1];
        double bx = ring[2 * to];
        double by = ring[2 * to + 1];
        int far = -1;
        double best = tolerance;
        for (int i = from + 1; i < to; i++) {
            double d = distance(ring[2 * i], ring[2 * i + 1], ax, ay, bx, by);
            if (d > best) {
                best = d;
                far = i;
            }
        }
        if (far >= 0) {
            keep[far] = true;
            mark(ring, from, far, tolerance, keep);
            mark(ring, far, to, tolerance, keep);
        }
    }

    private static double distance(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    private static String format(double[] ring) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < ring.length; i += 2) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(round(ring[i])).append(',').append(round(ring[i + 1]));
        }
        return text.toString();
    }

    private static String round(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value).replaceFirst("\\.?0+$", "");
        return text.equals("-0") ? "0" : text;
    }
}
