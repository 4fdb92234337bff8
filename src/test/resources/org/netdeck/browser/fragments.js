// FragmentTest's measures of the shown slide. BrowserSession.call runs one function of this file in the page.

/**
 * The shown slide: its number, its layout (its has-* classes and the figure layout the stage chose; "text" for none)
 * and where each of its blocks of text and its figure sit in the window, in document order, each with whether it is
 * shown (laid out and visible) and the start of its text.
 */
function places() {
  const s = [...document.querySelectorAll('[data-deck] > [data-slide]')].find(x => !x.hidden);
  const canvas = s.querySelector('.slide-canvas');
  const layout = [...s.classList].filter(c => c.startsWith('has-'))
    .concat(canvas.getAttribute('data-figure') || []).join(' ') || 'text';
  const blocks = [...s.querySelectorAll(
    'h1, h2, .diagram, .slide-body :is(p, li, th, td, pre, blockquote, .math-display, img, h3)')];
  return {
    slide: s.dataset.slide,
    layout,
    blocks: blocks.map(e => {
      const r = e.getBoundingClientRect();
      return {
        what: e.tagName.toLowerCase() + ' "' + (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 40) + '"',
        top: r.top,
        left: r.left,
        shown: r.height > 0 && getComputedStyle(e).visibility !== 'hidden',
      };
    }),
  };
}

/** The height the shown slide's hidden fragments take in the page: the extent of their laid-out boxes, in px. */
function hiddenRoom() {
  const s = [...document.querySelectorAll('[data-deck] > [data-slide]')].find(x => !x.hidden);
  let top = Infinity, bottom = -Infinity;
  for (const f of s.querySelectorAll('.fragment[hidden]')) {
    for (const e of f.querySelectorAll('*')) {
      for (const r of e.getClientRects()) {
        top = Math.min(top, r.top);
        bottom = Math.max(bottom, r.bottom);
      }
    }
  }
  return bottom > top ? bottom - top : 0;
}
