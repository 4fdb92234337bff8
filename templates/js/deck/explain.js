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
    if (!e.hasAttribute('tabindex') && all[e.getAttribute('data-ref')] && !unread(e)) {
      e.setAttribute('tabindex', '0');
      if (!e.closest('math')) { // MathML takes no button role (nor its states): a number there is a focus stop only
        e.setAttribute('role', 'button');
        e.setAttribute('aria-haspopup', 'dialog');
      }
    }
  };
  $$('[data-ref][data-formula]').forEach(mark);
  // a copy of a slide that is not read (the presenter's next-slide preview, aria-hidden) is no focus stop either
  const unmark = () => $$('[aria-hidden="true"] [data-ref][tabindex], [inert] [data-ref][tabindex]').forEach((e) => {
    e.removeAttribute('tabindex');
  });
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
    + '<p class="explain-math"></p><p class="explain-sum"></p><p class="explain-given"></p>';
  document.body.appendChild(box);
  const [back, what, close, math, sum, given] = ['.explain-back', '.explain-what', '.explain-close', '.explain-math',
    '.explain-sum', '.explain-given'].map((c) => $(c, box));
  let stack = [];
  let anchor = null; // the number on the page the walk started from

  // the template's arithmetic as a reader reads it: operands as links, x for *, a real minus, sigma for sigmoid
  const pretty = (s) => s.replace(/ \* /g, ' \u00d7 ').replace(/-/g, '\u2212').replace(/sigmoid/g, '\u03c3')
    .replace(/sqrt/g, '\u221a');
  const fill = (name) => {
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
    back.hidden = stack.length < 2;
  };

  // beside the number, never over it: below when it fits, else above; a bottom sheet on a phone
  const place = () => {
    box.classList.toggle('explain-sheet', root.classList.contains('phone'));
    box.style.left = box.style.top = '';
    if (root.classList.contains('phone') || !anchor) {
      return;
    }
    const r = anchor.getBoundingClientRect();
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
      (back.hidden ? what : back).focus();
    }
  };

  // the number whose explanation is open: marked (a class), and its expanded state where it is a button
  const expanded = (on) => {
    if (anchor) {
      anchor.classList.toggle('explain-open', on);
      if (anchor.getAttribute('role') === 'button') {
        anchor.setAttribute('aria-expanded', String(on));
      }
    }
  };

  // closed from inside (Escape, Close): focus returns to the number; by a click or key elsewhere it stays there
  const hide = (refocus) => {
    box.hidden = true;
    stack = [];
    expanded(false);
    if (anchor && refocus === true) {
      anchor.focus({ preventScroll: true });
    }
    anchor = null;
  };
  what.setAttribute('tabindex', '-1');

  const open = (e, focus) => {
    expanded(false);
    anchor = e;
    stack = [e.getAttribute('data-ref')];
    show(focus);
  };
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
    if (t && all[t.getAttribute('data-ref')] && !box.contains(t) && !unread(t)) {
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
      hide(); // another key (the next slide, say) moves on: the explanation would be left behind
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
