package org.netdeck.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.problem.Warning;
import org.netdeck.render.Theme;
import org.netdeck.site.BuildListener;
import org.netdeck.site.ContentTree;
import org.netdeck.site.SiteAssembler;
import org.netdeck.site.SourceFile;

/**
 * The site {@code serve} shows: built in memory, rebuilt on demand, and the last good build kept when a
 * rebuild fails. Rebuilds reuse one {@link SiteAssembler}, so only what a change touches is made again.
 * One thread rebuilds (each build runs on a worker it can give up on); any thread may read {@link #state()}.
 */
final class LiveSite {

    /**
     * What is being served. {@code files} is the last good site (empty before the first one) and
     * {@code siteVersion} counts good sites that differ from the one before; {@code problems} is empty
     * when the last build succeeded; {@code warnings} are the served build's (what {@code build} prints as
     * {@code warning:}), kept while a later build fails.
     */
    record State(long siteVersion, Map<String, byte[]> files, List<Problem> problems, List<Warning> warnings) {
        State {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }

        State(long siteVersion, Map<String, byte[]> files, List<Problem> problems) {
            this(siteVersion, files, problems, List.of());
        }

        boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * A deck whose build took longer than a rebuild may take: left out of later rebuilds (its last good files
     * still served, {@code problem} shown) until its file changes or it is deleted.
     */
    private record Slow(SourceFile file, Problem problem) {}

    /** Times a rebuild that went over its limit is tried again without the deck that held it up. */
    static final int MAX_SLOW_RETRIES = 3;

    private final Path content;
    private final Optional<Path> templates;
    private final Map<String, Slow> slow = new LinkedHashMap<>(); // by slug; only the rebuilding thread touches it
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
        themeStale |= themeChanged;
        for (int retry = 0; ; retry++) {
            Optional<Rebuild.Outcome> outcome = attempt(changed, listener, limit, retry < MAX_SLOW_RETRIES);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            // a deck held the build up: it is left out now, and the rest is built again
        }
    }

    /**
     * One build; empty when it went over {@code limit} held up by one deck and {@code mayRetry}: that deck is then
     * set aside (see {@link Slow}), and the caller builds again without it.
     */
    private Optional<Rebuild.Outcome> attempt(
            Collection<Path> changed, BuildListener listener, Duration limit, boolean mayRetry) {
        State before = state;
        Attempt attempt = new Attempt(themeStale ? null : assembler, listener, Map.copyOf(slow));
        Thread worker = new Thread(attempt, "netdeck-rebuild");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(Math.max(1, limit.toMillis()));
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return Optional.of(failed(
                    before,
                    List.of(new Problem(where(changed), "the rebuild was stopped: netdeck serve is stopping"))));
        }
        if (worker.isAlive()) {
            // read before the interrupt: once told to stop, the deck it waited for may finish and the count move on,
            // and the next deck (a fast one) would be blamed instead
            Optional<ContentTree.DeckSource> culprit = attempt.awaited();
            worker.interrupt(); // it stops at the next deck; its result is never used
            if (culprit.isPresent() && mayRetry && assembler != null && !themeStale) {
                // the build got to the decks with the kept assembler: the retry reuses it (its cache is thread-safe and
                // keeps only finished decks by their text), so the other decks are not made afresh
                ContentTree.DeckSource deck = culprit.get();
                slow.put(deck.slug(), slowDeck(deck, limit));
                return Optional.empty();
            }
            forgetAssembler();
            if (culprit.isPresent() && mayRetry) {
                ContentTree.DeckSource deck = culprit.get();
                slow.put(deck.slug(), slowDeck(deck, limit));
                return Optional.empty();
            }
            return Optional.of(failed(
                    before,
                    List.of(new Problem(
                            where(changed),
                            "building took longer than the " + limit.toSeconds()
                                    + " s a rebuild may take, so it was stopped; the last change makes the site "
                                    + "too slow to build: "
                                    + "undo it, or run 'netdeck build' to see how long it takes"))));
        }
        slow.keySet().retainAll(attempt.setAside.keySet()); // changed or deleted: built again like any other
        List<Problem> slowProblems =
                attempt.setAside.values().stream().map(Slow::problem).toList();
        if (attempt.themeLoaded) {
            assembler = attempt.assembler;
            themeStale = false;
        }
        if (attempt.failure != null) {
            List<Problem> all = new ArrayList<>(problems(attempt.failure, changed));
            all.addAll(slowProblems);
            return Optional.of(failed(before, all));
        }
        Map<String, byte[]> files = new LinkedHashMap<>(attempt.site.files());
        // a deck set aside keeps its last good files: its page still shows what it showed
        before.files().forEach((path, bytes) -> {
            if (attempt.setAside.containsKey(path.substring(0, Math.max(0, path.indexOf('/'))))) {
                files.putIfAbsent(path, bytes);
            }
        });
        List<Warning> warnings = List.copyOf(attempt.warnings);
        if (before.siteVersion() > 0 && same(before.files(), files)) {
            if (before.ok() && slowProblems.isEmpty()) {
                state = new State(before.siteVersion(), before.files(), List.of(), warnings); // lines may have moved
                return Optional.of(Rebuild.Outcome.UNCHANGED);
            }
            if (!slowProblems.isEmpty()) { // nothing new to show: only the slow decks' problems
                state = new State(before.siteVersion(), before.files(), slowProblems, warnings);
                return Optional.of(Rebuild.Outcome.FAILED);
            }
        }
        state = new State(before.siteVersion() + 1, files, slowProblems, warnings);
        return Optional.of(Rebuild.Outcome.RELOAD);
    }

    private static Slow slowDeck(ContentTree.DeckSource deck, Duration limit) {
        return new Slow(
                deck.file(),
                new Problem(
                        SourcePosition.of(deck.file().path()),
                        "building this deck took longer than the " + limit.toSeconds()
                                + " s a rebuild may take, so it was stopped; the other decks are served"
                                + " and rebuilt without it until this file changes. Make it do less"
                                + " (fewer examples or iterations, fewer compare runs, a smaller"
                                + " landscape), or run 'netdeck build' to see how long it takes"));
    }

    /** A build on the worker thread; the fields are read after it has ended. */
    private final class Attempt implements Runnable {
        private SiteAssembler assembler; // null: read the theme and make one
        private final BuildListener listener;
        private final Map<String, Slow> slowBefore;
        private final Map<String, Slow> setAside = new LinkedHashMap<>(); // the slow decks still as they were
        private boolean themeLoaded;
        private SiteAssembler.Site site;
        private Throwable failure;
        // read while the build runs, by the thread that gave up on it: which deck it was waiting for
        private volatile List<ContentTree.DeckSource> building;
        private final AtomicInteger reported = new AtomicInteger();
        private final List<Warning> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();

        Attempt(SiteAssembler assembler, BuildListener listener, Map<String, Slow> slowBefore) {
            this.assembler = assembler;
            this.listener = listener;
            this.slowBefore = slowBefore;
        }

        /** The deck the build was waiting for (decks are handed on in order), if it had got to the decks. */
        Optional<ContentTree.DeckSource> awaited() {
            List<ContentTree.DeckSource> decks = building;
            int done = reported.get();
            return decks == null || done >= decks.size() ? Optional.empty() : Optional.of(decks.get(done));
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
                ContentTree tree = ContentTree.read(content);
                List<ContentTree.DeckSource> decks = new ArrayList<>();
                for (ContentTree.DeckSource d : tree.decks()) {
                    Slow s = slowBefore.get(d.slug());
                    if (s != null && s.file().equals(d.file())) {
                        setAside.put(d.slug(), s);
                    } else {
                        decks.add(d);
                    }
                }
                building = List.copyOf(decks);
                site = assembler.assemble(new ContentTree(tree.dir(), tree.siteConfig(), decks), report -> {
                    if (Thread.currentThread().isInterrupted()) {
                        throw new Abandoned(); // too late: the build has been given up
                    }
                    listener.deckBuilt(report);
                    warnings.addAll(report.warnings());
                    reported.incrementAndGet();
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
        state = new State(before.siteVersion(), before.files(), problems, before.warnings());
        return Rebuild.Outcome.FAILED;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
    }
}
