// ---- start: the one state the parts share, the parts in the order each needs the ones before, the first slide ----

const init = () => {
  const deck = $('[data-deck]');
  const controls = $('[data-deck-controls]');
  const slides = deck && controls ? $$('[data-slide]', deck) : [];
  if (!slides.length) {
    return;
  }
  const params = new URLSearchParams(location.search);
  const state = {
    root: document.documentElement,
    presenting: params.has('presenter'),
    deck,
    controls,
    slides,
    n: slides.length,
    canvases: slides.map((s) => $('.slide-canvas', s)),
    frags: slides.map((s) => $$('.fragment', s)),
    index: -1, // the slide shown
    frag: 0, // how many of its fragments are revealed
  };
  // the parts, each given the state; they call one another through it (state.stage.relayout())
  state.fragments = fragments(state);
  state.presenter = presenter(state);
  if (params.has('notes')) {
    printNotes(state);
  }
  state.stage = stage(state);
  state.morph = morph(state);
  state.navigation = navigation(state);
  state.overlays = overlays(state);
  keys(state);
  printing(state);

  $$('[data-deck-hint]').forEach((h) => { h.hidden = false; });
  scrubbers(state); // before fitting: its controls take room
  state.stage.layoutMode();
  state.stage.fit();
  state.navigation.begin();
  controls.hidden = false;
  window.scrollTo(0, 0); // the browser may have scrolled to #slide-N before only one slide showed
};

document.documentElement.classList.add('js');
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init);
} else {
  init();
}
