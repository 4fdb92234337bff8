// ---- speaker notes: for the presenter view, and printed under each slide with ?notes ----

// A slide's speaker notes: their HTML is stored as escaped text in an inert <template>, so nothing in the notes
// can end it; parsed here without running anything (DOMParser runs no script; scripts and on* handlers dropped).
const notesOf = (slide) => {
  const t = $('template[data-notes]', slide);
  if (!t) return null;
  const doc = new DOMParser().parseFromString(t.content.textContent, 'text/html');
  $$('script', doc).forEach((e) => e.remove());
  $$('*', doc).forEach((e) => {
    Array.from(e.attributes).forEach((a) => {
      if (/^on/i.test(a.name)) e.removeAttribute(a.name);
    });
  });
  const f = document.createDocumentFragment();
  while (doc.body.firstChild) f.appendChild(document.adoptNode(doc.body.firstChild));
  return f;
};

// ?notes: each slide's notes in an aside after it, for print
const printNotes = (state) => {
  state.root.classList.add('with-notes');
  state.slides.forEach((s) => {
    const said = notesOf(s);
    if (said) {
      const aside = document.createElement('aside');
      aside.className = 'print-notes';
      aside.setAttribute('aria-label', 'Speaker notes');
      aside.appendChild(said);
      s.appendChild(aside);
    }
  });
};
