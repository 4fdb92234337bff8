// ReaderToolsTest's page scripts (overview, full screen, the enlarged diagram, notes), run by BrowserSession.call.

/** The overview dialog's card titles, in order. */
function overviewTitles() {
  return [...document.querySelectorAll('[data-deck-dialog=overview] .overview-title')].map(e => e.textContent.trim());
}

/** Replaces the full-screen API by one that records its calls in window.__calls ('enter', 'exit'). */
function recordFullscreen() {
  window.__calls = [];
  document.documentElement.requestFullscreen = function () {
    window.__calls.push('enter');
    return Promise.resolve();
  };
  Object.defineProperty(document, 'fullscreenElement', {
    get: () => window.__calls.length % 2 ? document.documentElement : null
  });
  document.exitFullscreen = function () {
    window.__calls.push('exit');
    return Promise.resolve();
  };
}

/** The enlarged figure (the zoom dialog's scrolling box). */
function zoomFigure() {
  return document.querySelector('[data-deck-zoom-figure]');
}

/**
 * Whether the enlarged figure scrolls (its class), and if so: whether it has room to scroll, takes keyboard focus and
 * has it.
 */
function zoomBox() {
  const f = zoomFigure();
  return [f.classList.contains('scrolls'),
    f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1,
    f.tabIndex === 0, document.activeElement === f];
}

/** The enlarged figure's scroll position and room, and what has the focus, as JSON (for a failure message). */
function scrollState() {
  const f = zoomFigure(), a = document.activeElement;
  return JSON.stringify({top: f.scrollTop, left: f.scrollLeft, width: [f.scrollWidth, f.clientWidth],
    height: [f.scrollHeight, f.clientHeight], focus: a.tagName + '.' + a.className,
    open: !!document.querySelector('dialog[open]'), hasFocus: document.hasFocus(), hash: location.hash});
}

/** Whether the enlarged figure has more than a pixel to scroll down ('down') or across. */
function roomToScroll(direction) {
  const f = zoomFigure();
  return direction === 'down' ? f.scrollHeight - f.clientHeight > 1 : f.scrollWidth - f.clientWidth > 1;
}

/** How far the enlarged figure is scrolled down ('down') or across. */
function scrolled(direction) {
  const f = zoomFigure();
  return direction === 'down' ? f.scrollTop : f.scrollLeft;
}

/** Whether the enlarged figure is scrolled back to its top left corner. */
function scrolledHome() {
  const f = zoomFigure();
  return f.scrollTop === 0 && f.scrollLeft === 0;
}

/** Whether the enlarged diagram lies within the dialog and fills it in one direction (more than half). */
function diagramFillsDialog() {
  const f = zoomFigure(), r = f.querySelector('svg').getBoundingClientRect(), b = f.getBoundingClientRect();
  return r.left >= b.left - 1 && r.right <= b.right + 1 && r.top >= b.top - 1 && r.bottom <= b.bottom + 1
    && (r.width > 0.5 * b.width || r.height > 0.5 * b.height);
}

/** The smallest diagram text drawn, in CSS px, of the svg the selector names (its own text or what it uses). */
function smallestText(selector) {
  const svg = document.querySelector(selector), use = svg.querySelector('use');
  const ref = use ? document.getElementById(use.getAttribute('href').slice(1)) : svg;
  const r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal;
  const scale = Math.min(r.width / vb.width, r.height / vb.height);
  return Math.min(...[...ref.querySelectorAll('text')].map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
}

/** Each slide's speaker notes as text, read from their inert templates. */
function notesTexts() {
  return [...document.querySelectorAll('template[data-notes]')]
    .map(t => new DOMParser().parseFromString(t.content.textContent, 'text/html').body.textContent.trim());
}
