// ---- stage: the phone page or the scaled 1280×720 canvas. fit() measures each canvas once (its fit does not
// depend on the window) when it is first shown (print: all); a resize only scales ----

const PHONE_BELOW = 600;
const FITS = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62]; // font scales tried, largest first, until a slide fits 720 px
const SMALL_FIGURE = 0.8, FIGURE_LAYOUTS = ['wide', 'wider', 'stacked']; // see chooseFigures

// the phone layout below PHONE_BELOW CSS px, else the stage (the presenter view: always); asked of a media query,
// which lays nothing out (window.innerWidth lays out the page), so it can run in the head, before the page is parsed
const modeOf = (root, presenting) => {
  const phone = !presenting && !matchMedia('(min-width: ' + PHONE_BELOW + 'px)').matches;
  root.classList.toggle('phone', phone);
  root.classList.toggle('stage', !phone);
  root.classList.toggle('canvas', !phone);
};

// canvas c scaled into box (its height as fit() noted it), a margin around
const scaleCanvas = (c, box) => {
  const h = Number(c.getAttribute('data-h')) || H;
  const s = Math.min((box.width - 2 * MARGIN) / W, (box.height - 2 * MARGIN) / h);
  c.style.setProperty('--scale', String(Math.max(0.05, s)));
};

// h, the height canvas c needs in its present type, noted for scaling and print
const note = (c, h) => {
  c.setAttribute('data-h', String(Math.max(H, h)));
  c.style.setProperty('--print-scale', String(Math.min(1, H / Math.max(H, h))));
};

// a display formula wider than its column would scroll sideways: a smaller font scale first
const tooWide = (c) => $$('.math-display', c).some((m) => m.scrollWidth > m.clientWidth + 1);

// the width at which an <svg> draws its picture (it keeps its aspect inside its box), in canvas px
const drawnWidth = (c, svg) => {
  const vb = svg && svg.viewBox.baseVal;
  if (!vb || !vb.width || !vb.height) {
    return 0;
  }
  const box = svg.getBoundingClientRect();
  return Math.min(box.width, box.height * vb.width / vb.height) * W / c.getBoundingClientRect().width;
};

// a network drawn at under 0.8 of its natural size (a large one) gets a wider column, or the whole width
// above the text, where the slide still fits at full font size: of the layouts that fit, the one that
// draws it largest (one layout per try for all the canvases given; the default deck's figures are not that small)
const chooseFigures = (canvases) => {
  const small = canvases.filter((c) => {
    c.removeAttribute('data-figure');
    c.style.setProperty('--fit', '1');
    const s = c.parentNode.classList;
    return s.contains('has-diagram') && !s.contains('has-panels');
  }).map((c) => {
    const svg = $(':scope > .slide-content > .diagram > svg', c);
    const vb = svg && svg.viewBox.baseVal;
    return { c, svg, natural: vb ? vb.width : 0, drawn: drawnWidth(c, svg), layout: null };
  }).filter((f) => f.drawn > 0 && f.drawn < SMALL_FIGURE * f.natural);
  FIGURE_LAYOUTS.forEach((layout) => {
    small.forEach((f) => f.c.setAttribute('data-figure', layout));
    small.forEach((f) => {
      const w = drawnWidth(f.c, f.svg);
      if (w > f.drawn + 1 && f.c.offsetHeight <= H + 0.5 && !tooWide(f.c)) {
        f.drawn = w;
        f.layout = layout;
      }
    });
  });
  small.forEach((f) => {
    if (f.layout) {
      f.c.setAttribute('data-figure', f.layout);
    } else {
      f.c.removeAttribute('data-figure');
    }
  });
};

const stage = (state) => {
  const { root, deck, slides, canvases, frags } = state;
  const fitted = new Set();

  const layoutMode = () => modeOf(root, state.presenting);

  // the largest font scale at which each canvas not fitted yet fits 1280×720, and the height it then needs (a
  // slide still taller is scaled down as a whole); only those slides laid out, one layout per scale
  const fit = (list = canvases) => {
    list = list.filter((c) => c && !fitted.has(c));
    if (!list.length) {
      return;
    }
    const was = root.className;
    root.classList.remove('phone');
    root.classList.add('canvas');
    list.forEach((c) => {
      fitted.add(c);
      c.parentNode.classList.add('measuring');
    });
    chooseFigures(list);
    // canvas -> the largest scale (its index in FITS) at which its height fits
    const fitHeight = new Map();
    let todo = list.slice();
    for (let k = 0; k < FITS.length && todo.length; k++) {
      todo.forEach((c) => c.style.setProperty('--fit', String(FITS[k])));
      // every read before the writes: one layout for them all
      const read = todo.map((c) => [c.offsetHeight, tooWide(c)]);
      todo = todo.filter((c, j) => {
        const h = read[j][0];
        note(c, h);
        if (h <= H + 0.5 && !fitHeight.has(c)) {
          fitHeight.set(c, k);
        }
        return h > H + 0.5 || read[j][1];
      });
    }
    // a display formula too wide even in the smallest type: the type its height needs, and the formula scrolls
    todo.forEach((c) => {
      if (fitHeight.has(c)) {
        c.style.setProperty('--fit', String(FITS[fitHeight.get(c)]));
        note(c, c.offsetHeight);
      }
    });
    list.forEach((c) => c.parentNode.classList.remove('measuring'));
    root.className = was;
  };

  // on a phone a display formula wider than its column is set smaller (down to 60 %) to fit; one that still
  // scrolls sideways (a very long one), and a table wider than its column (never set smaller: a table has tBodies),
  // take keyboard focus so they can be scrolled
  const scrollers = (slide) => {
    const phone = root.classList.contains('phone');
    $$('.math-display, .slide-body table', slide).forEach((m) => {
      m.style.fontSize = '';
      for (let size = 1, k = 0; phone && !m.tBodies && k < 3 && size > 0.6 && m.scrollWidth > m.clientWidth + 1; k++) {
        size = Math.max(0.6, Math.floor(size * m.clientWidth / m.scrollWidth * 100) / 100);
        m.style.fontSize = size * 100 + '%';
      }
      if (m.scrollWidth > m.clientWidth + 1) {
        m.tabIndex = 0;
      } else {
        m.removeAttribute('tabindex');
      }
    });
  };

  // on a phone a diagram keeps its text at 10.5 CSS px or more and scrolls sideways inside its figure; set on the
  // slide shown, each time (a morph swaps its <svg> with the next slide's), only what differs written (a shared
  // diagram's smallest text read once)
  const smallest = new Map();
  const phoneDiagrams = (slide) => {
    const phone = root.classList.contains('phone');
    $$('.diagram > svg', slide).forEach((svg) => {
      const fig = svg.parentNode;
      const ref = refOf(svg);
      if (!ref) {
        return;
      }
      let w = '';
      if (phone) {
        if (!smallest.has(ref)) {
          smallest.set(ref, smallestText(ref));
        }
        const vb = (svg.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
        w = isFinite(smallest.get(ref)) && vb[2] > 0 ? Math.ceil(vb[2] * 10.5 / smallest.get(ref)) + 'px' : '';
      }
      if (svg.style.minWidth !== w) {
        svg.style.minWidth = w;
      }
      // a region that scrolls must be reachable by keyboard
      if (phone && fig.getAttribute('tabindex') !== '0') {
        fig.setAttribute('tabindex', '0');
      } else if (!phone && fig.hasAttribute('tabindex')) {
        fig.removeAttribute('tabindex');
      }
    });
  };

  // on a phone a diagram wider than the screen scrolls sideways to what the step is about (called as a step or slide
  // is shown): the parts it lights, those it newly lights first, as many as fit, as far left as they all show; with
  // nothing lit, its outputs (each output neuron's part), colour key (with its labels) and legend samples when they
  // fit together in view, else the outputs and key; as far right as they show (a diagram drawn by <use> is measured
  // in the one it draws); else its right end
  const focus = (i) => {
    const fig = $('.diagram', slides[i]), w = fig && fig.clientWidth - 16;
    if (!w || !root.classList.contains('phone')) {
      return;
    }
    const was = (frags[i][state.frag - 2]?.getAttribute('data-highlight') || '').split(' ');
    const old = (e) => was.some((p) => e.classList.contains('part-' + p));
    let lo = Infinity, hi = -Infinity;
    $$('.hl', fig).sort((a, b) => old(a) - old(b)).forEach((e) => {
      const r = e.getBoundingClientRect(), l = Math.min(lo, r.left), h = Math.max(hi, r.right);
      if (h - l <= w) {
        lo = l;
        hi = h;
      }
    });
    const right = fig.getBoundingClientRect().right;
    if (lo < hi) {
      fig.scrollLeft += hi + 8 - right;
      return;
    }
    // [left, right] on screen of the marks css finds in each of the figure's svgs
    const ends = [], samples = [];
    // the diagrams <use> draws are never laid out (.diagram-defs): laid out for this reading only
    const defs = $('.diagram-defs')?.style || {};
    defs.display = 'block';
    $$(':scope > svg', fig).forEach((svg) => {
      // a slide that lights parts draws its own copy; else its <use> draws the diagram
      const from = $('text', svg) ? svg : refOf(svg) || svg, m = svg.getScreenCTM();
      const at = (css, to) => m && $$(css, from).filter((e) => !e.closest('.caption')).forEach((e) => {
        const b = e.getBBox();
        to.push([m.a * b.x + m.e, m.a * (b.x + b.width) + m.e]);
      });
      $$('.neuron.output', from).forEach((n) => {
        const part = [...n.classList].find((c) => c.startsWith('part-'));
        at(part ? '.' + part : '.neuron.output', ends);
      });
      at('.key', ends);
      at('.legend-sample', samples);
    });
    defs.display = '';
    const fits = (ms) => ms.length && Math.max(...ms.map((x) => x[1])) - Math.min(...ms.map((x) => x[0])) <= w;
    const show = fits(ends.concat(samples)) ? ends.concat(samples) : fits(ends) ? ends : null;
    fig.scrollLeft += show ? Math.max(...show.map((x) => x[1])) + 8 - right : 1e6;
  };

  const relayout = () => {
    layoutMode();
    const i = state.index;
    if (i >= 0) {
      phoneDiagrams(slides[i]);
      if (root.classList.contains('stage')) {
        // the presenter view shows the next slide too
        fit(canvases.slice(i, i + 1 + state.presenting));
        scaleCanvas(canvases[i], deck.getBoundingClientRect());
      }
      scrollers(slides[i]);
    }
    state.presenter.update(i);
  };

  window.addEventListener('resize', relayout);
  // a math font that arrives after a slide with math was fitted (it loads when math first shows) sets its formulas
  // in other sizes: those slides are fitted again, the one shown at once, the others when next shown
  document.fonts.addEventListener('loadingdone', () => {
    const again = canvases.filter((c) => fitted.has(c) && $('math', c));
    again.forEach((c) => fitted.delete(c));
    if (again.length) {
      relayout();
    }
  });
  return { layoutMode, fit, relayout, scrollers, focus };
};
