/**
 * Types of the error catalog. The catalog is data only: it imports nothing but these types.
 *
 * The code unions are string-literal types so that a catalog missing a key fails the type check
 * (`Record<SdkErrorKey, ...>`).
 */

/** The two languages every entry is written in. */
export type Lang = 'zh' | 'en';

/** A string in both languages. */
export type LocalText = Readonly<Record<Lang, string>>;

/** How bad a problem is. `info` is a normal interaction (e.g. REMOTE_STREAM_NOT_EXIST). */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Something the panel can do about a problem. Core implements each one; the UI shows a button
 * (`data-action`) for each action of a diagnosis that the doctor can run.
 */
export type ActionId =
  | 'resume-playback'
  | 'request-permission'
  | 'retry-capture'
  | 'check-devices'
  | 'check-environment'
  | 'rejoin'
  | 'copy-report'
  /** v5: the operating system denied the device; `error.handler()` opens its settings page. */
  | 'open-system-settings'
  | 'reload-page'
  /** Checks the scheduling host, signalling and ICE candidates, and says what is blocked. */
  | 'test-connection';

/**
 * A longer guide the UI can show inside a card, beyond cause and fix:
 * - `firewall`: the ports and domains to allow, with the official page;
 * - `unblock-permission`: how to unblock camera/microphone per browser;
 * - `autoplay`: why the browser blocks sound until a click.
 */
export type GuideId = 'firewall' | 'unblock-permission' | 'autoplay';

/** Where a diagnosis comes from. */
export type EntryKind = 'sdk' | 'account' | 'join' | 'browser' | 'message' | 'v5';

/** The SDK's error keys (the seed page's spelling; the SDK's own spellings are aliases). */
export type SdkErrorKey =
  | 'INVALID_PARAMETER'
  | 'INVALID_OPERATION'
  | 'NOT_SUPPORTED'
  | 'DEVICE_NOT_FOUND'
  | 'INITIALIZE_FAILED'
  | 'SIGNAL_CAHNNEL_SETUP_FAILED'
  | 'SIGNAL_CHANNEL_ERROR'
  | 'ICE_TRANSPORT_ERROR'
  | 'JOIN_ROOM_FAILED'
  | 'CREATE_OFFER_FAILED'
  | 'SIGNAL_CHANNEL_RECONNECTION_FAILED'
  | 'UPLINK_RECONNECTION_FAILED'
  | 'DOWNLINK_RECONNECTION_FAILED'
  | 'REMOTE_STREAM_NOT_EXIST'
  | 'CLIENT_BANNED'
  | 'SERVER_TIMEOUT'
  | 'SUBSCRIPTION_TIMEOUT'
  | 'PLAY_NOT_ALLOWED'
  | 'DEVICE_AUTO_RECOVER_FAILED'
  | 'START_PUBLISH_CDN_FAILED'
  | 'STOP_PUBLISH_CDN_FAILED'
  | 'START_MIX_TRANSCODE_FAILED'
  | 'STOP_MIX_TRANSCODE_FAILED'
  | 'NOT_SUPPORTED_H264'
  | 'SWITCH_ROLE_FAILED'
  | 'API_CALL_TIMEOUT'
  | 'SCHEDULE_FAILED'
  | 'API_CALL_ABORTED'
  | 'UNKOWN';

/** The v5 SDK's top-level `error.code` values (`TRTC.ERROR_CODE`). */
export type V5ErrorCode = 5000 | 5100 | 5200 | 5300 | 5400 | 5500 | 5998 | 5999;

/** The v5 SDK's `error.extraCode` values of its own (5400's server codes are account/join codes). */
// One row per top-level code reads better than one code per line:
// prettier-ignore
export type V5ExtraCode =
  | 5001 | 5002 | 5003 | 5004 | 5005 | 5006 | 5007 | 5008 | 5009 | 5010
  | 5011 | 5012 | 5013 | 5014 | 5015 | 5016 | 5017 | 5018 | 5019 | 5020
  | 5101 | 5102 | 5103 | 5104 | 5105 | 5106 | 5107 | 5108 | 5109
  | 5201 | 5202 | 5203 | 5204 | 5205 | 5206 | 5207 | 5208 | 5209 | 5210
  | 5301 | 5302 | 5303 | 5304 | 5305 | 5306 | 5307 | 5308 | 5309 | 5310
  | 5401
  | 5501 | 5502 | 5503 | 5504 | 5505 | 5506 | 5507 | 5508;

/** v5 event payloads explained on their own: `kicked-out` reasons, `autoplay-failed` (and below 5.9). */
export type V5EventEntry =
  | 'kicked-out/kick'
  | 'kicked-out/banned'
  | 'kicked-out/room_disband'
  | 'autoplay-failed'
  | 'autoplay-failed/no-resume';

/** Every v5 entry by name: its id is `v5:<name>`. */
export type V5EntryName = V5ErrorCode | V5ExtraCode | V5EventEntry;

/** The v5 words of one language: a record per entry, so a missing entry fails the type check. */
export type V5Words = Readonly<Record<V5EntryName, EntryText>>;

/** The account-system codes of the seed page (62), as the server sends them in `getExtraCode()`. */
export type AccountCode =
  | -8
  | 70001
  | 70002
  | 70003
  | 70004
  | 70005
  | 70006
  | 70007
  | 70008
  | 70009
  | 70010
  | 70013
  | 70014
  | 70015
  | 70016
  | 70017
  | 70018
  | 70019
  | 70020
  | 70050
  | 70051
  | 70052
  | 70101
  | 70102
  | 70103
  | 70104
  | 70105
  | 70106
  | 70107
  | 70113
  | 70114
  | 70115
  | 70140
  | 70145
  | 70169
  | 70201
  | 70202
  | 70203
  | 70204
  | 70205
  | 70206
  | 70207
  | 70208
  | 70209
  | 70210
  | 70211
  | 70212
  | 70213
  | 70214
  | 70221
  | 70222
  | 70225
  | 70231
  | 70236
  | 70308
  | 70346
  | 70347
  | 70348
  | 70362
  | 70401
  | 70402
  | 70403;

/** The join-failure codes: the seed page's 9 and the six-digit -100013 and -100018. */
export type JoinCode =
  10006 | -10011 | -10012 | -10013 | -10015 | -10016 | -10018 | -10019 | -10020 | -100013 | -100018;

/** The browser (DOMException) names the catalog explains. */
export type BrowserErrorName =
  | 'NotAllowedError'
  | 'NotFoundError'
  | 'NotReadableError'
  | 'OverconstrainedError'
  | 'AbortError'
  | 'SecurityError'
  | 'TypeError';

/** An official link. Only `https:` URLs are allowed in the catalog. */
export interface DocLink {
  readonly label: LocalText;
  readonly url: string;
}

/** The words of one entry in one language, in our own words. */
export interface EntryText {
  /** A short title, a few words. */
  readonly title: string;
  /** Why it happens. */
  readonly cause: string;
  /** What to do, as concrete steps, in order. */
  readonly fix: readonly string[];
  /**
   * One calm line for an end user: what they can do, or whom to ask (the app's support). No codes.
   * Every entry an end user can see has one; developer-only entries have none.
   */
  readonly hint?: string;
}

/** One explained error: an SDK code, an account or join-room code, a browser error or a message. */
export interface CatalogEntry {
  /** Stable id: `sdk:PLAY_NOT_ALLOWED`, `account:70001`, `join:-10013`, `browser:NotAllowedError`, `message:publish timeout`. */
  readonly id: string;
  readonly kind: EntryKind;
  /** The SDK key (sdk), the error name (browser) or the message (message). */
  readonly key?: string;
  /** The numeric code (sdk, account, join). */
  readonly code?: number;
  readonly severity: Severity;
  readonly actions: readonly ActionId[];
  readonly docs: readonly DocLink[];
  readonly guide?: GuideId;
  /** `developer`: advice about the page's own code, never shown to end users (`audience: 'user'`). */
  readonly audience?: 'developer';
  /** Other spellings that mean this entry (e.g. the SDK's `SIGNAL_CHANNEL_SETUP_FAILED`). */
  readonly aliases?: readonly string[];
  readonly text: Readonly<Record<Lang, EntryText>>;
}
