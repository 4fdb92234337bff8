// ExplainTest's reading of the explain popover. BrowserSession.call runs one function of this file in the page.

/** The popover's state: open, its title, whether it is a sheet, its box, its number's box, the window, focus. */
function explainState() {
  const box = document.getElementById('explain');
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const open = !!box && !box.hidden;
  const r = open ? box.getBoundingClientRect() : null;
  const anchor = document.querySelector('[data-ref].explain-open');
  const a = anchor ? anchor.getBoundingClientRect() : null;
  const active = document.activeElement;
  return {
    exists: !!box,
    open,
    what: open ? box.querySelector('.explain-what').textContent : '',
    sum: open ? box.querySelector('.explain-sum').textContent : '',
    given: open ? box.querySelector('.explain-given').textContent : '',
    back: open ? !box.querySelector('.explain-back').hidden : false,
    sheet: open && box.classList.contains('explain-sheet'),
    display: box ? getComputedStyle(box).display : '',
    box: r ? [r.left, r.top, r.right, r.bottom] : [],
    anchor: a ? [a.left, a.top, a.right, a.bottom] : [],
    ref: anchor ? anchor.getAttribute('data-ref') : '',
    view: [vw, vh],
    activeRef: active && active.getAttribute ? active.getAttribute('data-ref') || '' : '',
    inBox: !!box && box.contains(active),
  };
}

/** The centre of the first shown number explaining ref (scrolled into view), in CSS pixels of the window. */
function numberCentre(ref) {
  const e = [...document.querySelectorAll('[data-ref="' + ref + '"]')].find(x => x.getClientRects().length
    && getComputedStyle(x).visibility !== 'hidden');
  if (!e) return null;
  e.scrollIntoView({ block: 'center', behavior: 'instant' });
  const r = e.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}

/** The centre of the popover's element matching css. */
function partCentre(css) {
  const r = document.getElementById('explain').querySelector(css).getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];
}
