package org.netdeck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.site.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/netdeck.jar <command>}. Exit status: 0 success, 1 a content or template
 * error (each printed as {@code path:line:col: error: ...}), 2 a usage error.
 */
@Command(name = "netdeck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns Markdown explainers about neural-network math into static HTML slide decks "
                + "whose every number and diagram comes from a real computation.",
        subcommands = {BuildCommand.class, ServeCommand.class, NewCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** Exit status for a content or template error. */
    public static final int CONTENT_ERROR = 1;
    /** Exit status for a usage error. */
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs one command, writing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, CommandLine.defaultFactory());
    }

    /** {@link #run(String[], PrintWriter, PrintWriter)} with commands made by {@code factory} (tests hand in their own). */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE_ERROR : CONTENT_ERROR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BuildFailure failure) {
                for (Problem p : failure.problems()) {
                    err.println(p);
                }
                err.println(buildFailed(failure.problems().size()) + "; the previous output was left as it was");
                return CONTENT_ERROR;
            }
            if (e instanceof OutputFolder.Refused refused) {
                err.println("netdeck: " + refused.getMessage());
                return USAGE_ERROR;
            }
            if (e instanceof UsageError usage) {
                err.println("netdeck: " + usage.getMessage());
                return USAGE_ERROR;
            }
            err.println("netdeck: " + Problem.internalError(e));
            return CONTENT_ERROR;
        });
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** {@code netdeck: build failed with 3 errors}, after the problems themselves; callers say what happens next. */
    static String buildFailed(int errors) {
        return "netdeck: build failed with " + errors + " error" + (errors == 1 ? "" : "s");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'netdeck build', 'netdeck serve', 'netdeck new <slug>' or 'netdeck --help'");
    }

    /** The version from the jar's manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"netdeck " + (v == null ? "development" : v)};
        }
    }

    /** A mistake in how netdeck was called (exit status 2), found after parsing the arguments. */
    static final class UsageError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageError(String message) {
            super(message);
        }
    }
}
