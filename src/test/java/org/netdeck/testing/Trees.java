package org.netdeck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole folders read back for comparison. */
public final class Trees {

    private Trees() {}

    /** Every regular file under {@code dir} by '/'-separated relative path, with its bytes; empty if there is no folder. */
    public static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The first difference between two trees, or empty when they are byte for byte the same. */
    public static Optional<String> difference(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return Optional.of("files differ: expected " + expected.keySet() + " but got " + actual.keySet());
        }
        return expected.keySet().stream()
                .filter(k -> !Arrays.equals(expected.get(k), actual.get(k)))
                .findFirst()
                .map(k -> "bytes of " + k + " differ");
    }
}
