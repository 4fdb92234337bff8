/**
 * Test support shared by every test package: the default deck's network read from {@code content/backprop/deck.md}
 * ({@link org.netdeck.testing.DefaultDeck}), in-process command-line runs ({@link org.netdeck.testing.Cli}), the
 * one-deck content folder ({@link org.netdeck.testing.OneDeck}) and whole-tree reads ({@link org.netdeck.testing.Trees}).
 */
package org.netdeck.testing;
