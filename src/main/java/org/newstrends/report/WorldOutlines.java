package org.newstrends.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The country outlines the world map draws, read once from the resource {@code world-outlines.tsv} that
 * {@link WorldOutlineBuilder} derives from Natural Earth: each ring as {@code lon0, lat0, lon1, lat1, ...}.
 */
final class WorldOutlines {

    /** The resource, next to this class. */
    static final String RESOURCE = "world-outlines.tsv";

    private WorldOutlines() {
    }

    /** Every ring of every country, in file order. */
    static List<double[]> rings() {
        return Holder.RINGS;
    }

    private static List<double[]> load() {
        List<double[]> rings = new ArrayList<>();
        try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing: run `newstrends build-world`");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] points = line.substring(line.indexOf('\t') + 1).split(" ");
                double[] ring = new double[points.length * 2];
                for (int i = 0; i < points.length; i++) {
                    int comma = points[i].indexOf(',');
                    ring[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                    ring[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                }
                rings.add(ring);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
        return List.copyOf(rings);
    }

    private static final class Holder {
        static final List<double[]> RINGS = load();
    }
}
