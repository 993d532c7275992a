/**
 * The device and environment checks (`check-devices`, `check-environment`): loaded when first
 * run, since most pages never list their devices or ask the SDK for its self-check.
 */
import type { ActionHub, DeviceSummary, ListOf, Say } from './actions.js';
import { nav, queryPermissions, snapshotEnvironment, SYSTEM_CHECK_TIMEOUT_MS } from './env.js';
import type { EnvironmentFacts, SystemCheck, Timeout } from './env.js';
import { field, read, str } from './guard.js';
import type { ActionResult, TrtcNamespaceLike } from './types.js';

/**
 * The device lists of `check-devices`: the SDK's functions (v4, v5), and the `enumerateDevices`
 * kind. v5's list functions open the device for a moment unless told not to: `false` asks nothing.
 */
const DEVICE_LISTS = [
  ['cameras', 'getCameras', 'getCameraList', 'videoinput'],
  ['microphones', 'getMicrophones', 'getMicrophoneList', 'audioinput'],
  ['speakers', 'getSpeakers', 'getSpeakerList', 'audiooutput'],
] as const;

/** `check-devices`: the cameras, microphones and speakers, from the SDK or the browser. */
export async function checkDevices(
  hub: ActionHub,
  result: Say,
  list: ListOf,
): Promise<ActionResult> {
  const trtc = hub.trtc();
  const lists = await Promise.all(
    DEVICE_LISTS.map(([, v4, v5]) => list(() => (trtc?.[v4] ? trtc[v4]() : trtc![v5]!(false)))),
  );
  if (lists.includes(undefined)) {
    const all = await list(() => nav()!.mediaDevices!.enumerateDevices());
    DEVICE_LISTS.forEach(([, , , kind], i) => {
      lists[i] ??= all?.filter((device) => field(device, 'kind') === kind);
    });
  }
  if (lists.every((l) => !l)) return result('check-devices', 'unsupported');
  const data: Record<string, DeviceSummary[]> = {};
  const counts: Record<string, number> = {};
  DEVICE_LISTS.forEach(([key], i) => {
    data[key] = (lists[i] ?? []).map((device) => ({
      deviceId: str(field(device, 'deviceId')) ?? '',
      label: str(field(device, 'label')) ?? '',
    }));
    counts[key] = data[key]!.length;
  });
  return result('check-devices', 'checked', counts, data, 'devices');
}

/** The SDK's `{ result, detail }`, booleans only; `undefined` for anything else. */
function toSystemCheck(value: unknown): SystemCheck | undefined {
  const result = field(value, 'result');
  if (typeof result !== 'boolean') return undefined;
  const flags: Record<string, boolean> = {};
  for (const [key, flag] of Object.entries(field(value, 'detail') ?? {})) {
    if (typeof flag === 'boolean') flags[key] = flag;
  }
  return { result, detail: flags };
}

/** Everything: the snapshot, permission states and the SDK's own check (bounded in time). */
export async function checkEnvironment(
  trtc: TrtcNamespaceLike | undefined,
  timeout: Timeout,
): Promise<EnvironmentFacts> {
  const base = snapshotEnvironment(trtc);
  // v4's checkSystemRequirements() and v5's isSupported() give the same { result, detail }.
  const check = read(() => (trtc?.checkSystemRequirements ?? trtc?.isSupported)?.call(trtc));
  const [permissions, system] = await Promise.all([
    queryPermissions(trtc, timeout),
    check
      ? timeout(
          Promise.resolve(check).then(toSystemCheck, () => undefined),
          SYSTEM_CHECK_TIMEOUT_MS,
          undefined,
        )
      : undefined,
  ]);
  return { ...base, permissions, system };
}

/** `check-environment`: everything, kept for the report; supported or not by the SDK's check. */
export async function checkEnvironmentOf(hub: ActionHub, result: Say): Promise<ActionResult> {
  const environment = await checkEnvironment(hub.trtc(), hub.timeout);
  hub.setEnvironment(environment);
  const system = environment.system;
  const missing = system && Object.keys(system.detail).filter((k) => !system.detail[k]);
  return !system
    ? result('check-environment', 'checked', {}, environment, 'environmentChecked')
    : system.result
      ? result('check-environment', 'supported', {}, environment)
      : result(
          'check-environment',
          'not-supported',
          { missing: missing!.join(', ') || '?' },
          environment,
        );
}
