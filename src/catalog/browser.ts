/**
 * Browser errors (DOMException names) from `getUserMedia`/`getDisplayMedia`: the five common-error
 * rows of the seed page, plus SecurityError and TypeError, which the same calls throw on an
 * insecure page. `browser:<Name>`; they also arrive as the `name` of an INITIALIZE_FAILED.
 */
import {
  CAPTURE,
  ENVIRONMENT,
  NO_DEVICE,
  PERMISSION,
  PERMISSION_GUIDE,
  entry,
  type Complete,
  type NameOf,
  type Row,
} from './build.js';
import { CAPTURE_ERRORS, SUPPORT_CHECK } from './links.js';
import type { BrowserErrorName, CatalogEntry } from './types.js';

/** Every browser error name and its explanation (the words are in en.ts). */
const rows = [
  ['NotAllowedError', 45, PERMISSION, [CAPTURE_ERRORS], PERMISSION_GUIDE],
  ['NotFoundError', 3, NO_DEVICE, [SUPPORT_CHECK, CAPTURE_ERRORS]], // as DEVICE_NOT_FOUND
  ['NotReadableError', 46, CAPTURE, [CAPTURE_ERRORS]], // device there but will not open
  ['OverconstrainedError', 47, CAPTURE, [CAPTURE_ERRORS]],
  ['AbortError', 46, CAPTURE, [SUPPORT_CHECK]],
  ['SecurityError', 48, ENVIRONMENT], // the page may not capture at all
  ['TypeError', 48, ENVIRONMENT],
] as const satisfies readonly Row[];

/** Type check only: every browser error name has a row. */
export type BrowserNamesComplete = Complete<
  Exclude<BrowserErrorName, NameOf<(typeof rows)[number]>>
>;

/** The browser entries, `browser:<Name>`. */
export const browserEntries: readonly CatalogEntry[] = rows.map((row) => entry('browser', row));
