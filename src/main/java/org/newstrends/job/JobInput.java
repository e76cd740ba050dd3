package org.newstrends.job;

/**
 * One input of a job: a file or directory path (local or any Hadoop URI). An {@code optional} input that does not
 * exist is skipped with a warning instead of failing the job.
 */
public record JobInput(String path, boolean optional) { }
