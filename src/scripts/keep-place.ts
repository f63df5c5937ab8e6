/**
 * Keeps the reader's place across views: as they read, the edition links and the parallel
 * view link point at the paragraph at the top of the screen (#p47), which is the same paragraph
 * in both languages and in the parallel view.
 */
export function keepPlace(doc: Document): void {
  const links = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-edition-link], a[data-parallel-link]')];
  const paragraphs = [...doc.querySelectorAll<HTMLElement>('main [data-para][id], main .parallel-row[id]')];
  if (!links.length || !paragraphs.length) return;
  const plain = links.map((a) => a.href.split('#')[0] ?? a.href);
  const heading = doc.querySelector<HTMLElement>('main h1');
  let frame = 0;
  const update = () => {
    frame = 0;
    let current: HTMLElement | undefined;
    // While the page's own heading is in view the reader has not left the top: the other view
    // opens at its top too, title and all.
    const atTop = heading ? heading.getBoundingClientRect().bottom > 0 : scrollY === 0;
    for (const p of atTop ? [] : paragraphs) {
      if (p.getBoundingClientRect().top > innerHeight * 0.3) break;
      current = p;
    }
    links.forEach((a, i) => {
      a.href = current ? `${plain[i]}#${current.id}` : (plain[i] ?? a.href);
    });
  };
  addEventListener(
    'scroll',
    () => {
      if (!frame) frame = requestAnimationFrame(update);
    },
    { passive: true },
  );
  update();
}

/**
 * Keeps the edition a reader picks with the 简 · 繁 · EN links for their next visit to the
 * landing page, which offers it (src/scripts/suggest-language.ts reads the same key; the
 * e2e test of the remembered choice fails if the two differ). Here, in the script every page
 * already runs, rather than in a module of its own: a shared chunk would cost each page more.
 */
export function rememberEdition(doc: Document): void {
  doc.addEventListener('click', (event) => {
    const edition = (event.target as Element | null)?.closest<HTMLElement>('[data-edition-link]')?.dataset['editionLink'];
    try {
      if (edition) localStorage.setItem('striving:edition', edition);
    } catch {
      // Not kept where storage is refused; the links still work.
    }
  });
}
