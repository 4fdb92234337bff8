// ---- fragments: shown one at a time (state.frag of them revealed on the shown slide); a slide whose fragments
// highlight diagram parts draws its own copy of the diagram instead of <use>, so its parts can be lit ----

const fragments = (state) => {
  const { slides, frags, n, controls } = state;
  const counter = $('[data-deck-counter]', controls);
  const prev = $('[data-deck-prev]', controls);
  const next = $('[data-deck-next]', controls);

  slides.forEach((s, j) => {
    const svg = $('.diagram svg', s);
    const use = svg && $('use', svg);
    const ref = use && refOf(svg);
    if (!ref || !frags[j].some((f) => f.hasAttribute('data-highlight'))) {
      return;
    }
    svg.setAttribute('data-ref', ref.id);
    copiesOf(ref).forEach((c) => svg.insertBefore(c, use));
    use.remove();
  });

  // reveal the first f fragments of slide i (all when f is past the end), light what the last one names
  const reveal = (i, f) => {
    state.frag = f = Math.max(0, Math.min(frags[i].length, f));
    frags[i].forEach((e, k) => { e.hidden = k >= f; });
    const svg = $('.diagram svg[data-ref]', slides[i]);
    if (svg) {
      const names = f ? (frags[i][f - 1].getAttribute('data-highlight') || '').split(' ').filter(Boolean) : [];
      svg.classList.toggle('lit', names.length > 0);
      $$('[class*="part-"]', svg).forEach((e) =>
        e.classList.toggle('hl', names.some((p) => e.classList.contains('part-' + p))));
    }
    const c = frags[i].length;
    counter.innerHTML = i === 0 ? 'Title' : '<span class="visually-hidden">Slide </span>' + i + ' / ' + (n - 1)
        + (c ? '<span class="frag-count"><span class="visually-hidden">, step </span>' + (f + 1) + '/' + (c + 1) + '</span>' : '');
    next.disabled = i === n - 1 && f === c;
    prev.disabled = i === 0;
    if (!slides[i].hidden) {
      // a formula just revealed is measured now (a slide about to show: by relayout, once shown)
      state.stage.scrollers(slides[i]);
      state.stage.focus(i);
    }
  };

  return { reveal };
};
