// PrintTest's check of one neuron as drawn. BrowserSession.callOn runs neuronFill with the neuron as this: an element
// of the page, or of the copy a <use> draws (which page scripts cannot reach).

/**
 * Where the neuron is drawn (its slide's number, or "defs" for the stored diagrams no slide shows directly), its kind
 * (input, hidden, output), the fill it is painted with and the fill the theme gives its kind now (the print colours
 * under print media): [slide, kind, fill, want].
 */
function neuronFill() {
  const host = this.getRootNode().host;
  const slide = (host || this).closest('[data-slide]');
  const kind = ['input', 'hidden', 'output'].find(k => this.classList.contains(k)) || 'none';
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  probe.style.fill = 'var(--d-' + kind + '-fill)';
  document.body.appendChild(probe);
  const want = getComputedStyle(probe).fill;
  probe.remove();
  return [slide ? slide.dataset.slide : 'defs', kind, getComputedStyle(this).fill, want];
}

/** The numbers of the slides whose figure draws a network (its own copy, or the diagram its <use> shows). */
function networkSlides() {
  return [...document.querySelectorAll('[data-deck] > [data-slide]')]
    .filter(s => [...s.querySelectorAll('.diagram > svg')].some(svg => {
      const use = svg.querySelector('use');
      return (use ? document.getElementById(use.getAttribute('href').slice(1)) : svg).querySelector('.neuron');
    }))
    .map(s => s.dataset.slide);
}

/** The last two words of each slide's canvas (the title slide's first): how a printed page is matched to its slide. */
function slideEndings() {
  return [...document.querySelectorAll('[data-deck] > [data-slide]')].map(s => {
    const w = s.querySelector('.slide-canvas').innerText.trim().split(/\s+/);
    return w.slice(-2).join(' ');
  });
}
