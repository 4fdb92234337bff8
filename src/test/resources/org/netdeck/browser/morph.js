// MorphTest's readings of a slide's figure, run in the page by BrowserSession.call.

/** The figure (its svg) on slide number n. */
function figure(n) {
  return document.querySelector('[data-slide="' + n + '"] .diagram svg');
}

/**
 * What slide n's figure is, written out: the svg with its attributes sorted and its children (whitespace dropped),
 * the texts its aria-labelledby names and how many marks name a part (through its <use>). Two figures that read the
 * same here look and read the same. Class names in any order: a scrubbed figure toggles its sign classes.
 */
function shape(n) {
  const svg = figure(n);
  if (!svg) return null;
  const out = node => node.nodeType === 3 ? (node.data.trim() ? JSON.stringify(node.data) : '')
    : '<' + node.tagName + [...node.attributes].map(a => ' ' + a.name + '='
      + JSON.stringify(a.name === 'class' ? a.value.split(/\s+/).sort().join(' ') : a.value)).sort().join('') + '>'
      + [...node.childNodes].map(out).join('') + '</>';
  const byId = id => document.getElementById(id);
  const use = svg.querySelector('use');
  return out(svg) + ' labelled: ' + svg.getAttribute('aria-labelledby').split(' ')
    .map(id => byId(id) && svg.contains(byId(id)) ? byId(id).textContent : '?').join(' | ')
    + ' parts: ' + (use ? byId(use.getAttribute('href').slice(1)) : svg).querySelectorAll('[class*="part-"]').length;
}

/** The texts the figure on slide n draws (through its <use>, or its own copy), each once, sorted. */
function texts(n) {
  const svg = figure(n);
  const use = svg.querySelector('use');
  const ref = use ? document.getElementById(use.getAttribute('href').slice(1)) : svg;
  return [...new Set([...ref.querySelectorAll('text')].map(t => t.textContent))].sort();
}

/** How many animations run on marks inside svg. */
function animationsIn(svg) {
  return document.getAnimations().filter(a => a.effect && svg.contains(a.effect.target)).length;
}

/**
 * The backward arrows of svg that do not sit where the forward arrow of the same weight sits (within 1.5 px), each
 * with both boxes; ['no arrows'] when either kind is missing.
 */
function arrowsOffTheirForwardArrow(svg) {
  const box = e => {
    const r = e.getBoundingClientRect();
    return [r.left, r.top, r.right, r.bottom];
  };
  const part = e => [...e.classList].find(c => c.startsWith('part-'));
  const old = new Map([...svg.querySelectorAll('.arrow.forward')].map(e => [part(e), box(e)]));
  const fresh = [...svg.querySelectorAll('.arrow.backward')];
  if (fresh.length === 0 || old.size === 0) return ['no arrows'];
  return fresh.filter(e => !old.has(part(e)) || box(e).some((v, i) => Math.abs(v - old.get(part(e))[i]) > 1.5))
    .map(e => part(e) + ' ' + box(e) + ' vs ' + old.get(part(e)));
}

/** The kinds of arrow svg holds ('forward', 'backward'), each once. */
function arrowKinds(svg) {
  return [...new Set([...svg.querySelectorAll('.arrow')].map(a => a.classList.contains('forward') ? 'forward' : 'backward'))];
}

/** How many fragments slide n has. */
function fragments(n) {
  return document.querySelectorAll('[data-slide="' + n + '"] .fragment').length;
}
