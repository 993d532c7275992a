import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/core/diagnose';
import { reportedAs } from '../../src/ui/words';

describe('reportedAs with v5', () => {
  it('names the v5 code behind a specific cause, and nothing behind the v5 entry itself', () => {
    const error = Object.assign(new Error('enterRoom failed thrown from enterRoom()'), {
      name: 'SERVER_ERROR',
      code: 5400,
      extraCode: 70001,
      functionName: 'enterRoom',
    });
    const d = diagnose(error, { lang: 'en' });
    expect(d.id).toBe('account:70001');
    expect(reportedAs(d)?.id).toBe('v5:5400');
    expect(reportedAs(diagnose('v5:5400'))).toBeUndefined();
  });
});
