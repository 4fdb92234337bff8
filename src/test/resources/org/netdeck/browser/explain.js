// ExplainTest's reading of the explain popover. BrowserSession.call runs one function of this file in the page.

/**
 * The popover's state: open, its title, whether it is a sheet, its box, its number's box, the outline over a number drawn
 * through a <use> (spot), the window, focus.
 */
function explainState() {
  const box = document.getElementById('explain');
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const open = !!box && !box.hidden;
  const r = open ? box.getBoundingClientRect() : null;
  const anchor = document.querySelector('[data-ref].explain-open');
  const a = anchor ? anchor.getBoundingClientRect() : null;
  const active = document.activeElement;
  const ring = document.querySelector('.explain-spot');
  const o = ring && !ring.hidden ? ring.getBoundingClientRect() : null;
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
    spot: o ? [o.left, o.top, o.right, o.bottom] : [],
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

/**
 * A number the diagram of slide slideId draws, named ref: its box on screen (through the <use> that draws it, or the
 * slide's own copy), the figure scrolled into view, and the label of its explanation; null when the figure has none.
 */
function diagramNumber(slideId, ref) {
  const svg = document.querySelector('#' + slideId + ' .diagram > svg');
  svg.scrollIntoView({ block: 'center', behavior: 'instant' });
  const use = svg.querySelector(':scope > use');
  const copy = !use || svg.querySelector('text');
  const from = copy ? svg : document.getElementById(use.getAttribute('href').slice(1));
  const e = from.querySelector('[data-ref="' + ref + '"][data-formula]');
  if (!e) return null;
  let box;
  if (copy) {
    const r = e.getBoundingClientRect();
    box = [r.left, r.top, r.right, r.bottom];
  } else {
    const defs = document.querySelector('.diagram-defs');
    defs.style.display = 'block';
    const b = e.getBBox();
    defs.style.display = '';
    const m = use.getScreenCTM();
    const p = new DOMPoint(b.x, b.y).matrixTransform(m), q = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
    box = [p.x, p.y, q.x, q.y];
  }
  const l = JSON.parse(document.getElementById('deck-explain').textContent)[ref].l;
  return { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2, box, label: l.charAt(0).toUpperCase() + l.slice(1),
    hit: document.elementFromPoint((box[0] + box[2]) / 2, (box[1] + box[3]) / 2).nodeName };
}

/** The focused element: its class, its text, and the popover's list's buttons (their texts) when it shows one. */
function focusState() {
  const a = document.activeElement, list = document.querySelector('#explain .explain-list');
  return {
    cls: a && a.getAttribute('class') || '',
    text: a ? a.textContent : '',
    items: list && !list.hidden ? [...list.querySelectorAll('button')].map((b) => b.textContent) : [],
    index: list ? [...list.querySelectorAll('button')].indexOf(a) : -1,
  };
}
