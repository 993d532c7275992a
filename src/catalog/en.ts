/**
 * The catalog's English words, in our own words. One record per line; record numbers (the
 * comments) are what the tables in `sdk.ts`, `account.ts`, ... name, and `zh.ts` holds the same
 * records in the same order. An entry's record is `title|cause|fix step^fix step|hint`: the fix
 * steps in order, and the hint (one calm line for an end user, no codes) on every entry an end
 * user can see. A link label or a note is one field. Kept as one string so it compresses well and
 * costs nothing until the catalog is read in English (see `build.ts`).
 */
export const EN =
  // 0 sdk:INVALID_PARAMETER
  "Invalid parameter|A parameter is missing or invalid; the message names it.|Fix it per the API docs (e.g. `sdkAppId` is a number).|Something went wrong in this app. Reload the page; if it happens again, contact the app's support.\n" +
  // 1 sdk:INVALID_OPERATION
  "Call at the wrong time|Not allowed in this state, e.g. `publish()` before `join()`.|Await `join()`, `initialize()`, `publish()` in order; do not repeat pending calls.|Something went wrong in this app. Reload the page; if it happens again, contact the app's support.\n" +
  // 2 sdk:NOT_SUPPORTED
  'Browser not supported|The browser lacks WebRTC or capture, or the page is not https.|Run `TRTC.checkSystemRequirements()` before joining.^Serve over https or localhost.|Use the latest Chrome, Edge, Firefox or Safari.\n' +
  // 3 sdk:DEVICE_NOT_FOUND, browser:NotFoundError
  'No camera or microphone|No camera, microphone or screen source matches the request.|Check `TRTC.getCameras()` etc. first; capture only what exists.|Connect a camera or microphone and retry.\n' +
  // 4 sdk:INITIALIZE_FAILED
  "Capture failed|`initialize()` could not open the device; `error.name` says why.|Follow the browser error in `error.name`.|The camera or microphone didn't start: close other apps using it, check that the browser and system settings allow it, then retry.\n" +
  // 5 sdk:SIGNAL_CAHNNEL_SETUP_FAILED
  "Signalling refused|The server refused the connection, mostly over account data.|Follow `getExtraCode()`; check sdkAppId, userId and userSig.|Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 6 sdk:SIGNAL_CHANNEL_ERROR, message:failed to connect to remote server via websocket
  'Signalling failed|The signalling WebSocket failed or closed (offline, or wss blocked).|Check the network and allow wss, then reload and rejoin.|Check your network and retry.\n' +
  // 7 sdk:ICE_TRANSPORT_ERROR, message:DTLS Transport connection timeout (10s), message:ICE/DTLS Transport connection failed, message:RtcError: no valid ice candidate found
  'Media connection failed|ICE/DTLS (or STUN) failed or timed out, mostly a firewall blocking UDP.|Allow the ports and domains on the official whitelist.^If only TCP 443 is open, set a TURN server via `client.setTurnServer()`.^Then rejoin.|Your network may block calls: try another, e.g. a hotspot.\n' +
  // 8 sdk:JOIN_ROOM_FAILED
  "Join failed|The server refused the join or did not answer (code 0: timeout).|Follow `getExtraCode()` or `code:` in the message; on a timeout, rejoin.|Couldn't join the call. Check your network and retry; if it happens again, contact the app's support.\n" +
  // 9 sdk:CREATE_OFFER_FAILED
  "createOffer failed|The browser's `createOffer()` failed, mostly an outdated browser.|Update the browser.^Retry; if it fails again, send the report to support.|Update your browser to the latest version, then retry.\n" +
  // 10 sdk:SIGNAL_CHANNEL_RECONNECTION_FAILED, message:SignalChannel reconnect failed
  'Signalling reconnection failed|Signalling dropped and all SDK retries failed.|Check the network, then `leave()` and `join()` again.|Check your network and retry.\n' +
  // 11 sdk:UPLINK_RECONNECTION_FAILED
  'Publishing connection lost|The publishing (uplink) connection dropped and could not be restored.|Check the network, then rejoin and publish again.|Check your network and retry.\n' +
  // 12 sdk:REMOTE_STREAM_NOT_EXIST
  'Remote stream gone|The remote user stopped publishing during the subscribe: normal.|Nothing to do.|The other person stopped sending; nothing to do.\n' +
  // 13 sdk:CLIENT_BANNED
  'Removed from the room|The same userId joined elsewhere (one userId twice breaks the call for both), the app removed this user, or the room was dismissed.|Check `reason` of `client-banned`; do not rejoin automatically.|You left the call. If you joined from another tab or device, close it, then join again.\n' +
  // 14 sdk:SERVER_TIMEOUT, sdk:API_CALL_TIMEOUT
  'Server timeout|The server did not answer the request named in the message: mostly jitter or loss.|Check the network and retry; rejoin if it repeats.|Check your network and retry.\n' +
  // 15 sdk:SUBSCRIPTION_TIMEOUT
  'Subscribe timed out|Subscribing did not finish in time.|Check the network and `subscribe()` again.|Check your network and retry.\n' +
  // 16 sdk:PLAY_NOT_ALLOWED
  'Playback blocked by the browser|Browsers block sound until the user interacts with the page.|Call `stream.resume()` in a click handler.^Or play muted and unmute on a click.|Click the page to start playback.\n' +
  // 17 sdk:DEVICE_AUTO_RECOVER_FAILED
  'Device recovery failed|A device in use was unplugged or went loose; capture could not restart.|Offer a retry: `switchDevice()` or a new `initialize()`.|Check the device cable, close apps using it, then retry.\n' +
  // 18 sdk:START_PUBLISH_CDN_FAILED
  "CDN relay failed|`startPublishCDNStream()` was refused or timed out.|Call it after `publish()` succeeds.^Retry; if it fails again, send the report to support.|A feature of this call failed. Retry; if it happens again, contact the app's support.\n" +
  // 19 sdk:STOP_PUBLISH_CDN_FAILED
  "Stopping CDN relay failed|`stopPublishCDNStream()` failed or timed out.|Retry; if it fails again, send the report to support.|A feature of this call failed. Retry; if it happens again, contact the app's support.\n" +
  // 20 sdk:START_MIX_TRANSCODE_FAILED
  "Mixing failed|`startMixTranscode()` was refused or timed out, often over its config.|Call it after `join()`; `mixUsers` must include you.^Retry; if it fails again, send the report to support.|A feature of this call failed. Retry; if it happens again, contact the app's support.\n" +
  // 21 sdk:STOP_MIX_TRANSCODE_FAILED
  "Stopping mixing failed|`stopMixTranscode()` failed or timed out.|Retry; if it fails again, send the report to support.|A feature of this call failed. Retry; if it happens again, contact the app's support.\n" +
  // 22 sdk:NOT_SUPPORTED_H264
  'No H.264 support|The device or browser cannot encode or decode H.264.|Check with `checkSystemRequirements()` first.|Use the latest Chrome, Edge, Firefox or Safari.\n' +
  // 23 sdk:SWITCH_ROLE_FAILED
  "Role switch failed|`switchRole()` was refused or timed out.|Call it only in live mode, after `join()`.^Retry; if it fails again, send the report to support.|A feature of this call failed. Retry; if it happens again, contact the app's support.\n" +
  // 24 sdk:SCHEDULE_FAILED
  'Scheduling failed|Scheduling servers unreachable (offline, DNS, firewall); extra code: HTTP status, readyState or server code.|Check the network and DNS; allow the TRTC domains.|Check your network and retry.\n' +
  // 25 sdk:API_CALL_ABORTED
  'Call aborted|Cancelled midway by `leave()`, or the remote user stopped publishing.|Usually expected; avoid `leave()` during pending calls.|The action was cancelled. Try it again if you need it.\n' +
  // 26 sdk:UNKOWN
  "Unknown SDK error|An unexpected error inside the SDK.|Update to the latest 4.x SDK; if it still happens, send the report to support.|Something went wrong in this app. Reload the page; if it happens again, contact the app's support.\n" +
  // 27 sdk:CLIENT_BANNED/kick
  'userId joined elsewhere|The same userId joined from another client; one userId twice breaks the call.|Use a unique userId per user and device; do not auto-rejoin.|Joined elsewhere: close the other tab, then rejoin.\n' +
  // 28 sdk:CLIENT_BANNED/banned
  "Removed by the app|The app's server or an admin removed this user from the room.|Tell the user; if unexpected, check your server's calls.|You were removed from the call. If this is unexpected, contact the app's support.\n" +
  // 29 sdk:CLIENT_BANNED/room-disband
  'Room dismissed|The server dismissed the room; everyone left.|Tell the user the call has ended.|The call has ended. You can close this page.\n' +
  // 30 account: userSig expired (70001 ...)
  "userSig expired|The userSig has expired; expiring at once means expire is too small or 0.|Regenerate it on the server (expire is in seconds) and rejoin.|Your sign-in expired. Reload the page to sign in again; if it happens again, contact the app's support.\n" +
  // 31 account: userSig check failed (70002 ...); join:-10013, join:-100018
  "userSig check failed|The userSig is empty, truncated, altered or made with wrong parameters.|Pass the whole userSig; verify it with the console UserSig tool and regenerate.|Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 32 account: userSig mismatch (70009 ...)
  "userSig mismatch|The userSig is for another userId or sdkAppId, or used another app's key.|Regenerate it with this app's key for the joining sdkAppId and userId.|Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 33 account: app setup (70015 ...)
  "App setup problem|No account integration or public key for the sdkAppId, or a wrong account type.|Check the sdkAppId in the console; after uploading a key, wait ten minutes.|The call service is not available for this app right now. Contact the app's support.\n" +
  // 34 account: account service error (70017 ...)
  "Account service error|The account service (TLS) failed or timed out inside; usually temporary.|Retry later; if it persists, contact TLS account support (QQ 3268519604).|Sign-in is briefly unavailable. Wait a moment, then retry; if it persists, contact the app's support.\n" +
  // 35 account:70050
  'Locked after failures|Too many failed checks: locked for a while.|Fix the userSig; retry after a minute.|Too many sign-in attempts. Wait a minute, then reload the page.\n' +
  // 36 account: not permitted (70051 ...)
  "Not permitted|The requester is not this app's developer or admin, or is restricted or blacklisted.|Check the sdkAppId; if restricted, contact TLS account support (QQ 3268519604).|The call service is not available for this app right now. Contact the app's support.\n" +
  // 37 account: invalid request (70101 ...)
  "Invalid account request|Empty request, malformed or unregistered account, or invalid batch size.|Use a userId of letters, digits, `_`, `-`, up to 32 bytes.^Retry; if it fails again, send the report to support.|Couldn't sign in to the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 38 account:-8
  "Wrong sdkAppId|The sdkAppId does not exist or is mistyped.|Copy it from the console; pass it as a number.|The call service is not available for this app right now. Contact the app's support.\n" +
  // 39 join:10006, join:-100013
  "Out of credit|The account is in arrears or the service is suspended.|Check the service status in the console (app > account info), top up, then rejoin.|The call service is not available for this app right now. Contact the app's support.\n" +
  // 40 join:-10011, join:-10015, join:-10020
  'Temporary server error|A server error, node allocation failure or timeout.|Retry; if it fails again, send the report to support.|The service had a hiccup. Wait a moment, then retry.\n' +
  // 41 join:-10012
  "Invalid roomId|The roomId is missing or invalid.|Use an integer 1–4294967294; string IDs need `createClient({ useStringRoomId: true })`.|Couldn't join the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 42 join:-10016
  'Room creation failed|Room creation hit flow-control limits.|Check the roomId, slow down room creation and retry.|The service had a hiccup. Wait a moment, then retry.\n' +
  // 43 join:-10018
  "privateMapKey missing|Advanced permission control is on, but the join had no privateMapKey.|Generate one on the server; pass it to `client.join({ roomId, privateMapKey })`.|Couldn't join the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 44 join:-10019
  "Invalid privateMapKey|The privateMapKey is expired, for another userId or roomId, or truncated.|Regenerate it for this userId and roomId.|Couldn't join the call. Reload the page; if it happens again, contact the app's support.\n" +
  // 45 browser:NotAllowedError
  "Permission denied|The user, the browser or the system's privacy settings refused camera, microphone or screen access, or a screen share was cancelled.|Have the user allow it in the address bar, then `initialize()` again.^If the browser allows it, check the system's privacy settings (macOS, Windows); a cancelled screen share needs only a new try.|Allow the camera and microphone in the address bar and in your system's privacy settings, then retry.\n" +
  // 46 browser:NotReadableError, browser:AbortError
  'Device cannot be opened|Another app holds the device, or the hardware or OS failed.|Close apps using it, reconnect it and retry.^Check devices before calls.|Check the device cable, close apps using it, then retry.\n' +
  // 47 browser:OverconstrainedError (no or another constraint)
  'Device settings not supported|No camera or microphone can meet a required constraint; `error.constraint` names it.|Relax that constraint (`ideal` instead of `exact`), or pick another profile.^Check what the device supports with `getCapabilities()`.|Try another camera or microphone, then retry.\n' +
  // 48 browser:SecurityError, browser:TypeError
  'Capture not allowed here|Not https, devices forbidden by a permissions policy (e.g. iframe), or no audio/video requested.|Use https or localhost; iframes need `allow="camera; microphone"`; request audio or video.|This page may not use the camera or microphone. Open it over https, or contact the site\'s owner.\n' +
  // 49 message:publish timeout
  'Publish timed out|`publish()` did not finish in time, mostly a poor network.|Check the network, then `publish()` again or rejoin.|Check your network and retry.\n' +
  // 50 message:join room timeout
  'Join timed out|No signalling within 10 s, or no join reply within 5 s.|Check the network, reload and rejoin.|Check your network and retry.\n' +
  // 51 message:previous publishing is ongoing, please avoid re-publishing
  'publish() still running|The previous `publish()` has not finished.|Await it before calling again.|The call is still getting ready. Wait a moment.\n' +
  // 52 message:duplicate publishing, please unpublish and then re-publish
  "Already publishing|A stream is already published; `publish()` was called for another.|`unpublish()` first; to change device use `switchDevice()`.|Something went wrong in this app. Reload the page; if it happens again, contact the app's support.\n" +
  // 53 unknownText
  "Unrecognised error|Not in the 4.x catalog, or its shape is unreadable.|Copy the report.^Check the browser console and SDK log.^Update to the latest 4.x SDK.^Send the report to support.|Something went wrong. Reload the page; if it happens again, contact the app's support.\n" +
  // 54 v5Note
  'From TRTC SDK v5: the closest 4.x advice is shown.\n' +
  // 55 link SUPPORT_CHECK
  'Browser and device checks before a call\n' +
  // 56 link CAPTURE_ERRORS
  'Handling INITIALIZE_FAILED\n' +
  // 57 link JOIN_CODES
  'Error codes (the v5 page; it links the 4.x table)\n' +
  // 58 link PORTS
  'Ports and domains to allow\n' +
  // 59 link AUTOPLAY
  'Handling autoplay restrictions\n' +
  // 60 link CHROME_AUTOPLAY
  'Chrome autoplay policy\n' +
  // 61 link FIREWALL
  'Firewall configuration\n' +
  // 62 link CONSOLE
  'TRTC console\n' +
  // 63 link PRIVATE_MAP_KEY
  'Advanced permission control\n' +
  // 64 sdk:DOWNLINK_RECONNECTION_FAILED
  'Receiving connection lost|The receiving (downlink) connection dropped and could not be restored; remote audio and video stop.|Check the network, then rejoin to receive the remote streams again.|Check your network and retry.\n' +
  // 65 browser:OverconstrainedError/deviceId
  'Invalid device ID|The cameraId / microphoneId is stale or empty (IDs change when a device is replugged or permissions are reset).|Take the deviceId from a fresh `TRTC.getCameras()` / `TRTC.getMicrophones()`.|Choose the camera or microphone again, then retry.\n' +
  // 66 browser:OverconstrainedError/resolution
  "Resolution not supported|The camera cannot capture the requested width, height or aspect ratio.|Pick a lower video profile (`setVideoProfile('480p')`), or give width and height without `exact`.|Try another camera, then retry.\n" +
  // 67 browser:OverconstrainedError/frameRate
  'Frame rate not supported|The camera cannot capture at the requested frame rate.|Lower the frame rate of the video profile (e.g. 15 fps), or drop `exact`.|Try another camera, then retry.\n' +
  // 68 browser:OverconstrainedError/facingMode
  'No camera facing that way|No camera faces the requested way (front `user` or back `environment`), e.g. on a laptop.|Ask for `facingMode` as ideal rather than exact, or choose the camera by deviceId.|Try another camera, then retry.\n' +
  // 69 browser:OverconstrainedError/audio
  "Audio settings not supported|The microphone cannot meet the requested sample rate, sample size or channel count.|Use a standard audio profile (`setAudioProfile('standard')`) without exact `sampleRate` or `channelCount` values.|Try another microphone, then retry.\n" +
  // 70 browser:InsecureContext
  "Page not secure: no camera access|On an http page (not https or localhost) the browser hides `navigator.mediaDevices`, so there is no capture API.|Serve the page over https, or use http://localhost in development.^Check `window.isSecureContext` before capturing.|Open this page with https:// in the address bar, or contact the site's owner.";
