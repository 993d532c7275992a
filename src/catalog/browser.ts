/**
 * Browser errors (DOMException names) from `getUserMedia`/`getDisplayMedia`: the five common-error
 * rows of the seed page, plus SecurityError and TypeError, which the same calls throw on an
 * insecure page. `browser:<Name>`; they also arrive as the `name` of an INITIALIZE_FAILED.
 *
 * The aliases are the browsers' own texts for the same error (Chrome, Firefox, Safari), so a
 * message copied without its name still finds its entry. OverconstrainedError has one variant per
 * kind of constraint (`browser:OverconstrainedError/resolution`, ...), found by id only, and
 * `browser:InsecureContext` is what a page without `navigator.mediaDevices` (http) throws.
 */
import {
  CAPTURE,
  ENVIRONMENT,
  NO_DEVICE,
  NONE,
  PERMISSION,
  PERMISSION_GUIDE,
  entry,
  type Complete,
  type NameOf,
  type Row,
  type WordsOf,
} from './build.js';
import { CAPTURE_ERRORS, SUPPORT_CHECK } from './links.js';
import type { CatalogKey } from '../lang/types.js';
import type { BrowserErrorName, CatalogEntry } from './types.js';

const capture = [CAPTURE_ERRORS];
const both = [SUPPORT_CHECK, CAPTURE_ERRORS];

/** Every browser error name and its explanation (the words are the packs' `browser:<Name>`). */
const rows = [
  [
    // Chrome ("Permission denied", "... by system", "Permission dismissed"), then Safari, which
    // also says this when it blocks playback (resolve.ts tells the two apart).
    'NotAllowedError|Permission denied|Permission dismissed|The request is not allowed by the user agent or the platform in the current context',
    PERMISSION,
    [CAPTURE_ERRORS],
    PERMISSION_GUIDE,
  ],
  // As DEVICE_NOT_FOUND; Chrome's text, then Safari's.
  [
    'NotFoundError|Requested device not found|The object can not be found here',
    NO_DEVICE,
    both,
    { words: 'sdk:DEVICE_NOT_FOUND' },
  ],
  // The device is there but will not open (Chrome on each OS).
  [
    'NotReadableError|Could not start video source|Could not start audio source|Device in use',
    CAPTURE,
    capture,
  ],
  ['OverconstrainedError', CAPTURE, capture],
  ['AbortError', CAPTURE, [SUPPORT_CHECK], { words: 'browser:NotReadableError' }],
  ['SecurityError', ENVIRONMENT], // the page may not capture at all
  ['TypeError', ENVIRONMENT, NONE, { words: 'browser:SecurityError' }],
  [
    // No `navigator.mediaDevices` on an http page: Chrome (now and before 2021), Firefox, Safari.
    "InsecureContext|reading 'getUserMedia'|reading 'enumerateDevices'|reading 'getDisplayMedia'|property 'getUserMedia' of undefined|navigator.mediaDevices is undefined|evaluating 'navigator.mediaDevices",
    ENVIRONMENT,
    [SUPPORT_CHECK],
  ],
] as const satisfies readonly Row[];

/**
 * OverconstrainedError by the constraint no device meets (`error.constraint`): the variant's name
 * and words. Constraints not listed get the plain entry.
 */
const CONSTRAINT_VARIANTS = [
  ['OverconstrainedError/deviceId', CAPTURE, capture],
  ['OverconstrainedError/resolution', CAPTURE, capture],
  ['OverconstrainedError/frameRate', CAPTURE, capture],
  ['OverconstrainedError/facingMode', CAPTURE, capture],
  ['OverconstrainedError/audio', CAPTURE, capture],
] as const satisfies readonly Row[];

/** Type check only: every browser error name has a row. */
export type BrowserNamesComplete = Complete<
  Exclude<BrowserErrorName, NameOf<(typeof rows)[number]>>
>;

/** Type check only: the words of every row are in the packs. */
export type BrowserWordsComplete = Complete<
  Exclude<
    WordsOf<'browser', (typeof rows)[number] | (typeof CONSTRAINT_VARIANTS)[number]>,
    CatalogKey
  >
>;

/** The browser entries, `browser:<Name>`, then the OverconstrainedError variants. */
export const browserEntries: readonly CatalogEntry[] = [
  ...rows.map((row) => entry('browser', row)),
  ...CONSTRAINT_VARIANTS.map((row) => entry('browser', row, { key: 'OverconstrainedError' })),
];
