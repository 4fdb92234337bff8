// ---- stage: the phone page or the scaled 1280×720 canvas. fit() measures canvases once at their logical size
// (the font scale and figure layout each needs); relayout() fits the shown slide to the window as it is now ----

const PHONE_BELOW = 600;
const FITS = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62]; // font scales tried, largest first, until a slide fits 720 px
const SMALL_FIGURE = 0.8, FIGURE_LAYOUTS = ['wide', 'wider', 'stacked']; // see chooseFigures

// canvas c scaled into box (its height as fit() noted it), a margin around
const scaleCanvas = (c, box) => {
  const h = Number(c.getAttribute('data-h')) || H;
  const s = Math.min((box.width - 2 * MARGIN) / W, (box.height - 2 * MARGIN) / h);
  c.style.setProperty('--scale', String(Math.max(0.05, s)));
};

// the height canvas c needs in its present type, noted for scaling and print
const measure = (c) => {
  const h = c.offsetHeight;
  c.setAttribute('data-h', String(Math.max(H, h)));
  c.style.setProperty('--print-scale', String(Math.min(1, H / Math.max(H, h))));
  return h;
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
  const { root, deck, slides } = state;

  const layoutMode = () => {
    const phone = !state.presenting && window.innerWidth < PHONE_BELOW;
    root.classList.toggle('phone', phone);
    root.classList.toggle('stage', !phone);
    root.classList.toggle('canvas', !phone);
  };

  // the largest font scale at which each canvas fits 1280×720, and the height it then needs (a last resort:
  // a slide still taller than 720 is scaled down as a whole); one layout per font scale for all canvases given
  const fit = (canvases = state.canvases) => {
    const was = root.className;
    root.classList.remove('phone');
    root.classList.add('canvas', 'measuring');
    chooseFigures(canvases);
    const fitHeight = new Map(); // canvas -> the largest scale (its index in FITS) at which its height fits
    let todo = canvases.slice();
    for (let k = 0; k < FITS.length && todo.length; k++) {
      todo.forEach((c) => c.style.setProperty('--fit', String(FITS[k])));
      todo = todo.filter((c) => {
        const h = measure(c);
        if (h <= H + 0.5 && !fitHeight.has(c)) {
          fitHeight.set(c, k);
        }
        return h > H + 0.5 || tooWide(c);
      });
    }
    // a display formula too wide even in the smallest type: the type its height needs, and the formula scrolls
    todo.forEach((c) => {
      if (fitHeight.has(c)) {
        c.style.setProperty('--fit', String(FITS[fitHeight.get(c)]));
        measure(c);
      }
    });
    root.className = was;
  };

  // on a phone a display formula wider than its column is set smaller (down to 60 %) to fit; one that still
  // scrolls sideways (a very long one) takes keyboard focus so it can be scrolled
  const scrollers = (slide) => {
    const phone = root.classList.contains('phone');
    $$('.math-display', slide).forEach((m) => {
      m.style.fontSize = '';
      for (let size = 1, k = 0; phone && k < 3 && size > 0.6 && m.scrollWidth > m.clientWidth + 1; k++) {
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

  // on a phone a diagram keeps its text at 10.5 CSS px or more and scrolls sideways inside its figure
  let wasPhone = null;
  const phoneDiagrams = () => {
    const phone = root.classList.contains('phone');
    if (phone === wasPhone) {
      return;
    }
    wasPhone = phone;
    $$('.slide .diagram > svg', deck).forEach((svg) => {
      const fig = svg.parentNode;
      const ref = refOf(svg);
      if (!ref) {
        return;
      }
      if (!phone) {
        svg.style.minWidth = '';
        fig.removeAttribute('tabindex');
        return;
      }
      const smallest = smallestText(ref);
      const vb = (svg.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
      if (isFinite(smallest) && vb[2] > 0) {
        svg.style.minWidth = Math.ceil(vb[2] * 10.5 / smallest) + 'px';
      }
      fig.setAttribute('tabindex', '0'); // a region that scrolls must be reachable by keyboard
    });
  };

  const relayout = () => {
    layoutMode();
    if (root.classList.contains('stage') && state.index >= 0) {
      scaleCanvas(state.canvases[state.index], deck.getBoundingClientRect());
    }
    phoneDiagrams();
    if (state.index >= 0) {
      scrollers(slides[state.index]);
    }
    state.presenter.update(state.index);
  };

  window.addEventListener('resize', relayout);
  return { layoutMode, fit, relayout, scrollers };
};
