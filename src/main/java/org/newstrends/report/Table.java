package org.newstrends.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The declaration of one table of the report: where its CSV goes, what it holds, its sheet name in
 * {@code report.xlsx} and its columns, each with the accessor that reads its value from a row of type {@code R}.
 * The CSV file, the workbook sheet and the data dictionary all follow from this one declaration.
 *
 * <p>A pivot has, after its fixed columns, one column per top entity, named after the entity and read by an
 * {@link EntityValue} with the entity's index; {@link #columns(List)} gives the full list for a set of entities.
 *
 * @param <R> the row type
 */
public final class Table<R> {

    /** The longest sheet name a workbook allows. */
    static final int MAX_SHEET_NAME = 31;

    private final String path;
    private final String description;
    private final String sheetName;
    private final List<Column<R>> columns;
    private final EntityColumns<R> entityColumns;

    private Table(Builder<R> builder) {
        this.path = builder.path;
        this.description = builder.description;
        this.sheetName = builder.sheetName != null ? builder.sheetName
                : path.substring(path.lastIndexOf('/') + 1, path.length() - ".csv".length());
        this.columns = List.copyOf(builder.columns);
        this.entityColumns = builder.entityColumns;
        validate();
    }

    /** Reads the value of the entity with index {@code entity} (0 = first pivot column) from a row. */
    @FunctionalInterface
    public interface EntityValue<R> {
        /** The value, possibly null. */
        Object value(R row, int entity);
    }

    private record EntityColumns<R>(ColumnType type, String descriptionFormat, EntityValue<R> accessor) {
    }

    /** Starts the declaration of the table written to {@code path} (relative, {@code /}-separated, {@code .csv}). */
    static <R> Builder<R> builder(String path, String description, Consumer<Table<?>> onBuild) {
        return new Builder<>(path, description, onBuild);
    }

    /** Path relative to the report directory, with {@code /} separators, e.g. {@code tables/top_actors.csv}. */
    public String path() {
        return path;
    }

    /** The file name, e.g. {@code top_actors.csv}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** One sentence on what the table holds. */
    public String description() {
        return description;
    }

    /** The table's sheet name in {@code report.xlsx}: the file name without {@code .csv} unless declared. */
    public String sheetName() {
        return sheetName;
    }

    /** The fixed columns, in order; a pivot adds one entity column per top entity after them. */
    public List<Column<R>> columns() {
        return columns;
    }

    /** Whether this is a wide pivot with one column per top entity after the fixed columns. */
    public boolean isPivot() {
        return entityColumns != null;
    }

    /**
     * The full column list for a pivot with one column per entity of {@code entities} (their labels, in column
     * order); for a table that is not a pivot, {@code entities} must be empty.
     */
    public List<Column<R>> columns(List<String> entities) {
        if (entities.isEmpty()) {
            return columns;
        }
        if (entityColumns == null) {
            throw new IllegalStateException(path + " has no per-entity columns");
        }
        List<Column<R>> all = new ArrayList<>(columns);
        for (int i = 0; i < entities.size(); i++) {
            int index = i;
            String entity = entities.get(i);
            all.add(new Column<>(entity, entityColumns.type(), String.format(entityColumns.descriptionFormat(), entity),
                    row -> entityColumns.accessor().value(row, index)));
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return path;
    }

    private void validate() {
        if (!path.endsWith(".csv") || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("a table path is relative, /-separated and ends in .csv: " + path);
        }
        if (sheetName.isEmpty() || sheetName.length() > MAX_SHEET_NAME || sheetName.matches(".*[\\[\\]:*?/\\\\].*")) {
            throw new IllegalArgumentException("sheet name of " + path + " must have 1 to " + MAX_SHEET_NAME
                    + " characters and none of []:*?/\\ (declare a shorter one with sheetName): " + sheetName);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(path + " declares no columns");
        }
        Set<String> names = new HashSet<>();
        for (Column<R> column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException(path + " declares column " + column.name() + " twice");
            }
        }
    }

    /**
     * Declares a table column by column; {@link #build()} checks the declaration and adds the table to its
     * catalogue.
     *
     * @param <R> the row type
     */
    public static final class Builder<R> {
        private final String path;
        private final String description;
        private final Consumer<Table<?>> onBuild;
        private final List<Column<R>> columns = new ArrayList<>();
        private String sheetName;
        private EntityColumns<R> entityColumns;

        private Builder(String path, String description, Consumer<Table<?>> onBuild) {
            this.path = Objects.requireNonNull(path, "path");
            this.description = Objects.requireNonNull(description, "description");
            this.onBuild = Objects.requireNonNull(onBuild, "onBuild");
        }

        /** Adds a shared column definition, read from a row by {@code accessor}. */
        public Builder<R> column(ColumnDefinition definition, Function<? super R, ?> accessor) {
            columns.add(definition.of(accessor));
            return this;
        }

        /** Adds already bound columns, e.g. a list several tables of the same row type share. */
        public Builder<R> columns(List<Column<R>> bound) {
            columns.addAll(bound);
            return this;
        }

        /** Adds a column of text the project writes itself (kinds, types, codes, labels). */
        public Builder<R> text(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.TEXT, description, accessor);
        }

        /** Adds a column of text from the input (names, sources, titles, ids, file names): neutralised in CSV. */
        public Builder<R> inputText(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.INPUT_TEXT, description, accessor);
        }

        /** Adds a column of {@link java.time.LocalDate} values. */
        public Builder<R> date(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.DATE, description, accessor);
        }

        /** Adds a column of whole numbers (counts, ranks). */
        public Builder<R> integer(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.INTEGER, description, accessor);
        }

        /** Adds a column of decimals (shares, scores), written with six decimals. */
        public Builder<R> decimal(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.DECIMAL, description, accessor);
        }

        /** Adds a column of booleans. */
        public Builder<R> bool(String name, String description, Function<? super R, ?> accessor) {
            return add(name, ColumnType.BOOLEAN, description, accessor);
        }

        /**
         * Makes the table a pivot: after the fixed columns, one column of {@code type} per top entity, named after
         * the entity and described by {@code descriptionFormat} with the entity for {@code %s}.
         */
        public Builder<R> entityColumns(ColumnType type, String descriptionFormat, EntityValue<R> accessor) {
            entityColumns = new EntityColumns<>(type, descriptionFormat, accessor);
            return this;
        }

        /** Names the workbook sheet, when the file name without {@code .csv} is longer than 31 characters. */
        public Builder<R> sheetName(String name) {
            sheetName = name;
            return this;
        }

        /** Checks the declaration and adds the table to its catalogue. */
        public Table<R> build() {
            Table<R> table = new Table<>(this);
            onBuild.accept(table);
            return table;
        }

        private Builder<R> add(String name, ColumnType type, String description, Function<? super R, ?> accessor) {
            columns.add(new Column<>(name, type, description, accessor));
            return this;
        }
    }
}
