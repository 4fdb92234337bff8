package org.netdeck.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.netdeck.cli.Main;

/** {@code netdeck} run in-process, as the command line runs it. */
public final class Cli {

    /** One run: exit status and what it printed. */
    public record Run(int status, String out, String err) {}

    private Cli() {}

    /** {@code netdeck args...}. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    /** {@code netdeck build --content CONTENT --out OUT options...}. */
    public static Run build(Path content, Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }
}
