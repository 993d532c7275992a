/** The environment tab: runs the environment and device checks and shows what they found. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { ActionId } from '../core/types.js';
import type { PanelModel } from './model.js';
import { Preflight } from './Preflight.js';
import { Result } from './Results.js';

const CHECKS: readonly ActionId[] = ['check-environment', 'check-devices'];

/** One button runs both checks; results stay in the model across tab switches. */
export function Environment({ m }: { m: PanelModel }) {
  const checks = CHECKS.filter((c) => m.doctor.canRun(c));
  const run = (): void => {
    // Started inside the click: a device check may prompt for permission.
    void Promise.all(checks.map((c) => m.doctor.runAction(c))).then(
      (results) => (m.checks.value = results),
      () => undefined,
    );
  };
  return [
    <p class="muted">{m.t('envHint')}</p>,
    checks.length > 0 && (
      <p>
        <button type="button" data-checks={checks.join(' ')} onClick={run}>
          {m.t('runChecks')}
        </button>
      </p>
    ),
    <Preflight m={m} />,
    m.checks.value.map((r) => (
      <section aria-label={m.t(r.action)}>
        <h3>{m.t(r.action)}</h3>
        <Result m={m} result={r} />
      </section>
    )),
  ];
}
