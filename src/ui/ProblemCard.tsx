/** One problem: what it is, why, what to do, and buttons that do it. */
import { useState } from 'preact/hooks';
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

const isHttps = (url: string): boolean => {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
};

/** Key, decimal code, hex, extra code: what a developer searches for. */
function Codes({ m, d }: { m: PanelModel; d: Diagnosis }) {
  const parts = [d.key ?? d.errorName, d.code, d.hex];
  return (
    <p class="codes" part="codes">
      {parts.map((c) => c !== undefined && <code key={c}>{String(c)}</code>)}
      {d.extraCode !== undefined && (
        <span>
          {m.t('extra')} <code>{d.extraCode}</code>
        </span>
      )}
    </p>
  );
}

/** Cause and steps, for the diagnosis itself and for each related one. */
function Explain({ d }: { d: Diagnosis }) {
  return (
    <>
      {d.cause && <p>{d.cause}</p>}
      {d.fix.length > 0 && (
        <ol>
          {d.fix.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** What a developer reads: codes, the cause behind it, raw message, cause, fix, firewall guide. */
function Body({ m, d }: { m: PanelModel; d: Diagnosis }) {
  return (
    <>
      <Codes m={m} d={d} />
      {d.related.map((r) => (
        <div class="rel" part="related" data-diagnosis-id={r.id} key={r.id}>
          <strong>
            {m.t('related')}: {r.title}
          </strong>
          <Codes m={m} d={r} />
          <Explain d={r} />
        </div>
      ))}
      {d.message && <pre>{d.message}</pre>}
      <Explain d={d} />
      {d.guide === 'firewall' && <FirewallGuide m={m} />}
    </>
  );
}

/** Official links, `https:` only, in a new tab that cannot reach back to the page. */
function Docs({ d }: { d: Diagnosis }) {
  const docs = d.docs.filter((doc) => isHttps(doc.url));
  return docs.length ? (
    <p class="row">
      {docs.map((doc) => (
        <a key={doc.url} href={doc.url} target="_blank" rel="noopener noreferrer">
          {doc.label}
        </a>
      ))}
    </p>
  ) : null;
}

/**
 * A problem card (`data-diagnosis-id`, `part="card"`). Developers see everything; end users see
 * the hint and the buttons, with the rest behind a "details" disclosure.
 */
export function ProblemCard({ m, problem: p }: ProblemCardProps) {
  const [results, setResults] = useState<Partial<Record<ActionId, ActionResult>>>({});
  const [busy, setBusy] = useState<ActionId | null>(null);
  const d = p.diagnosis;
  const { audience, lang } = m.doctor.settings.value;
  const actions = d.actions.filter((a) => m.doctor.canRun(a));
  const permission = results['request-permission'];
  const blocked = permission?.outcome === 'blocked' || permission?.outcome === 'denied';

  const run = (action: ActionId): void => {
    // Called first and synchronously: resume() and getUserMedia() need the click's user gesture.
    const pending = m.doctor.runAction(action, p);
    setBusy(action);
    void Promise.resolve(pending)
      .catch((e: unknown) => ({ action, ok: false, outcome: 'failed', text: String(e) }))
      .then((r) => {
        setBusy(null);
        setResults((all) => ({ ...all, [action]: r }));
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
      <div class="head">
        <span class={`tag ${d.severity}`}>{m.t(d.severity)}</span>
        <h3>{d.title}</h3>
        {p.resolved && (
          <span class="tag ok" part="resolved">
            {m.t('resolved')}
          </span>
        )}
      </div>
      <p class="meta">
        ×{p.count} · {m.t('first')} <Time at={p.firstAt} lang={lang} /> · {m.t('last')}{' '}
        <Time at={p.lastAt} lang={lang} /> · {m.source(p.source)}
      </p>
      {audience === 'developer' ? <Body m={m} d={d} /> : hint && <p class="hint">{hint}</p>}
      {d.guide === 'autoplay' && <p class="guide">{m.t('autoplay')}</p>}
      {(d.guide === 'unblock-permission' || blocked) && <UnblockGuide m={m} open={blocked} />}
      {actions.length > 0 && (
        <div class="acts">
          {actions.map((a) => (
            <button
              key={a}
              type="button"
              part="action"
              data-action={a}
              aria-busy={busy === a}
              onClick={() => busy !== a && run(a)}
            >
              {m.t(a)}
            </button>
          ))}
        </div>
      )}
      {actions.map((a) => {
        const r = results[a];
        return r && <Result key={a} m={m} result={r} />;
      })}
      {audience === 'developer' ? (
        <Docs d={d} />
      ) : (
        <details part="details">
          <summary>{m.t('details')}</summary>
          <Body m={m} d={d} />
          <Docs d={d} />
        </details>
      )}
    </article>
  );
}
