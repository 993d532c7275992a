/**
 * The SDK's error codes (`error.getCode()`): the 26 of the seed page plus the three the SDK has
 * beyond it (API_CALL_TIMEOUT, SCHEDULE_FAILED, API_CALL_ABORTED), keyed by the page's spelling.
 * Codes are consecutive in runs, so each run states its first code and the rest count up.
 */
import {
  ACCOUNT,
  CAPTURE,
  ENVIRONMENT,
  FIREWALL_GUIDE,
  INFO,
  MEDIA_PATH,
  NETWORK,
  NO_DEVICE,
  NONE,
  PERMISSION,
  PERMISSION_GUIDE,
  REPORT,
  entry,
  type Complete,
  type NameOf,
  type Row,
  type WordsOf,
} from './build.js';
import {
  AUTOPLAY,
  CAPTURE_ERRORS,
  CHROME_AUTOPLAY,
  FIREWALL,
  JOIN_CODES,
  PORTS,
  SUPPORT_CHECK,
} from './links.js';
import type { CatalogKey } from '../lang/types.js';
import type { CatalogEntry, SdkErrorKey } from './types.js';

/**
 * Runs of consecutive codes: the first code, then one row per code (see `Row`; the words are the
 * packs' `sdk:<KEY>` records in `src/lang/`).
 */
const runs = [
  [
    4096,
    ['INVALID_PARAMETER'],
    ['INVALID_OPERATION'],
    ['NOT_SUPPORTED', ENVIRONMENT, [SUPPORT_CHECK]],
    ['DEVICE_NOT_FOUND', NO_DEVICE, [SUPPORT_CHECK]],
    ['INITIALIZE_FAILED', PERMISSION, [CAPTURE_ERRORS], PERMISSION_GUIDE],
  ],
  [
    16385,
    // The page's spelling, then the SDK's.
    ['SIGNAL_CAHNNEL_SETUP_FAILED|SIGNAL_CHANNEL_SETUP_FAILED', ACCOUNT, [JOIN_CODES]],
    ['SIGNAL_CHANNEL_ERROR', NETWORK],
    ['ICE_TRANSPORT_ERROR', MEDIA_PATH, [PORTS], FIREWALL_GUIDE],
    ['JOIN_ROOM_FAILED', ACCOUNT, [JOIN_CODES]],
    ['CREATE_OFFER_FAILED', ['check-environment', 'copy-report']],
    ['SIGNAL_CHANNEL_RECONNECTION_FAILED', NETWORK],
    ['UPLINK_RECONNECTION_FAILED', NETWORK],
    ['DOWNLINK_RECONNECTION_FAILED', NETWORK],
  ],
  [16400, ['REMOTE_STREAM_NOT_EXIST', NONE, NONE, INFO]],
  [
    16448,
    ['CLIENT_BANNED'],
    ['SERVER_TIMEOUT', NETWORK],
    ['SUBSCRIPTION_TIMEOUT', NETWORK],
    [
      'PLAY_NOT_ALLOWED',
      ['resume-playback'],
      [AUTOPLAY, CHROME_AUTOPLAY],
      { severity: 'warning', guide: 'autoplay' },
    ],
    ['DEVICE_AUTO_RECOVER_FAILED', CAPTURE],
    ['START_PUBLISH_CDN_FAILED', REPORT],
    ['STOP_PUBLISH_CDN_FAILED', REPORT],
    ['START_MIX_TRANSCODE_FAILED', REPORT],
    ['STOP_MIX_TRANSCODE_FAILED', REPORT],
    ['NOT_SUPPORTED_H264', ENVIRONMENT],
    ['SWITCH_ROLE_FAILED', REPORT],
    ['API_CALL_TIMEOUT', NETWORK, NONE, { words: 'sdk:SERVER_TIMEOUT' }],
    ['SCHEDULE_FAILED', MEDIA_PATH, [FIREWALL], FIREWALL_GUIDE],
    ['API_CALL_ABORTED', NONE, NONE, INFO],
  ],
  [65535, ['UNKOWN|UNKNOWN', REPORT]],
] as const satisfies readonly (readonly [first: number, ...rows: Row[]])[];

/** Type check only: every SDK key has a row. */
export type SdkKeysComplete = Complete<Exclude<SdkErrorKey, NameOf<(typeof runs)[number][number]>>>;

/** Type check only: the words of every row are in the packs. */
export type SdkWordsComplete = Complete<
  Exclude<WordsOf<'sdk', (typeof runs)[number][number]>, CatalogKey>
>;

/** The SDK entries, `sdk:<KEY>`, in code order. */
export const sdkEntries: readonly CatalogEntry[] = runs.flatMap(([first, ...rows]) =>
  rows.map((row, i) => entry('sdk', row, { code: first + i })),
);

/** Every SDK code by key, as `getCode()` returns it (the hex form is `0x` + `code.toString(16)`). */
export const SDK_CODES = Object.freeze(
  Object.fromEntries(sdkEntries.map((e) => [e.key, e.code])),
) as Readonly<Record<SdkErrorKey, number>>;
