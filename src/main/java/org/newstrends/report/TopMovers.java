package org.newstrends.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the top entities whose share of articles rose or fell most between the last two periods that have
 * articles (periods without articles are skipped, so a quiet last week does not make everything "fall").
 */
public final class TopMovers {

    private TopMovers() {
    }

    /**
     * The movers of {@code kind}: up to {@code perDirection} rising entities (largest rise first), then up to
     * {@code perDirection} falling ones (largest fall first); ties in change are ordered by entity label.
     * Empty when fewer than two periods have articles or nothing changed.
     */
    public static List<TopMover> find(ReportData data, EntityKind kind, int perDirection) {
        return find(KindSeries.of(data, kind), perDirection);
    }

    static List<TopMover> find(KindSeries series, int perDirection) {
        List<VolumeRow> periods = series.periods();
        int last = -1;
        int previous = -1;
        for (int p = periods.size() - 1; p >= 0 && previous < 0; p--) {
            if (periods.get(p).articles() > 0) {
                if (last < 0) {
                    last = p;
                } else {
                    previous = p;
                }
            }
        }
        if (previous < 0) {
            return List.of();
        }
        List<TopMover> candidates = new ArrayList<>();
        for (int e = 0; e < series.entities().size(); e++) {
            KindSeries.SeriesEntity entity = series.entities().get(e);
            EntityTotalRow ranking = entity.ranking();
            TopMover mover = new TopMover(series.kind().id(), ranking.entity(), entity.label(),
                    Objects.toString(ranking.type(), ""), Objects.toString(ranking.country(), ""),
                    periods.get(previous).period(), periods.get(last).period(),
                    series.share(previous, e), series.share(last, e));
            candidates.add(mover);
        }
        List<TopMover> movers = new ArrayList<>();
        candidates.stream()
                .filter(mover -> mover.change() > 0)
                .sorted(Comparator.comparingDouble((TopMover mover) -> -mover.change())
                        .thenComparing(TopMover::label))
                .limit(perDirection)
                .forEach(movers::add);
        candidates.stream()
                .filter(mover -> mover.change() < 0)
                .sorted(Comparator.comparingDouble(TopMover::change).thenComparing(TopMover::label))
                .limit(perDirection)
                .forEach(movers::add);
        return List.copyOf(movers);
    }
}
