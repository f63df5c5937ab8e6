import { isEdition } from '../i18n/locales';
import { readHeightMessage } from '../lib/embed/messages';
import { defaultEmbedOptions, embedCodeFor, embedUrl, type EmbedOptions, type EmbedPanelData } from '../lib/embed/options';
import { pageEdition } from './edition';

/**
 * Wires each Embed panel: the options rewrite the code and the live preview as they change,
 * and the copy button shows where the clipboard works (without it the code stays selectable).
 */
export function enhanceEmbedControls(root: Document): void {
  for (const panel of root.querySelectorAll<HTMLDetailsElement>('details[data-embed-panel]')) enhancePanel(root, panel);
}

function enhancePanel(root: Document, panel: HTMLDetailsElement): void {
  const dataBlock = panel.querySelector('[data-embed-data]');
  const code = panel.querySelector<HTMLTextAreaElement>('[data-embed-code]');
  if (!dataBlock || !code || panel.dataset['enhanced']) return;
  panel.dataset['enhanced'] = '';
  const data = JSON.parse(dataBlock.textContent ?? '{}') as EmbedPanelData;
  const option = (name: string) => panel.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[data-embed-option="${name}"]`);
  const edition = option('edition')[0];
  const step = option('step')[0];
  // The 繁體 pages are the 简体 ones converted, so the page, not the markup, says which edition it is.
  if (edition) edition.value = pageEdition(root, root.documentElement.lang.startsWith('zh') ? 'zh' : 'en');

  const read = (): EmbedOptions => {
    const checked = (name: string) => (option(name)[0] as HTMLInputElement | undefined)?.checked ?? false;
    const theme = [...option('theme')].find((input) => (input as HTMLInputElement).checked)?.value;
    const chosen = edition?.value;
    return {
      ...defaultEmbedOptions(isEdition(chosen) ? chosen : 'zh'),
      theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
      transparent: checked('transparent'),
      plain: checked('plain'),
      still: checked('still'),
      step: Number(step?.value ?? 1),
    };
  };

  const holder = panel.querySelector<HTMLElement>('[data-embed-preview]');
  let frame: HTMLIFrameElement | undefined;
  const update = () => {
    const options = read();
    if (step) step.disabled = options.still;
    code.value = embedCodeFor(data, options);
    if (!frame) return;
    // The code names the hosted site; the preview loads the same page from this one's origin.
    const url = new URL(embedUrl(data.editions, options));
    const local = `${url.pathname}${url.search}`;
    if (frame.getAttribute('src') !== local) frame.src = local;
    frame.title = (holder?.dataset['titleTemplate'] ?? '{title}').replace('{title}', data.editions[options.edition].title);
  };
  panel.addEventListener('change', update);

  // The preview is made on first opening, and sized by the height messages its page posts.
  panel.addEventListener('toggle', () => {
    if (!panel.open || frame || !holder) return;
    frame = root.createElement('iframe');
    frame.className = 'chart-embed-frame';
    frame.height = String(data.editions[read().edition].height);
    holder.append(frame);
    window.addEventListener('message', (event) => {
      const height = event.source === frame?.contentWindow ? readHeightMessage(event.data) : undefined;
      if (frame && height) frame.style.height = `${height}px`;
    });
    update();
  });
  update();

  const button = panel.querySelector<HTMLButtonElement>('[data-embed-copy]');
  const status = panel.querySelector<HTMLElement>('[data-embed-status]');
  if (!navigator.clipboard || !button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.value).then(
      () => {
        if (status) status.textContent = button.dataset['done'] ?? '';
      },
      () => code.select(),
    );
  });
}
