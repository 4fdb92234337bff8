// ---- explain: any number a reference wrote (it carries data-ref and data-formula) opens how it was computed: what
// it is, its formula in symbols, the same with the values in (each value a link to its own explanation, down to the
// values the front matter gives) and the result. The explanations are the build's (#deck-explain), looked up, never
// computed here. A popover beside the number on a wide window, a bottom sheet on a phone; Back or Escape walks up.
// Self-starting and independent of the other parts: without it (or without script) the page is unchanged. ----

const explain = () => {
  const data = document.getElementById('deck-explain');
  if (!data) {
    return;
  }
  const all = JSON.parse(data.textContent);
  const root = document.documentElement;
  const unread = (e) => e.closest('[aria-hidden="true"], [inert]');
  const mark = (e) => {
    // a diagram's number is no focus stop (its figure's button lists them): inside role=img, under a <use>
    if (!e.hasAttribute('tabindex') && all[e.getAttribute('data-ref')] && !unread(e) && !e.closest('svg')) {
      e.setAttribute('tabindex', '0');
      // MathML takes no button role (nor its states): a number there is a focus stop only
      if (!e.closest('math')) {
        e.setAttribute('role', 'button');
        e.setAttribute('aria-haspopup', 'dialog');
      }
    }
  };
  $$('[data-ref][data-formula]').forEach(mark);
  // a copy of a slide that is not read (the presenter's next-slide preview, aria-hidden) is no focus stop either
  const unmark = () => $$('[aria-hidden="true"] [data-ref][tabindex], [inert] [data-ref][tabindex], [aria-hidden="true"] .explain-fig')
    .forEach((e) => (e.tagName === 'BUTTON' ? e.setAttribute('tabindex', '-1') : e.removeAttribute('tabindex')));
  unmark();
  new MutationObserver(unmark).observe(document.body, { childList: true, subtree: true });

  const box = document.createElement('div');
  box.className = 'explain';
  box.id = 'explain';
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-labelledby', 'explain-what');
  box.hidden = true;
  box.innerHTML = '<div class="explain-head"><button type="button" class="explain-back" aria-label="Back">\u2190</button>'
    + '<p class="explain-what" id="explain-what"></p>'
    + '<button type="button" class="explain-close" aria-label="Close">\u00d7</button></div>'
    + '<p class="explain-math"></p><p class="explain-sum"></p><p class="explain-given"></p><ul class="explain-list"></ul>';
  // the outline over a diagram's number while its explanation is open (the number itself is drawn through a <use>)
  const ring = document.createElement('div');
  ring.className = 'explain-spot';
  ring.setAttribute('aria-hidden', 'true');
  ring.hidden = true;
  document.body.append(box, ring);
  const [back, what, close, math, sum, given, list] = ['.explain-back', '.explain-what', '.explain-close', '.explain-math',
    '.explain-sum', '.explain-given', '.explain-list'].map((c) => $(c, box));
  // names walked, the first one '' for a figure's list of values
  let stack = [];
  // the number on the page the walk started from, or the button of its figure
  let anchor = null;
  // where a diagram's number is on screen (a function: it moves with the layout)
  let spot = null;
  // the list's values (a figure's numbers, one per name) and the one in the tab order
  let values = [], at = 0;

  // the numbers a figure's diagrams draw, each with its name and place on screen: a <use> draws its diagram from
  // .diagram-defs, which is laid out for this reading only, its boxes mapped through the <use>'s screen matrix
  const valuesOf = (figure) => {
    const defs = ($('.diagram-defs') || root).style, out = [];
    defs.display = 'block';
    $$(':scope > svg', figure).forEach((svg) => {
      const use = $(':scope > use', svg), from = use && !$('text', svg) ? refOf(svg) : svg, m = use && use.getScreenCTM();
      $$('[data-ref][data-formula]', from || svg).forEach((e) => {
        let r = e.getBoundingClientRect();
        if (from !== svg && m) {
          const b = e.getBBox(), p = new DOMPoint(b.x, b.y).matrixTransform(m);
          const q = new DOMPoint(b.x + b.width, b.y + b.height).matrixTransform(m);
          r = new DOMRect(p.x, p.y, q.x - p.x, q.y - p.y);
        }
        if (all[e.getAttribute('data-ref')]) {
          out.push({ ref: e.getAttribute('data-ref'), r });
        }
      });
    });
    defs.display = '';
    return out;
  };

  // the template's arithmetic as a reader reads it: operands as links, x for *, a real minus, sigma for sigmoid
  const pretty = (s) => s.replace(/ \* /g, ' \u00d7 ').replace(/-/g, '\u2212').replace(/sigmoid/g, '\u03c3')
    .replace(/sqrt/g, '\u221a');
  const fill = (name) => {
    back.hidden = stack.length < 2;
    list.hidden = name !== '';
    sum.hidden = name === '';
    math.hidden = given.hidden = true;
    // a figure's values, one button each (arrow keys move between them)
    if (name === '') {
      what.textContent = 'Values in this figure';
      list.textContent = '';
      values.forEach((v, i) => {
        const y = all[v.ref], li = document.createElement('li'), b = document.createElement('button');
        b.type = 'button';
        b.className = 'explain-op';
        b.tabIndex = i === at ? 0 : -1;
        b.textContent = y.d;
        b.setAttribute('aria-label', y.d + ', ' + y.l);
        b.addEventListener('click', () => {
          at = i;
          spot = v.at;
          stack.push(v.ref);
          show(true);
        });
        li.append(b, ' ' + y.l);
        list.appendChild(li);
      });
      return;
    }
    const x = all[name];
    what.textContent = x.l.charAt(0).toUpperCase() + x.l.slice(1);
    math.innerHTML = x.m || '';
    math.hidden = !x.m;
    sum.textContent = '';
    const parts = x.f.split(/\{(\d+)\}/);
    const ops = x.o || [];
    const formula = parts.length > 1 || !x.g;
    if (parts.length > 1) {
      parts.forEach((p, i) => {
        if (i % 2 === 0) {
          sum.appendChild(document.createTextNode((i === 0 ? '= ' : '') + pretty(p)));
          return;
        }
        const op = ops[Number(p)];
        const y = all[op];
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'explain-op';
        b.textContent = y.d.charAt(0) === '\u2212' ? '(' + y.d + ')' : y.d;
        b.setAttribute('aria-label', y.d + ', ' + y.l);
        b.addEventListener('click', () => { stack.push(op); show(true); });
        sum.appendChild(b);
      });
      sum.appendChild(document.createTextNode(' = '));
    } else if (formula) {
      sum.appendChild(document.createTextNode('= '));
    }
    const result = document.createElement('strong');
    result.textContent = x.d;
    sum.appendChild(result);
    given.textContent = x.g || '';
    given.hidden = !x.g;
  };

  // beside the number, never over it: below when it fits, else above; a bottom sheet on a phone
  const place = () => {
    box.classList.toggle('explain-sheet', root.classList.contains('phone'));
    box.style.left = box.style.top = '';
    ring.hidden = !spot;
    if (spot) {
      const s = spot();
      ring.style.cssText = 'left:' + s.left + 'px;top:' + s.top + 'px;width:' + s.width + 'px;height:' + s.height + 'px';
    }
    if (root.classList.contains('phone') || !anchor) {
      return;
    }
    const r = spot ? spot() : anchor.getBoundingClientRect();
    const w = box.offsetWidth, h = box.offsetHeight, gap = 8;
    const vw = root.clientWidth, vh = root.clientHeight;
    const left = Math.max(gap, Math.min(r.left + r.width / 2 - w / 2, vw - w - gap));
    const below = r.bottom + gap + h <= vh - gap;
    const above = r.top - gap - h >= gap;
    const top = below || !above ? Math.min(r.bottom + gap, vh - h - gap) : r.top - gap - h;
    box.style.left = left + 'px';
    box.style.top = Math.max(gap, top) + 'px';
  };

  const show = (focus) => {
    fill(stack[stack.length - 1]);
    box.hidden = false;
    expanded(true);
    place();
    if (focus) {
      (stack[stack.length - 1] === '' ? $$('button', list)[at] : back.hidden ? what : back).focus();
    }
  };

  // the number whose explanation is open: marked (a class), and its expanded state where it is a button
  const expanded = (on) => {
    if (anchor) {
      anchor.classList.toggle('explain-open', on);
      if (anchor.tagName === 'BUTTON' || anchor.getAttribute('role') === 'button') {
        anchor.setAttribute('aria-expanded', String(on));
      }
    }
  };

  // closed from inside (Escape, Close): focus returns to the number; by a click or key elsewhere it stays there
  const hide = (refocus) => {
    box.hidden = ring.hidden = true;
    stack = [];
    expanded(false);
    if (anchor && refocus === true) {
      anchor.focus({ preventScroll: true });
    }
    anchor = spot = null;
  };
  what.setAttribute('tabindex', '-1');

  // from the number e (or, for a diagram's, its figure's button e, the number named ref at the place where)
  const open = (e, focus, ref, where) => {
    expanded(false);
    anchor = e;
    spot = where || null;
    stack = [ref === undefined ? e.getAttribute('data-ref') : ref];
    show(focus);
  };

  // each figure whose diagrams draw explained numbers: a button (shown on focus) lists them for the keyboard and for
  // screen readers; a click or tap on a number in the picture opens it at once
  const figOf = (svg) => {
    const f = svg.closest('.diagram');
    return f && $('.explain-fig', f);
  };
  $$('.slide .diagram').forEach((f) => {
    if (!$$(':scope > svg', f).some((svg) => $('[data-ref][data-formula]', refOf(svg) || svg))) {
      return;
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'explain-fig';
    b.setAttribute('aria-haspopup', 'dialog');
    b.textContent = 'Values in this figure';
    b.addEventListener('click', (ev) => {
      // not the figure's own click (which enlarges it)
      ev.stopPropagation();
      const seen = {};
      values = valuesOf(f).map((v, i) => ({ ref: v.ref, at: () => valuesOf(f)[i].r }))
        .filter((v) => !seen[v.ref] && (seen[v.ref] = 1));
      at = 0;
      open(b, true, '');
    });
    f.insertBefore(b, $('.diagram-zoom', f));
  });
  list.addEventListener('keydown', (ev) => {
    const bs = $$('button', list), i = bs.indexOf(ev.target);
    const k = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1, Home: -1e4, End: 1e4 }[ev.key];
    if (i >= 0 && k) {
      ev.preventDefault();
      ev.stopPropagation();
      at = Math.max(0, Math.min(bs.length - 1, i + k));
      bs.forEach((b, j) => { b.tabIndex = j === at ? 0 : -1; });
      bs[at].focus();
    }
  });
  const up = () => {
    if (stack.length > 1) {
      stack.pop();
      show(true);
    } else {
      hide(true);
    }
  };

  back.addEventListener('click', up);
  close.addEventListener('click', () => hide(true));
  document.addEventListener('click', (ev) => {
    const t = ev.target.closest ? ev.target.closest('[data-ref][data-formula]') : null;
    // a diagram: the number under the pointer (a click on a drawing of <use> reports the <use>)
    const svg = ev.target.closest && ev.target.closest('.slide .diagram > svg');
    const vs = svg && !unread(svg) && figOf(svg) ? valuesOf(svg.parentNode) : [];
    const hit = vs.findIndex((v) => Math.abs(ev.clientX - v.r.x - v.r.width / 2) <= v.r.width / 2 + 3
      && Math.abs(ev.clientY - v.r.y - v.r.height / 2) <= v.r.height / 2 + 3);
    if (hit >= 0) {
      ev.preventDefault();
      ev.stopPropagation();
      open(figOf(svg), false, vs[hit].ref, () => valuesOf(svg.parentNode)[hit].r);
    } else if (t && all[t.getAttribute('data-ref')] && !box.contains(t) && !unread(t) && !t.closest('svg')) {
      mark(t);
      ev.preventDefault();
      ev.stopPropagation();
      open(t, false);
    } else if (!box.hidden && !box.contains(ev.target)) {
      hide();
    }
  }, true);
  document.addEventListener('keydown', (ev) => {
    const t = ev.target;
    if (!box.hidden && !box.contains(t) && !/^(Escape|Tab|Shift|Enter| )$/.test(ev.key)) {
      // another key (the next slide, say) moves on: the explanation would be left behind
      hide();
    }
    if (ev.key === 'Escape' && !box.hidden) {
      ev.preventDefault();
      ev.stopPropagation();
      up();
    } else if ((ev.key === 'Enter' || ev.key === ' ') && t && t.matches && t.matches('[data-ref][data-formula]')) {
      ev.preventDefault();
      ev.stopPropagation();
      open(t, true);
    }
  }, true);
  window.addEventListener('resize', () => { if (!box.hidden) { place(); } });
  // the slide moving (next slide, a scroll on a phone) leaves the number behind: the popover goes with it
  window.addEventListener('hashchange', () => { if (!box.hidden) { hide(); } });
};

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', explain);
} else {
  explain();
}
