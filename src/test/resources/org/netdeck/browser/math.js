// MathRenderingTest's measurements of typeset formulas, run in the page by BrowserSession.call.

/** The box of the first element css names on slide 1: [top, bottom, left, right]. */
function box(css) {
  const b = document.querySelector('#slide-1 ' + css).getBoundingClientRect();
  return [b.top, b.bottom, b.left, b.right];
}

/**
 * Slide 2's math as drawn: the math font faces' status, the formula's font family, how far a hat sits off its
 * letter's centre, the letter's width, how far the hat reaches down into the letter, how much taller a square root
 * is than what it holds, and a parenthesis's height over the fraction's beside it.
 */
function typesetting() {
  const faces = [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'netdeck-math');
  const math = document.querySelector('#slide-2 p math');
  const hat = math.querySelector('mover');
  const base = hat.firstElementChild.getBoundingClientRect(), accent = hat.lastElementChild.getBoundingClientRect();
  const root = document.querySelector('#slide-2 msqrt').getBoundingClientRect();
  const inner = document.querySelector('#slide-2 msqrt mover').getBoundingClientRect();
  const frac = document.querySelector('#slide-2 .math-display mfrac').getBoundingClientRect();
  const open = [...document.querySelectorAll('#slide-2 .math-display mo')]
    .find(o => o.textContent === '(').getBoundingClientRect();
  return [faces.map(f => f.status).join(), getComputedStyle(math).fontFamily,
    (accent.left + accent.right) / 2 - (base.left + base.right) / 2, base.width, accent.bottom - base.top,
    root.height - inner.height, open.height / frac.height];
}

/**
 * Slide 1's second display formula: its scroll width and client width, where its math starts within it, the page's
 * scroll width and the window's width.
 */
function wideDisplay() {
  const s = document.querySelectorAll('#slide-1 .math-display')[1];
  return [s.scrollWidth, s.clientWidth, s.querySelector('math').getBoundingClientRect().left
    - s.getBoundingClientRect().left, document.documentElement.scrollWidth, window.innerWidth];
}
