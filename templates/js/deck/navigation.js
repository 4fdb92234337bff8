// ---- navigation: moving between slides and fragments; a URL per slide (#slide-3, #title, #slide-3.2 with two
// fragments shown), back and forward, the previous/next buttons and swipe ----

const SWIPE_MIN_PX = 50;

const navigation = (state) => {
  const { root, deck, slides, frags, n, controls } = state;
  const prev = $('[data-deck-prev]', controls);
  const next = $('[data-deck-next]', controls);
  const bar = $('[data-deck-progress]', controls);
  const status = $('[data-deck-status]');
  const baseTitle = document.title;

  // a slide's id, "#slide-N" clamped to the deck, or "#title" -> { at: its index, frags: fragments revealed }
  // ("#slide-N.K": K, at most the slide's count, else 0); anything else -> null
  const fromHash = (hash) => {
    const k = /^(#.+?)(?:\.(\d+))?$/.exec(hash || '') || [];
    let at = null;
    for (let j = 0; j < n; j++) {
      if ('#' + slides[j].id === k[1]) {
        at = j;
      }
    }
    const m = /^#slide-(\d+)$/.exec(k[1] || '');
    at = at !== null ? at : m ? Math.min(n - 1, Math.max(1, parseInt(m[1], 10))) : null;
    return at === null ? null : { at, frags: Math.min(frags[at].length, parseInt(k[2] || '0', 10)) };
  };

  const hashOf = (i, f) => '#' + slides[i].id + (frags[i].length && f ? '.' + f : '');

  const titleOf = (i) => {
    const h = $('h1, h2', slides[i]);
    return h ? h.textContent.replace(/\s+/g, ' ').trim() : '';
  };

  const setUrl = (i, replace) => {
    const url = (state.presenting ? '?presenter' : location.search) + hashOf(i, state.frag);
    try {
      history[replace ? 'replaceState' : 'pushState']({ slide: i, frag: state.frag }, '', url);
    } catch (err) {
      // some browsers refuse history entries for pages opened from disk; the slide still changes
    }
  };

  // how: {push, replace, focus, announce, initial, remote}; f: fragments revealed (0 if left out)
  const show = (i, how, f) => {
    i = Math.max(0, Math.min(n - 1, i));
    f = f || 0;
    if (i === state.index) {
      if (f !== state.frag) {
        const more = f > state.frag;
        state.fragments.reveal(i, f);
        if (how.push || how.replace) {
          setUrl(i, !how.push);
        }
        if (how.announce && status) {
          status.textContent = more ? frags[i][state.frag - 1].textContent.replace(/\s+/g, ' ').trim()
              : 'Step ' + (state.frag + 1) + ' of ' + (frags[i].length + 1);
        }
        if (!how.remote) {
          state.presenter.send(i);
        }
      }
      return;
    }
    const morphTo = state.morph.prepare(state.index, i, how);
    state.index = i;
    state.fragments.reveal(i, f);
    slides.forEach((s, j) => {
      s.hidden = j !== i;
      s.classList.toggle('entering', j === i && !how.initial); // CSS fades in a slide reached by navigation
      s.classList.toggle('morph', j === i && !!morphTo);
    });
    const had = parseFloat(bar.style.width), w = i / (n - 1 || 1) * 100;
    bar.style.width = w.toFixed(3) + '%';
    if (had > 0 && w > 0 && !how.initial && !reducedMotion()) {
      // on the compositor
      bar.animate([{ transform: 'scaleX(' + had / w + ')' }, { transform: 'none' }], { duration: 300, easing: 'ease' });
    }
    const title = titleOf(i);
    document.title = i === 0 ? baseTitle : title + ' (' + i + '/' + (n - 1) + ') · ' + baseTitle;
    if (how.push || how.replace) {
      setUrl(i, !how.push);
    }
    state.stage.relayout();
    // (not in relayout: a phone's toolbar resizes the page as it scrolls, and the figure would jump back)
    state.stage.focus(i);
    if (root.classList.contains('phone') && !how.initial) {
      window.scrollTo(0, 0);
    }
    if (morphTo) {
      morphTo();
    }
    if (how.announce && status) {
      status.textContent = i === 0 ? title : 'Slide ' + i + ' of ' + (n - 1) + ': ' + title;
    }
    if (how.focus) {
      const h = $('h1, h2', slides[i]);
      if (h) {
        h.focus({ preventScroll: true });
      }
    }
    if (!how.remote && !how.initial) {
      state.presenter.send(i);
    }
  };

  const go = (i, focus) => show(i, { push: true, focus: focus !== false, announce: true });

  // Next reveals the slide's next fragment before it moves on; Previous hides one, or goes back to the
  // previous slide with all its fragments shown
  const step = (delta, button) => {
    const index = state.index, frag = state.frag;
    if (delta > 0 ? frag < frags[index].length : frag > 0) {
      show(index, { push: true, announce: true }, frag + delta);
    } else if (index + delta >= 0 && index + delta < n) {
      show(index + delta, { push: true, announce: true }, delta < 0 ? frags[index + delta].length : 0);
    }
    if (button && button.disabled) {
      $('h1, h2', slides[state.index]).focus({ preventScroll: true }); // the button just pressed is gone: focus goes to the slide
    }
  };

  prev.addEventListener('click', () => step(-1, prev));
  next.addEventListener('click', () => step(1, next));

  // touch swipe: a mostly horizontal move of SWIPE_MIN_PX or more (the deck lets the browser pan vertically only)
  let start = null;
  deck.addEventListener('pointerdown', (e) => {
    start = e.pointerType !== 'mouse' && e.isPrimary && !(e.target.closest && e.target.closest('.diagram')) ? { x: e.clientX, y: e.clientY } : null;
  });
  deck.addEventListener('pointercancel', () => { start = null; });
  deck.addEventListener('pointerup', (e) => {
    if (!start) {
      return;
    }
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) {
      step(dx < 0 ? 1 : -1);
    }
  });

  // back/forward and links to #slide-N; other fragments (#main) leave the slide alone
  const onLocation = () => {
    const to = fromHash(location.hash);
    if (to) {
      show(to.at, { announce: true }, to.frags);
    } else if (!location.hash) {
      show(0, { announce: true });
    }
  };
  window.addEventListener('popstate', onLocation);
  window.addEventListener('hashchange', onLocation);

  // the first slide: the one the URL names, else the title; #slide-99 becomes #slide-n
  const begin = () => {
    const first = fromHash(location.hash);
    show(first ? first.at : 0, { initial: true }, first ? first.frags : 0);
    if (first && location.hash !== hashOf(first.at, state.frag)) {
      setUrl(first.at, true);
    }
  };

  return { show, go, step, begin };
};
