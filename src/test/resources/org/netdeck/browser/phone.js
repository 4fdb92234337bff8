// PhoneTest's check of what a phone shows of the shown slide's figure. BrowserSession.call runs one function of this
// file in the page.

/**
 * What the shown step is about that a phone leaves out of view: each such mark of a figure that is not inside both the
 * figure's visible box and the window (1 px tolerance). What the step is about: the marks it lights (captions aside),
 * or, when those do not fit the figure's width together, the ones it newly lights; with nothing lit, the output
 * neurons with the marks of their own part (name, value), the colour key and the legend's samples when they all fit
 * in the figure's width together, else the outputs and the key. A mark drawn through a <use> is found in the diagram the <use> shows and placed by its box
 * (that diagram laid out for the reading).
 */
function pointOutOfView() {
  const s = [...document.querySelectorAll('[data-deck] > [data-slide]')].find(x => !x.hidden), out = [];
  const step = /\.(\d+)$/.exec(location.hash), f = step ? Number(step[1]) : 0;
  const frags = [...s.querySelectorAll('.fragment')];
  const names = k => k > 0 ? (frags[k - 1].getAttribute('data-highlight') || '').split(' ').filter(Boolean) : [];
  const fresh = names(f).filter(p => !names(f - 1).includes(p));
  const span = marks => Math.max(...marks.map(m => m.right)) - Math.min(...marks.map(m => m.left));
  // the diagrams a <use> shows are never laid out (display: none): laid out while their marks' boxes are read
  const defs = document.querySelector('.diagram-defs');
  if (defs) defs.style.display = 'block';
  for (const fig of s.querySelectorAll('figure.diagram')) {
    const box = fig.getBoundingClientRect();
    const lo = Math.max(box.left, 0), hi = Math.min(box.right, window.innerWidth);
    let lit = [], outputs = [], keys = [], samples = [];
    for (const svg of fig.querySelectorAll(':scope > svg')) {
      const use = svg.querySelector('use');
      const drawn = use ? document.getElementById(use.getAttribute('href').slice(1)) : svg;
      const ctm = svg.getScreenCTM();
      const place = e => {
        const b = e.getBBox();
        return { e, what: e.getAttribute('class'), left: ctm.a * b.x + ctm.e, right: ctm.a * (b.x + b.width) + ctm.e };
      };
      lit = lit.concat([...drawn.querySelectorAll('.hl:not(.caption)')].map(place));
      for (const n of drawn.querySelectorAll('.neuron.output')) {
        const part = [...n.classList].find(c => c.startsWith('part-'));
        outputs = outputs.concat([...drawn.querySelectorAll(part ? '.' + part : 'none')].filter(e => !e.closest('.caption')).map(place));
      }
      keys = keys.concat([...drawn.querySelectorAll('.key')].map(place));
      samples = samples.concat([...drawn.querySelectorAll('.legend-sample')].map(place));
    }
    let want;
    if (lit.length) {
      want = span(lit) <= hi - lo ? lit : lit.filter(m => fresh.some(p => m.e.classList.contains('part-' + p)));
    } else {
      // with nothing lit, the outputs, the key and the legend's samples, when they fit together in view (16 px to
      // spare); else the outputs and the key
      want = outputs.concat(keys);
      if (samples.length && span(want.concat(samples)) <= fig.clientWidth - 16) want = want.concat(samples);
    }
    for (const m of want) {
      if (m.left < lo - 1 || m.right > hi + 1) {
        out.push(m.what + ' out of view: ' + [m.left, m.right].map(Math.round) + ' outside ' + [lo, hi].map(Math.round));
      }
    }
  }
  if (defs) defs.style.display = '';
  return out;
}
