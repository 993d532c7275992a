/**
 * `diagnose` and `catalog` in one language only (the `trtc-doctor/diagnose` entries): the
 * catalog's words of that language, without the panel's strings, the actions' sentences or the
 * other language. A diagnosis is always in that language, whatever `options.lang` says.
 */
import { diagnose as diagnoseWithLoadedWords } from '../core/diagnose.js';
import { field } from '../core/guard.js';
import type { DiagnoseOptions, Diagnosis } from '../core/types.js';
import { addPart } from '../lang/registry.js';
import type { Parts } from '../lang/types.js';
import type { Lang } from './types.js';

/** The parts a diagnosis reads: every family's words and the base (labels, notes, unknown). */
export type CatalogParts = Pick<
  Parts,
  'base' | 'sdk' | 'server' | 'browser' | 'v5-calls' | 'v5-env' | 'v5-devices' | 'v5-network'
>;

/**
 * `diagnose` in `lang`, over `parts`, which are added to the registry now (so the catalog's
 * entries read them too; `text` of the other language falls back to these words).
 */
export function diagnoseIn(
  lang: Lang,
  parts: CatalogParts,
): (input: unknown, options?: Pick<DiagnoseOptions, 'operation'>) => Diagnosis {
  for (const id of Object.keys(parts) as (keyof CatalogParts)[]) {
    addPart(lang, id, parts[id] as never);
  }
  return (input, options) => {
    const operation = field(options, 'operation');
    return diagnoseWithLoadedWords(input, {
      lang,
      operation: typeof operation === 'string' ? operation : undefined,
    });
  };
}
