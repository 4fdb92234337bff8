package org.netdeck.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.netdeck.problem.Problem;

/**
 * One rebuild by {@code serve}: what set it off, how it went, and how long it took.
 *
 * @param changed the absolute paths whose change set it off (empty for the first build)
 * @param problems what is wrong, when the outcome is {@link Outcome#FAILED}; else empty
 * @param siteVersion the version of the site now served (counts good builds that changed something)
 * @param nanos from the change being noticed to the browsers being told
 */
public record Rebuild(Set<Path> changed, Outcome outcome, List<Problem> problems, long siteVersion, long nanos) {

    /** How a rebuild went, as the browsers hear it. */
    public enum Outcome {
        /** A new good site is served: open pages reload. */
        RELOAD,
        /** The build failed: the last good site is still served, the problems shown over it. */
        FAILED,
        /** The site is the same as before (a save that changed nothing): nothing to tell. */
        UNCHANGED
    }

    public Rebuild {
        changed = Set.copyOf(changed);
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
    }
}
