/**
 * The catalog's English words, in our own words: one record per entry with named fields, keyed by
 * the id of its entry (entries that mean the same name the record of the first one, see the
 * tables in `src/catalog`). `fix` holds the steps in order; `hint` (one calm line for an end
 * user, no codes) is on every entry an end user can see. These records are the contract every
 * other language's pack is checked against (`LangPack`).
 */
import type { EntryText } from '../../catalog/types.js';

/** The words of every catalog entry, and of an error the catalog does not know (`unknown`). */
export const catalog = {
  'sdk:INVALID_PARAMETER': {
    title: 'Invalid parameter',
    cause: 'A parameter is missing or invalid; the message names it.',
    fix: ['Fix it per the API docs (e.g. `sdkAppId` is a number).'],
    hint: "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.",
  },
  'sdk:INVALID_OPERATION': {
    title: 'Call at the wrong time',
    cause: 'Not allowed in this state, e.g. `publish()` before `join()`.',
    fix: ['Await `join()`, `initialize()`, `publish()` in order; do not repeat pending calls.'],
    hint: "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.",
  },
  'sdk:NOT_SUPPORTED': {
    title: 'Browser not supported',
    cause: 'The browser lacks WebRTC or capture, or the page is not https.',
    fix: ['Run `TRTC.checkSystemRequirements()` before joining.', 'Serve over https or localhost.'],
    hint: 'Use the latest Chrome, Edge, Firefox or Safari.',
  },
  // Also browser:NotFoundError.
  'sdk:DEVICE_NOT_FOUND': {
    title: 'No camera or microphone',
    cause: 'No camera, microphone or screen source matches the request.',
    fix: ['Check `TRTC.getCameras()` etc. first; capture only what exists.'],
    hint: 'Connect a camera or microphone and retry.',
  },
  'sdk:INITIALIZE_FAILED': {
    title: 'Capture failed',
    cause: '`initialize()` could not open the device; `error.name` says why.',
    fix: ['Follow the browser error in `error.name`.'],
    hint: "The camera or microphone didn't start: close other apps using it, check that the browser and system settings allow it, then retry.",
  },
  'sdk:SIGNAL_CAHNNEL_SETUP_FAILED': {
    title: 'Signalling refused',
    cause: 'The server refused the connection, mostly over account data.',
    fix: ['Follow `getExtraCode()`; check sdkAppId, userId and userSig.'],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  // Also message:failed to connect to remote server via websocket.
  'sdk:SIGNAL_CHANNEL_ERROR': {
    title: 'Signalling failed',
    cause: 'The signalling WebSocket failed or closed (offline, or wss blocked).',
    fix: ['Check the network and allow wss, then reload and rejoin.'],
    hint: 'Check your network and retry.',
  },
  // Also message:DTLS Transport connection timeout (10s), message:ICE/DTLS Transport connection failed, message:RtcError: no valid ice candidate found.
  'sdk:ICE_TRANSPORT_ERROR': {
    title: 'Media connection failed',
    cause: 'ICE/DTLS (or STUN) failed or timed out, mostly a firewall blocking UDP.',
    fix: [
      'Allow the ports and domains on the official whitelist.',
      'If only TCP 443 is open, set a TURN server via `client.setTurnServer()`.',
      'Then rejoin.',
    ],
    hint: 'Your network may block calls: try another, e.g. a hotspot.',
  },
  'sdk:JOIN_ROOM_FAILED': {
    title: 'Join failed',
    cause: 'The server refused the join or did not answer (code 0: timeout).',
    fix: ['Follow `getExtraCode()` or `code:` in the message; on a timeout, rejoin.'],
    hint: "Couldn't join the call. Check your network and retry; if it happens again, contact the app's support.",
  },
  'sdk:CREATE_OFFER_FAILED': {
    title: 'createOffer failed',
    cause: "The browser's `createOffer()` failed, mostly an outdated browser.",
    fix: ['Update the browser.', 'Retry; if it fails again, send the report to support.'],
    hint: 'Update your browser to the latest version, then retry.',
  },
  // Also message:SignalChannel reconnect failed.
  'sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED': {
    title: 'Signalling reconnection failed',
    cause: 'Signalling dropped and all SDK retries failed.',
    fix: ['Check the network, then `leave()` and `join()` again.'],
    hint: 'Check your network and retry.',
  },
  'sdk:UPLINK_RECONNECTION_FAILED': {
    title: 'Publishing connection lost',
    cause: 'The publishing (uplink) connection dropped and could not be restored.',
    fix: ['Check the network, then rejoin and publish again.'],
    hint: 'Check your network and retry.',
  },
  'sdk:REMOTE_STREAM_NOT_EXIST': {
    title: 'Remote stream gone',
    cause: 'The remote user stopped publishing during the subscribe: normal.',
    fix: ['Nothing to do.'],
    hint: 'The other person stopped sending; nothing to do.',
  },
  'sdk:CLIENT_BANNED': {
    title: 'Removed from the room',
    cause:
      'The same userId joined elsewhere (one userId twice breaks the call for both), the app removed this user, or the room was dismissed.',
    fix: ['Check `reason` of `client-banned`; do not rejoin automatically.'],
    hint: 'You left the call. If you joined from another tab or device, close it, then join again.',
  },
  // Also sdk:API_CALL_TIMEOUT.
  'sdk:SERVER_TIMEOUT': {
    title: 'Server timeout',
    cause: 'The server did not answer the request named in the message: mostly jitter or loss.',
    fix: ['Check the network and retry; rejoin if it repeats.'],
    hint: 'Check your network and retry.',
  },
  'sdk:SUBSCRIPTION_TIMEOUT': {
    title: 'Subscribe timed out',
    cause: 'Subscribing did not finish in time.',
    fix: ['Check the network and `subscribe()` again.'],
    hint: 'Check your network and retry.',
  },
  'sdk:PLAY_NOT_ALLOWED': {
    title: 'Playback blocked by the browser',
    cause: 'Browsers block sound until the user interacts with the page.',
    fix: ['Call `stream.resume()` in a click handler.', 'Or play muted and unmute on a click.'],
    hint: 'Click the page to start playback.',
  },
  'sdk:DEVICE_AUTO_RECOVER_FAILED': {
    title: 'Device recovery failed',
    cause: 'A device in use was unplugged or went loose; capture could not restart.',
    fix: ['Offer a retry: `switchDevice()` or a new `initialize()`.'],
    hint: 'Check the device cable, close apps using it, then retry.',
  },
  'sdk:START_PUBLISH_CDN_FAILED': {
    title: 'CDN relay failed',
    cause: '`startPublishCDNStream()` was refused or timed out.',
    fix: [
      'Call it after `publish()` succeeds.',
      'Retry; if it fails again, send the report to support.',
    ],
    hint: "A feature of this call failed. Retry; if it happens again, contact the app's support.",
  },
  'sdk:STOP_PUBLISH_CDN_FAILED': {
    title: 'Stopping CDN relay failed',
    cause: '`stopPublishCDNStream()` failed or timed out.',
    fix: ['Retry; if it fails again, send the report to support.'],
    hint: "A feature of this call failed. Retry; if it happens again, contact the app's support.",
  },
  'sdk:START_MIX_TRANSCODE_FAILED': {
    title: 'Mixing failed',
    cause: '`startMixTranscode()` was refused or timed out, often over its config.',
    fix: [
      'Call it after `join()`; `mixUsers` must include you.',
      'Retry; if it fails again, send the report to support.',
    ],
    hint: "A feature of this call failed. Retry; if it happens again, contact the app's support.",
  },
  'sdk:STOP_MIX_TRANSCODE_FAILED': {
    title: 'Stopping mixing failed',
    cause: '`stopMixTranscode()` failed or timed out.',
    fix: ['Retry; if it fails again, send the report to support.'],
    hint: "A feature of this call failed. Retry; if it happens again, contact the app's support.",
  },
  'sdk:NOT_SUPPORTED_H264': {
    title: 'No H.264 support',
    cause: 'The device or browser cannot encode or decode H.264.',
    fix: ['Check with `checkSystemRequirements()` first.'],
    hint: 'Use the latest Chrome, Edge, Firefox or Safari.',
  },
  'sdk:SWITCH_ROLE_FAILED': {
    title: 'Role switch failed',
    cause: '`switchRole()` was refused or timed out.',
    fix: [
      'Call it only in live mode, after `join()`.',
      'Retry; if it fails again, send the report to support.',
    ],
    hint: "A feature of this call failed. Retry; if it happens again, contact the app's support.",
  },
  'sdk:SCHEDULE_FAILED': {
    title: 'Scheduling failed',
    cause:
      'Scheduling servers unreachable (offline, DNS, firewall); extra code: HTTP status, readyState or server code.',
    fix: ['Check the network and DNS; allow the TRTC domains.'],
    hint: 'Check your network and retry.',
  },
  'sdk:API_CALL_ABORTED': {
    title: 'Call aborted',
    cause: 'Cancelled midway by `leave()`, or the remote user stopped publishing.',
    fix: ['Usually expected; avoid `leave()` during pending calls.'],
    hint: 'The action was cancelled. Try it again if you need it.',
  },
  'sdk:UNKOWN': {
    title: 'Unknown SDK error',
    cause: 'An unexpected error inside the SDK.',
    fix: ['Update to the latest 4.x SDK; if it still happens, send the report to support.'],
    hint: "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.",
  },
  'sdk:CLIENT_BANNED/kick': {
    title: 'userId joined elsewhere',
    cause: 'The same userId joined from another client; one userId twice breaks the call.',
    fix: ['Use a unique userId per user and device; do not auto-rejoin.'],
    hint: 'Joined elsewhere: close the other tab, then rejoin.',
  },
  'sdk:CLIENT_BANNED/banned': {
    title: 'Removed by the app',
    cause: "The app's server or an admin removed this user from the room.",
    fix: ["Tell the user; if unexpected, check your server's calls."],
    hint: "You were removed from the call. If this is unexpected, contact the app's support.",
  },
  'sdk:CLIENT_BANNED/room-disband': {
    title: 'Room dismissed',
    cause: 'The server dismissed the room; everyone left.',
    fix: ['Tell the user the call has ended.'],
    hint: 'The call has ended. You can close this page.',
  },
  'account:70001': {
    title: 'userSig expired',
    cause: 'The userSig has expired; expiring at once means expire is too small or 0.',
    fix: ['Regenerate it on the server (expire is in seconds) and rejoin.'],
    hint: "Your sign-in expired. Reload the page to sign in again; if it happens again, contact the app's support.",
  },
  // Also join:-10013, join:-100018.
  'account:70002': {
    title: 'userSig check failed',
    cause: 'The userSig is empty, truncated, altered or made with wrong parameters.',
    fix: ['Pass the whole userSig; verify it with the console UserSig tool and regenerate.'],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:70009': {
    title: 'userSig mismatch',
    cause: "The userSig is for another userId or sdkAppId, or used another app's key.",
    fix: ["Regenerate it with this app's key for the joining sdkAppId and userId."],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:70015': {
    title: 'App setup problem',
    cause: 'No account integration or public key for the sdkAppId, or a wrong account type.',
    fix: ['Check the sdkAppId in the console; after uploading a key, wait ten minutes.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  'account:70017': {
    title: 'Account service error',
    cause: 'The account service (TLS) failed or timed out inside; usually temporary.',
    fix: ['Retry later; if it persists, contact TLS account support (QQ 3268519604).'],
    hint: "Sign-in is briefly unavailable. Wait a moment, then retry; if it persists, contact the app's support.",
  },
  'account:70050': {
    title: 'Locked after failures',
    cause: 'Too many failed checks: locked for a while.',
    fix: ['Fix the userSig; retry after a minute.'],
    hint: 'Too many sign-in attempts. Wait a minute, then reload the page.',
  },
  'account:70051': {
    title: 'Not permitted',
    cause: "The requester is not this app's developer or admin, or is restricted or blacklisted.",
    fix: ['Check the sdkAppId; if restricted, contact TLS account support (QQ 3268519604).'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  'account:70101': {
    title: 'Invalid account request',
    cause: 'Empty request, malformed or unregistered account, or invalid batch size.',
    fix: [
      'Use a userId of letters, digits, `_`, `-`, up to 32 bytes.',
      'Retry; if it fails again, send the report to support.',
    ],
    hint: "Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.",
  },
  'account:-8': {
    title: 'Wrong sdkAppId',
    cause: 'The sdkAppId does not exist or is mistyped.',
    fix: ['Copy it from the console; pass it as a number.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  // Also join:-100013.
  'join:10006': {
    title: 'Out of credit',
    cause: 'The account is in arrears or the service is suspended.',
    fix: ['Check the service status in the console (app > account info), top up, then rejoin.'],
    hint: "The call service is not available for this app right now. Contact the app's support.",
  },
  // Also join:-10015, join:-10020.
  'join:-10011': {
    title: 'Temporary server error',
    cause: 'A server error, node allocation failure or timeout.',
    fix: ['Retry; if it fails again, send the report to support.'],
    hint: 'The service had a hiccup. Wait a moment, then retry.',
  },
  'join:-10012': {
    title: 'Invalid roomId',
    cause: 'The roomId is missing or invalid.',
    fix: [
      'Use an integer 1–4294967294; string IDs need `createClient({ useStringRoomId: true })`.',
    ],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
  'join:-10016': {
    title: 'Room creation failed',
    cause: 'Room creation hit flow-control limits.',
    fix: ['Check the roomId, slow down room creation and retry.'],
    hint: 'The service had a hiccup. Wait a moment, then retry.',
  },
  'join:-10018': {
    title: 'privateMapKey missing',
    cause: 'Advanced permission control is on, but the join had no privateMapKey.',
    fix: ['Generate one on the server; pass it to `client.join({ roomId, privateMapKey })`.'],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
  'join:-10019': {
    title: 'Invalid privateMapKey',
    cause: 'The privateMapKey is expired, for another userId or roomId, or truncated.',
    fix: ['Regenerate it for this userId and roomId.'],
    hint: "Couldn't join the call. Reload the page; if it happens again, contact the app's support.",
  },
  'browser:NotAllowedError': {
    title: 'Permission denied',
    cause:
      "The user, the browser or the system's privacy settings refused camera, microphone or screen access, or a screen share was cancelled.",
    fix: [
      'Have the user allow it in the address bar, then `initialize()` again.',
      "If the browser allows it, check the system's privacy settings (macOS, Windows); a cancelled screen share needs only a new try.",
    ],
    hint: "Allow the camera and microphone in the address bar and in your system's privacy settings, then retry.",
  },
  // Also browser:AbortError.
  'browser:NotReadableError': {
    title: 'Device cannot be opened',
    cause: 'Another app holds the device, or the hardware or OS failed.',
    fix: ['Close apps using it, reconnect it and retry.', 'Check devices before calls.'],
    hint: 'Check the device cable, close apps using it, then retry.',
  },
  'browser:OverconstrainedError': {
    title: 'Device settings not supported',
    cause: 'No camera or microphone can meet a required constraint; `error.constraint` names it.',
    fix: [
      'Relax that constraint (`ideal` instead of `exact`), or pick another profile.',
      'Check what the device supports with `getCapabilities()`.',
    ],
    hint: 'Try another camera or microphone, then retry.',
  },
  // Also browser:TypeError.
  'browser:SecurityError': {
    title: 'Capture not allowed here',
    cause:
      'Not https, devices forbidden by a permissions policy (e.g. iframe), or no audio/video requested.',
    fix: [
      'Use https or localhost; iframes need `allow="camera; microphone"`; request audio or video.',
    ],
    hint: "This page may not use the camera or microphone. Open it over https, or contact the site's owner.",
  },
  'message:publish timeout': {
    title: 'Publish timed out',
    cause: '`publish()` did not finish in time, mostly a poor network.',
    fix: ['Check the network, then `publish()` again or rejoin.'],
    hint: 'Check your network and retry.',
  },
  'message:join room timeout': {
    title: 'Join timed out',
    cause: 'No signalling within 10 s, or no join reply within 5 s.',
    fix: ['Check the network, reload and rejoin.'],
    hint: 'Check your network and retry.',
  },
  'message:previous publishing is ongoing, please avoid re-publishing': {
    title: 'publish() still running',
    cause: 'The previous `publish()` has not finished.',
    fix: ['Await it before calling again.'],
    hint: 'The call is still getting ready. Wait a moment.',
  },
  'message:duplicate publishing, please unpublish and then re-publish': {
    title: 'Already publishing',
    cause: 'A stream is already published; `publish()` was called for another.',
    fix: ['`unpublish()` first; to change device use `switchDevice()`.'],
    hint: "Something went wrong in this app. Reload the page; if it happens again, contact the app's support.",
  },
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
  'sdk:DOWNLINK_RECONNECTION_FAILED': {
    title: 'Receiving connection lost',
    cause:
      'The receiving (downlink) connection dropped and could not be restored; remote audio and video stop.',
    fix: ['Check the network, then rejoin to receive the remote streams again.'],
    hint: 'Check your network and retry.',
  },
  'browser:OverconstrainedError/deviceId': {
    title: 'Invalid device ID',
    cause:
      'The cameraId / microphoneId is stale or empty (IDs change when a device is replugged or permissions are reset).',
    fix: ['Take the deviceId from a fresh `TRTC.getCameras()` / `TRTC.getMicrophones()`.'],
    hint: 'Choose the camera or microphone again, then retry.',
  },
  'browser:OverconstrainedError/resolution': {
    title: 'Resolution not supported',
    cause: 'The camera cannot capture the requested width, height or aspect ratio.',
    fix: [
      "Pick a lower video profile (`setVideoProfile('480p')`), or give width and height without `exact`.",
    ],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/frameRate': {
    title: 'Frame rate not supported',
    cause: 'The camera cannot capture at the requested frame rate.',
    fix: ['Lower the frame rate of the video profile (e.g. 15 fps), or drop `exact`.'],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/facingMode': {
    title: 'No camera facing that way',
    cause:
      'No camera faces the requested way (front `user` or back `environment`), e.g. on a laptop.',
    fix: ['Ask for `facingMode` as ideal rather than exact, or choose the camera by deviceId.'],
    hint: 'Try another camera, then retry.',
  },
  'browser:OverconstrainedError/audio': {
    title: 'Audio settings not supported',
    cause: 'The microphone cannot meet the requested sample rate, sample size or channel count.',
    fix: [
      "Use a standard audio profile (`setAudioProfile('standard')`) without exact `sampleRate` or `channelCount` values.",
    ],
    hint: 'Try another microphone, then retry.',
  },
  'browser:InsecureContext': {
    title: 'Page not secure: no camera access',
    cause:
      'On an http page (not https or localhost) the browser hides `navigator.mediaDevices`, so there is no capture API.',
    fix: [
      'Serve the page over https, or use http://localhost in development.',
      'Check `window.isSecureContext` before capturing.',
    ],
    hint: "Open this page with https:// in the address bar, or contact the site's owner.",
  },
} satisfies Readonly<Record<string, EntryText>>;

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

/** The notices' words (`src/catalog/notices.ts`), by notice id. */
export const notices = {
  'v5:autoplay-dialog': {
    title: "The SDK's own autoplay dialog is on",
    cause:
      'With `enableAutoPlayDialog` on (the v5 default), the SDK shows its own dialog when the browser blocks playback and sends no `autoplay-failed` event, so this panel cannot offer Resume; with both, a user could see two prompts.',
    fix: [
      'To let this panel handle blocked playback: `TRTC.create({ enableAutoPlayDialog: false })` (or the same option in `enterRoom()`).',
      "To keep the SDK's dialog instead: leave it on; this panel then only records what the SDK reports.",
    ],
  },
} satisfies Readonly<Record<string, EntryText>>;
