// LegibilityTest's measurements of the shown slide's diagram text. BrowserSession.call runs one function of this file
// in the page.

/** The shown slide, or undefined. */
const shownSlide = () => [...document.querySelectorAll('[data-deck] > [data-slide]')].find(s => !s.hidden);

/** How many fragments each slide has, by slide number (the title slide's first). */
function fragmentCounts() {
  return [...document.querySelectorAll('[data-deck] > [data-slide]')].map(s => s.querySelectorAll('.fragment').length);
}

/** Whether an element and every ancestor up to its svg is drawn (not hidden, no zero opacity). */
const drawn = (e, svg) => {
  for (let x = e; x && x !== svg.parentNode; x = x.parentNode) {
    const s = getComputedStyle(x);
    if (s.display === 'none' || s.visibility === 'hidden' || parseFloat(s.opacity) === 0) return false;
  }
  return true;
};

/**
 * Every visible text of the shown slide's diagrams as drawn on screen: [text, rendered font size in CSS px, left,
 * top, right, bottom, class]. A diagram drawn by <use> is measured through it: the referenced diagram's marks are
 * copied into the slide's svg (as a slide with lit fragments draws them), measured there with the svg's own scale
 * (getScreenCTM: the slide's viewBox to the screen), and the copy removed again. The rendered size of a text is its
 * computed font size times that scale: the smallest of its runs' ({@code <tspan>}s: sub- and superscripts too).
 */
function diagramTexts() {
  const out = [];
  const slide = shownSlide();
  if (!slide) return out;
  for (const svg of slide.querySelectorAll('.diagram svg')) {
    const use = svg.querySelector(':scope > use');
    let copy = null;
    // a slide with lit fragments or a scrubber draws its own copy: measured as it is; else the <use> is measured
    if (use && getComputedStyle(use).display !== 'none' && !svg.querySelector('text')) {
      const ref = document.getElementById((use.getAttribute('href') || '').slice(1));
      if (!ref) continue;
      copy = document.createElementNS('http://www.w3.org/2000/svg', 'g');
      const marks = ref.tagName.toLowerCase() === 'svg' ? [...ref.children] : [ref];
      // the referenced svg's own viewBox maps onto the slide's: the same here (deck.ftlh), so the copy keeps its units
      marks.filter(m => !/^(title|desc|style)$/i.test(m.tagName)).forEach(m => {
        const c = m.cloneNode(true);
        c.removeAttribute('id');
        c.querySelectorAll('[id]').forEach(x => x.removeAttribute('id'));
        copy.appendChild(c);
      });
      svg.insertBefore(copy, use);
      use.style.display = 'none';
    }
    try {
      for (const t of svg.querySelectorAll('text')) {
        if (!drawn(t, svg)) continue;
        const r = t.getBoundingClientRect();
        if (r.width < 0.5 || r.height < 0.5) continue;
        const m = t.getScreenCTM();
        const scale = Math.hypot(m.a, m.b);
        let px = parseFloat(getComputedStyle(t).fontSize) * scale;
        // every run with letters in it counts, sub- and superscripts (their own font-size) too
        for (const span of t.querySelectorAll('tspan')) {
          if (span.textContent.trim()) {
            px = Math.min(px, parseFloat(getComputedStyle(span).fontSize) * scale);
          }
        }
        out.push([t.textContent, px, r.left, r.top, r.right, r.bottom, t.getAttribute('class') || '']);
      }
    } finally {
      if (copy) {
        copy.remove();
        use.style.display = '';
      }
    }
  }
  return out;
}

/**
 * Pairs of visible diagram texts whose boxes overlap, each box shrunk by 1.5 px at the sides and a fifth of its height
 * at the top and bottom: a text's box is its font's line cell (room above the capitals and below the baseline, and a
 * subscript's drop), which the lines of one stacked label share a little without their letters touching.
 */
function overlappingTexts() {
  const t = diagramTexts(), out = [], k = 1.5;
  for (let i = 0; i < t.length; i++) {
    for (let j = i + 1; j < t.length; j++) {
      const a = t[i], b = t[j];
      const v = 0.2 * (Math.min(a[5] - a[3], b[5] - b[3]));
      if (Math.min(a[4], b[4]) - Math.max(a[2], b[2]) > 2 * k && Math.min(a[5], b[5]) - Math.max(a[3], b[3]) > 2 * v) {
        out.push('"' + a[0] + '" (' + a[6] + ') overlaps "' + b[0] + '" (' + b[6] + ')');
      }
    }
  }
  return out;
}
