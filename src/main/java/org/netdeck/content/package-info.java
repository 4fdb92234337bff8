/**
 * Reading what authors write, with every problem at its file, line and column. {@link
 * org.netdeck.content.DeckFile} cuts the front matter from the body, keeping file line numbers. {@link
 * org.netdeck.content.FrontMatterParser} composes a SnakeYAML Engine node tree ({@code YamlTree}: size, alias and
 * depth limits; never Java objects) and validates it with typed readers ({@code NodeReader}, {@code GraphReader},
 * {@code NetworkReader}, {@code Names}), collecting every problem: {@code ExampleReader} reads {@code
 * inputs}/{@code targets} or {@code data} and {@code batch_size}; {@code OptimizerReader} reads {@code optimizer}
 * (also each {@code compare: {optimizer: [...]}} value); {@code CompareReader} reads {@code compare:} (one
 * setting's values, or a list of named runs) into {@code compute.RunSpec}s; {@code LandscapeReader} reads {@code
 * landscape:} into a {@code compute.LandscapeSpec}.
 *
 * <p>{@link org.netdeck.content.SlideParser} splits the body at top-level {@code ## } with one reusable Flexmark
 * parser (which reads the inline content of headings and of blocks holding {@code <!--} only: each slide's text is
 * read in full once, by {@code text.SlideText}), reads {@code <!-- diagram: step -->} into a {@link org.netdeck.content.DiagramChoice} (the step and the
 * runs its directive chooses, {@code <!-- diagram: landscape runs: a b -->}, resolved against the compare runs,
 * {@code deck} the deck's own; each distinct choice is a diagram of its own, named {@code landscape-a-b}; whether a
 * step draws the network and which runs it may draw are properties of its {@link org.netdeck.content.DiagramStep}
 * constant), cuts
 * {@code :::notes} … {@code :::} speaker notes out (line numbers kept), and reads {@code <!-- step -->} / {@code
 * <!-- step: highlight a b -->} fragment markers ({@link org.netdeck.content.Fragment}, a position per name; left
 * in the Markdown as {@code <!--step-->}, which {@code text.SlideText} wraps into {@code <div class="fragment"
 * data-highlight>}, checking the names against the network).
 *
 * <p>{@link org.netdeck.content.SiteSettings} reads {@code site.yml}; {@link org.netdeck.content.Slug} is the
 * deck-folder-name rule (used by {@code site.ContentTree} and {@code cli.NewCommand}); {@link
 * org.netdeck.content.Limits} holds every size limit of a deck, which {@code docs/reference.md#limits} lists
 * (checked by {@code docs.DocLimitsTest}).
 *
 * <p>{@link org.netdeck.content.MarkdownLimits} refuses, in one linear pass before Flexmark reads a slide body, a
 * body Flexmark would read in more than linear time (nesting, indentation, mark density) and control characters,
 * each at its line and column. {@link org.netdeck.content.LandscapeWork} and {@link
 * org.netdeck.content.TrainingWork} bound, before anything is computed, the deck's total landscape and training work
 * (multiply-adds over all its landscapes and runs), each an error at the directive or run that goes over.
 */
package org.netdeck.content;
