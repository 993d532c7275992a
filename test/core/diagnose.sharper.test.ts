/**
 * The real cause, not the nearest word: against the real catalog, the browser and SDK texts that
 * used to get a wrong or a vague answer (blocked playback taken for a denied camera, an http page
 * taken for "unknown", a server code hidden behind "Join failed", every constraint taken for a
 * stale device ID).
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { createDiagnoser } from '../../src/core/diagnoser';
import { FakeRtcError, referTo } from '../fixtures/real-errors';
import { useAllPacks } from '../../src/lang/all';

// Both languages, as the public `catalog` and `diagnose` have them.
useAllPacks();

const en = { lang: 'en' } as const;
const id = (input: unknown, operation?: string): string =>
  diagnose(input, { lang: 'en', operation }).id;

/** Browser texts, as each browser words them. */
const CHROME_AUTOPLAY = "play() failed because the user didn't interact with the document first.";
const CHROME_GESTURE = 'play() can only be initiated by a user gesture.';
const FIREFOX_AUTOPLAY =
  'The play method is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.';
const SAFARI_NOT_ALLOWED =
  'The request is not allowed by the user agent or the platform in the current context, possibly because the user denied permission.';

describe('NotAllowedError from play() is blocked playback, not a denied camera', () => {
  it.each([
    ['Chrome', CHROME_AUTOPLAY],
    ['Chrome (Android)', CHROME_GESTURE],
    ['Firefox', FIREFOX_AUTOPLAY],
  ])('%s: a text that speaks of play or interaction', (_browser, text) => {
    const d = diagnose(new DOMException(text, 'NotAllowedError'), en);
    expect(d).toMatchObject({ id: 'sdk:PLAY_NOT_ALLOWED', errorName: 'NotAllowedError' });
    expect(d.actions).toContain('resume-playback');
    expect(d.related.map((r) => r.id)).not.toContain('browser:NotAllowedError');
    expect(id(`NotAllowedError: ${text}`)).toBe('sdk:PLAY_NOT_ALLOWED');
  });

  it.each(['play', 'resume'])("Safari's text from %s() (the operation says so)", (operation) => {
    const error = new DOMException(SAFARI_NOT_ALLOWED, 'NotAllowedError');
    expect(id(error, operation)).toBe('sdk:PLAY_NOT_ALLOWED');
    // The same text from getUserMedia() is a refused permission.
    expect(id(error, 'initialize')).toBe('browser:NotAllowedError');
    expect(id(error)).toBe('browser:NotAllowedError');
  });

  it('a v4 PLAY_NOT_ALLOWED quoting the browser stays blocked playback', () => {
    const error = new FakeRtcError({
      code: 16451,
      message: `Audio play failed，browser exception: NotAllowedError: ${CHROME_AUTOPLAY}${referTo()}`,
    });
    expect(id(error)).toBe('sdk:PLAY_NOT_ALLOWED');
  });

  it('a denied camera stays a denied camera', () => {
    expect(id(new DOMException('Permission denied', 'NotAllowedError'))).toBe(
      'browser:NotAllowedError',
    );
    expect(
      id(new FakeRtcError({ code: 4100, name: 'NotAllowedError', message: 'Permission denied' })),
    ).toBe('browser:NotAllowedError');
    // "display" is not "play".
    expect(id(new DOMException('getDisplayMedia denied', 'NotAllowedError'), 'initialize')).toBe(
      'browser:NotAllowedError',
    );
  });

  it("the doctor's memo keeps the operation apart", () => {
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    const error = () => new DOMException(SAFARI_NOT_ALLOWED, 'NotAllowedError');
    expect(diagnoser.diagnose(error()).id).toBe('browser:NotAllowedError');
    expect(diagnoser.diagnose(error(), 'play').id).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(diagnoser.diagnose(error()).id).toBe('browser:NotAllowedError');
    expect(diagnoser.diagnose(error(), 'play')).toBe(diagnoser.diagnose(error(), 'play'));
  });
});

describe('no navigator.mediaDevices (an http page) is the insecure context', () => {
  it.each([
    ['Chrome', "Cannot read properties of undefined (reading 'getUserMedia')"],
    [
      'Chrome (enumerateDevices)',
      "Cannot read properties of undefined (reading 'enumerateDevices')",
    ],
    ['older Chrome', "Cannot read property 'getUserMedia' of undefined"],
    ['Firefox', 'navigator.mediaDevices is undefined'],
    ['Safari', "undefined is not an object (evaluating 'navigator.mediaDevices.getUserMedia')"],
  ])('%s', (_browser, text) => {
    const d = diagnose(new TypeError(text), en);
    expect(d).toMatchObject({ id: 'browser:InsecureContext', errorName: 'TypeError' });
    expect(d.fix.join(' ')).toMatch(/https/);
    expect(d.fix.join(' ')).toMatch(/localhost/);
    expect(d.hint).toMatch(/https/);
    expect(id(`TypeError: ${text}`)).toBe('browser:InsecureContext');
    // The same, as the name of an INITIALIZE_FAILED.
    expect(id(new FakeRtcError({ code: 4100, name: 'TypeError', message: text }))).toBe(
      'browser:InsecureContext',
    );
  });

  it('a TypeError about something else is still not a device error', () => {
    expect(id(new TypeError("Cannot read properties of undefined (reading 'getTracks')"))).toBe(
      'unknown',
    );
  });
});

describe('browser texts without their error name find their entry', () => {
  it.each([
    ['Could not start video source', 'browser:NotReadableError'],
    ['Could not start audio source', 'browser:NotReadableError'],
    ['Device in use', 'browser:NotReadableError'],
    ['The object can not be found here.', 'browser:NotFoundError'],
    ['Requested device not found', 'browser:NotFoundError'],
    ['Permission denied', 'browser:NotAllowedError'],
    ['Permission dismissed', 'browser:NotAllowedError'],
    ['Permission denied by system', 'browser:NotAllowedError'],
    [SAFARI_NOT_ALLOWED, 'browser:NotAllowedError'],
  ])('%j -> %s', (text, expected) => {
    expect(id(text)).toBe(expected);
    expect(id(new Error(text))).toBe(expected);
  });
});

describe('a server code behind JOIN_ROOM_FAILED or SIGNAL_CHANNEL_SETUP_FAILED leads', () => {
  it.each([
    [16388, 70001, `Failed to join room - userSig expired code: 70001${referTo()}`],
    [16388, -100018, `Failed to join room - check userSig failed code: -100018${referTo()}`],
    [16388, 10006, 'Failed to join room - arrears code: 10006'],
    [
      16385,
      -10013,
      `SignalChannel setup failure: (errorCode: -10013, errorMsg: check sig failed }).${referTo()}`,
    ],
  ])('%i with %i', (code, extraCode, message) => {
    const d = diagnose(new FakeRtcError({ code, extraCode, message }), en);
    const server = extraCode === 10006 || extraCode < -10000 ? 'join' : 'account';
    expect(d).toMatchObject({
      id: `${server}:${extraCode}`,
      kind: server,
      code,
      hex: `0x${code.toString(16)}`,
      extraCode,
      sdkVersion: 'v4',
    });
    expect(d.related[0]?.id).toBe(
      code === 16388 ? 'sdk:JOIN_ROOM_FAILED' : 'sdk:SIGNAL_CAHNNEL_SETUP_FAILED',
    );
    // The same when the server code is only in the message.
    expect(id(new FakeRtcError({ code, message }))).toBe(`${server}:${extraCode}`);
  });

  it('a join timeout (no server code) still leads with JOIN_ROOM_FAILED', () => {
    expect(id(new FakeRtcError({ code: 16388, message: `join room timeout.${referTo()}` }))).toBe(
      'sdk:JOIN_ROOM_FAILED',
    );
  });
});

describe('OverconstrainedError names its constraint', () => {
  it.each([
    ['deviceId', 'browser:OverconstrainedError/deviceId', /getCameras|getMicrophones/],
    ['width', 'browser:OverconstrainedError/resolution', /profile/i],
    ['height', 'browser:OverconstrainedError/resolution', /profile/i],
    ['aspectRatio', 'browser:OverconstrainedError/resolution', /profile/i],
    ['frameRate', 'browser:OverconstrainedError/frameRate', /frame rate/i],
    ['facingMode', 'browser:OverconstrainedError/facingMode', /facingMode/],
    ['sampleRate', 'browser:OverconstrainedError/audio', /sampleRate|audio profile/i],
    ['channelCount', 'browser:OverconstrainedError/audio', /audio profile/i],
  ])('%s (v4 message and the browser error)', (constraint, expected, fix) => {
    const v4 = diagnose(
      new FakeRtcError({ code: 4100, name: 'OverconstrainedError', message: '', constraint }),
      en,
    );
    expect(v4).toMatchObject({ id: expected, constraint, code: 4100, hex: '0x1004' });
    expect(v4.fix.join(' ')).toMatch(fix);
    expect(v4.related.map((r) => r.id)).toContain('sdk:INITIALIZE_FAILED');
    // The browser's own error carries `.constraint` and no text about it.
    const browser = Object.assign(new DOMException('', 'OverconstrainedError'), { constraint });
    expect(diagnose(browser, en)).toMatchObject({ id: expected, constraint });
  });

  it('an unknown or absent constraint gets the general entry, naming what it can', () => {
    const d = diagnose(
      Object.assign(new DOMException('', 'OverconstrainedError'), { constraint: 'zoom' }),
      en,
    );
    expect(d).toMatchObject({ id: 'browser:OverconstrainedError', constraint: 'zoom' });
    expect(d.title).not.toMatch(/device ID/i);
    const none = diagnose(new DOMException('', 'OverconstrainedError'), en);
    expect(none.id).toBe('browser:OverconstrainedError');
    expect('constraint' in none).toBe(false);
  });

  it('settles like the plain entry when the camera starts', async () => {
    const { settles } = await import('../../src/core/store');
    const target = {};
    const d = diagnose(
      new FakeRtcError({
        code: 4100,
        name: 'OverconstrainedError',
        message: '',
        constraint: 'width',
      }),
      en,
    );
    const problem = {
      fingerprint: 'f',
      diagnosis: d,
      source: { type: 'local-stream', label: 's', target },
      count: 1,
      firstAt: 0,
      lastAt: 0,
      resolved: false,
    } as const;
    expect(settles('captured', problem, target)).toBe(true);
  });
});

describe('the words say the real cause', () => {
  it('INITIALIZE_FAILED alone has a neutral hint', () => {
    const hint = diagnose(4100, en).hint ?? '';
    expect(hint).toMatch(/other apps|in use/i);
    expect(hint).toMatch(/settings/i);
  });

  it('a denied permission mentions the system settings and a cancelled screen share', () => {
    const d = diagnose('NotAllowedError', en);
    expect(`${d.cause} ${d.fix.join(' ')}`).toMatch(/screen shar/i);
    expect(`${d.cause} ${d.fix.join(' ')}`).toMatch(/cancel/i);
    expect(d.hint).toMatch(/system/i);
  });

  it('plain CLIENT_BANNED keeps the warning about one userId twice', () => {
    expect(diagnose('CLIENT_BANNED', en).cause).toMatch(/twice|both/i);
  });

  it('out of credit offers no Rejoin', () => {
    expect(diagnose(10006, en).actions).not.toContain('rejoin');
    expect(diagnose(-100013, en).actions).not.toContain('rejoin');
  });

  it('DOWNLINK_RECONNECTION_FAILED has its own words, without "publish again"', () => {
    const down = diagnose('DOWNLINK_RECONNECTION_FAILED', en);
    expect(down.fix.join(' ')).not.toMatch(/publish/i);
    expect(down.title).not.toBe(diagnose('UPLINK_RECONNECTION_FAILED', en).title);
    expect(diagnose('DOWNLINK_RECONNECTION_FAILED', { lang: 'zh' }).fix.join('')).not.toMatch(
      /推流/,
    );
  });
});

describe('the doctor passes the failed call to diagnose', () => {
  it('a NotAllowedError captured from play() is blocked playback, in every language', async () => {
    const { makeDoctor } = await import('../fakes');
    const doctor = makeDoctor({ lang: 'en' });
    const error = new DOMException(SAFARI_NOT_ALLOWED, 'NotAllowedError');
    const played = doctor.capture(error, { operation: 'play' });
    expect(played?.diagnosis.id).toBe('sdk:PLAY_NOT_ALLOWED');
    expect(played?.diagnosis.actions).toContain('resume-playback');
    // The same text from initialize() stays a refused permission, as its own problem.
    const denied = doctor.capture(new DOMException(SAFARI_NOT_ALLOWED, 'NotAllowedError'), {
      operation: 'initialize',
    });
    expect(denied?.diagnosis.id).toBe('browser:NotAllowedError');
    // Explained again in another language, from the input and the operation kept.
    doctor.configure({ lang: 'zh' });
    const ids = doctor.problems.value.map((p) => [p.diagnosis.id, p.diagnosis.lang]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['sdk:PLAY_NOT_ALLOWED', 'zh'],
        ['browser:NotAllowedError', 'zh'],
      ]),
    );
    doctor.destroy();
  });

  it('a granted camera does not settle blocked playback', async () => {
    const { settles } = await import('../../src/core/store');
    const d = diagnose(new DOMException(CHROME_AUTOPLAY, 'NotAllowedError'), en);
    expect(d.errorName).toBe('NotAllowedError');
    const problem = {
      fingerprint: 'f',
      diagnosis: d,
      source: { type: 'page', label: 'page' },
      count: 1,
      firstAt: 0,
      lastAt: 0,
      resolved: false,
    } as const;
    expect(settles('permission-granted', problem)).toBe(false);
    const denied = { ...problem, diagnosis: diagnose('NotAllowedError', en) };
    expect(settles('permission-granted', denied)).toBe(true);
  });
});
