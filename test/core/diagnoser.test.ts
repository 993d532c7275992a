import { describe, expect, it } from 'vitest';
import { MAX_MEMOISED_DIAGNOSES, createDiagnoser, signatureOf } from '../../src/core/diagnoser';

describe("the doctor's memoised diagnose", () => {
  it('never lets two errors that diagnose differently share a memo entry', () => {
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    const plain = new Error('x');
    // A v5 `autoplay-failed`-like Error: same message, but it carries `resume()` and a media type.
    const autoplay = Object.assign(new Error('x'), { mediaType: 'audio', resume() {} });
    expect(diagnoser.diagnose(plain).id).toBe('unknown');
    expect(diagnoser.diagnose(autoplay).id).toBe('v5:autoplay-failed');
    expect(signatureOf(plain)).not.toBe(signatureOf(autoplay));
  });

  it('shares one diagnosis between equal errors', () => {
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    const a = diagnoser.diagnose(new DOMException('denied', 'NotAllowedError'));
    const b = diagnoser.diagnose(new DOMException('denied', 'NotAllowedError'));
    expect(a.id).toBe('browser:NotAllowedError');
    expect(b).toBe(a);
  });

  it('removes the exact secrets it is given from the message', () => {
    const secret = 'Zq3v9LmN2pXr8TsY4kWd6HjB';
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [secret],
    );
    const d = diagnoser.diagnose(new Error(`join failed for sig ${secret} at noon`));
    expect(d.message).toBeDefined();
    expect(d.message).not.toContain(secret);
    expect(d.message).not.toContain(secret.slice(0, 24));
  });

  it(`memoises at most ${MAX_MEMOISED_DIAGNOSES} diagnoses, then starts afresh`, () => {
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    const first = diagnoser.diagnose('message 0');
    expect(diagnoser.diagnose('message 0')).toBe(first);
    for (let i = 1; i < MAX_MEMOISED_DIAGNOSES; i++) diagnoser.diagnose(`message ${i}`);
    expect(diagnoser.diagnose('message 0')).toBe(first); // still held: the memo is just full
    diagnoser.diagnose(`message ${MAX_MEMOISED_DIAGNOSES}`); // one more empties it
    const again = diagnoser.diagnose('message 0');
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it('forgets every memoised diagnosis on clear()', () => {
    const diagnoser = createDiagnoser(
      () => 'en',
      () => [],
    );
    const first = diagnoser.diagnose('0x4043');
    diagnoser.clear();
    expect(diagnoser.diagnose('0x4043')).not.toBe(first);
  });
});
