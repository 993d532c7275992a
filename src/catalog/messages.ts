/**
 * The common error messages of the seed page that are not browser error names: `message:<text>`,
 * keyed by the page's exact text. `aliases` are texts the shipped `trtc.js` (4.15.22) really
 * produces for the same event: the whole text or its fixed leading part (the part before the
 * first variable), so a real message matches by inclusion.
 */
import { MEDIA_PATH, NETWORK, entry, texts, type EntrySpec } from './build.js';
import { FIREWALL } from './links.js';
import { HINT_NETWORK, MEDIA_PATH_TEXT, SIGNAL_RECONNECT_TEXT, SIGNAL_TEXT } from './shared.js';
import type { CatalogEntry } from './types.js';

/** The nine page messages that are the SDK's own texts. */
type PageMessage =
  | 'publish timeout'
  | 'join room timeout'
  | 'DTLS Transport connection timeout (10s)'
  | 'failed to connect to remote server via websocket'
  | 'ICE/DTLS Transport connection failed'
  | 'previous publishing is ongoing, please avoid re-publishing'
  | 'SignalChannel reconnect failed'
  | 'duplicate publishing, please unpublish and then re-publish'
  | 'RtcError: no valid ice candidate found';

/** A media path the network blocks: the firewall guide and page. */
const BLOCKED: EntrySpec = {
  actions: MEDIA_PATH,
  guide: 'firewall',
  docs: [FIREWALL],
  text: MEDIA_PATH_TEXT,
};

const messageSpecs: Record<PageMessage, EntrySpec> = {
  'publish timeout': {
    actions: NETWORK,
    // The publish offer's answer timeout (10 s) in 4.15.22; "exchange sdp timeout observed." is
    // the subscribe side and stays with API_CALL_TIMEOUT.
    aliases: ['exchange sdp timeout.'],
    text: texts(
      [
        '推流超时',
        '`publish()` 未及时完成，多因网络较差。',
        ['检查网络后重新 `publish()` 或重进房间。'],
        HINT_NETWORK.zh,
      ],
      [
        'Publish timed out',
        '`publish()` did not finish in time, mostly a poor network.',
        ['Check the network, then `publish()` again or rejoin.'],
        HINT_NETWORK.en,
      ],
    ),
  },
  'join room timeout': {
    actions: NETWORK,
    aliases: ['join room timeout.'],
    text: texts(
      [
        '进房超时',
        '信令 10 秒内未连上，或 5 秒内未收到进房应答。',
        ['检查网络后刷新重进。'],
        HINT_NETWORK.zh,
      ],
      [
        'Join timed out',
        'No signalling within 10 s, or no join reply within 5 s.',
        ['Check the network, reload and rejoin.'],
        HINT_NETWORK.en,
      ],
    ),
  },
  'DTLS Transport connection timeout (10s)': BLOCKED,
  'failed to connect to remote server via websocket': { actions: NETWORK, text: SIGNAL_TEXT },
  // 4.15.22 says "uplink ICE/DTLS Transport connection failed. ICE Transport state: ..." (the
  // page's text is inside it), or "... connection closed" when the browser closed the path.
  'ICE/DTLS Transport connection failed': {
    ...BLOCKED,
    aliases: ['ICE/DTLS Transport connection closed'],
  },
  'previous publishing is ongoing, please avoid re-publishing': {
    severity: 'warning',
    aliases: ['previous publish() is ongoing'],
    text: texts(
      ['重复 publish()', '上一次 `publish()` 尚未完成。', ['等它完成后再调用。']],
      [
        'publish() still running',
        'The previous `publish()` has not finished.',
        ['Await it before calling again.'],
      ],
    ),
  },
  'SignalChannel reconnect failed': {
    actions: NETWORK,
    aliases: ['signal channel reconnection failed'],
    text: SIGNAL_RECONNECT_TEXT,
  },
  'duplicate publishing, please unpublish and then re-publish': {
    severity: 'warning',
    aliases: ['duplicate local stream publishing', 'duplicate auxiliary stream publishing'],
    text: texts(
      [
        '重复推流',
        '已有流在推，又对另一路流调用了 `publish()`。',
        ['先 `unpublish()` 再推；换设备用 `switchDevice()`。'],
      ],
      [
        'Already publishing',
        'A stream is already published; `publish()` was called for another.',
        ['`unpublish()` first; to change device use `switchDevice()`.'],
      ],
    ),
  },
  'RtcError: no valid ice candidate found': {
    ...BLOCKED,
    aliases: ['no valid ice candidate found'],
  },
};

/** The message entries, `message:<page text>`. */
export const messageEntries: readonly CatalogEntry[] = Object.entries(messageSpecs).map(
  ([text, spec]) => entry('message', text, spec),
);
