/**
 * The English words every explanation may read, whatever its family: the link labels, the notes
 * and the words for an error the catalog does not know. These keys are the contract of every pack (`Parts` in `../types.ts`).
 */
import type { EntryText } from '../../catalog/types.js';
import type { Parts } from '../types.js';

/** One-line texts: link labels (`link:<name>`, see `src/catalog/links.ts`) and notes. */
export const lines = {
  'note:v5': 'From TRTC SDK v5: the closest 4.x advice is shown.',
  'link:SUPPORT_CHECK': 'Browser and device checks before a call',
  'link:CAPTURE_ERRORS': 'Handling INITIALIZE_FAILED',
  'link:JOIN_CODES': 'Error codes (the v5 page; it links the 4.x table)',
  'link:PORTS': 'Ports and domains to allow',
  'link:AUTOPLAY': 'Handling autoplay restrictions',
  'link:CHROME_AUTOPLAY': 'Chrome autoplay policy',
  'link:FIREWALL': 'Firewall configuration',
  'link:CONSOLE': 'TRTC console',
  'link:PRIVATE_MAP_KEY': 'Advanced permission control',
  // The v5 docs' pages, each on the site's English and Chinese page (`v5-site:<site>`).
  'v5:error-code': 'v5 error code {key}',
  'v5:proxy': 'Handling firewall restrictions',
  'v5:autoplay': 'Handling autoplay (v5)',
  'v5:kicked-out': 'The KICKED_OUT event',
  'v5-site:en': '{page}',
  'v5-site:zh-cn': '{page} (Chinese)',
} satisfies Readonly<Record<string, string>>;

/** The words for an error the catalog does not know. */
export const catalog = {
  unknown: {
    title: 'Unrecognised error',
    cause: 'Not in the 4.x catalog, or its shape is unreadable.',
    fix: [
      'Copy the report.',
      'Check the browser console and SDK log.',
      'Update to the latest 4.x SDK.',
      'Send the report to support.',
    ],
    hint: "Something went wrong. Reload the page; if it happens again, contact the app's support.",
  },
} satisfies Readonly<Record<'unknown', EntryText>>;

/** The base part of the English words. */
export const part: Parts['base'] = { lines, catalog };
