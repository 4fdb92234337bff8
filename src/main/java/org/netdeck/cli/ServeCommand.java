package org.netdeck.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.netdeck.serve.LiveServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code netdeck serve}: build, serve on this machine, rebuild on every save, reload the open pages. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Build the site in memory and serve it at http://127.0.0.1:8000/ while you write: every save in the "
                    + "content or templates folder rebuilds what it touches and reloads the open pages, on the "
                    + "same slide. "
                    + "A mistake is shown in the terminal and over the page until the next save fixes it.",
            "The site/ folder is not touched; run 'netdeck build' to publish."
        })
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    InputOptions inputs;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "8000",
            description =
                    "The port to serve on; when it is taken, the next free one (default: ${DEFAULT-VALUE}; 0 for any).")
    int port;

    @Option(
            names = "--host",
            paramLabel = "ADDRESS",
            defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else lets "
                    + "other machines see your drafts.")
    String host;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Hears of the server once it serves; tests use it to stop the server. */
    Consumer<LiveServer> started = server -> {};

    @Override
    public Integer call() throws InterruptedException {
        inputs.check();
        if (port < 0 || port > 65535) {
            throw new Main.UsageError(
                    "--port " + port + " is not a port; use a number from 1 to 65535 (or 0 for any free port)");
        }
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new Main.UsageError(
                    "--host " + host + " is not an address of this machine; leave it out to serve on 127.0.0.1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(output.level(), out, err);
        LiveServer.Options options =
                new LiveServer.Options(inputs.content, inputs.theme(), host, port, LiveServer.QUIET_PERIOD);
        LiveServer server;
        try {
            server = LiveServer.start(options, progress);
        } catch (UncheckedIOException e) {
            throw new Main.UsageError("cannot serve on " + host + " from port " + port + " on ("
                    + e.getCause().getMessage() + "); pass another --port or --host");
        }
        if (!loopback) {
            err.println(
                    "netdeck: warning: serving on " + host + ": other machines on your network can see your drafts; "
                            + "leave --host out to serve on this machine only");
        }
        Thread stopper = new Thread(
                () -> {
                    server.close();
                    out.println("Stopped.");
                    out.flush();
                },
                "netdeck-stop");
        Runtime.getRuntime().addShutdownHook(stopper); // Ctrl-C: stop serving and free the port, no stack trace
        out.println("Serving " + server.url() + " (watching " + inputs.content
                + (options.templates().map(t -> " and " + t).orElse("")) + "; Ctrl-C to stop)");
        out.flush();
        started.accept(server);
        server.awaitClose();
        try {
            Runtime.getRuntime().removeShutdownHook(stopper); // stopped without Ctrl-C (in tests)
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running
        }
        return 0;
    }
}
