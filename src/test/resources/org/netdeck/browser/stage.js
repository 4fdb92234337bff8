// StageTest's checks of the shown slide. BrowserSession.call runs one function of this file in the page.

/** The shown slide, or undefined. */
const shownSlide = () => [...document.querySelectorAll('[data-deck] > [data-slide]')].find(s => !s.hidden);

/** An element as CSS would select it: tag#id.class.class */
const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
  + (e.getAttribute('class') ? '.' + String(e.getAttribute('class')).trim().split(/\s+/).join('.') : '');

/**
 * What is wrong with the shown slide: more or less than one shown, parts outside the window or its canvas, parts
 * covered by something that is not the slide (document.elementFromPoint at their corners and centre), or a slide drawn
 * much smaller than the window. Empty when nothing is.
 */
function problems() {
  const shown = [...document.querySelectorAll('[data-deck] > [data-slide]')].filter(s => !s.hidden);
  if (shown.length !== 1) return ['slides shown: ' + shown.length];
  const s = shown[0], out = [], tol = 1;
  const vw = document.documentElement.clientWidth, vh = document.documentElement.clientHeight;
  const canvas = s.querySelector('.slide-canvas'), box = canvas.getBoundingClientRect();
  if (box.width < 0.6 * vw && box.height < 0.6 * vh) {
    out.push('slide drawn small: ' + [box.width, box.height].map(Math.round) + ' in ' + [vw, vh]);
  }
  for (const e of [canvas, ...canvas.querySelectorAll('*')]) {
    if (e.closest('.visually-hidden, title, desc')) continue;
    const r = e.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || getComputedStyle(e).visibility === 'hidden') continue;
    const what = describe(e) + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
    if (r.left < -tol || r.top < -tol || r.right > vw + tol || r.bottom > vh + tol) {
      out.push(what + ' leaves the window: ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ' in ' + [vw, vh]);
      continue;
    }
    if (e !== canvas && (r.left < box.left - tol || r.top < box.top - tol
        || r.right > box.right + tol || r.bottom > box.bottom + tol)) {
      out.push(what + ' spills out of its slide');
      continue;
    }
    const ix = Math.min(3, r.width / 4), iy = Math.min(3, r.height / 4);
    for (const [x, y] of [[r.left + ix, r.top + iy], [r.right - ix, r.top + iy], [r.left + ix, r.bottom - iy],
        [r.right - ix, r.bottom - iy], [(r.left + r.right) / 2, (r.top + r.bottom) / 2]]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !s.contains(hit)) {
        out.push(what + ' is covered at ' + [x, y].map(Math.round) + ' by ' + (hit ? describe(hit) : 'nothing'));
        break;
      }
    }
  }
  return out;
}

/**
 * How large the shown slide's network is drawn (the width it draws at over its natural width, in canvas px), in its
 * chosen layout and in the ordinary one, and the layout chosen: [layout, chosen, ordinary].
 */
function figureScale() {
  const c = shownSlide().querySelector('.slide-canvas');
  const svg = c.querySelector('.diagram > svg'), vb = svg.viewBox.baseVal;
  const drawn = () => {
    const b = svg.getBoundingClientRect();
    return Math.min(b.width, b.height * vb.width / vb.height) * 1280 / c.getBoundingClientRect().width / vb.width;
  };
  const layout = c.getAttribute('data-figure'), chosen = drawn();
  c.removeAttribute('data-figure');
  const ordinary = drawn();
  if (layout) c.setAttribute('data-figure', layout);
  return [layout || 'ordinary', chosen, ordinary];
}

/** Whether nothing moves but colours (buttons fading to a new scheme move nothing). */
const onlyColoursMove = () =>
  document.getAnimations().every(a => a.playState !== 'running' || /color$/.test(a.transitionProperty || ''));

/** The slides drawn in a layout of their own (a figure drawn larger), once every slide is fitted (as for print). */
const figureLayoutsChosen = () => {
  dispatchEvent(new Event('beforeprint'));
  const chosen = document.querySelectorAll('[data-figure]').length;
  dispatchEvent(new Event('afterprint'));
  return chosen;
};

/**
 * The problems of the shown slide once a new look (window size, zoom, colour scheme) has settled: after two frames (a
 * resize is handled before the next frame's callbacks), then, frame by frame, until nothing but colours moves. One
 * call where a test made three; ['still moving after 20 s: ...'] if it never settles.
 */
function problemsOnceSettled(done) {
  const until = performance.now() + 20000;
  const check = () => {
    if (onlyColoursMove()) {
      done(problems());
    } else if (performance.now() > until) {
      done(['still moving after 20 s: ' + document.getAnimations().filter(a => a.playState === 'running').length
        + ' animations']);
    } else {
      requestAnimationFrame(check);
    }
  };
  requestAnimationFrame(() => requestAnimationFrame(check));
}

/** The numbers of the slides displayed (0: the title slide), as DeckPage.displayedSlides reads them. */
const displayedSlides = () => [...document.querySelectorAll('[data-slide]')]
  .filter(s => getComputedStyle(s).display !== 'none' && s.getBoundingClientRect().height > 0)
  .map(s => Number(s.dataset.slide));

/** [the slides displayed, the address's fragment]: where a walk stands before a key. */
const standing = () => [displayedSlides(), location.hash];

/**
 * After a key: waits until the address leaves {@code before} or slide {@code k} alone is displayed (up to 20 s), and
 * passes [that slide alone is displayed, the fragment now]. One call where a test polled two values every 25 ms.
 */
function afterKey(before, k, done) {
  const until = performance.now() + 20000;
  const check = () => {
    const shown = displayedSlides();
    const there = shown.length === 1 && shown[0] === k;
    if (there || location.hash !== before || performance.now() > until) {
      done([there, location.hash]);
    } else {
      setTimeout(check, 10);
    }
  };
  check();
}
