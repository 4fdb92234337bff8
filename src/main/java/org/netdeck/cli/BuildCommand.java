package org.netdeck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.netdeck.site.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netdeck build}: content in, a static site out. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = "Build every deck in the content folder into a static site.")
final class BuildCommand implements Callable<Integer> {

    @CommandLine.Mixin
    InputOptions inputs;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "site",
            description =
                    "Where the site is written; replaced as a whole only when the build succeeds, and only if it is "
                            + "empty or a site netdeck built (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        return build(inputs, out, output.level(), cli.getOut(), cli.getErr());
    }

    /** {@code netdeck build} with these options, as read by picocli or by {@link BuildLine}; returns the exit status. */
    static int build(InputOptions inputs, Path out, Progress.Level level, PrintWriter printer, PrintWriter err) {
        inputs.check();
        Progress progress = new Progress(level, printer, err);
        long start = System.nanoTime();
        SiteBuild.Result result = SiteBuild.build(inputs.content, inputs.theme(), out, progress);
        if (level != Progress.Level.QUIET) {
            double seconds = (System.nanoTime() - start) / 1e9;
            int n = result.decks().size();
            printer.println(String.format(
                    Locale.ROOT,
                    "Built %d deck%s (%s) into %s in %.2f s",
                    n,
                    n == 1 ? "" : "s",
                    String.join(", ", result.decks()),
                    out,
                    seconds));
        }
        return 0;
    }
}
