package org.newstrends.aggregate;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;

/**
 * The rows of unresolved_variants.csv: the {@link NameVariants} among the frequent actors and locations (the first
 * {@code perKind} of each kind with at least {@code minArticles} articles), collected: a bounded list.
 */
public final class Variants {
    private Variants() { }

    /** The variant pairs among the frequent names of {@code totals} ({@link CoverageCounts#totals}). */
    public static List<NameVariants.Pair> of(Dataset<EntityTotal> totals, int perKind, long minArticles) {
        List<NameVariants.Name> names = new ArrayList<>();
        for (EntityTotal t : totals.filter(col("kind").isin("actor", "location")
                .and(col("rank").leq(perKind)).and(col("articles").geq(minArticles))).collectAsList()) {
            names.add(new NameVariants.Name(t.getKind(), t.getEntity(), t.getArticles()));
        }
        return NameVariants.find(names);
    }
}
