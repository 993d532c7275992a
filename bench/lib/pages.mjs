// The bench's host pages: a plain page that loads the widget by its script tag, with the real
// SDK, the fake SDK or no SDK before it. Inline scripts mark the time right before the widget's
// tag (`__b.t0`), right after it (`__b.t1`) and when the widget is ready (`__b.ready`).
import { fakeTrtc, readyProbe } from './page.mjs';

/** The widget's path on the bench server; the timer probe attributes by it. */
export const WIDGET_PATH = '/trtc-doctor.iife.js';

/** The inline scripts that stand for an SDK, by name. */
const SDK = {
  none: '',
  real: '<script src="/trtc.js"></script>',
  fake: `<script>(${fakeTrtc})();</script>`,
};

/** A host page. `clientScript` runs after the widget (e.g. creates a client). */
export function hostPage({ sdk = 'none', clientScript = '' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>trtc-doctor bench</title>
${SDK[sdk]}
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
