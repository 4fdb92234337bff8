// LayoutTest's checks of what a slide shows, run in the page by BrowserSession.call.

/**
 * What lies outside its slide (a box that scrolls, such as a diagram on a phone, stands for what is inside it), and
 * the page when it scrolls sideways: one line each.
 */
function spills(slide) {
  const box = slide.getBoundingClientRect(), tol = 1, out = [];
  for (const e of slide.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (e.closest('.visually-hidden')) continue;
    let clipped = false; // inside a box that scrolls (a diagram on a phone): its scroller is checked instead
    for (let a = e.parentElement; a && a !== slide; a = a.parentElement) {
      if (getComputedStyle(a).overflowX !== 'visible') clipped = true;
    }
    if (clipped) continue;
    if (r.left < box.left - tol || r.right > box.right + tol || r.top < box.top - tol || r.bottom > box.bottom + tol) {
      const name = e.tagName.toLowerCase()
        + (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().replace(/\s+/g, '.') : '');
      out.push(name + ' "' + (e.textContent || '').trim().slice(0, 30) + '" '
        + [r.left, r.top, r.right, r.bottom].map(Math.round)
        + ' outside ' + [box.left, box.top, box.right, box.bottom].map(Math.round));
    }
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > window.innerWidth) {
    out.push('the page scrolls sideways: ' + doc.scrollWidth + ' > ' + window.innerWidth);
  }
  return out;
}

/** '' when the slide fits the screen from its top to the controls' top, else what does not fit. */
function fits(slideElement) {
  const slide = slideElement.getBoundingClientRect();
  const controls = document.querySelector('.deck-controls').getBoundingClientRect();
  return slide.top >= 0 && slide.bottom <= controls.top + 1 ? '' : 'does not fit the screen: slide '
    + [slide.top, slide.bottom].map(Math.round) + ', controls from ' + Math.round(controls.top);
}

/** Lays every figure's diagram out again, each figure keeping its sideways scroll position. */
function relayoutDiagrams() {
  document.querySelectorAll('.diagram > svg').forEach(s => {
    const f = s.parentNode, x = f.scrollLeft;
    s.style.display = 'none';
    s.getBoundingClientRect();
    s.style.display = '';
    f.scrollLeft = x;
  });
}

/** Slide 3's display formula: the slide's type, whether the formula scrolls, its tab index, the canvas height. */
function wideFormula() {
  const s = document.querySelector('[data-slide="3"]'), c = s.querySelector('.slide-canvas');
  const m = s.querySelector('.math-display');
  return {fit: c.style.getPropertyValue('--fit'), scrolls: m.scrollWidth > m.clientWidth + 1,
    tab: m.tabIndex, h: c.getAttribute('data-h')};
}

/** Slide 4's tall picture: loaded (its natural width), the canvas height and type, its shape, the text under it inside. */
function tallPicture() {
  const s = document.querySelector('[data-slide="4"]'), c = s.querySelector('.slide-canvas');
  const i = s.querySelector('img'), p = s.querySelector('.slide-body p:last-child');
  const cb = c.getBoundingClientRect(), pb = p.getBoundingClientRect();
  return {loaded: i.complete && i.naturalWidth, h: c.offsetHeight, fit: c.style.getPropertyValue('--fit'),
    ratio: i.clientHeight / i.clientWidth, textInside: pb.bottom <= cb.bottom + 1};
}

/** Slide 5's wide code block: inside the slide, scrolling, the slide's type, the page not scrolling sideways. */
function wideCode() {
  const s = document.querySelector('[data-slide="5"]'), c = s.querySelector('.slide-canvas') || s;
  const pre = s.querySelector('pre'), cb = c.getBoundingClientRect(), pb = pre.getBoundingClientRect();
  return {inside: pb.right <= cb.right + 1, scrolls: pre.scrollWidth > pre.clientWidth + 1,
    fit: c.style.getPropertyValue('--fit'), page: document.documentElement.scrollWidth <= innerWidth};
}

/** Hides an element's text and its formula's, so that a screenshot shows only its edges' shadows. */
function hideText(e) {
  e.style.color = 'transparent';
  e.querySelector('math').style.visibility = 'hidden';
}

/** An element's box on the screen: [left, top, right, bottom]. */
function edges(e) {
  const r = e.getBoundingClientRect();
  return [r.left, r.top, r.right, r.bottom];
}

/** An element's box on the screen: [left, top, width, height]. */
function rect(e) {
  const r = e.getBoundingClientRect();
  return [r.left, r.top, r.width, r.height];
}
