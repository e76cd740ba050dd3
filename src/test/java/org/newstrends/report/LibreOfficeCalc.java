package org.newstrends.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's headless LibreOffice Calc ({@code soffice --headless --convert-to}), with a private user profile:
 * opens files as a spreadsheet user would and saves what it read as {@code .xlsx}, which the tests open with POI.
 */
public final class LibreOfficeCalc {

    /** Debian's LibreOffice launcher. */
    public static final Path SOFFICE = Path.of("/usr/bin/soffice");

    /**
     * How a user opens the report's CSV files: comma-separated, {@code "} quoting, UTF-8 (charset 76), from line
     * 1, English (USA) number formats (1033), quoted fields not forced to text, special numbers such as dates
     * detected, and formulas evaluated: the setting in which an unneutralised {@code =...} cell becomes a formula.
     */
    public static final String CSV_IMPORT = "CSV:44,34,76,1,,1033,false,true,false,false,false,-1,true";

    private static final long TIMEOUT_MINUTES = 5;

    private final Path profile;

    private LibreOfficeCalc(Path profile) {
        this.profile = profile;
    }

    /** Calc with a profile of its own under {@code workDir}; skips or fails when it is not installed. */
    public static LibreOfficeCalc start(Path workDir) throws IOException {
        RequiredTools.require("LibreOffice Calc (Debian: libreoffice-calc-nogui)", SOFFICE);
        return new LibreOfficeCalc(Files.createTempDirectory(Files.createDirectories(workDir), "soffice-profile"));
    }

    /**
     * Opens each of {@code files} (all CSV, read with {@link #CSV_IMPORT}, or all spreadsheets) in one Calc
     * process and saves it as {@code outDir/<name>.xlsx}.
     *
     * @return the converted files, in the order of {@code files}
     */
    public List<Path> convertToXlsx(List<Path> files, boolean csv, Path outDir) throws IOException,
            InterruptedException {
        Files.createDirectories(outDir);
        List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
                "--nologo", "-env:UserInstallation=" + profile.toUri(), "--convert-to", "xlsx:Calc MS Excel 2007 XML"));
        if (csv) {
            command.add("--infilter=" + CSV_IMPORT);
        }
        command.addAll(List.of("--outdir", outDir.toString()));
        files.forEach(file -> command.add(file.toString()));
        Path log = outDir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("soffice did not finish in " + TIMEOUT_MINUTES + " minutes");
        }
        List<Path> converted = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            Path out = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".xlsx");
            if (!Files.isRegularFile(out)) {
                throw new IOException("soffice did not convert " + file + " (exit " + process.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            converted.add(out);
        }
        return converted;
    }
}
