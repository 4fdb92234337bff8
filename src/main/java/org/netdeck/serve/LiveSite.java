package org.netdeck.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.render.Theme;
import org.netdeck.site.BuildListener;
import org.netdeck.site.ContentTree;
import org.netdeck.site.SiteAssembler;

/**
 * The site {@code serve} shows: built in memory, rebuilt on demand, and the last good build kept when a
 * rebuild fails. Rebuilds reuse one {@link SiteAssembler}, so only what a change touches is made again.
 * One thread rebuilds (each build runs on a worker it can give up on); any thread may read {@link #state()}.
 */
final class LiveSite {

    /**
     * What is being served. {@code files} is the last good site (empty before the first one) and
     * {@code siteVersion} counts good sites that differ from the one before; {@code problems} is empty
     * when the last build succeeded.
     */
    record State(long siteVersion, Map<String, byte[]> files, List<Problem> problems) {
        State {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Path content;
    private final Optional<Path> templates;
    private SiteAssembler assembler; // null until a theme has loaded
    private boolean themeStale = true; // the theme must be read (again) before the next build
    private volatile State state = new State(0, Map.of(), List.of());

    LiveSite(Path content, Optional<Path> templates) {
        this.content = content;
        this.templates = templates;
    }

    State state() {
        return state;
    }

    /**
     * How long a rebuild may take before it is stopped and reported as a problem. Generous: a first build
     * in a cold JVM on a busy machine takes a few seconds; a deck within the build's limits takes well
     * under this.
     */
    static final Duration REBUILD_LIMIT = Duration.ofSeconds(60);

    /** Builds everything, as at start, within {@link #REBUILD_LIMIT}. */
    Rebuild.Outcome rebuild(BuildListener listener) {
        return rebuild(listener, REBUILD_LIMIT);
    }

    /** Builds again after {@code changed} changed, within {@link #REBUILD_LIMIT}. */
    Rebuild.Outcome rebuild(Collection<Path> changed, BuildListener listener) {
        return rebuild(changed, listener, REBUILD_LIMIT);
    }

    /** Builds everything, as at start. */
    Rebuild.Outcome rebuild(BuildListener listener, Duration limit) {
        return rebuild(List.of(), true, listener, limit);
    }

    /** Builds again after {@code changed} (absolute paths) changed; decks whose text is the same are reused. */
    Rebuild.Outcome rebuild(Collection<Path> changed, BuildListener listener, Duration limit) {
        Path theme = templates.map(t -> t.toAbsolutePath().normalize()).orElse(null);
        boolean themeChanged = theme != null && changed.stream().anyMatch(p -> p.startsWith(theme));
        return rebuild(changed, themeChanged, listener, limit);
    }

    /**
     * Builds on a worker thread and waits at most {@code limit} for it. A build that takes longer is
     * interrupted and abandoned (it stops at the next deck, and what it made is thrown away) and reported
     * as a problem; any {@link Error}, {@link OutOfMemoryError} included, is a problem too. Either way the
     * last good site is kept and the next rebuild starts afresh.
     */
    private Rebuild.Outcome rebuild(
            Collection<Path> changed, boolean themeChanged, BuildListener listener, Duration limit) {
        State before = state;
        themeStale |= themeChanged;
        Attempt attempt = new Attempt(themeStale ? null : assembler, listener);
        Thread worker = new Thread(attempt, "netdeck-rebuild");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(Math.max(1, limit.toMillis()));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return failed(
                    before, List.of(new Problem(where(changed), "the rebuild was stopped: netdeck serve is stopping")));
        }
        if (worker.isAlive()) {
            worker.interrupt(); // it stops at the next deck; its result is never used
            forgetAssembler();
            return failed(
                    before,
                    List.of(new Problem(
                            where(changed),
                            "building took longer than the " + limit.toSeconds()
                                    + " s a rebuild may take, so it was stopped; the last change makes the site "
                                    + "too slow to build: "
                                    + "undo it, or run 'netdeck build' to see how long it takes")));
        }
        if (attempt.themeLoaded) {
            assembler = attempt.assembler;
            themeStale = false;
        }
        if (attempt.failure != null) {
            return failed(before, problems(attempt.failure, changed));
        }
        SiteAssembler.Site site = attempt.site;
        if (before.ok() && before.siteVersion() > 0 && same(before.files(), site.files())) {
            return Rebuild.Outcome.UNCHANGED;
        }
        state = new State(before.siteVersion() + 1, site.files(), List.of());
        return Rebuild.Outcome.RELOAD;
    }

    /** A build on the worker thread; the fields are read after it has ended. */
    private final class Attempt implements Runnable {
        private SiteAssembler assembler; // null: read the theme and make one
        private final BuildListener listener;
        private boolean themeLoaded;
        private SiteAssembler.Site site;
        private Throwable failure;

        Attempt(SiteAssembler assembler, BuildListener listener) {
            this.assembler = assembler;
            this.listener = listener;
        }

        @Override
        public void run() {
            try {
                if (assembler == null) {
                    Theme theme = Theme.load(templates);
                    SiteAssembler kept = LiveSite.this.assembler; // read here only to reuse its decks; never written
                    if (kept == null) {
                        assembler = new SiteAssembler(theme);
                    } else {
                        kept.theme(theme);
                        assembler = kept;
                    }
                    themeLoaded = true;
                }
                site = assembler.assemble(ContentTree.read(content), report -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new Abandoned(); // too late: the build has been given up
                    }
                    listener.deckBuilt(report);
                });
            } catch (Throwable t) {
                site = null;
                failure = t; // OutOfMemoryError too: what the build held is free once this returns
            }
        }
    }

    /** Thrown on an abandoned build's thread to stop it at the next deck. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("abandoned", null, false, false);
        }
    }

    /** After a build was abandoned or broke: the next one reads the theme and makes every deck afresh. */
    private void forgetAssembler() {
        assembler = null;
        themeStale = true;
    }

    private List<Problem> problems(Throwable failure, Collection<Path> changed) {
        if (failure instanceof BuildFailure f) {
            return f.problems();
        }
        if (failure instanceof Error) {
            forgetAssembler(); // it may have stopped half-way through changing a deck
        }
        String message;
        if (failure instanceof OutOfMemoryError) {
            message = "netdeck ran out of memory building the site (Java may use "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB): the last change makes the site too big; undo it or make the deck smaller";
        } else if (failure instanceof StackOverflowError) {
            message = "the input is nested too deeply to build (stack overflow): undo the last change";
        } else {
            // a bug must not stop the server: show it like a problem and keep serving
            message = Problem.internalError(failure);
        }
        return List.of(new Problem(where(changed), message));
    }

    /** The first changed file, else the content folder: where a problem about the whole build points. */
    private SourcePosition where(Collection<Path> changed) {
        return SourcePosition.of(
                changed.stream().filter(Files::isRegularFile).findFirst().orElse(content));
    }

    private Rebuild.Outcome failed(State before, List<Problem> problems) {
        state = new State(before.siteVersion(), before.files(), problems);
        return Rebuild.Outcome.FAILED;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
