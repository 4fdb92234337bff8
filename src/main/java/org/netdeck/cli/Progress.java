package org.netdeck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.netdeck.problem.Problem;
import org.netdeck.problem.Warning;
import org.netdeck.serve.Rebuild;
import org.netdeck.serve.ServeListener;
import org.netdeck.site.DeckReport;

/**
 * What {@code build} and {@code serve} print as they go: a line per deck ({@code [3/12] backprop: 7 slides
 * (85 ms)}), and for {@code serve} a line per rebuild. Problems go to the error stream as
 * {@code path:line:col: error: ...}, and warnings, with each deck that has them, as {@code path:line:col: warning: ...}.
 */
final class Progress implements ServeListener {

    /** How much to print. */
    enum Level {
        /** Problems only. */
        QUIET,
        /** A line per deck built and per rebuild. */
        NORMAL,
        /** Also decks that were reused, what was reused, and rebuilds that changed nothing. */
        VERBOSE
    }

    private final Level level;
    private final PrintWriter out;
    private final PrintWriter err;

    Progress(Level level, PrintWriter out, PrintWriter err) {
        this.level = level;
        this.out = out;
        this.err = err;
    }

    @Override
    public void deckBuilt(DeckReport r) {
        for (Warning w : r.warnings()) { // every build, at every level: like a problem, but the build goes on
            err.println(w);
        }
        err.flush();
        if (level == Level.QUIET || (level == Level.NORMAL && r.work() == DeckReport.Work.NONE)) {
            return;
        }
        String work = switch (r.work()) {
            case FULL -> level == Level.VERBOSE ? "; parsed, computed, drawn, rendered" : "";
            case TEXT -> "; network unchanged, its trace and diagrams reused";
            case PAGE -> "; unchanged, page rendered again";
            case NONE -> "; unchanged";
        };
        out.println(String.format(
                Locale.ROOT,
                "[%d/%d] %s: %d slide%s (%s%s)",
                r.number(),
                r.total(),
                r.slug(),
                r.slides(),
                r.slides() == 1 ? "" : "s",
                millis(r.nanos()),
                work));
        out.flush();
    }

    @Override
    public void rebuilt(Rebuild r) {
        boolean first = r.changed().isEmpty();
        switch (r.outcome()) {
            case RELOAD -> {
                if (level != Level.QUIET) {
                    out.println(
                            first
                                    ? "Built in " + millis(r.nanos())
                                    : "Reloaded after " + changes(r) + " changed (" + millis(r.nanos()) + ")");
                }
            }
            case FAILED -> {
                for (Problem p : r.problems()) {
                    err.println(p);
                }
                err.println(Main.buildFailed(r.problems().size()) + "; "
                        + (r.siteVersion() > 0 ? "still serving the last good version" : "nothing to serve yet")
                        + " (the browser shows the problem too)");
            }
            case UNCHANGED -> {
                if (level == Level.VERBOSE) {
                    out.println("No change to the site after " + changes(r) + " changed (" + millis(r.nanos()) + ")");
                }
            }
        }
        out.flush();
        err.flush();
    }

    /**
     * The first changed path, relative to the working folder when it is inside it, and how many more; an editor's
     * temporary files (gone by now) are not counted unless nothing else changed.
     */
    private static String changes(Rebuild r) {
        Path here = Path.of("").toAbsolutePath();
        List<Path> existing =
                r.changed().stream().filter(Files::exists).sorted().toList();
        List<Path> paths = existing.isEmpty() ? r.changed().stream().sorted().toList() : existing;
        Path first = paths.isEmpty() ? here : paths.get(0);
        String shown = (first.startsWith(here) ? here.relativize(first) : first)
                .toString()
                .replace('\\', '/');
        int more = paths.size() - 1;
        return shown + (more > 0 ? " and " + more + " more" : "");
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%d ms", Math.round(nanos / 1e6));
    }
}
