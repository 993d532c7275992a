/** One problem: what it is, why, what to do, and buttons that do it. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
import type { ActionId, ActionResult, Diagnosis, Problem } from '../core/types.js';
import { FirewallGuide, UnblockGuide } from './Guide.js';
import type { PanelModel } from './model.js';
import { Result } from './Results.js';
import { Time } from './time.js';

/** Props of `ProblemCard`. */
export interface ProblemCardProps {
  m: PanelModel;
  problem: Problem;
}

/**
 * Catalog text with its `backticked` code as `<code>`: split into text nodes, never parsed as
 * HTML. A backtick without its pair stays a plain character.
 */
export function withCode(text: string) {
  const parts = text.split('`');
  return parts.map((part, i) =>
    i % 2 === 0 ? part : i < parts.length - 1 ? <code>{part}</code> : `\`${part}`,
  );
}

/** Key, decimal code, hex, extra code (what a developer searches for), cause and fix steps. */
const explain = (m: PanelModel, d: Diagnosis, inner?: unknown) => [
  <p class="row" part="codes">
    {[d.key ?? d.errorName, d.code, d.hex].map((c) => c !== undefined && <code>{c}</code>)}
    {d.extraCode !== undefined && (
      <span>
        {m.t('extra')} <code>{d.extraCode}</code>
      </span>
    )}
  </p>,
  inner,
  d.cause && <p>{withCode(d.cause)}</p>,
  d.fix.length > 0 && (
    <ol>
      {d.fix.map((step) => (
        <li>{withCode(step)}</li>
      ))}
    </ol>
  ),
];

/**
 * What a developer reads: codes, the diagnoses behind it (each with its own codes and fix), the
 * raw message, cause, fix, the firewall guide, and the official links.
 */
const body = (m: PanelModel, d: Diagnosis) => [
  explain(m, d, [
    d.related.map((r) => (
      <div class="rel" part="related" data-diagnosis-id={r.id} key={r.id}>
        <strong>
          {m.t('related')}: {r.title}
        </strong>
        {explain(m, r)}
      </div>
    )),
    d.message && <pre>{d.message}</pre>,
  ]),
  d.guide === 'firewall' && <FirewallGuide m={m} />,
];

/** Official links, `https:` only, in a new tab that cannot reach back to the page. */
const docs = (d: Diagnosis) => {
  const links = d.docs.filter((doc) => doc.url.startsWith('https://'));
  return (
    links.length > 0 && (
      <p class="row">
        {links.map((doc) => (
          <a href={doc.url} target="_blank" rel="noopener noreferrer">
            {doc.label}
          </a>
        ))}
      </p>
    )
  );
};

/**
 * A problem card (`data-diagnosis-id`, `part="card"`). Developers see everything; end users see
 * the hint and the buttons, with the rest behind a "details" disclosure.
 */
export function ProblemCard({ m, problem: p }: ProblemCardProps) {
  // Signals, not hook state: the outcome of each action run from this card, and the one running.
  const results = useSignal<Partial<Record<ActionId, ActionResult>>>({});
  const busy = useSignal<ActionId | null>(null);
  const d = p.diagnosis;
  const { audience, lang } = m.doctor.settings.value;
  const actions = d.actions.filter((a) => m.doctor.canRun(a, p));
  const blocked = /^(blocked|denied)$/.test(results.value['request-permission']?.outcome ?? '');

  const run = (action: ActionId): void => {
    // Called first and synchronously: resume() and getUserMedia() need the click's user gesture.
    const pending = m.doctor.runAction(action, p);
    busy.value = action;
    void Promise.resolve(pending)
      .catch((e: unknown) => ({ action, ok: false, outcome: 'failed', text: String(e) }))
      .then((r) => {
        busy.value = null;
        results.value = { ...results.value, [action]: r };
      });
  };

  const hint = d.hint ?? d.related.find((r) => r.hint)?.hint;
  return (
    <article
      class={`card ${d.severity}`}
      part="card"
      aria-label={d.title}
      data-diagnosis-id={d.id}
      data-resolved={String(p.resolved)}
    >
      <div class="row">
        <span class={`tag ${d.severity}`}>{m.t(d.severity)}</span>
        <h3>{d.title}</h3>
        {p.resolved && (
          <span class="tag ok" part="resolved">
            {m.t('resolved')}
          </span>
        )}
      </div>
      <p class="muted">
        ×{p.count} · {m.t('first')} <Time at={p.firstAt} lang={lang} /> · {m.t('last')}{' '}
        <Time at={p.lastAt} lang={lang} /> · {m.source(p.source)}
      </p>
      {audience === 'developer' ? body(m, d) : hint && <p class="hint">{withCode(hint)}</p>}
      {d.guide === 'autoplay' && <p class="guide">{m.t('autoplay')}</p>}
      {(d.guide === 'unblock-permission' || blocked) && <UnblockGuide m={m} open={blocked} />}
      {actions.length > 0 && (
        <div class="row">
          {actions.map((a) => (
            <button
              type="button"
              part="action"
              data-action={a}
              aria-busy={busy.value === a}
              onClick={() => busy.value !== a && run(a)}
            >
              {m.t(a)}
            </button>
          ))}
        </div>
      )}
      {actions.map((a) => {
        const r = results.value[a];
        return r && <Result m={m} result={r} />;
      })}
      {audience === 'developer' ? (
        docs(d)
      ) : (
        <details part="details">
          <summary>{m.t('details')}</summary>
          {body(m, d)}
          {docs(d)}
        </details>
      )}
    </article>
  );
}
