package org.netdeck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --content} and {@code --templates}, shared by {@code build} and {@code serve} (a picocli mixin). */
final class InputOptions {

    @Option(
            names = "--content",
            paramLabel = "DIR",
            defaultValue = "content",
            description = "The content folder (default: ${DEFAULT-VALUE}): site.yml and a sub-folder per deck holding "
                    + "its deck.md.")
    Path content;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "The theme folder (default: ./templates if it exists, else the theme bundled in the jar).")
    Path templates;

    /** The options as given ({@code templates} empty when {@code --templates} is not), outside picocli. */
    static InputOptions of(Path content, Optional<Path> templates) {
        InputOptions o = new InputOptions();
        o.content = content;
        o.templates = templates.orElse(null);
        return o;
    }

    /** Usage errors for a content folder or a given templates folder that does not exist. */
    void check() {
        if (!Files.isDirectory(content)) {
            throw new Main.UsageError("the content folder '" + content
                    + "' does not exist; run netdeck from the project " + "folder or pass --content DIR");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new Main.UsageError(
                    "the templates folder '" + templates + "' does not exist; pass an existing folder "
                            + "or leave --templates out to use ./templates or the bundled theme");
        }
    }

    /** The theme folder: the one given, else ./templates if it exists, else none (the bundled theme). */
    Optional<Path> theme() {
        return Optional.ofNullable(templates)
                .or(() ->
                        Files.isDirectory(Path.of("templates")) ? Optional.of(Path.of("templates")) : Optional.empty());
    }
}
