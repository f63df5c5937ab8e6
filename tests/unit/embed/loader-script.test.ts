import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createLoaderScript } from '../../../src/lib/embed/loader-script';
import { createHeightMessage, requestType } from '../../../src/lib/embed/messages';

const site = 'https://charts.example.com';

/** Runs the loader against a fake host page with one of our iframes; returns what it did. */
function host() {
  const frameWindow = {
    posted: [] as unknown[],
    targets: [] as string[],
    postMessage(data: unknown, target: string) {
      this.posted.push(data);
      this.targets.push(target);
    },
  };
  const loadListeners: ((e: unknown) => void)[] = [];
  const attributes: Record<string, string> = { 'data-striving-embed': 'care' };
  const iframe = {
    contentWindow: frameWindow,
    style: { height: '' },
    getAttribute: (k: string) => attributes[k] ?? null,
    setAttribute: (k: string, v: unknown) => {
      attributes[k] = String(v);
    },
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'load') loadListeners.push(fn);
    },
  };
  let onMessage: (e: unknown) => void = () => {};
  const window = {
    addEventListener: (type: string, fn: (e: unknown) => void) => {
      if (type === 'message') onMessage = fn;
    },
  } as Record<string, unknown>;
  const document = {
    currentScript: { src: `${site}/embed/loader.js` },
    baseURI: 'https://newspaper.example/a/',
    readyState: 'complete',
    querySelectorAll: () => [iframe],
  };
  runInNewContext(createLoaderScript('https://fallback.example'), { window, document, URL });
  return {
    iframe,
    frameWindow,
    window,
    load: () => loadListeners.forEach((fn) => fn({ target: iframe })),
    send: (data: unknown, origin = site, source: unknown = frameWindow) => onMessage({ data, origin, source }),
  };
}

describe('the embed loader', () => {
  it('stays under 2 KiB', () => {
    expect(new TextEncoder().encode(createLoaderScript('https://news.example.com')).length).toBeLessThanOrEqual(2048);
  });

  it('resizes its iframe on a valid message from the site origin', () => {
    const page = host();
    page.send(createHeightMessage('care', 512.3));
    expect(page.iframe.style.height).toBe('513px');
  });

  it('ignores other origins, other windows, other ids and wrong shapes', () => {
    const page = host();
    page.send(createHeightMessage('care', 500), 'https://evil.example');
    page.send(createHeightMessage('care', 500), site, {});
    page.send(createHeightMessage('reach', 500));
    page.send({ ...createHeightMessage('care', 500), version: 2 });
    page.send({ type: 'striving-embed:height', version: 1, id: 'care', height: '500' });
    page.send({ ...createHeightMessage('care', 500), height: 1e7 });
    page.send('pymxPYMxcarexPYMxheightxPYMx500');
    for (const bad of [
      null,
      { type: 'striving-embed:height', version: 1, id: '', height: 400 },
      { type: 'striving-embed:height', version: 1, id: 'care', height: Number.NaN },
      { type: 'striving-embed:height', version: 1, id: 'care', height: 0 },
      { type: 'striving-embed:height', version: 1, id: 'care', height: -5 },
      { type: 'other', version: 1, id: 'care', height: 400 },
    ])
      page.send(bad);
    expect(page.iframe.style.height).toBe('');
  });

  it('asks each iframe to report its height, in case it spoke before the loader arrived, and again when it loads', () => {
    const page = host();
    expect(page.frameWindow.posted).toEqual([{ type: requestType, version: 1 }]);
    page.load();
    expect(page.frameWindow.posted).toHaveLength(2);
    // The request holds nothing but its type, so it goes to whatever document the frame holds:
    // aimed at the site's origin, a frame still blank would log a cross-origin error on the host.
    expect(page.frameWindow.targets).toEqual(['*', '*']);
  });

  it('registers once however many times it is pasted', () => {
    const page = host();
    expect(page.window['__strivingEmbed']).toBe(1);
  });
});
