/**
 * The public types of trtc-doctor's core: what `diagnose()` returns and what `createDoctor()`
 * makes. Names here are the contract in DESIGN.md: tests, the UI and users rely on them.
 */
import type { ReadonlySignal } from '@preact/signals-core';
import type { ActionId, GuideId, Lang, Severity } from '../catalog/types.js';
import type { UserSigReason } from '../catalog/usersig.js';

export type { ActionId, GuideId, Lang, Severity } from '../catalog/types.js';
export type { UserSigReason } from '../catalog/usersig.js';

/** What a diagnosis is about. */
export type DiagnosisKind = 'sdk' | 'account' | 'join' | 'browser' | 'message' | 'v5' | 'unknown';

/** A resolved link, in the diagnosis' language. */
export interface DiagnosisDoc {
  readonly label: string;
  readonly url: string;
}

/** What `diagnose()` makes of anything: the cause and the fix, in one language. */
export interface Diagnosis {
  /** Stable: `sdk:PLAY_NOT_ALLOWED`, `account:70001`, `join:-10013`, `browser:NotAllowedError`, `message:publish timeout`, `unknown`. */
  readonly id: string;
  readonly kind: DiagnosisKind;
  /** The SDK key (`PLAY_NOT_ALLOWED`), the browser error name, or the message matched. */
  readonly key?: string;
  /** The numeric code, when there is one (16451, 70001, -10013, or a v5 code). */
  readonly code?: number;
  /** `0x4043` for SDK codes (lower-case, as the SDK prints them). */
  readonly hex?: string;
  /** The SDK's `getExtraCode()` (or v5 `extraCode`), when not 0. */
  readonly extraCode?: number;
  /** Diagnoses behind this one, e.g. the account code behind a JOIN_ROOM_FAILED. Most useful first. */
  readonly related: readonly Diagnosis[];
  readonly severity: Severity;
  readonly title: string;
  readonly cause: string;
  /** Concrete steps, in order. */
  readonly fix: readonly string[];
  /** One line an end user can act on, where there is one. */
  readonly hint?: string;
  readonly actions: readonly ActionId[];
  readonly docs: readonly DiagnosisDoc[];
  readonly guide?: GuideId;
  /** `developer`: about the page's own code; the panel hides it from end users. */
  readonly audience?: 'developer';
  /** The original message, secrets redacted, bounded in length. */
  readonly message?: string;
  /** The error's `name` when it is not the generic `RtcError`/`Error` (e.g. `NotAllowedError`). */
  readonly errorName?: string;
  /** Which SDK generation produced the error, when it can be told. */
  readonly sdkVersion?: 'v4' | 'v5';
  /** OverconstrainedError: the constraint no device meets (`deviceId`, `width`, `frameRate`...). */
  readonly constraint?: string;
  readonly lang: Lang;
}

/** Options of `diagnose()`. */
export interface DiagnoseOptions {
  /** The language of the texts. Default: the browser's (`zh*` gives zh), else en. */
  lang?: Lang;
  /**
   * The call that failed, when known (`play`, `resume`, `initialize`, `join`): a NotAllowedError
   * from `play()` or `resume()` is blocked playback, from `initialize()` a refused permission.
   */
  operation?: string;
}

/** Re-exported for tools that list the catalog. */
export type { CatalogEntry, DocLink, EntryText } from '../catalog/types.js';

// ---------------------------------------------------------------------------------------------
// The SDK objects, as much of them as trtc-doctor touches. Structural, so v4 objects, test fakes
// and future versions all fit.
// ---------------------------------------------------------------------------------------------

/**
 * Anything with the SDK's event-emitter methods. Handlers take `unknown[]`: the SDK's typings
 * declare `on<K>(event: K, handler: Callback<EventMap[K]>)`, which only fits a handler type
 * whose arguments accept every event payload.
 */
export interface EmitterLike {
  on(event: string, handler: (...args: unknown[]) => unknown): unknown;
  off(event: string, handler: (...args: unknown[]) => unknown): unknown;
}

/** A TRTC v4 client (`TRTC.createClient(...)`), as trtc-doctor sees it. */
export interface TrtcClientLike extends EmitterLike {
  join?(...args: never[]): Promise<unknown>;
  leave?(...args: never[]): Promise<unknown>;
  publish?(...args: never[]): Promise<unknown>;
  unpublish?(...args: never[]): Promise<unknown>;
  subscribe?(...args: never[]): Promise<unknown>;
  switchRole?(...args: never[]): Promise<unknown>;
}

/** A TRTC v4 stream (local or remote), as trtc-doctor sees it. */
export interface TrtcStreamLike extends EmitterLike {
  initialize?(...args: never[]): Promise<unknown>;
  play?(...args: never[]): Promise<unknown>;
  resume?(): Promise<unknown>;
  getUserId?(): string;
  getId?(): string;
  getType?(): string;
}

/**
 * A TRTC v5 instance (`TRTC.create()`), as trtc-doctor sees it: one object per call, with the
 * emitter and the room, device and media methods.
 */
export interface TrtcInstanceLike extends EmitterLike {
  enterRoom(...args: never[]): Promise<unknown>;
  exitRoom?(...args: never[]): Promise<unknown>;
  switchRoom?(...args: never[]): Promise<unknown>;
  switchRole?(...args: never[]): Promise<unknown>;
  startLocalVideo?(...args: never[]): Promise<unknown>;
  startLocalAudio?(...args: never[]): Promise<unknown>;
  startRemoteVideo?(...args: never[]): Promise<unknown>;
  destroy?(): unknown;
}

/**
 * The `TRTC` namespace (the script's global or the module's default export), v4 or v5. v4 has
 * `createClient`, `checkSystemRequirements` and `getCameras`; v5 has `create`, `isSupported`,
 * `getCameraList` and `getPermissions`.
 */
export interface TrtcNamespaceLike {
  VERSION?: string;
  createClient?(config: unknown): unknown;
  createStream?(config: unknown): unknown;
  checkSystemRequirements?(): Promise<unknown>;
  isScreenShareSupported?(): boolean;
  isSmallStreamSupported?(): boolean | Promise<boolean>;
  getCameras?(): Promise<unknown[]>;
  getMicrophones?(): Promise<unknown[]>;
  getSpeakers?(): Promise<unknown[]>;
  /** v5: makes the one object of a call. */
  create?(options?: never): unknown;
  /** v5: `{ result, detail }`, like v4's `checkSystemRequirements()`. */
  isSupported?(): Promise<unknown>;
  /** v5: `requestPermission` (default true) may open the camera for a moment; we pass false. */
  getCameraList?(requestPermission?: boolean): Promise<unknown[]>;
  getMicrophoneList?(requestPermission?: boolean): Promise<unknown[]>;
  getSpeakerList?(requestPermission?: boolean): Promise<unknown[]>;
  /** v5.13+: camera and microphone permission states (`request: false` reads without asking). */
  getPermissions?(option: {
    request?: boolean;
    types?: ('camera' | 'microphone')[];
  }): Promise<unknown>;
}

// ---------------------------------------------------------------------------------------------
// The doctor
// ---------------------------------------------------------------------------------------------

/** What a problem came from, so an action can act on the right object. */
export interface ProblemSource {
  readonly type: 'client' | 'local-stream' | 'remote-stream' | 'page';
  /** The label given to `watchClient`/`watchStream`, or one made up (`client 1`). */
  readonly label: string;
  /** The remote user, for remote streams. */
  readonly userId?: string;
  /** The SDK object itself. Never serialised into a report. */
  readonly target?: object;
}

/** Extra facts about where an error was caught. */
export interface CaptureContext {
  /** The operation that failed: `join`, `publish`, `initialize`, `play`, `resume`, ... */
  operation?: string;
  source?: ProblemSource;
}

/**
 * What a userSig says once decoded, compared with the client that uses it. Facts only: the
 * userSig, its HMAC and its userbuf are never kept. Times in ms since the epoch.
 */
export interface UserSigFacts {
  readonly valid: boolean;
  /** Why it is not a TLS v2 signature (when `valid` is false). */
  readonly reason?: UserSigReason;
  /** The userId it was made for. */
  readonly identifier?: string;
  /** The SDKAppID it was made for. */
  readonly sdkAppId?: number;
  readonly issuedAt?: number;
  readonly expiresAt?: number;
  readonly validForSeconds?: number;
  /** Whether it was made for the joining userId / SDKAppID (absent when that is not known). */
  readonly userIdMatches?: boolean;
  readonly sdkAppIdMatches?: boolean;
  /** The userId and SDKAppID of the client that uses it, when known. */
  readonly joiningUserId?: string;
  readonly joiningSdkAppId?: number;
  /** When it was decoded and compared. */
  readonly checkedAt: number;
}

/** One distinct problem: a diagnosis from a source, seen `count` times. */
export interface Problem {
  /** Diagnosis id + source: equal fingerprints are one problem. */
  readonly fingerprint: string;
  readonly diagnosis: Diagnosis;
  readonly source: ProblemSource;
  /** The operation that failed, when known. */
  readonly operation?: string;
  readonly count: number;
  /** `Date.now()` of the first and the last occurrence. */
  readonly firstAt: number;
  readonly lastAt: number;
  readonly resolved: boolean;
  readonly resolvedAt?: number;
  /** The decoded facts of the source's userSig, on userSig problems (never the userSig). */
  readonly userSig?: UserSigFacts;
  /**
   * What the first occurrence was recorded from (the SDK's error object itself, unredacted),
   * for the host's own telemetry. Kept in memory only, released with the problem: never shown,
   * never in a report.
   */
  readonly error?: unknown;
}

/** One line of the timeline. */
export interface TimelineEntry {
  /** Increasing, unique for a doctor. */
  readonly seq: number;
  readonly at: number;
  readonly type: 'error' | 'state' | 'action' | 'info';
  /** e.g. `connection-state-changed`, `peer-join`, `error`, `action:resume-playback`. */
  readonly event: string;
  /** A short redacted description. */
  readonly text: string;
  readonly source?: Pick<ProblemSource, 'type' | 'label' | 'userId'>;
  readonly diagnosisId?: string;
}

/** What an action did. */
export interface ActionResult {
  readonly action: ActionId;
  readonly ok: boolean;
  /**
   * A machine-readable outcome, e.g. `resumed`, `granted`, `denied`, `blocked`, `no-device`,
   * `in-use`, `insecure-context`, `unsupported`, `copied`, `downloaded`, `failed`.
   */
  readonly outcome: string;
  /** A short localised sentence for the UI. */
  readonly text: string;
  /** Action-specific data (device lists, environment facts, permission states). */
  readonly data?: unknown;
}

/** Which words the panel uses. */
export type Audience = 'developer' | 'user';

/** Options of `createDoctor()`. */
export interface DoctorOptions {
  /** Language of texts. Default: the browser's. */
  lang?: Lang;
  /** Developer (codes, raw messages, docs) or end user wording. */
  audience?: Audience;
  /** Wrap `join`, `publish`, `initialize`, `play`, ... of watched objects to capture their rejections. Default true. */
  wrapMethods?: boolean;
  /** Capture unhandled promise rejections that are TRTC errors. Default true. */
  captureUnhandledRejections?: boolean;
  /** The `TRTC` namespace, for environment and device checks. Default: `globalThis.TRTC`. */
  trtc?: TrtcNamespaceLike;
  /** Called once for each new problem (and again when a resolved one comes back). Guarded. */
  onProblem?: (problem: Problem) => void;
  /** Offered as the `retry-capture` action when given: re-create and initialize the local stream. */
  onRetryCapture?: (problem: Problem) => unknown;
  /** Offered as the `rejoin` action when given: leave and join again with fresh credentials. */
  onRejoin?: (problem: Problem) => unknown;
  /**
   * Offered as "Send to support" in the end user's contact form when given: called with what the
   * user wrote and the redacted report. Guarded; a returned promise that rejects shows as failed.
   */
  onReport?: (report: SupportReport) => unknown;
  /** Keep at most this many distinct problems (oldest resolved go first). */
  maxProblems?: number;
  /** Keep at most this many timeline entries (a ring buffer). */
  maxTimeline?: number;
  /** Replace user ids by stable pseudonyms in reports. Default false. */
  pseudonymizeUserIds?: boolean;
  /**
   * Where the `test-connection` action and `preflight()` look. Default: the official hosts
   * (`https://schedule.cloud-rtc.com`, `wss://trtc.rtc.qq.com`), no ICE servers, 5000 ms each.
   */
  connectionTest?: ConnectionTestOptions;
}

/** The hosts of the connection test (see `DoctorOptions.connectionTest`). */
export interface ConnectionTestOptions {
  /** An HTTPS URL that must answer (any answer counts: the request is `no-cors`). */
  scheduleUrl?: string;
  /** A `wss:` URL whose WebSocket must open. */
  signalUrl?: string;
  /** STUN/TURN servers for the ICE check; without any, only host candidates can be seen. */
  iceServers?: RTCIceServer[];
  /** The time limit of each check, in ms. */
  timeoutMs?: number;
}

/** One line of `preflight()`'s checklist. */
export interface PreflightItem {
  /** `environment`, `devices`, `permissions`, `usersig`, `connection`. */
  readonly id: string;
  readonly status: 'pass' | 'warn' | 'fail' | 'skip';
  /** A sentence in the doctor's language. */
  readonly text: string;
  readonly data?: unknown;
}

/** What `preflight()` found, kept for the report. */
export interface PreflightResult {
  /** `Date.now()` when it finished. */
  readonly at: number;
  /** The worst status of the items. */
  readonly status: PreflightItem['status'];
  readonly items: readonly PreflightItem[];
}

/** What the end user's "Contact support" form hands to `onReport`. */
export interface SupportReport {
  /** What the user wrote in "What were you doing?" (may be empty). */
  readonly comment: string;
  /** The redacted report, as `report({ format: 'markdown' })` makes it. */
  readonly markdown: string;
  /** The redacted report, as `report({ format: 'json' })` makes it. */
  readonly json: string;
}

/** Options of `report()`. */
export interface ReportOptions {
  format?: 'json' | 'markdown';
}

/** Options of `mount()`. */
export interface MountOptions {
  /**
   * `overlay`: a launcher in a corner; `inline`: rendered into `container`; `embedded`: inside
   * another tool's frame (a debug console's tab, a framework component), filling `container`
   * with no title, border or background of its own. Default overlay.
   */
  mode?: 'overlay' | 'inline' | 'embedded';
  /** Where the inline or embedded panel goes. Required for both. */
  container?: Element;
  /** Corner of the overlay launcher. Default `bottom-right`. */
  position?: 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';
  /** Show the launcher before any problem. Default: only with `?trtc-doctor` in the URL. */
  showLauncher?: boolean;
  /** Keyboard shortcut that toggles the panel, e.g. `ctrl+shift+d` (the default); `false` for none. */
  shortcut?: string | false;
  audience?: Audience;
  lang?: Lang;
  /** Override any UI string by its key. */
  messages?: Partial<Record<string, string>>;
  /** `light`, `dark` or `system` (the default). */
  colorScheme?: 'light' | 'dark' | 'system';
  /**
   * Moves the overlay launcher (and the panel) away from its corner by this many CSS pixels, to
   * keep clear of the page's own controls; `x` inward from the side, `y` inward from the top or
   * bottom. Default `{ x: 0, y: 0 }`. A launcher the user dragged stays where it was dropped.
   */
  offset?: { x: number; y: number };
  /** z-index of the overlay. Default 2147483000. */
  zIndex?: number;
  /** Nonce for the `<style>` fallback where constructable stylesheets are missing. */
  styleNonce?: string;
}

/** What `createDoctor()` returns. */
export interface Doctor {
  /** Watch a v4 client's events (and wrap its methods); a v5 instance goes to `watchTrtc`. Returns the unwatch function. */
  watchClient(client: TrtcClientLike | TrtcInstanceLike, label?: string): () => void;
  /** Watch a stream's events (and wrap its methods). Returns the unwatch function. */
  watchStream(stream: TrtcStreamLike, label?: string): () => void;
  /**
   * Watch a TRTC v5 instance (`TRTC.create()`): its events, and the rejections of `enterRoom`,
   * `startLocalVideo`, ... (the same promise, unchanged, still reaches the caller). `enterRoom`'s
   * userSig and privateMapKey are learned as secrets before anything else is recorded. Returns
   * the unwatch function; `trtc.destroy()` unwatches by itself. `watchClient()` given a v5
   * instance does the same.
   */
  watchTrtc(trtc: TrtcInstanceLike, label?: string): () => void;
  /**
   * Diagnose and record an error. Returns the problem it became once the diagnosis part is
   * loaded; before that (`createDoctor()` loads it on the first problem, on open, or on `load()`)
   * the error is recorded, with its time, and `undefined` is returned.
   */
  capture(error: unknown, context?: CaptureContext): Problem | undefined;
  /** Record the promise's rejection (and re-throw it unchanged). */
  track<T>(promise: Promise<T>, context?: CaptureContext): Promise<T>;
  /**
   * Call `listener` for each new problem (and again when a resolved one comes back), like the
   * `onProblem` option. Guarded. Returns the unsubscribe; `destroy()` drops every listener.
   */
  onProblem(listener: (problem: Problem) => void): () => void;
  /** `text` without secrets: those this doctor has learned (userSig, privateMapKey) and by shape. */
  redact(text: string): string;
  /** Distinct problems, newest and worst first. */
  readonly problems: ReadonlySignal<readonly Problem[]>;
  /** Errors and state changes, oldest first, bounded. */
  readonly timeline: ReadonlySignal<readonly TimelineEntry[]>;
  /**
   * Increments on every change of `problems` or `timeline`. Cheap to subscribe to: `problems`
   * and `timeline` are computed lazily when read, so a panel subscribes here and reads them at
   * most once per frame, whatever the error rate.
   */
  readonly revision: ReadonlySignal<number>;
  /** The redacted report, as a string in the format asked (default json). */
  report(options?: ReportOptions): string;
  /** Run an action, for a problem or in general. Never rejects: failures are results. */
  runAction(action: ActionId, problem?: Problem): Promise<ActionResult>;
  /** Whether `runAction(action)` can do anything here (e.g. `rejoin` needs `onRejoin`). */
  canRun(action: ActionId, problem?: Problem): boolean;
  /** Show the panel. Returns its cleanup. Mounting twice is an error. */
  mount(options?: MountOptions): () => void;
  /** Open the mounted panel (no-op when not mounted). */
  open(): void;
  /** Close the mounted panel (no-op when not mounted). */
  close(): void;
  /**
   * Change panel settings; may be called before `mount` and updates a mounted panel. The
   * current settings are in `settings`.
   */
  configure(settings: Partial<PanelSettings>): void;
  /** The settings the panel renders with (language, audience, colours, messages). */
  readonly settings: ReadonlySignal<PanelSettings>;
  /** Remove every listener, patch and node. Twice is a no-op. */
  destroy(): void;
  /**
   * Load the diagnosis part, the panel and the current language now, rather than on the first
   * problem or on open. Resolves to `true` once loaded (at once if it is), `false` if it could
   * not load (offline, blocked: a console warning says why; what was recorded is kept, and the
   * launcher and the report still work). Never rejects.
   */
  load(): Promise<boolean>;
  /**
   * Check this machine before a call: environment, devices, permissions (read, never asked),
   * the watched clients' userSigs and the connection, in one checklist. Never rejects; the
   * latest result goes into the report.
   *
   * @example
   * ```ts
   * const { status, items } = await doctor.preflight();
   * if (status === 'fail') console.table(items);
   * ```
   */
  preflight(): Promise<PreflightResult>;
}

/** Settings a mounted panel reads (and `configure()` changes). */
export interface PanelSettings {
  readonly lang: Lang;
  readonly audience: Audience;
  readonly colorScheme: 'light' | 'dark' | 'system';
  readonly messages: Readonly<Partial<Record<string, string>>>;
}

/** A mounted panel, as the UI layer hands it back to core. */
export interface MountedPanel {
  open(): void;
  close(): void;
  /** Remove the element and every listener the panel added. */
  unmount(): void;
}

/**
 * The UI layer's mount function. Core never imports the UI: `index.ts` hands this to
 * `createDoctorCore()`, so `diagnose` alone tree-shakes without Preact.
 */
export type PanelMounter = (doctor: Doctor, options: MountOptions) => MountedPanel;
