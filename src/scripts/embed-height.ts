import { createAmpEmbedSize, createHeightMessage, formatPymHeight, isHeightRequest, safePymId } from '../lib/embed/messages';

/**
 * Posts the embed's height to the host page whenever it changes (resizes, font loads, step
 * changes), in our versioned format and in the Pym.js and AMP formats CMSs already handle.
 * It only ever writes to the parent: nothing about the host page is read.
 */
export function reportHeight(root: HTMLElement, id: string): void {
  if (window.parent === window) return;
  // Pym.js parents pass their container id as childId; our loader matches on the chart id.
  // Anything but a plain id is refused: it would be read by the host's pym.js as a command.
  const pymId = safePymId(new URLSearchParams(location.search).get('childId'), id);
  let last = 0;
  const post = (force: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (!force && height === last)) return;
    last = height;
    window.parent.postMessage(createHeightMessage(id, height), '*');
    window.parent.postMessage(formatPymHeight(pymId, height), '*');
    window.parent.postMessage(createAmpEmbedSize(height), '*');
  };
  new ResizeObserver(() => post(false)).observe(root);
  document.fonts?.ready.then(
    () => post(true),
    () => {},
  );
  window.addEventListener('load', () => post(true));
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && isHeightRequest(event.data)) post(true);
  });
  post(true);
}
