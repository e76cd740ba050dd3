package org.newstrends.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The world outlines derived from Natural Earth's rows, and the resource the map reads. */
class WorldOutlineBuilderTest {

    @TempDir
    Path dir;

    @Test
    void outlinesAreSimplifiedHolesAndAntarcticaLeftOutRingsAcrossTheAntimeridianSplit() throws IOException {
        Path source = Files.writeString(dir.resolve("countries.tsv"), String.join("\n",
                "# iso_numeric\tname\toutline|hole\tlon,lat;...",
                "999\tSquareland\toutline\t0,0;10,0;10.01,5;10,10;0,10;0,0",
                "999\tSquareland\thole\t2,2;3,2;3,3;2,2",
                "010\tAntarctica\toutline\t0,-80;10,-80;10,-85;0,-80",
                "242\tFiji\toutline\t-180,-16.07;-179.8,-16.02;-179.9,-16.5;-180,-16.56;179.36,-16.8;178.73,-17.01;"
                        + "178.6,-16.64;180,-16.07;-180,-16.07",
                ""));
        Path target = dir.resolve("out/world-outlines.tsv");
        WorldOutlineBuilder.Summary summary = WorldOutlineBuilder.build(source, target, 0.1);
        assertEquals(4, summary.ringsRead());
        List<String> rings = Files.readAllLines(target).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("Squareland\t0,0 10,0 10,10 0,10 0,0", rings.get(0), "the 0.01 bump is simplified away");
        assertEquals(3, rings.size(), "one square, Fiji's two halves");
        assertTrue(rings.get(1).startsWith("Fiji\t-180,-16.07 -179.8,-16.02"), rings.get(1));
        assertTrue(!rings.get(1).contains(" 17") && !rings.get(2).contains(" -17"), "no ring crosses the map");
        assertTrue(Files.readString(target).contains("Natural Earth"));
    }

    @Test
    void simplifyKeepsTheRingClosedAndAToleranceOfZeroKeepsEveryPoint() {
        double[] ring = {0, 0, 1, 0.5, 2, 0, 2, 2, 0, 2, 0, 0};
        assertArrayEquals(ring, WorldOutlineBuilder.simplify(ring, 0), 0);
        double[] simple = WorldOutlineBuilder.simplify(ring, 1);
        assertEquals(simple[0], simple[simple.length - 2], 0);
        assertEquals(simple[1], simple[simple.length - 1], 0);
        assertThrows(IllegalArgumentException.class, () -> WorldOutlineBuilder.build(dir, dir, -1));
    }

    @Test
    void theShippedOutlinesCoverTheWorldWithinItsBounds() {
        List<double[]> rings = WorldOutlines.rings();
        assertTrue(rings.size() > 200, rings.size() + " rings");
        double north = -90;
        for (double[] ring : rings) {
            for (int i = 0; i < ring.length; i += 2) {
                assertTrue(ring[i] >= -180 && ring[i] <= 180 && ring[i + 1] >= -90 && ring[i + 1] <= 90);
                north = Math.max(north, ring[i + 1]);
            }
            for (int i = 2; i < ring.length; i += 2) {
                assertTrue(Math.abs(ring[i] - ring[i - 2]) < 180, "a ring jumps across the map");
            }
        }
        assertTrue(north > 80, "Greenland's north");
    }
}
