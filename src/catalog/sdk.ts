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
import type { CatalogEntry, SdkErrorKey } from './types.js';

/**
 * Runs of consecutive codes: the first code, then one row per code (see `Row`; the words are in
 * en.ts and zh.ts).
 */
const runs = [
  [
    4096,
    ['INVALID_PARAMETER', 0],
    ['INVALID_OPERATION', 1],
    ['NOT_SUPPORTED', 2, ENVIRONMENT, [SUPPORT_CHECK]],
    ['DEVICE_NOT_FOUND', 3, NO_DEVICE, [SUPPORT_CHECK]],
    ['INITIALIZE_FAILED', 4, PERMISSION, [CAPTURE_ERRORS], PERMISSION_GUIDE],
  ],
  [
    16385,
    // The page's spelling, then the SDK's.
    ['SIGNAL_CAHNNEL_SETUP_FAILED|SIGNAL_CHANNEL_SETUP_FAILED', 5, ACCOUNT, [JOIN_CODES]],
    ['SIGNAL_CHANNEL_ERROR', 6, NETWORK],
    ['ICE_TRANSPORT_ERROR', 7, MEDIA_PATH, [PORTS], FIREWALL_GUIDE],
    ['JOIN_ROOM_FAILED', 8, ACCOUNT, [JOIN_CODES]],
    ['CREATE_OFFER_FAILED', 9, ['check-environment', 'copy-report']],
    ['SIGNAL_CHANNEL_RECONNECTION_FAILED', 10, NETWORK],
    ['UPLINK_RECONNECTION_FAILED', 11, NETWORK],
    ['DOWNLINK_RECONNECTION_FAILED', 64, NETWORK],
  ],
  [16400, ['REMOTE_STREAM_NOT_EXIST', 12, NONE, NONE, INFO]],
  [
    16448,
    ['CLIENT_BANNED', 13],
    ['SERVER_TIMEOUT', 14, NETWORK],
    ['SUBSCRIPTION_TIMEOUT', 15, NETWORK],
    [
      'PLAY_NOT_ALLOWED',
      16,
      ['resume-playback'],
      [AUTOPLAY, CHROME_AUTOPLAY],
      { severity: 'warning', guide: 'autoplay' },
    ],
    ['DEVICE_AUTO_RECOVER_FAILED', 17, CAPTURE],
    ['START_PUBLISH_CDN_FAILED', 18, REPORT],
    ['STOP_PUBLISH_CDN_FAILED', 19, REPORT],
    ['START_MIX_TRANSCODE_FAILED', 20, REPORT],
    ['STOP_MIX_TRANSCODE_FAILED', 21, REPORT],
    ['NOT_SUPPORTED_H264', 22, ENVIRONMENT],
    ['SWITCH_ROLE_FAILED', 23, REPORT],
    ['API_CALL_TIMEOUT', 14, NETWORK],
    ['SCHEDULE_FAILED', 24, MEDIA_PATH, [FIREWALL], FIREWALL_GUIDE],
    ['API_CALL_ABORTED', 25, NONE, NONE, INFO],
  ],
  [65535, ['UNKOWN|UNKNOWN', 26, REPORT]],
] as const satisfies readonly (readonly [first: number, ...rows: Row[]])[];

/** Type check only: every SDK key has a row. */
export type SdkKeysComplete = Complete<Exclude<SdkErrorKey, NameOf<(typeof runs)[number][number]>>>;

/** The SDK entries, `sdk:<KEY>`, in code order. */
export const sdkEntries: readonly CatalogEntry[] = runs.flatMap(([first, ...rows]) =>
  rows.map((row, i) => entry('sdk', row, { code: first + i })),
);

/** Every SDK code by key, as `getCode()` returns it (the hex form is `0x` + `code.toString(16)`). */
export const SDK_CODES = Object.freeze(
  Object.fromEntries(sdkEntries.map((e) => [e.key, e.code])),
) as Readonly<Record<SdkErrorKey, number>>;
