/**
 * The common error messages of the seed page that are not browser error names: `message:<text>`,
 * keyed by the page's exact text. The aliases (after `|`) are texts the shipped `trtc.js`
 * (4.15.22) really produces for the same event: the whole text or its fixed leading part (the
 * part before the first variable), so a real message matches by inclusion.
 */
import {
  FIREWALL_GUIDE,
  MEDIA_PATH,
  NETWORK,
  NONE,
  WARNING,
  entry,
  type Complete,
  type Row,
  type WordsOf,
} from './build.js';
import { FIREWALL } from './links.js';
import type { CatalogKey } from '../lang/types.js';
import type { CatalogEntry } from './types.js';

/** A media path the network blocks: the words of ICE_TRANSPORT_ERROR, the firewall page. */
const blocked = <N extends string>(names: N) =>
  [
    names,
    MEDIA_PATH,
    [FIREWALL],
    { ...FIREWALL_GUIDE, words: 'sdk:ICE_TRANSPORT_ERROR' },
  ] as const satisfies Row;

/** The nine page messages that are the SDK's own texts (see `Row`; the words are the packs'). */
const rows = [
  // The publish offer's answer timeout (10 s) in 4.15.22; "exchange sdp timeout observed." is
  // the subscribe side and stays with API_CALL_TIMEOUT.
  ['publish timeout|exchange sdp timeout.', NETWORK],
  ['join room timeout|join room timeout.', NETWORK],
  blocked('DTLS Transport connection timeout (10s)'),
  [
    'failed to connect to remote server via websocket',
    NETWORK,
    NONE,
    { words: 'sdk:SIGNAL_CHANNEL_ERROR' },
  ],
  // 4.15.22 says "uplink ICE/DTLS Transport connection failed. ICE Transport state: ..." (the
  // page's text is inside it), or "... connection closed" when the browser closed the path.
  blocked('ICE/DTLS Transport connection failed|ICE/DTLS Transport connection closed'),
  [
    'previous publishing is ongoing, please avoid re-publishing|previous publish() is ongoing',
    NONE,
    NONE,
    WARNING,
  ],
  // As SIGNAL_CHANNEL_RECONNECTION_FAILED.
  [
    'SignalChannel reconnect failed|signal channel reconnection failed',
    NETWORK,
    NONE,
    { words: 'sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED' },
  ],
  [
    'duplicate publishing, please unpublish and then re-publish|duplicate local stream publishing|duplicate auxiliary stream publishing',
    NONE,
    NONE,
    WARNING,
  ],
  blocked('RtcError: no valid ice candidate found|no valid ice candidate found'),
] as const satisfies readonly Row[];

/** Type check only: the words of every row are in the packs. */
export type MessageWordsComplete = Complete<
  Exclude<WordsOf<'message', (typeof rows)[number]>, CatalogKey>
>;

/** The message entries, `message:<page text>`. */
export const messageEntries: readonly CatalogEntry[] = rows.map((row) => entry('message', row));
