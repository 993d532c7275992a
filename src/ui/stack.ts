/**
 * The first frame of the page's own code in an error's stack: where the call that failed was
 * made. Frames of the SDK (`trtc.js`, its packages) and of trtc-doctor itself are skipped.
 */

/** Files that are not the page's own code. */
const NOT_OWN =
  /trtc(-js-sdk|-sdk-v5)?(\.esm|\.umd)?(\.min)?\.js|trtc-doctor|trtc-js-sdk|trtc-sdk-v5|\/node_modules\//i;

/** A frame line, V8 (`at fn (url:1:2)`) or Firefox/Safari (`fn@url:1:2`), names a file and line. */
const FRAME = /(?:^\s*at\s|@)\S*?:\d+:\d+\)?\s*$|^\s*at\s.*:\d+:\d+\)?\s*$/;

/** How long a frame may be when shown. */
const MAX_FRAME_CHARS = 200;

/**
 * The page's first frame in `error.stack`, trimmed, its URL queries and hashes dropped (they may
 * carry tokens); `undefined` when there is no stack or every frame is the SDK's or ours. Reads
 * defensively: the error may be anything.
 */
export function ownFrame(error: unknown): string | undefined {
  let stack: unknown;
  try {
    stack = (error as { stack?: unknown } | null)?.stack;
  } catch {
    return undefined;
  }
  if (typeof stack !== 'string') return undefined;
  const line = stack
    .split('\n')
    .find((l) => FRAME.test(l) && !NOT_OWN.test(l) && !/^\s*at (new )?Promise/.test(l));
  return line
    ?.trim()
    .replace(/^at\s+/, '')
    .replace(/[?#][^\s:)]*(?=:\d+:\d+)/g, '')
    .slice(0, MAX_FRAME_CHARS);
}
