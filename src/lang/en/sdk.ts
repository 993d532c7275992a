/**
 * The English words of the 4.x SDK's own errors (`sdk:` entries, with the `client-banned` reasons) and of the page messages it throws (`message:`). Loaded when a problem needs them.
 */
import type { EntryText } from '../../catalog/types.js';
import type { Parts } from '../types.js';

/** The entries' words by key. */
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
  'sdk:DOWNLINK_RECONNECTION_FAILED': {
    title: 'Receiving connection lost',
    cause:
      'The receiving (downlink) connection dropped and could not be restored; remote audio and video stop.',
    fix: ['Check the network, then rejoin to receive the remote streams again.'],
    hint: 'Check your network and retry.',
  },
} satisfies Readonly<Record<`sdk:${string}` | `message:${string}`, EntryText>>;

/** The sdk part of the English words. */
export const part: Parts['sdk'] = { catalog };
