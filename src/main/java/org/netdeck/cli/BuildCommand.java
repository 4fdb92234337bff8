package org.netdeck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.netdeck.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netdeck build}: content in, a static site out. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build every deck in the content folder into a static site.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The content folder: one sub-folder per deck with a deck.md, and site.yml (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The theme folder (default: ./templates if it exists, else the theme bundled in the jar).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site",
            description = "Where the site is written; replaced as a whole only when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Say more about each deck: what was computed, drawn and rendered.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkFolders(content, templates);
        Progress.Level level = Progress.Level.of(quiet, verbose);
        PrintWriter printer = spec.commandLine().getOut();
        Progress progress = new Progress(level, printer, spec.commandLine().getErr());
        long start = System.nanoTime();
        SiteBuild.Result result = SiteBuild.build(content, theme(templates), out, progress);
        if (!quiet) {
            double seconds = (System.nanoTime() - start) / 1e9;
            int n = result.decks().size();
            printer.println(String.format(Locale.ROOT, "Built %d deck%s (%s) into %s in %.2f s",
                    n, n == 1 ? "" : "s", String.join(", ", result.decks()), out, seconds));
        }
        return 0;
    }

    /** Usage errors for a content folder or a given templates folder that does not exist. */
    static void checkFolders(Path content, Path templates) {
        if (!Files.isDirectory(content)) {
            throw new Main.UsageError("the content folder '" + content + "' does not exist; run netdeck from the project "
                    + "folder or pass --content DIR");
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new Main.UsageError("the templates folder '" + templates + "' does not exist; pass an existing folder "
                    + "or leave --templates out to use ./templates or the bundled theme");
        }
    }

    /** The theme folder: the one given (checked by the caller), else ./templates if it exists, else none (bundled). */
    static Optional<Path> theme(Path templates) {
        return Optional.ofNullable(templates)
                .or(() -> Files.isDirectory(Path.of("templates")) ? Optional.of(Path.of("templates")) : Optional.empty());
    }
}
