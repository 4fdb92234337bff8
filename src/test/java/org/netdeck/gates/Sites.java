package org.netdeck.gates;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.netdeck.cli.Main;
import org.netdeck.site.SiteBuild;

/** Shared by the gates: the repository's default content and theme, whole-tree reads and copies, CLI runs. */
final class Sites {

    /** The repository's content and theme (tests run in the project folder). */
    static final Path CONTENT = Path.of("content").toAbsolutePath();
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    /** One in-process run of {@code netdeck}: exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    private Sites() {
    }

    /** Builds the default site (content/ with templates/) into {@code out}. */
    static Path buildDefault(Path out) {
        SiteBuild.build(CONTENT, Optional.of(TEMPLATES), out);
        return out;
    }

    /** {@code netdeck args...} in-process, as the command line runs it. */
    static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** Every regular file under {@code dir} by '/'-separated relative path, with its bytes; empty if there is no folder. */
    static Map<String, byte[]> tree(Path dir) {
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
    static Optional<String> difference(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        if (!expected.keySet().equals(actual.keySet())) {
            return Optional.of("files differ: expected " + expected.keySet() + " but got " + actual.keySet());
        }
        return expected.keySet().stream()
                .filter(k -> !Arrays.equals(expected.get(k), actual.get(k)))
                .findFirst()
                .map(k -> "bytes of " + k + " differ");
    }

    /** Copies the folder {@code from} (recursively) to {@code to}. */
    static Path copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
