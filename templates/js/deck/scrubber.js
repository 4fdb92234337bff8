// ---- training scrubber: the slider and Play move the training figure (loss marker, edge widths and values,
// activations) through the checkpoints the build stored in #deck-checkpoints (or #deck-checkpoints-RUN for a figure
// whose data-run names the compare run it replays); numbers are looked up, never
// computed, and a frame only writes. Without this script the figure shows the last checkpoint, no control ----

// x as the build writes it: d decimals (two significant digits rather than 0), or sig significant digits; below
// 1e-6 and from 1e15 up as 1.23×10⁻³² (the build's x holds the digits shown: 2 for decimals, the shortest above)
const fmt = (x, d, sig) => {
  if (x === null) {
    return 'NaN';
  }
  const a = Math.abs(x);
  if (x && (a < 1e-6 || a >= 1e15)) {
    const e = x.toExponential(sig ? sig - 1 : a < 1 ? 1 : undefined).split('e');
    return (e[0] + '×10' + e[1].replace(/[-\d]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt('-0123456789'.indexOf(c)))
      .replace('+', '')).replace('-', '\u2212');
  }
  let s = sig ? x.toPrecision(sig) : x.toFixed(d);
  if (!sig && x && !Number(s)) {
    s = x.toPrecision(2);
  }
  if (/e/.test(s)) {
    s = String(Number(s));
  }
  return Number(s) ? s.replace('-', '\u2212') : s.replace('-', '');
};

// a whole number as the build writes it: 2,021 (compute.Precision.grouped)
const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

// the checkpoints a slide's training figure replays: the deck's run's, or those of the compare run its data-run names
const checkpointsOf = (slide, cp) => {
  const ref = refOf($('.diagram > svg', slide));
  const root = ref && (ref.ownerSVGElement || ref);
  const run = root && root.getAttribute('data-run');
  if (!run) {
    return cp;
  }
  try {
    return JSON.parse(document.getElementById('deck-checkpoints-' + run).textContent);
  } catch (err) {
    return null;
  }
};

// the scrubber of one slide, if it has one; deckCp: the deck's run's checkpoints
const scrubber = (slide, deckCp) => {
  const box = $('[data-scrubber]', slide);
  const cp = box && checkpointsOf(slide, deckCp);
  const last = cp ? cp.iteration.length - 1 : -1, items = [];
  let svgRoot = null, at = -1, playing = 0;
  if (!box || last < 0) {
    return;
  }
  $$('.diagram > svg', slide).forEach((svg) => {
    // a live copy of the panel beside its <use>, which stays for print
    const use = $('use', svg);
    const ref = refOf(svg);
    const live = use && ref ? ref.cloneNode(true) : svg;
    svgRoot = svgRoot || (ref && ref.ownerSVGElement);
    if (live !== svg) {
      $$('[id]', live).concat([live]).forEach((x) => x.removeAttribute('id'));
      live.classList.add('scrub-live');
      svg.appendChild(live);
      svg.classList.add('scrubbing');
    }
    $$('.checkpoint-marker, .edge, .value', live).forEach((e) => {
      const c = e.getAttribute('class');
      // a number that explains itself (data-ref: the last checkpoint's value) does so at the last checkpoint only
      const x = e.matches('[data-ref]') ? e : $('[data-ref]', e);
      items.push({ e, x, ref: x && x.getAttribute('data-ref'), name: (/part-(\S+)/.exec(c) || [])[1], kind: (/checkpoint-marker|neuron-value|caption|bias|edge-label|edge/.exec(c) || [''])[0] });
    });
  });
  if (!svgRoot) {
    return;
  }
  const num = (name) => Number(svgRoot.getAttribute('data-' + name));
  const stroke = svgRoot.getAttribute('data-stroke').split(' ').map(Number);
  const pd = num('param-decimals'), vd = num('value-decimals'), ld = num('loss-digits');
  const x0 = num('px0') - num('x0') * (num('px1') - num('px0')) / (num('x1') - num('x0')), sx = (num('px1') - num('px0')) / (num('x1') - num('x0'));
  const y0 = num('py0') - num('y0') * (num('py1') - num('py0')) / (num('y1') - num('y0')), sy = (num('py1') - num('py0')) / (num('y1') - num('y0'));
  const range = $('[data-scrub-range]', box), play = $('[data-scrub-play]', box), readout = $('[data-scrub-readout]', box);
  range.max = String(last);

  const draw = (k) => {
    k = Math.max(0, Math.min(last, k));
    if (k === at) {
      return;
    }
    at = k;
    const it = cp.iteration[k], loss = fmt(cp.loss[k], 0, ld);
    items.forEach((p) => {
      const e = p.e, v = (p.kind === 'neuron-value' ? cp.a : cp.params)[p.name], w = v && v[k];
      if (p.x) {
        k === last ? p.x.setAttribute('data-ref', p.ref) : p.x.removeAttribute('data-ref');
      }
      if (p.kind === 'checkpoint-marker') {
        e.setAttribute('cx', x0 + it * sx);
        e.setAttribute('cy', y0 + cp.loss[k] * sy);
      } else if (p.kind === 'caption') {
        // its loss marked (a tspan, explained at the last checkpoint only): the words before it, then the number
        const t = p.x ? p.x.previousSibling : e, words = 'iteration ' + group(it) + ': loss L = ';
        t.textContent = t.textContent.replace(/iteration .*/, p.x ? words : words + loss);
        if (p.x) {
          p.x.textContent = loss;
        }
      } else if (!v) {
        return;
      } else if (p.kind === 'edge') {
        const width = stroke[0] + stroke[1] * Math.abs(w) / stroke[2];
        e.style.strokeWidth = width;
        // as the build dashes w < 0
        e.style.strokeDasharray = w < 0 ? (6 + width) + ' ' + (3 + width) : 'none';
        e.classList.toggle('positive', w > 0);
        e.classList.toggle('negative', w < 0);
      } else {
        const t = fmt(w, p.kind === 'neuron-value' ? vd : pd);
        // a bias label ends with "= value" after its math (its own tspan if marked)
        const node = p.x || e.lastChild;
        node.textContent = p.kind === 'bias' && !p.x ? node.textContent.replace(/\S+$/, t) : t;
      }
    });
    const words = 'iteration ' + group(it) + ' of ' + group(cp.iteration[last]) + ', loss L = ' + loss;
    range.value = String(k);
    range.setAttribute('aria-valuetext', words);
    readout.textContent = words;
  };

  // playing: one checkpoint every 30 ms from where the slider is (from the start when it is at the end)
  const setPlaying = (on) => {
    cancelAnimationFrame(playing);
    playing = 0;
    play.setAttribute('aria-pressed', String(on));
    $('.scrub-play-text', play).textContent = on ? 'Pause' : 'Play';
    box.toggleAttribute('data-playing', on);
    const from = at >= last ? 0 : at;
    let t0 = null;
    const frame = (t) => {
      t0 = t0 === null ? t : t0;
      draw(from + Math.floor((t - t0) / 30));
      if (at >= last || slide.hidden) {
        setPlaying(false);
      } else {
        playing = requestAnimationFrame(frame);
      }
    };
    if (on) {
      draw(from);
      playing = requestAnimationFrame(frame);
    }
  };

  range.addEventListener('input', () => {
    setPlaying(false);
    draw(Number(range.value));
  });
  play.addEventListener('click', () => setPlaying(!playing));
  // dragging the slider is no swipe
  box.addEventListener('pointerdown', (e) => e.stopPropagation());
  // arriving on the slide plays the run once from the start, unless the reader prefers reduced motion
  const arrive = () => {
    if (slide.hidden) {
      setPlaying(false);
    } else if (!reducedMotion()) {
      draw(0);
      setPlaying(true);
    }
  };
  new MutationObserver(arrive).observe(slide, { attributes: true, attributeFilter: ['hidden'] });
  draw(last);
  box.hidden = false;
  // once the deck shows its first slide
  requestAnimationFrame(arrive);
};

// every slide's scrubber, the checkpoints read once (none in the page, or not readable: the static figures stay)
const scrubbers = (state) => {
  let cp;
  try {
    cp = JSON.parse(document.getElementById('deck-checkpoints').textContent);
  } catch (err) {
    return;
  }
  state.slides.forEach((slide) => scrubber(slide, cp));
};
