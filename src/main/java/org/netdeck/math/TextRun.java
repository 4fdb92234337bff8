package org.netdeck.math;

import java.util.List;
import java.util.Objects;

/**
 * A piece of a formula as plain text for an SVG label: its characters, whether they are set in italic (a
 * one-letter identifier), and the scripts it sits in, outermost first ({@code [SUB]} for the 1 of x₁,
 * {@code [SUB, SUB]} for the 1 of z_{h_1}; empty on the baseline).
 */
public record TextRun(String text, boolean italic, List<Script> scripts) {

    /** Lowered or raised. */
    public enum Script {
        SUB,
        SUPER
    }

    public TextRun {
        Objects.requireNonNull(text);
        scripts = List.copyOf(scripts);
    }
}
