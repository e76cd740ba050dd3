package org.newstrends.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The version of what turns input files into entity rows: a SHA-256 over the classes and resources of reading,
 * extraction and the rows' conversion (the packages below), as the running jar or class folder holds them. Any
 * change to that code, a lexicon or a model gives another version, so stored mentions are never reused across it.
 */
final class ExtractorVersion {
    /** The parts of the code and resources whose bytes the version covers. */
    static final List<String> COVERED = List.of("org/newstrends/ingest/", "org/newstrends/extract/",
            "org/newstrends/lexicon/", "org/newstrends/aggregate/EntityArticle");

    private static volatile String current;

    private ExtractorVersion() { }

    /** The version of the code this JVM runs, computed once. */
    static String current() {
        String v = current;
        if (v == null) {
            v = of(codeLocation());
            current = v;
        }
        return v;
    }

    /** The version of the code at {@code location}: a jar, or a folder of classes and resources. */
    static String of(Path location) {
        Map<String, byte[]> digests = new TreeMap<>();
        try {
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = location.relativize(f).toString().replace('\\', '/');
                        if (covered(name)) digests.put(name, digest(Files.newInputStream(f)));
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                        JarEntry entry = e.nextElement();
                        if (!entry.isDirectory() && covered(entry.getName())) {
                            digests.put(entry.getName(), digest(jar.getInputStream(entry)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extraction code at " + location + ": " + e.getMessage(), e);
        }
        MessageDigest all = sha256();
        for (Map.Entry<String, byte[]> d : digests.entrySet()) {
            all.update(d.getKey().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            all.update(d.getValue());
        }
        return HexFormat.of().formatHex(all.digest()).substring(0, 16) + "-" + digests.size();
    }

    private static boolean covered(String name) {
        for (String prefix : COVERED) {
            if (name.startsWith(prefix)) return true;
        }
        return false;
    }

    private static byte[] digest(InputStream in) throws IOException {
        MessageDigest d = sha256();
        try (in) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) d.update(buffer, 0, n);
        }
        return d.digest();
    }

    /** A new SHA-256 digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Path codeLocation() {
        try {
            return Paths.get(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find the jar or folder this code runs from: " + e.getMessage(), e);
        }
    }
}
