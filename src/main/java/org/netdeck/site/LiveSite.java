package org.netdeck.site;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.render.Theme;

/**
 * The site {@code serve} shows: built in memory, rebuilt on demand, and the last good build kept when a
 * rebuild fails. Rebuilds reuse one {@link SiteAssembler}, so only what a change touches is made again.
 * One thread rebuilds; any thread may read {@link #state()}.
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
    private SiteAssembler assembler;  // null until a theme has loaded
    private boolean themeStale = true;  // the theme must be read (again) before the next build
    private volatile State state = new State(0, Map.of(), List.of());

    LiveSite(Path content, Optional<Path> templates) {
        this.content = content;
        this.templates = templates;
    }

    State state() {
        return state;
    }

    /** Builds everything, as at start. */
    Rebuild.Outcome rebuild(BuildListener listener) {
        return rebuild(List.of(), true, listener);
    }

    /** Builds again after {@code changed} (absolute paths) changed; decks whose text is the same are reused. */
    Rebuild.Outcome rebuild(Collection<Path> changed, BuildListener listener) {
        Path theme = templates.map(t -> t.toAbsolutePath().normalize()).orElse(null);
        boolean themeChanged = theme != null && changed.stream().anyMatch(p -> p.startsWith(theme));
        return rebuild(changed, themeChanged, listener);
    }

    private Rebuild.Outcome rebuild(Collection<Path> changed, boolean themeChanged, BuildListener listener) {
        State before = state;
        themeStale |= themeChanged;
        try {
            if (themeStale) {
                Theme theme = templates.map(Theme::fromDirectory).orElseGet(Theme::bundled);
                if (assembler == null) {
                    assembler = new SiteAssembler(theme);
                } else {
                    assembler.theme(theme);
                }
                themeStale = false;
            }
            SiteAssembler.Site site = assembler.assemble(ContentTree.read(content), listener);
            if (before.ok() && before.siteVersion() > 0 && same(before.files(), site.files())) {
                return Rebuild.Outcome.UNCHANGED;
            }
            state = new State(before.siteVersion() + 1, site.files(), List.of());
            return Rebuild.Outcome.RELOAD;
        } catch (BuildFailure f) {
            return failed(before, f.problems());
        } catch (RuntimeException e) {
            // a bug must not stop the server: show it like a problem and keep serving
            return failed(before, List.of(new Problem(SourcePosition.of(content), Problem.internalError(e))));
        }
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
