/**
 * Browser tests (tests only): one headless Debian Chromium for the run ({@code BrowserExtension}), the default
 * site built into {@code target/browser-site/} and served on loopback under {@code /netdeck/} ({@code
 * SiteServer}), as GitHub Pages does, and opened from disk. Navigation, media (dark, reduced motion, print),
 * no-script, clean load, axe-core, layout and screenshots; the stage at six screen sizes × zoom × scheme ({@code
 * StageTest}, also on the taller fixture {@code src/test/resources/browser/tall-content/}; it reads resting states
 * only, so it runs the page's animations ten times as fast, {@code BrowserSession.animationRate}); the phone;
 * reader tools (the enlarged view of the dense fixture {@code dense-content/}); presenter sync; print to PDF (read
 * back with PDFBox); fragments; the morph between network slides ({@code MorphTest}); the training scrubber
 * ({@code ScrubberTest}). {@code FrameBenchmark} is the tool behind {@code bench/frames.sh}. Every test waits for
 * a condition, never a fixed time; {@code CONTRIBUTING.md} says how to stress them.
 */
package org.netdeck.browser;
