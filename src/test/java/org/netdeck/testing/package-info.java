/**
 * Test support shared by every test package, each helper named once in the tree: the default deck's network read from
 * {@code content/backprop/deck.md} ({@link org.netdeck.testing.DefaultDeck}), in-process command-line runs
 * ({@link org.netdeck.testing.Cli}), the one-deck content folder ({@link org.netdeck.testing.OneDeck}), a tiny site
 * written to disk ({@link org.netdeck.testing.TinySite}), deck texts for the readers' tests
 * ({@link org.netdeck.testing.DeckTexts}), parsed decks and slides ({@link org.netdeck.testing.DeckParts}), a rendered
 * site's views ({@link org.netdeck.testing.SampleSite}), built and generated networks
 * ({@link org.netdeck.testing.TestNetworks}), whole-tree reads ({@link org.netdeck.testing.Trees}), the fuzz count
 * ({@link org.netdeck.testing.Fuzz}) and the lanes' tags ({@link org.netdeck.testing.Slow},
 * {@link org.netdeck.testing.Gate}; browser tests use {@code browser.Browser}).
 */
package org.netdeck.testing;
