// MathFontLoadTest's readings of how the viewer fitted a slide, run in the page by BrowserSession.call.

/**
 * Slide k as last fitted: its canvas's font scale (--fit, '' before its first fit) and noted height (data-h); of its
 * display formulas, how many scroll sideways and how many take keyboard focus; and whether the math font has loaded.
 */
function fitted(k) {
  const c = document.querySelector('#slide-' + k + ' > .slide-canvas');
  const displays = [...c.querySelectorAll('.math-display')];
  return [c.style.getPropertyValue('--fit'), Number(c.getAttribute('data-h')),
    displays.filter((m) => m.scrollWidth > m.clientWidth + 1).length,
    displays.filter((m) => m.getAttribute('tabindex') === '0').length,
    [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'netdeck-math').map((f) => f.status).join()];
}
