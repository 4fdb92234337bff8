/**
 * Every user-facing error: {@link org.netdeck.problem.SourcePosition} (a file, line and column) and {@link
 * org.netdeck.problem.Problem}, printed as {@code path:line:col: error: what is wrong, and how to fix it}; {@link
 * org.netdeck.problem.BuildFailure} carries the problems of a build, {@code BuildFailure.inFileOrder} sorts them
 * by line, then column.
 *
 * <p>{@link org.netdeck.problem.DidYouMean} is the one "did you mean" wording for every reader ({@code
 * DidYouMean.hint}); {@link org.netdeck.problem.LineStarts} turns a character offset into a line and column, for
 * the Markdown readers {@code content.SlideParser} and {@code text.SlideText}. Imports nothing of netdeck.
 *
 * <p>{@link org.netdeck.problem.Warning} is a problem that does not stop the build (a reference to the last value of a
 * run that never settles), printed as {@code path:line:col: warning: …}.
 */
package org.netdeck.problem;
