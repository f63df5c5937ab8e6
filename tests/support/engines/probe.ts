/**
 * WebKitGTK's WebDriver has no log API, so in WebKit the test server puts this script first
 * in every page's <head>, before the page's CSP <meta> (a meta policy does not apply to what
 * precedes it). It records what a reader's console would show: console.error and .warn,
 * uncaught errors, unhandled rejections, failed loads and CSP violations. Records go to
 * sessionStorage as well as to a global, so a navigation does not lose them.
 *
 * One thing WebKit logs without any script seeing it: a postMessage whose target origin is
 * not the recipient's ("CONSOLE SECURITY ERROR Unable to post message to …"). The probe
 * records the same condition where it can see it: a post to an iframe that still holds a
 * same-origin document (about:blank before the embed has loaded).
 */
export const probeSource = String.raw`(function () {
  if (window.__engineProbe) return;
  var KEY = '__engineProbe';
  var records = (window.__engineProbe = []);
  function store(kind, text, url) {
    var entry = { kind: kind, text: String(text).slice(0, 2000), url: url || location.href };
    records.push(entry);
    try {
      var saved = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      saved.push(entry);
      sessionStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {}
  }
  function show(value) {
    if (value && value.stack) return String(value.message || value) + '\n' + value.stack;
    try { return typeof value === 'string' ? value : JSON.stringify(value); } catch (e) { return String(value); }
  }
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      store(level === 'warn' ? 'warning' : 'error', Array.prototype.map.call(arguments, show).join(' '));
      return original.apply(console, arguments);
    };
  });
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (event instanceof ErrorEvent) store('uncaught', event.message + (event.error ? '\n' + show(event.error) : ''), event.filename);
    else if (target && target !== window) store('error', 'failed to load ' + (target.src || target.href || target.tagName));
  }, true);
  window.addEventListener('unhandledrejection', function (event) { store('rejection', show(event.reason)); });
  document.addEventListener('securitypolicyviolation', function (event) {
    store('csp', event.violatedDirective + ' blocked ' + event.blockedURI + ' (' + event.sourceFile + ':' + event.lineNumber + ')');
  }, true);
  var frameWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
  if (frameWindow && frameWindow.get) {
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      enumerable: frameWindow.enumerable,
      get: function () {
        var win = frameWindow.get.call(this);
        try {
          // Reading a property of a cross-origin window throws: only same-origin documents get the guard.
          if (win && !win.__engineProbeGuard) {
            var post = win.postMessage;
            win.postMessage = function (message, target) {
              var wanted = typeof target === 'string' ? target : target && target.targetOrigin;
              if (wanted && wanted !== '*' && wanted !== '/') {
                var origin = wanted;
                try { origin = new URL(wanted).origin; } catch (e) {}
                var actual = win.location.origin;
                if (origin !== actual) store('error', 'Unable to post message to ' + origin + '. Recipient has origin ' + actual + ' (its document is ' + win.location.href + ').');
              }
              return post.apply(win, arguments);
            };
            win.__engineProbeGuard = 1;
          }
        } catch (e) {}
        return win;
      },
    });
  }
})();`;

/** Puts the probe first in a page's <head>. */
export function injectProbe(html: string): string {
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (!head) return `<script>${probeSource}</script>${html}`;
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}<script>${probeSource}</script>${html.slice(at)}`;
}

/** Run in a page: hands over what the probe recorded since the last call, and forgets it. */
export function harvestProbe(): { kind: string; text: string; url?: string }[] {
  const w = window as unknown as { __engineProbe?: { kind: string; text: string; url?: string }[] };
  const local = w.__engineProbe ?? [];
  let saved: { kind: string; text: string; url?: string }[] | null = null;
  try {
    saved = JSON.parse(sessionStorage.getItem('__engineProbe') ?? 'null') as typeof saved;
    sessionStorage.removeItem('__engineProbe');
  } catch {
    saved = null;
  }
  const out = saved ?? local.slice();
  local.length = 0;
  return out;
}
