package org.netdeck.content;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.netdeck.problem.SourcePosition;

/**
 * One slide: its {@code ## } heading's text, the Markdown below the heading (references still
 * unbound), where that Markdown starts in the deck file, the diagram step it asked for, if any, and its
 * speaker notes: the Markdown of its {@code :::notes} blocks, laid out line for line like {@code markdown} (every
 * other line blank, so positions in it are positions in the deck file too), or "" when it has none; and its
 * fragments in order, each marker line left in {@code markdown} as {@code <!--step-->} (see {@link Fragment}); and
 * the runs its diagram directive chooses to draw (empty: every run).
 */
public record Slide(
        String title,
        String markdown,
        SourcePosition heading,
        SourcePosition body,
        Optional<DiagramStep> diagram,
        String notes,
        List<Fragment> fragments,
        List<RunName> runs) {

    /**
     * A run the slide's diagram directive chooses ({@code <!-- diagram: landscape runs: small_lr adam -->}): a
     * compare run's name, or {@code deck} for the deck's own run, and where it is written.
     */
    public record RunName(String name, SourcePosition where) {
        public RunName {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(where, "where");
        }
    }

    /** A slide without fragments. */
    public Slide(
            String title,
            String markdown,
            SourcePosition heading,
            SourcePosition body,
            Optional<DiagramStep> diagram,
            String notes) {
        this(title, markdown, heading, body, diagram, notes, List.of(), List.of());
    }

    /** A slide without speaker notes. */
    public Slide(
            String title, String markdown, SourcePosition heading, SourcePosition body, Optional<DiagramStep> diagram) {
        this(title, markdown, heading, body, diagram, "");
    }

    /** True when the slide has speaker notes. */
    public boolean hasNotes() {
        return !notes.isBlank();
    }

    public Slide {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(notes, "notes");
        fragments = List.copyOf(fragments);
        runs = List.copyOf(runs);
    }

    /** The names the slide's {@code runs:} choice gives, in the order written (empty: every run). */
    public List<String> runNames() {
        return runs.stream().map(RunName::name).toList();
    }
}
