package org.netdeck.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.site.OutputFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar target/netdeck.jar <command>}. Exit status: 0 success, 1 a content or template
 * error (each printed as {@code path:line:col: error: ...}), 2 a usage error.
 */
@Command(
        name = "netdeck",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns Markdown explainers about neural-network math into static HTML slide decks "
                + "whose every number and diagram comes from a real computation.")
public final class Main implements Runnable {

    /**
     * The commands, by name, in the order {@code netdeck --help} lists them. A command line that starts with one of
     * them (but help) gets only that one: picocli reads each command's annotations (fields, options, help text) when
     * it is added, which is a tenth of a cold build's start; anything else (no command, {@code --help},
     * {@code help build}, a mistake) gets them all.
     */
    private static final List<Map.Entry<String, Class<?>>> COMMANDS = List.of(
            Map.entry("build", BuildCommand.class),
            Map.entry("serve", ServeCommand.class),
            Map.entry("new", NewCommand.class),
            Map.entry("help", CommandLine.HelpCommand.class));

    /** picocli's system property: regular expressions (comma-separated) of the types it registers no converter for. */
    static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";
    /** The types {@link #main} has picocli leave without a converter: no option may have one of them. */
    static final String EXCLUDED_TYPES = "java\\.time\\..*,java\\.sql\\..*";

    /** Freemarker's system property naming the logging library it uses ("none": it logs nothing). */
    static final String FREEMARKER_LOGGER = "org.freemarker.loggerLibrary";

    /** Set by {@code mvn package}'s run that makes the class-data-sharing archive (see pom.xml). */
    static final String CDS_TRAINING = "netdeck.cdsTraining";

    /** Exit status for a content or template error. */
    public static final int CONTENT_ERROR = 1;
    /** Exit status for a usage error. */
    public static final int USAGE_ERROR = 2;
    /** Problems printed for one failed build; the rest are counted ("and 12 more problems"). */
    public static final int MAX_PROBLEMS_PRINTED = 100;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // picocli registers a converter for each java.time and java.sql type by reflection, initialising those classes
        // (~15 ms before the first deck can start); netdeck's options are paths, numbers and flags
        if (System.getProperty(CONVERTER_EXCLUDES) == null) {
            System.setProperty(CONVERTER_EXCLUDES, EXCLUDED_TYPES);
        }
        // Freemarker would start java.util.logging (~15 ms of CPU beside the decks) to log nothing netdeck uses:
        // template errors are thrown and reported as problems (see render.Renderer)
        if (System.getProperty(FREEMARKER_LOGGER) == null) {
            System.setProperty(FREEMARKER_LOGGER, "none");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int status = run(args, out, err);
        if (Boolean.getBoolean(CDS_TRAINING)) {
            // mvn package's archive run builds content/ through BuildLine; set picocli up too, with every command and
            // its help, so that its classes are archived as well (serve, new and --help start from the archive)
            CommandLine cli = new CommandLine(new Main());
            COMMANDS.forEach(c -> cli.addSubcommand(c.getKey(), c.getValue()));
            cli.getSubcommands().values().forEach(CommandLine::getUsageMessage);
            cli.parseArgs("serve", "--content", "content", "-q");
        }
        System.exit(status);
    }

    /**
     * Runs one command, writing to {@code out} and {@code err}; returns the exit status. A plain {@code build} line
     * runs without picocli's set-up (see {@link BuildLine}); everything else goes through picocli.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Optional<BuildLine> build = BuildLine.read(args);
        if (build.isEmpty()) {
            return run(args, out, err, CommandLine.defaultFactory());
        }
        BuildLine line = build.get();
        try {
            int status;
            try {
                status = BuildCommand.build(
                        InputOptions.of(line.content(), line.templates()), line.out(), line.level(), out, err);
            } catch (Exception e) { // as picocli hands it to the handler below
                status = failed(e, err);
            }
            out.flush();
            err.flush();
            return status;
        } catch (VirtualMachineError | LinkageError | AssertionError e) {
            err.println(errorLine(e));
            err.flush();
            return CONTENT_ERROR;
        }
    }

    /**
     * {@link #run(String[], PrintWriter, PrintWriter)} with commands made by {@code factory} (tests hand in their own).
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        try {
            return execute(args, out, err, factory);
        } catch (VirtualMachineError | LinkageError | AssertionError e) {
            // picocli hands on Errors; by now the build's memory is unreachable, so there is room to say what happened
            err.println(errorLine(e));
            err.flush();
            return CONTENT_ERROR;
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
        CommandLine cli = new CommandLine(new Main(), factory);
        String first = args.length > 0 && !args[0].equals("help") ? args[0] : "";
        boolean one = COMMANDS.stream().anyMatch(c -> c.getKey().equals(first));
        for (Map.Entry<String, Class<?>> c : COMMANDS) {
            if (!one || c.getKey().equals(first)) {
                cli.addSubcommand(c.getKey(), c.getValue());
            }
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE_ERROR : CONTENT_ERROR);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> failed(e, err));
        int status = cli.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    /** Reports what stopped a command ({@code e}: thrown by it, not by picocli) and returns the exit status. */
    private static int failed(Exception e, PrintWriter err) {
        if (e instanceof BuildFailure failure) {
            int n = failure.problems().size();
            failure.problems().stream().limit(MAX_PROBLEMS_PRINTED).forEach(err::println);
            if (n > MAX_PROBLEMS_PRINTED) {
                err.println("netdeck: and " + (n - MAX_PROBLEMS_PRINTED) + " more problems (only the first "
                        + MAX_PROBLEMS_PRINTED + " are printed); fix these and build again");
            }
            err.println(buildFailed(n) + "; the previous output was left as it was");
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
    }

    /** One line for an Error that stopped a command: what happened, that the output is untouched, what to try. */
    static String errorLine(Error e) {
        if (e instanceof OutOfMemoryError) {
            return "netdeck: error: ran out of memory (" + e.getMessage() + "); nothing was written and the previous"
                    + " output was left as it was. Make the decks smaller (see docs/reference.md#limits) or give "
                    + "Java more"
                    + " memory, e.g. JAVA_TOOL_OPTIONS=-Xmx2g";
        }
        if (e instanceof StackOverflowError) {
            return "netdeck: error: the input is nested too deeply to process (stack overflow); nothing was written"
                    + " and the previous output was left as it was. Flatten deeply nested Markdown or YAML";
        }
        return "netdeck: " + Problem.internalError(e)
                + "; nothing was written and the previous output was left as it was";
    }

    /** {@code netdeck: build failed with 3 errors}, after the problems themselves; callers say what happens next. */
    static String buildFailed(int errors) {
        return "netdeck: build failed with " + errors + " error" + (errors == 1 ? "" : "s");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "missing command: try 'netdeck build', 'netdeck serve', 'netdeck new <slug>' or 'netdeck --help'");
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
