/**
 * Orchestration, and the only package that touches the output folder. {@link org.netdeck.site.SiteBuild} is the
 * checklist of {@code build}: read the inputs ({@link org.netdeck.site.ContentTree}: regular files only, a
 * symbolic link is an error), build each deck with {@link org.netdeck.site.DeckPipeline} (the pure per-deck step:
 * file → spec → trace → diagrams, text → view and files) on every core ({@link org.netdeck.site.SiteAssembler}:
 * one task per deck, results taken in deck order, so progress, problems and bytes match a one-thread build; for
 * {@code build} the templates are parsed on a thread of their own meanwhile), and stream each deck's files into
 * the temporary folder. {@link org.netdeck.site.DeckFiles} reads the deck folder's files its slides point to
 * (regular files only, every build). A deck's {@code preview.png} is rasterised only when {@code site.yml} gives
 * the site's {@code url:}.
 *
 * <p>{@link org.netdeck.site.OutputFolder} is the rule for what {@code --out} may be replaced (empty, or holding the
 * {@code .netdeck-site} marker; never {@code /}, the working directory or an input); {@link
 * org.netdeck.site.Publisher} writes under a lock beside the target, cleans leftovers, hard-links a file whose
 * bytes the previous site holds instead of writing it, and swaps the site in only when every deck built.
 *
 * <p>{@code serve} reuses {@link org.netdeck.site.SiteAssembler} with a {@link org.netdeck.site.DeckCache} ({@code
 * build} keeps nothing): a deck by its file's text; a network's trace, diagrams and {@code trace.json} by the
 * network (decks built at once that share one wait for one computation); a deck's rendered slides by their text on
 * that computation (a save re-renders only the slides it changed, through {@code DeckPipeline.Networks.slides}); a
 * page by (site settings, theme). {@link org.netdeck.site.BuildListener} and {@link org.netdeck.site.DeckReport},
 * shared by {@code build} and {@code serve}, feed the progress lines. Never imports {@code serve}.
 */
package org.netdeck.site;
