/**
 * Turning rendered slides and diagrams into HTML pages with the Freemarker theme. {@link org.netdeck.render.Theme}
 * reads a theme ({@code templates/} or the bundled copy; {@code Theme.load} is the one choice both {@code build}
 * and {@code serve} make) into memory once, joining a script kept in parts ({@code js/deck/} and its {@code
 * parts.txt}, a theme folder's part replacing the bundled one of that name) into the asset it publishes
 * ({@link org.netdeck.render.ScriptParts}); {@link org.netdeck.render.Renderer} holds one Freemarker configuration
 * and turns records into page strings plus asset bytes (a theme's scripts published without whole-line comments,
 * and without indentation when no string spans lines); template errors become {@code templates/<file>:line:col}
 * problems ({@code TemplateErrors}).
 *
 * <p>The data model is records: {@link org.netdeck.render.SiteInfo}, {@link org.netdeck.render.DeckView} (its {@code
 * diagrams()} derived from its slides: the distinct steps, in order), {@link org.netdeck.render.SlideView}, {@link
 * org.netdeck.render.DiagramView} (a step as a page uses it: inlined once, {@code id="diagram-<step>"}, drawn per
 * slide with {@code <use>}; a diagram in panels, the training step, one {@code <svg>} per panel), and for the
 * index a {@link org.netdeck.render.DeckSummary} per deck (no slide content, so a build keeps little per finished
 * deck); {@link org.netdeck.render.DeckPage} and {@link org.netdeck.render.IndexPage} are the pages. {@code
 * docs/reference.md#templates-and-theming} documents it for theme authors.
 */
package org.netdeck.render;
