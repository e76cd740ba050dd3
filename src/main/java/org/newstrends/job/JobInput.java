package org.newstrends.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newstrends.ingest.FieldMapping;
import org.newstrends.ingest.InputFormat;

/**
 * One entry of a job's {@code inputs}: a file or folder path (local or any Hadoop URI) and how to read it.
 *
 * @param path the file or folder, as the spec or the command line gives it
 * @param format the input's own format, or null to use the spec's top-level {@code format}
 * @param fields which columns hold which article field ({@link FieldMapping#auto()} when not given)
 * @param dateFormat an extra {@code java.time} pattern for dates, tried after the built-in forms, or null
 * @param optional true when a missing path is skipped with a warning instead of failing the job
 */
public record JobInput(String path, InputFormat format, FieldMapping fields, String dateFormat, boolean optional) {

    /** Checks the parts; a missing mapping means auto-detected fields. */
    public JobInput {
        if (path == null || path.isBlank()) throw new JobSpecException("inputs: an input needs a path");
        if (fields == null) fields = FieldMapping.auto();
    }

    /** A path read with the spec's format and auto-detected fields. */
    public JobInput(String path, boolean optional) {
        this(path, null, FieldMapping.auto(), null, optional);
    }

    /** The input as the spec gives it, for the manifest: the path alone, or the keys that were set. */
    public Object describe() {
        if (format == null && fields.describe().isEmpty() && dateFormat == null && !optional) return path;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        if (format != null) m.put("format", format.specName());
        if (!fields.describe().isEmpty()) m.put("fields", fields.describe());
        if (dateFormat != null) m.put("date_format", dateFormat);
        if (optional) m.put("optional", true);
        return m;
    }
}
