/**
 * `doctor.preflight()`: the checks a call needs, run before it, as one checklist. Built on the
 * actions (environment, devices, connection), the permission states (read, never asked) and the
 * userSig facts learned from the watched clients. Each item passes, warns, fails or is skipped.
 */
import type { PermissionStates } from './env.js';
import { EXPIRES_SOON_MS } from './usersig.js';
import type { ClientFacts } from './report.js';
import { t } from './strings.js';
import type { StringKey } from './strings.js';
import type { ActionId, ActionResult, Lang, PreflightItem, PreflightResult } from './types.js';

/** What preflight needs from the doctor. */
export interface PreflightHub {
  lang(): Lang;
  now(): number;
  runAction(action: ActionId): Promise<ActionResult>;
  permissions(): Promise<PermissionStates>;
  clients(): readonly ClientFacts[];
  /** Resolves when the userSig decodes started so far are done. */
  userSigsSettled(): Promise<void>;
}

type Status = PreflightItem['status'];
const RANK: Record<Status, number> = { fail: 0, warn: 1, pass: 2, skip: 3 };

/** The action's result as an item: its own sentence, `status` from its outcome. */
const fromAction = (id: string, r: ActionResult, status: Status): PreflightItem => ({
  id,
  status: r.outcome === 'unsupported' ? 'skip' : status,
  text: r.text,
  data: r.data,
});

/** The userSig item: the worst of the watched clients' decoded userSigs. */
function userSigItem(lang: Lang, now: number, clients: readonly ClientFacts[]): PreflightItem {
  const checks = clients.flatMap((c) =>
    c.userSigCheck ? [{ label: c.label, ...c.userSigCheck }] : [],
  );
  const statusOf = (c: (typeof checks)[number]): [Status, StringKey] => {
    const expires = Date.parse(c.expiresAt ?? '');
    if (!c.valid) return ['fail', 'pre-usersig-invalid'];
    if (expires <= now) return ['fail', 'pre-usersig-expired'];
    if (c.userIdMatches === false || c.sdkAppIdMatches === false)
      return ['fail', 'pre-usersig-mismatch'];
    if (expires - now < EXPIRES_SOON_MS) return ['warn', 'pre-usersig-soon'];
    return ['pass', 'pre-usersig-ok'];
  };
  if (!checks.length) return { id: 'usersig', status: 'skip', text: t(lang, 'pre-usersig-none') };
  const rated = checks.map((c) => [...statusOf(c), c] as const);
  const [status, key, worst] = rated.sort((a, b) => RANK[a[0]] - RANK[b[0]])[0]!;
  return { id: 'usersig', status, text: t(lang, key, { label: worst.label }), data: checks };
}

/** The permission item: denied fails, not yet asked warns (the call will ask), granted passes. */
function permissionItem(lang: Lang, states: PermissionStates): PreflightItem {
  const values = [states.camera, states.microphone];
  const [status, key]: [Status, StringKey] = values.includes('denied')
    ? ['fail', 'pre-permission-denied']
    : values.every((v) => v === 'granted')
      ? ['pass', 'pre-permission-granted']
      : values.includes('prompt')
        ? ['warn', 'pre-permission-prompt']
        : ['skip', 'pre-permission-unknown'];
  return { id: 'permissions', status, text: t(lang, key), data: states };
}

/**
 * Run the checklist; never rejects (a check that throws is skipped).
 *
 * @example
 * ```ts
 * const result = await runPreflight(hub);
 * result.items.filter((item) => item.status === 'fail');
 * ```
 */
export async function runPreflight(hub: PreflightHub): Promise<PreflightResult> {
  const lang = hub.lang();
  const skip = (id: string) => (): PreflightItem => ({
    id,
    status: 'skip',
    text: t(lang, 'unsupported'),
  });
  const [environment, devices, permissions, connection] = await Promise.all([
    hub
      .runAction('check-environment')
      .then((r) => fromAction('environment', r, r.outcome === 'not-supported' ? 'fail' : 'pass')),
    hub.runAction('check-devices').then((r) => {
      const data = r.data as Record<string, unknown[]> | undefined;
      const none = !data?.cameras?.length || !data?.microphones?.length;
      return fromAction('devices', r, r.ok ? (none ? 'warn' : 'pass') : 'fail');
    }),
    hub.permissions().then((states) => permissionItem(lang, states), skip('permissions')),
    hub
      .runAction('test-connection')
      .then((r) =>
        fromAction('connection', r, r.ok ? (r.outcome === 'conn-ok' ? 'pass' : 'warn') : 'fail'),
      ),
  ]);
  const usersig = await hub
    .userSigsSettled()
    .then(() => userSigItem(lang, hub.now(), hub.clients()), skip('usersig'));
  const items = [environment, devices, permissions, usersig, connection];
  const status = items.map((i) => i.status).sort((a, b) => RANK[a] - RANK[b])[0]!;
  return { at: hub.now(), status: status === 'skip' ? 'pass' : status, items };
}
