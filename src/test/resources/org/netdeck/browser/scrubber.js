// ScrubberTest's reads and moves of the training slide's scrubber. BrowserSession.call runs one function of this file.

/** A figure part's name, from its part-NAME class. */
const part = e => [...e.classList].find(x => x.startsWith('part-')).slice(5);

/** What the live figure of slide s shows: readout, caption (and its marked loss), bias, weight labels' values, activations. */
function shownIn(s) {
  const o = {
    readout: s.querySelector('[data-scrub-readout]').textContent, values: {}, a: {},
    caption: s.querySelector('.scrub-live .checkpoint-caption').textContent,
    bias: s.querySelector('.scrub-live text.bias-label.value').textContent,
  };
  // the caption's marked loss: its text, and the value it explains (none away from the last checkpoint)
  const loss = s.querySelector('.scrub-live .checkpoint-caption [data-formula]');
  o.loss = loss ? loss.textContent : null;
  o.lossRef = loss && loss.getAttribute('data-ref');
  s.querySelectorAll('.scrub-live text.edge-label.value').forEach(e => o.values[part(e)] = e.textContent);
  s.querySelectorAll('.scrub-live text.neuron-value.value').forEach(e => o.a[part(e)] = e.textContent);
  return o;
}

/** The slider of slide `slide` moved to every checkpoint in turn, and what each shows. */
function everyCheckpoint(slide) {
  const s = document.querySelector('[data-slide="' + slide + '"]'), r = s.querySelector('input[type=range]');
  const out = [];
  for (let k = 0; k <= Number(r.max); k++) {
    r.value = String(k);
    r.dispatchEvent(new Event('input'));
    out.push(shownIn(s));
  }
  return out;
}

/** Moves the slider `range` to `value`, as a reader does. */
function moveTo(range, value) {
  const r = document.querySelector(range);
  r.value = value;
  r.dispatchEvent(new Event('input', {bubbles: true}));
}

/** Records in window.seen every value the page sets on the slider `range`, as it sets it. */
function recordValues(range) {
  window.seen = [];
  const r = document.querySelector(range);
  const v = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value');
  Object.defineProperty(r, 'value', {
    configurable: true,
    get() { return v.get.call(this); },
    set(x) { window.seen.push(Number(x)); v.set.call(this, x); },
  });
}

/** The values recordValues saw. */
const seen = () => window.seen;

/** Whether the scrubber `box` has stopped playing and recordValues saw a value. */
const stoppedAfterMoving = box => !document.querySelector(box).hasAttribute('data-playing') && window.seen.length > 0;

/** Whether the scrubber `box` plays. */
const playing = box => document.querySelector(box).hasAttribute('data-playing');

/** The elements matching `selector` that are displayed. */
const displayed = selector => [...document.querySelectorAll(selector)].filter(e => getComputedStyle(e).display !== 'none').length;

/** The slider's position. */
const position = range => Number(document.querySelector(range).value);

/** Focuses `selector`. */
const focus = selector => document.querySelector(selector).focus();

/**
 * Presses Play in the scrubber `box` and calls done with the times between the frames drawn until it stops; counts
 * long animation frames and the forced style and layout in their scripts in window.loafs and window.forced.
 */
function playFrames(box, done) {
  const b = document.querySelector(box), d = [];
  let t0 = null;
  const f = t => {
    if (t0 !== null) d.push(t - t0);
    t0 = t;
    if (b.hasAttribute('data-playing') || d.length < 2) requestAnimationFrame(f); else done(d);
  };
  window.forced = 0;
  window.loafs = 0;
  try {
    new PerformanceObserver(l => l.getEntries().forEach(e => {
      window.loafs++;
      e.scripts.forEach(s => window.forced += s.forcedStyleAndLayoutDuration);
    })).observe({type: 'long-animation-frame'});
  } catch (err) {
    window.forced = -1;
  }
  b.querySelector('[data-scrub-play]').click();
  requestAnimationFrame(f);
}

/** What playFrames counted: [long animation frames, ms of forced style and layout]. */
const longFrames = () => [window.loafs, window.forced];

/** The box around the slide's figure and scrubber, in CSS px: [left, top, right, bottom]. */
function figureBox(slide) {
  const a = document.querySelector(slide + '.diagram').getBoundingClientRect();
  const b = document.querySelector(slide + '[data-scrubber]').getBoundingClientRect();
  return [a.left, a.top, Math.max(a.right, b.right), b.bottom];
}

/**
 * What the live figure of `slide` shows at its checkpoint: readout, aria-valuetext, marker centre, the root's data
 * (its scales), edges' widths and signs, weight labels' values, activations and caption.
 */
function checkpointShown(slide) {
  const s = document.querySelector(slide), root = document.getElementById('diagram-training');
  const m = s.querySelector('.scrub-live .checkpoint-marker');
  const o = {
    readout: s.querySelector('[data-scrub-readout]').textContent,
    valuetext: s.querySelector('input[type=range]').getAttribute('aria-valuetext'),
    cx: Number(m.getAttribute('cx')), cy: Number(m.getAttribute('cy')), data: {...root.dataset},
    widths: {}, values: {}, a: {}, caption: s.querySelector('.scrub-live .checkpoint-caption').textContent,
  };
  s.querySelectorAll('.scrub-live path.edge').forEach(e => o.widths[part(e)] =
    [parseFloat(getComputedStyle(e).strokeWidth), e.classList.contains('negative')]);
  s.querySelectorAll('.scrub-live text.edge-label.value').forEach(e => o.values[part(e)] = e.textContent);
  s.querySelectorAll('.scrub-live text.neuron-value.value').forEach(e => o.a[part(e)] = e.textContent);
  return o;
}

/** The values the static figure in `panel` shows, by part (bias labels aside). */
function staticValues(panel) {
  const o = {};
  document.querySelectorAll(panel + 'text.value[class*=part-]:not(.bias-label)').forEach(e => o[part(e)] = e.textContent);
  return o;
}

/** The static figure `root`'s data (its scales) and its checkpoint marker's x. */
function staticMarker(root) {
  const r = document.querySelector(root), m = r.querySelector('.checkpoint-marker');
  return {data: {...r.dataset}, cx: Number(m.getAttribute('cx'))};
}

/** The elements matching `selector`, displayed or not. */
const count = selector => document.querySelectorAll(selector).length;

/** Scrolls `selector` to the top of the window. */
const scrollToTop = selector => document.querySelector(selector).scrollIntoView({block: 'start'});
