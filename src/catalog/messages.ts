/**
 * The common error messages of the seed page that are not browser error names: `message:<text>`,
 * keyed by the page's exact text. The aliases (after `|`) are texts the shipped `trtc.js`
 * (4.15.22) really produces for the same event: the whole text or its fixed leading part (the
 * part before the first variable), so a real message matches by inclusion.
 */
import { FIREWALL_GUIDE, MEDIA_PATH, NETWORK, NONE, WARNING, entry, type Row } from './build.js';
import { FIREWALL } from './links.js';
import type { CatalogEntry } from './types.js';

/** A media path the network blocks: the words of ICE_TRANSPORT_ERROR (7), the firewall page. */
const blocked = (names: string): Row => [names, 7, MEDIA_PATH, [FIREWALL], FIREWALL_GUIDE];

/** The nine page messages that are the SDK's own texts (see `Row`; the words are in en.ts). */
const rows: readonly Row[] = [
  // The publish offer's answer timeout (10 s) in 4.15.22; "exchange sdp timeout observed." is
  // the subscribe side and stays with API_CALL_TIMEOUT.
  ['publish timeout|exchange sdp timeout.', 49, NETWORK],
  ['join room timeout|join room timeout.', 50, NETWORK],
  blocked('DTLS Transport connection timeout (10s)'),
  ['failed to connect to remote server via websocket', 6, NETWORK], // as SIGNAL_CHANNEL_ERROR
  // 4.15.22 says "uplink ICE/DTLS Transport connection failed. ICE Transport state: ..." (the
  // page's text is inside it), or "... connection closed" when the browser closed the path.
  blocked('ICE/DTLS Transport connection failed|ICE/DTLS Transport connection closed'),
  [
    'previous publishing is ongoing, please avoid re-publishing|previous publish() is ongoing',
    51,
    NONE,
    NONE,
    WARNING,
  ],
  // As SIGNAL_CHANNEL_RECONNECTION_FAILED.
  ['SignalChannel reconnect failed|signal channel reconnection failed', 10, NETWORK],
  [
    'duplicate publishing, please unpublish and then re-publish|duplicate local stream publishing|duplicate auxiliary stream publishing',
    52,
    NONE,
    NONE,
    WARNING,
  ],
  blocked('RtcError: no valid ice candidate found|no valid ice candidate found'),
];

/** The message entries, `message:<page text>`. */
export const messageEntries: readonly CatalogEntry[] = rows.map((row) => entry('message', row));
