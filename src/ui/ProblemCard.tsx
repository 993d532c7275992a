/** One problem: what it is, why, what to do, and buttons that do it. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import { useSignal } from '@preact/signals';
// Already in the bundle: @preact/signals' hooks are built on it.
import { useEffect, useRef } from 'preact/hooks';
import type { ActionId, ActionResult, Diagnosis, Problem } from '../core/types.js';
import { FirewallGuide, UnblockGuide } from './Guide.js';
import { useGradual } from './gradual.js';
import { CARDS_PER_STEP, FIRST_CARDS } from './model.js';
import type { PanelModel } from './model.js';
import { Result } from './Results.js';
import { ownFrame } from './stack.js';
import { Time } from './time.js';
import { UserSigFacts } from './UserSigFacts.js';
import { reportedAs, said } from './words.js';

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

/** The fix steps of a diagnosis, in order. */
const steps = (d: Diagnosis) =>
  d.fix.length > 0 && (
    <ol part="fix">
      {d.fix.map((step) => (
        <li>{withCode(step)}</li>
      ))}
    </ol>
  );

/** Key, decimal code, hex, extra code: what a developer searches for. */
const codes = (m: PanelModel, d: Diagnosis) => (
  <p class="row" part="codes">
    {[d.key ?? d.errorName, d.code, d.hex].map((c) => c !== undefined && <code>{c}</code>)}
    {d.extraCode !== undefined && (
      <span>
        {m.t('extra')} <code>{d.extraCode}</code>
      </span>
    )}
  </p>
);

/**
 * After the lead's steps and the buttons: the cause, the codes, each diagnosis behind it (its
 * codes, cause and steps), the firewall guide. End users find the same behind the disclosure.
 */
const body = (m: PanelModel, d: Diagnosis) => [
  d.cause && <p part="cause">{withCode(d.cause)}</p>,
  codes(m, d),
  d.related
    .filter((r) => r !== reportedAs(d))
    .map((r) => (
      <div class="rel" part="related" data-diagnosis-id={r.id} key={r.id}>
        <strong>
          {m.t('related')}: {r.title}
        </strong>
        {codes(m, r)}
        {r.cause && <p>{withCode(r.cause)}</p>}
        {steps(r)}
      </div>
    )),
  m.doctor.settings.value.audience === 'user' && steps(d),
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

/** The actions of a lost connection (scheduling, signalling, ICE): the catalog's NETWORK sets. */
const isNetwork = (d: Diagnosis): boolean =>
  d.actions.includes('rejoin') &&
  (d.actions.includes('check-environment') || d.actions.includes('reload-page'));

/**
 * The buttons a card offers, in order. A lost connection is answered by joining again: "Retry"
 * when the host gave `onRejoin`, else "Reload the page"; an environment check does not answer it.
 */
function offered(m: PanelModel, p: Problem): ActionId[] {
  const d = p.diagnosis;
  const ids: ActionId[] = isNetwork(d)
    ? [
        m.doctor.canRun('rejoin', p) ? 'rejoin' : 'reload-page',
        ...d.actions.filter((a) => !/^(rejoin|check-environment|reload-page)$/.test(a)),
      ]
    : [...d.actions];
  return ids.filter((a) => m.doctor.canRun(a, p));
}

/** Where it failed: the call (`join`, `startLocalVideo`...) and the page's own frame in the stack. */
const origin = (m: PanelModel, p: Problem) => {
  // Read defensively: the original error is kept on newer engines only.
  const frame = ownFrame((p as { error?: unknown }).error);
  return (
    (p.operation || frame) && (
      <p class="row" part="origin">
        {p.operation && (
          <span>
            {m.t('call')} <code>{p.operation}()</code>
          </span>
        )}
        {frame && (
          <span>
            {m.t('where')} <code>{frame}</code>
          </span>
        )}
      </p>
    )
  );
};

/**
 * A problem card (`data-diagnosis-id`, `part="card"`). It leads with the specific cause (the
 * expired userSig behind a "Join failed") and what to do. Developers then read the cause, codes,
 * the call that failed and the raw message; end users see only a calm title, the hint and the
 * buttons, with the rest behind "Technical details".
 */
export function ProblemCard({ m, problem: p }: ProblemCardProps) {
  // Signals, not hook state: the outcome of each action run from this card, and the one running.
  const results = useSignal<Partial<Record<ActionId, ActionResult>>>({});
  const busy = useSignal<ActionId | null>(null);
  const card = useRef<HTMLElement>(null);
  // Opened from the toast: this card is the one to read. Once it has been painted, so that
  // focusing and scrolling do not make the browser lay the panel out in the task that opens it.
  useEffect(() => {
    const el = card.current;
    if (el && m.focus.peek() === p.fingerprint) {
      m.focus.value = '';
      el.focus({ preventScroll: true });
      el.scrollIntoView?.({ block: 'nearest' });
    }
  }, []);
  const d = p.diagnosis;
  const via = reportedAs(d);
  const { audience, lang } = m.doctor.settings.value;
  const developer = audience === 'developer';
  // Sound that plays again needs no Resume button, unless it was this card's: focus stays on it.
  const actions = offered(m, p).filter(
    (a) => a !== 'resume-playback' || !p.resolved || !!results.value[a] || busy.value === a,
  );
  const network = isNetwork(d);
  const blocked = /^(blocked|denied)$/.test(results.value['request-permission']?.outcome ?? '');
  // Blocked sound: a click anywhere on the card is the gesture that resumes it.
  const muted = !p.resolved && actions.includes('resume-playback');

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

  // Once the sound plays, "tap here to turn on sound" would be a false promise.
  const hint =
    d.guide === 'autoplay' && p.resolved
      ? undefined
      : d.guide === 'autoplay'
        ? m.t(m.coarse() ? 'tapSound' : 'clickSound')
        : (d.hint ?? d.related.find((r) => r.hint)?.hint);
  const seen = (
    <p class="muted" part="meta">
      ×{p.count} · {m.t('first')} <Time at={p.firstAt} lang={lang} /> · {m.t('last')}{' '}
      <Time at={p.lastAt} lang={lang} /> · {said(m, m.source(p.source))}
    </p>
  );
  const raw = d.message && (
    <details part="raw">
      <summary>{m.t('raw')}</summary>
      <pre>{d.message}</pre>
    </details>
  );
  return (
    <article
      ref={card}
      tabIndex={-1}
      class={`card ${d.severity}${developer ? '' : ' calm'}`}
      part="card"
      aria-label={d.title}
      data-diagnosis-id={d.id}
      data-resolved={String(p.resolved)}
      onClick={(e) => {
        const target = e.target as Element;
        if (muted && !target.closest('button,a,summary,input,textarea')) run('resume-playback');
      }}
    >
      <div class="row">
        {developer && <span class={`tag ${d.severity}`}>{m.t(d.severity)}</span>}
        <h3>{d.title}</h3>
        {p.resolved && (
          <span class="tag ok" part="resolved">
            {m.t('resolved')}
          </span>
        )}
      </div>
      {developer && via && (
        <div class="muted" part="reported" data-diagnosis-id={via.id}>
          {m.t('via', { title: via.title })}
          {codes(m, via)}
        </div>
      )}
      {hint && (developer ? d.guide === 'autoplay' : true) && <p class="hint">{withCode(hint)}</p>}
      {developer && steps(d)}
      {actions.length > 0 && (
        <div class="row acts">
          {actions.map((a) => (
            <button
              type="button"
              part="action"
              data-action={a}
              aria-busy={busy.value === a}
              onClick={() => busy.value !== a && run(a)}
            >
              {m.t(a === 'rejoin' && network ? 'retry' : a)}
            </button>
          ))}
        </div>
      )}
      {actions.map((a) => {
        const r = results.value[a];
        return r && <Result m={m} result={r} />;
      })}
      {(d.guide === 'unblock-permission' || blocked) && <UnblockGuide m={m} open={blocked} />}
      {developer && <UserSigFacts m={m} problem={p} />}
      {developer ? (
        [body(m, d), seen, origin(m, p), raw, docs(d)]
      ) : (
        <details part="details">
          <summary>{m.t('techDetails')}</summary>
          {seen}
          {body(m, d)}
          {origin(m, p)}
          {raw}
          {docs(d)}
        </details>
      )}
    </article>
  );
}

/**
 * The cards of `list`, in its order: the first `FIRST_CARDS` at once, then `CARDS_PER_STEP` more
 * after each paint (`useGradual`), so that opening the panel on many problems is no long task.
 * Counts (the tab's, the launcher's) are the whole list's from the start.
 */
export function ProblemCards({ m, list }: { m: PanelModel; list: readonly Problem[] }) {
  const shown = useGradual(list.length, FIRST_CARDS, CARDS_PER_STEP);
  return list.slice(0, shown).map((p) => <ProblemCard key={p.fingerprint} m={m} problem={p} />);
}
