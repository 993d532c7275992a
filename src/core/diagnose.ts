// PLACEHOLDER until the real diagnose lands (issue 2). Shape only.
import type { Diagnosis, DiagnoseOptions } from './types';
import { detectLang } from './lang';

/** Turns anything into a diagnosis. Pure; never throws. */
export function diagnose(input: unknown, options: DiagnoseOptions = {}): Diagnosis {
  const lang = options.lang ?? detectLang();
  void input;
  return {
    id: 'unknown',
    kind: 'unknown',
    related: [],
    severity: 'error',
    title: 'Unknown error',
    cause: '',
    fix: [],
    actions: ['copy-report'],
    docs: [],
    lang,
  };
}
