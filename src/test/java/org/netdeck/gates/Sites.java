package org.netdeck.gates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.netdeck.site.SiteBuild;

/** Shared by the gates: the repository's default content and theme, copies (CLI runs and whole-tree reads are in {@code org.netdeck.testing}). */
final class Sites {

    /** The repository's content and theme (tests run in the project folder). */
    static final Path CONTENT = Path.of("content").toAbsolutePath();

    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();

    private Sites() {}

    /** Builds the default site (content/ with templates/) into {@code out}. */
    static Path buildDefault(Path out) {
        SiteBuild.build(CONTENT, Optional.of(TEMPLATES), out);
        return out;
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
