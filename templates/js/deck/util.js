// netdeck slide viewer, in parts: parts.txt lists them, and the theme joins them, in that order, into the one
// assets/deck.js the pages load (one classic script inside one function scope: it works from file://). Every slide
// is a fixed 1280×720 canvas scaled to fit the window (a phone gets a scrolling page of its own); keys, swipe and a
// URL per slide (#slide-3, #title); overview, jump, full screen, help; a presenter view (?presenter) kept in step
// with the deck over BroadcastChannel and postMessage; print one slide per page (?notes adds the speaker notes).
// Without this script every slide shows in order.
//
// Each part is a function of the one state the parts share (made in main.js: the page's elements, the slide shown
// and its fragments revealed, and the parts themselves); what a part keeps to itself stays inside it. This first
// part: what every part may use, none of it mutable.

const W = 1280, H = 720, MARGIN = 12;

const $ = (css, from) => (from || document).querySelector(css);
const $$ = (css, from) => Array.from((from || document).querySelectorAll(css));

const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

// the diagram a slide's <svg> draws: the one its <use> points at, or the one it copied (data-ref)
const refOf = (svg) => {
  const use = svg && $('use', svg);
  return svg && document.getElementById(use ? (use.getAttribute('href') || '').slice(1) : svg.getAttribute('data-ref'));
};

// what a diagram draws (all but its title and desc): the elements themselves, or copies without ids
const drawn = (svg) => $$(':scope > :not(title):not(desc)', svg);
const copiesOf = (ref) => drawn(ref).map((e) => {
  const c = e.cloneNode(true);
  $$('[id]', c).concat([c]).forEach((x) => x.removeAttribute('id'));
  return c;
});

// the smallest font size of a diagram's text, in its own units (Infinity when it has none)
const smallestText = (diagram) =>
  $$('text', diagram).reduce((m, t) => Math.min(m, parseFloat(getComputedStyle(t).fontSize) || Infinity), Infinity);
