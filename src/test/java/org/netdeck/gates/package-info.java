/**
 * Quality gates: whole-site checks on a real build: the Nu Html Checker on every page and SVG, every link relative
 * and resolving (from disk and under a Pages project path), reproducible builds (in another JVM with another
 * locale and time zone too), the bad-input corpus ({@code src/test/resources/bad-input/}, each case with its
 * {@code expected.txt}) and seeded fuzzing of the default deck.
 */
package org.netdeck.gates;
