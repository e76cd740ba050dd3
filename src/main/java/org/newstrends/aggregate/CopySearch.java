package org.newstrends.aggregate;

import org.apache.spark.sql.Dataset;

/**
 * What duplicate detection found ({@link Duplicates#search}): the members of every cluster and how the near-copy
 * search went, for the manifest: the banding used, the candidate pairs checked exactly, and the buckets too large
 * to compare ({@link NearCopies#BUCKET_LIMIT}) with the articles in them (such an article can still be paired
 * through its other bands; none is dropped from the counts).
 *
 * @param copies                      one row per member of a cluster of two or more copies
 * @param banding                     the AND-banding of the MinHash signatures
 * @param candidatePairs              distinct candidate pairs whose exact Jaccard similarity was computed
 * @param oversizedBuckets            buckets left out for holding more than the limit of articles
 * @param articlesInOversizedBuckets  distinct articles in those buckets
 */
public record CopySearch(Dataset<ArticleCopy> copies, LshBanding banding, long candidatePairs, long oversizedBuckets,
                         long articlesInOversizedBuckets) {
}
