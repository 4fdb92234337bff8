package org.netdeck.site;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.netdeck.content.Series;
import org.netdeck.content.SeriesEntry;
import org.netdeck.content.SiteSettings;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.render.DeckSummary;
import org.netdeck.render.DeckView;
import org.netdeck.render.Renderer;
import org.netdeck.render.SiteInfo;
import org.netdeck.render.Theme;
import org.netdeck.text.LocalFile;

/**
 * Turns the content read into memory into every file of the site, without touching the disk. Decks are
 * independent once the site settings and the theme are read, so each goes through the {@link DeckPipeline} and
 * has its page rendered on a thread of its own (as many at once as there are cores); the results are taken in
 * deck order, so the listener hears of the decks in order and the files are the same as a one-thread build's.
 * A deck's problems are collected and the other decks still checked, so one build reports everything wrong at
 * once.
 *
 * <p>{@code build} hands finished files on as they come ({@link #assemble(ContentTree, BuildListener, FileSink)}),
 * so memory does not grow with the number of decks. {@code serve} keeps the whole site in memory ({@link
 * #assemble(ContentTree, BuildListener)}) and builds with one assembler again and again: it keeps a {@link
 * DeckCache}, so a rebuild redoes only what a change touches. One build at a time per assembler.
 */
public final class SiteAssembler {

    /** The finished site: its files by site-relative path, and the decks' slugs in order. */
    public record Site(Map<String, byte[]> files, List<String> decks) {}

    /** Where finished files go, one at a time (a map, or the temporary output folder); a path given again replaces the file. */
    @FunctionalInterface
    public interface FileSink {
        void write(String path, byte[] bytes);
    }

    /** Decks built ahead of the one being handed on, per thread: keeps memory flat when one deck is slow. */
    private static final int AHEAD_PER_THREAD = 2;

    private final DeckPipeline pipeline = new DeckPipeline();
    private final Optional<DeckCache> cache;
    private final int threads;
    /** The theme's renderer: made at once for {@code serve}; for one build, on a thread of its own (see {@link #once}). */
    private volatile Future<Renderer> renderer;

    /** An assembler for repeated builds ({@code serve}): it keeps what each build made for the next. */
    public SiteAssembler(Theme theme) {
        this(
                CompletableFuture.completedFuture(new Renderer(theme)),
                Optional.of(new DeckCache()),
                Runtime.getRuntime().availableProcessors());
    }

    private SiteAssembler(Future<Renderer> renderer, Optional<DeckCache> cache, int threads) {
        this.renderer = renderer;
        this.cache = cache;
        this.threads = Math.max(1, threads);
    }

    /**
     * An assembler for one build: it keeps nothing, and builds {@code threads} decks at once. The templates are
     * parsed on a thread of their own meanwhile (a deck needs them only for its page, at the end): a template error
     * still fails the build before any deck is reported, see {@link #assemble(ContentTree, BuildListener, FileSink)}.
     */
    static SiteAssembler once(Theme theme, int threads) {
        FutureTask<Renderer> renderer = new FutureTask<>(() -> new Renderer(theme));
        Thread parse = new Thread(renderer, "netdeck-templates");
        parse.setDaemon(true);
        parse.start();
        return new SiteAssembler(renderer, Optional.empty(), threads);
    }

    /** {@link #once(Theme, int)} on every core. */
    static SiteAssembler once(Theme theme) {
        return once(theme, Runtime.getRuntime().availableProcessors());
    }

    /** Renders with {@code theme} from now on (every page is rendered again, nothing else). */
    public void theme(Theme theme) {
        this.renderer = CompletableFuture.completedFuture(new Renderer(theme));
    }

    Site assemble(ContentTree tree) {
        return assemble(tree, BuildListener.SILENT);
    }

    /** The whole site in memory; {@code listener} hears of each deck as it is done, in order. */
    public Site assemble(ContentTree tree, BuildListener listener) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<String> decks = assemble(tree, listener, files::put);
        return new Site(files, decks);
    }

    /**
     * Builds every deck and hands each file to {@code sink} as soon as its deck is done and every deck before it
     * was built: a deck's {@code trace.json}, diagrams and page, then the index and the theme's assets. Returns
     * the decks' slugs in order. Throws {@link BuildFailure} with every problem of every deck (after some files
     * may have gone to the sink: the caller throws them away).
     */
    public List<String> assemble(ContentTree tree, BuildListener listener, FileSink sink) {
        Future<Renderer> renderer = this.renderer; // one theme for the whole build
        List<Problem> problems = new ArrayList<>();
        // the defaults stand in when site.yml is wrong, so that every deck is still checked (and nothing is written)
        SiteSettings settings = SiteSettings.DEFAULTS;
        try {
            settings = SiteSettings.parse(
                    tree.dir().resolve("site.yml"), tree.siteConfig().map(SourceFile::text));
        } catch (BuildFailure f) {
            problems.addAll(f.problems());
        }
        SiteInfo site = SiteInfo.of(settings);
        Set<String> slugs =
                tree.decks().stream().map(ContentTree.DeckSource::slug).collect(Collectors.toSet());
        cache.ifPresent(c -> c.startBuild(slugs)); // forget deleted decks
        List<DeckSummary> summaries = new ArrayList<>(); // for the index: no slide bodies or diagrams kept to the end
        Set<String> computedNow = new HashSet<>(); // networks computed in this build
        List<ContentTree.DeckSource> sources = tree.decks();
        // every deck's series and order, read first: a page says "part 2 of 3" and links the next deck
        Series series = Series.of(sources.stream()
                .flatMap(s ->
                        SeriesEntry.read(s.slug(), s.file().path(), s.file().text()).stream())
                .toList());
        problems.addAll(series.problems());
        int total = sources.size();
        inOrder(sources, source -> deck(source, site, series.position(source.slug()), renderer), (i, outcome) -> {
            await(renderer); // a template error is the build's only problem, as if the templates were parsed first
            if (outcome instanceof Failed failed) {
                problems.addAll(failed.problems());
                return;
            }
            Done done = (Done) outcome;
            DeckView view = done.deck().view();
            DeckReport.Work work = done.work();
            // decks that share a network computed it once: the first in order says so, whichever thread made it
            if (work == DeckReport.Work.FULL
                    && done.deck().network().filter(k -> !computedNow.add(k)).isPresent()) {
                work = DeckReport.Work.TEXT;
            }
            listener.deckBuilt(new DeckReport(
                    i + 1,
                    total,
                    sources.get(i).slug(),
                    view.slides().size(),
                    work,
                    done.nanos(),
                    done.deck().warnings()));
            summaries.add(DeckSummary.of(view));
            if (problems.isEmpty()) { // once the build has failed, nothing more is written
                done.deck().files().forEach(sink::write);
                done.local().forEach((path, bytes) -> sink.write(view.slug() + "/" + path, bytes));
                sink.write(view.slug() + "/index.html", done.page());
            }
        });
        Renderer done = await(renderer); // (with no decks, a template error still comes first)
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        sink.write("index.html", DeckPipeline.utf8(done.indexPage(site, summaries, series)));
        done.assets().forEach(sink::write);
        return summaries.stream().map(DeckSummary::slug).toList();
    }

    /** How one deck went: built, with its page, or its problems. */
    private sealed interface Outcome permits Done, Failed {}

    /** A built deck: its files, page, and the files of its folder that its slides point to, by their path there. */
    private record Done(
            DeckPipeline.BuiltDeck deck, byte[] page, Map<String, byte[]> local, DeckReport.Work work, long nanos)
            implements Outcome {}

    private record Failed(List<Problem> problems) implements Outcome {}

    /** One deck and its page, reusing what the cache has; never throws for a problem in the deck. */
    private Outcome deck(
            ContentTree.DeckSource source, SiteInfo site, Optional<Series.Position> place, Future<Renderer> templates) {
        long start = System.nanoTime();
        try {
            Optional<DeckPipeline.BuiltDeck> kept = cache.flatMap(c -> c.deck(source.slug(), source.file()));
            DeckPipeline.BuiltDeck deck = kept.orElseGet(() -> pipeline.build(
                    source,
                    cache.<DeckPipeline.Networks>map(c -> c).orElse(DeckPipeline.Networks.NONE),
                    !site.url().isEmpty()));
            DeckReport.Work work = kept.isPresent() ? DeckReport.Work.NONE : deck.work();
            // read afresh every build (serve too): a changed picture leaves deck.md, and so the cached deck, as it was
            // (a file the build writes itself, trace.json or a diagram, is the build's: not read from the folder)
            Map<String, byte[]> local;
            try {
                local = DeckFiles.read(
                        source.file().path().getParent(),
                        deck.localFiles().stream()
                                .filter(f -> !f.path().equals("index.html")
                                        && !deck.files().containsKey(source.slug() + "/" + f.path()))
                                .toList());
            } catch (BuildFailure f) {
                return new Failed(f.problems()); // the deck's only problems: it built
            }
            Renderer renderer;
            try {
                renderer = await(templates);
            } catch (BuildFailure f) {
                return new Failed(List.of()); // the templates' problems are the build's, see assemble
            }
            Optional<byte[]> keptPage = cache.flatMap(c -> c.page(source.slug(), deck, site, place, renderer));
            byte[] page = keptPage.orElseGet(
                    () -> DeckPipeline.utf8(renderer.deckPage(site, deck.view(), place.orElse(null))));
            if (keptPage.isEmpty() && work == DeckReport.Work.NONE) {
                work = DeckReport.Work.PAGE;
            }
            cache.ifPresent(c -> {
                c.keep(source.slug(), source.file(), deck);
                c.keepPage(source.slug(), deck, site, place, renderer, page);
            });
            return new Done(deck, page, local, work, System.nanoTime() - start);
        } catch (BuildFailure f) {
            return new Failed(withFiles(source, f.problems()));
        } catch (StackOverflowError e) {
            // Flexmark recurses once per nesting level, and its regexes once per character of a marker run
            return new Failed(List.of(new Problem(
                    SourcePosition.of(source.file().path()),
                    "the Markdown is nested too deeply to read"
                            + " (thousands of lists or quotes inside each other, or a line with a very long run of '*', '-' or"
                            + " '_'); flatten it or break the line")));
        }
    }

    /**
     * {@code problems} of a deck that failed, with those of the files its slides point to (a missing picture), in file
     * order: every problem of a deck at once. The deck's own diagram files are not known here, so a link into
     * {@code diagrams/} is left to a build that gets that far.
     */
    private List<Problem> withFiles(ContentTree.DeckSource source, List<Problem> problems) {
        List<LocalFile> wanted = pipeline.localFiles(source).stream()
                .filter(f -> !f.path().equals("index.html")
                        && !f.path().equals("trace.json")
                        && !f.path().startsWith("diagrams/"))
                .toList();
        try {
            DeckFiles.read(source.file().path().getParent(), wanted);
            return problems;
        } catch (BuildFailure files) {
            List<Problem> all = new ArrayList<>(problems);
            all.addAll(files.problems());
            return BuildFailure.inFileOrder(all).problems();
        }
    }

    /** Work on one item. */
    @FunctionalInterface
    private interface Task<T, R> {
        R run(T item);
    }

    /** What to do with item {@code i}'s result, on the calling thread. */
    @FunctionalInterface
    private interface Handler<R> {
        void handle(int i, R result);
    }

    /**
     * Runs {@code task} on every item, on up to {@link #threads} threads, and hands the results to {@code handler}
     * on this thread in the items' order, building at most a few items ahead of the one handed on. One item, or
     * one thread, runs here without starting a thread. An Error or unexpected exception in a task is thrown here.
     */
    private <T, R> void inOrder(List<T> items, Task<T, R> task, Handler<R> handler) {
        int n = Math.min(threads, items.size());
        if (n <= 1) {
            for (int i = 0; i < items.size(); i++) {
                handler.handle(i, task.run(items.get(i)));
            }
            return;
        }
        AtomicInteger named = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "netdeck-deck-" + named.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < items.size(); i++) {
                while (next < items.size() && pending.size() < n * AHEAD_PER_THREAD) {
                    T item = items.get(next++);
                    pending.add(pool.submit(() -> task.run(item)));
                }
                handler.handle(i, await(pending.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the build was stopped");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
