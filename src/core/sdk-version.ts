/**
 * The TRTC SDK's version, and the warning for one that is neither 4.x nor 5.x. Apart from env.ts
 * (which re-exports it) because the recorder, always loaded, needs it and not the rest.
 */
import { field, str } from './guard.js';
import type { TrtcNamespaceLike } from './types.js';

/** The TRTC namespace's version, if it says one. */
export const sdkVersionOf = (trtc: TrtcNamespaceLike | undefined): string | undefined =>
  str(field(trtc, 'VERSION'));

/** SDK versions already warned about on this page (a short list: one page has one or two SDKs). */
const warnedVersions = new Set<string>();

/**
 * Warns when the SDK is neither 4.x nor 5.x: once per page and version, however many doctors (a
 * script tag and the page's own) see it.
 */
export function warnUnknownVersion(
  trtc: TrtcNamespaceLike | undefined,
  warnOnce: (key: string, message: string) => void,
): void {
  const version = sdkVersionOf(trtc);
  if (!version || /^[45]\./.test(version) || warnedVersions.has(version)) return;
  warnedVersions.add(version);
  warnOnce(
    'sdk-version',
    `TRTC SDK ${version} is neither 4.x nor 5.x: some errors may only be explained generically.`,
  );
}
