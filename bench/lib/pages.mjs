// The bench's host pages: a plain page that loads the widget by its script tag, with the real
// SDK (v4 or v5), the fake SDK or no SDK before it. Inline scripts mark the time right before
// the widget's tag (`__b.t0`), right after it (`__b.t1`) and when the widget is ready (`__b.ready`).
import { fakeTrtc, readyProbe, stormSetup } from './page.mjs';

/** The widget's path on the bench server; the timer probe attributes by it. */
export const WIDGET_PATH = '/trtc-doctor.iife.js';

/** Where the widget's lazy part is served: beside the entry (`lazy/panel.js` and its chunks). */
export const LAZY_PATH = `${WIDGET_PATH.slice(0, WIDGET_PATH.lastIndexOf('/') + 1)}lazy/`;

/** Where the bench server serves the real SDKs. */
export const SDK_PATHS = { v4: '/trtc.js', v5: '/trtc-v5.js' };

/** The inline scripts that stand for an SDK, by name (`real` is the v4 SDK). */
const SDK = {
  none: '',
  real: `<script src="${SDK_PATHS.v4}"></script>`,
  v4: `<script src="${SDK_PATHS.v4}"></script>`,
  v5: `<script src="${SDK_PATHS.v5}"></script>`,
  fake: `<script>(${fakeTrtc})();</script>`,
};

/**
 * A host page. `preScript` runs after the SDK and before the widget (what it makes, the widget
 * does not watch); `clientScript` runs after the widget (e.g. creates a client).
 */
export function hostPage({ sdk = 'none', preScript = '', clientScript = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>trtc-doctor bench</title>
${SDK[sdk]}
${preScript ? `<script>${preScript}</script>` : ''}
<script>window.__b = {}; if (window.__timerProbe) window.__timerProbe.arm(); window.__b.t0 = performance.now();</script>
<script src="${WIDGET_PATH}"></script>
<script>(${readyProbe})();</script>
${clientScript ? `<script>${clientScript}</script>` : ''}
</head>
<body>
<main><h1>A host page</h1><p>With a video call on it.</p></main>
</body>
</html>
`;
}

/**
 * A storm page with the real SDK `sdk` ('v4' or 'v5'): see `stormSetup`. `configs` are the
 * v4 `createClient()` configs (with real userSigs) of the objects made before the widget.
 */
export function stormPage(sdk, configs) {
  const setup = { sdk, quiet: configs.quiet, noop: configs.noop };
  return hostPage({ sdk, preScript: `(${stormSetup})(${JSON.stringify(setup)});` });
}

/** Waits for `__b.whenReady` (or `timeoutMs`); resolves to the ready time or null. */
export async function whenReady(page, timeoutMs = 5000) {
  return page.evaluate(
    (ms) =>
      Promise.race([
        window.__b.whenReady,
        // A plain promise with the page's original timer, so the probe does not count it.
        new Promise((resolve) =>
          ((window.__timerProbe && window.__timerProbe.orig.setTimeout) || setTimeout)(
            () => resolve(null),
            ms,
          ),
        ),
      ]),
    timeoutMs,
  );
}
