package org.newstrends.job;

import org.newstrends.aggregate.Cooccurrence;
import org.newstrends.aggregate.DuplicateClusterRow;
import org.newstrends.aggregate.EntityAlias;
import org.newstrends.aggregate.EntityPeriodCount;
import org.newstrends.aggregate.EntitySourceCount;
import org.newstrends.aggregate.EntityTotal;
import org.newstrends.aggregate.NameVariants;
import org.newstrends.aggregate.PeriodUnit;
import org.newstrends.aggregate.PeriodVolume;
import org.newstrends.aggregate.SourcePeriodCount;
import org.newstrends.aggregate.SourceTotal;
import org.newstrends.aggregate.Spike;
import org.newstrends.aggregate.Trend;
import org.newstrends.aggregate.WatchPeriodCount;
import org.newstrends.ingest.Reject;
import org.newstrends.report.AliasRow;
import org.newstrends.report.AnalysisRows;
import org.newstrends.report.EntityPeriodRow;
import org.newstrends.report.EntityTotalRow;
import org.newstrends.report.RejectRow;
import org.newstrends.report.VolumeRow;

/**
 * Turns the analysis stages' rows into the report's row types, one function per table; periods get their labels
 * in the job's {@link PeriodUnit}.
 */
final class ReportRows {
    private final PeriodUnit unit;

    ReportRows(PeriodUnit unit) {
        this.unit = unit;
    }

    VolumeRow volume(PeriodVolume v) {
        return new VolumeRow(unit.label(v.getPeriodStart()), v.getPeriodStart(), v.getArticles(),
                v.getUniqueArticles(), v.getDuplicateArticles(), v.isPartial());
    }

    EntityPeriodRow period(EntityPeriodCount c) {
        return new EntityPeriodRow(unit.label(c.getPeriodStart()), c.getPeriodStart(), c.getKind(), c.getEntity(),
                c.getType(), c.getCountry(), c.getMentions(), c.getArticles(), c.getPeriodArticles(), c.getShare(),
                c.getUniqueArticles(), c.getPeriodUniqueArticles(), c.getUniqueShare());
    }

    static EntityTotalRow total(EntityTotal t) {
        return new EntityTotalRow(t.getKind(), t.getRank(), t.getEntity(), t.getType(), t.getCountry(),
                t.getMentions(), t.getArticles(), t.getShare(), t.getUniqueArticles());
    }

    static AliasRow alias(EntityAlias a) {
        return new AliasRow(a.getKind(), a.getEntity(), a.getAlias(), a.getMentions(), a.getArticles());
    }

    static RejectRow reject(Reject r) {
        return new RejectRow(r.getInput(), r.getPosition(), r.getReason());
    }

    static AnalysisRows.ClusterRow cluster(DuplicateClusterRow c) {
        return new AnalysisRows.ClusterRow(c.getCluster(), c.getArticleId(), c.getInput(), c.getDate(), c.getSource(),
                c.getTitle(), c.getSimilarity(), c.isKept());
    }

    static AnalysisRows.SourceRow source(SourceTotal s) {
        return new AnalysisRows.SourceRow(s.getSource(), s.getArticles(), s.getUniqueArticles(), s.getFirstDate(),
                s.getLastDate());
    }

    AnalysisRows.SourcePeriodRow sourcePeriod(SourcePeriodCount s) {
        return new AnalysisRows.SourcePeriodRow(unit.label(s.getPeriodStart()), s.getPeriodStart(), s.getSource(),
                s.getArticles(), s.getUniqueArticles(), s.getPeriodArticles(), s.getShare());
    }

    static AnalysisRows.EntitySourceRow entitySource(EntitySourceCount e) {
        return new AnalysisRows.EntitySourceRow(e.getKind(), e.getEntity(), e.getType(), e.getSource(),
                e.getArticles(), e.getSourceArticles(), e.getShare());
    }

    static AnalysisRows.TrendRow trend(Trend t) {
        return new AnalysisRows.TrendRow(t.getKind(), t.getEntity(), t.getType(), t.getPreviousFrom(),
                t.getPreviousTo(), t.getCurrentFrom(), t.getCurrentTo(), t.getPreviousArticles(),
                t.getCurrentArticles(), t.getPreviousShare(), t.getCurrentShare(), t.getChange(), t.getScore(),
                t.getDirection());
    }

    AnalysisRows.SpikeRow spike(Spike s) {
        return new AnalysisRows.SpikeRow(s.getKind(), s.getEntity(), s.getType(), unit.label(s.getPeriodStart()),
                s.getPeriodStart(), s.getArticles(), s.getExpected(), s.getScore(), s.getTopSource(),
                s.getTopSourceShare(), s.getDuplicateShare(), s.getUniqueArticles());
    }

    static AnalysisRows.CooccurrenceRow cooccurrence(Cooccurrence c) {
        return new AnalysisRows.CooccurrenceRow(c.getKindA(), c.getEntityA(), c.getKindB(), c.getEntityB(),
                c.getArticles(), c.getArticlesA(), c.getArticlesB(), c.getLift(), c.getPmi(), c.getUniqueArticles());
    }

    AnalysisRows.WatchRow watch(WatchPeriodCount w) {
        return new AnalysisRows.WatchRow(unit.label(w.getPeriodStart()), w.getPeriodStart(), w.getQuery(),
                w.getArticles(), w.getUniqueArticles(), w.getPeriodArticles(), w.getShare(),
                w.getPeriodUniqueArticles(), w.getUniqueShare());
    }

    static AnalysisRows.VariantRow variant(NameVariants.Pair p) {
        return new AnalysisRows.VariantRow(p.kind(), p.entity(), p.variant(), p.entityArticles(), p.variantArticles(),
                p.reason());
    }
}
