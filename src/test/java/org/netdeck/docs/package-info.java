/**
 * Doc tests: the docs (README, CONTRIBUTING, ARCHITECTURE, CHANGELOG, {@code docs/}) read as Markdown ({@code
 * Docs}); every link and anchor resolves and every doc is reachable from the README ({@code DocLinksTest}); every
 * command, option, script, path and class they name is real ({@code DocCommandsTest}); the limits table holds the
 * code's numbers ({@code DocLimitsTest}). {@code math.MathDocsTest} holds the reference's math table to the
 * translator.
 */
package org.netdeck.docs;
