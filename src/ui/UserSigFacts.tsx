/** What a userSig problem's card says about the userSig: its decoded facts, never the userSig. */
// Classic JSX: `h(type, props, ...children)` is smaller than the automatic runtime's calls.
/** @jsxRuntime classic */
/** @jsx h */
import { h } from 'preact';
import type { Problem } from '../core/types.js';
import { describeUserSig } from '../core/usersig-book.js';
import type { PanelModel } from './model.js';

/**
 * The decoded userSig of a problem (`part="usersig"`): when it was issued and expires, or why it
 * is not a TLS v2 signature, and whom it was made for when that differs. Nothing without facts.
 */
export function UserSigFacts({ m, problem }: { m: PanelModel; problem: Problem }) {
  const facts = problem.userSig;
  if (!facts) return null;
  const lines = describeUserSig(facts, {}, m.doctor.settings.value.lang, Date.now());
  return (
    <ul class="checks" part="usersig" data-valid={String(facts.valid)}>
      {lines.map((line) => (
        // `backticked` ids as <code>, as text nodes (never parsed as HTML).
        <li>{line.split('`').map((part, i) => (i % 2 ? <code>{part}</code> : part))}</li>
      ))}
    </ul>
  );
}
