/**
 * `trtc-doctor/sentry`: a Sentry integration. Each new problem becomes one Sentry event, tagged
 * (`trtc.diagnosis`, `trtc.code`, `trtc.extra_code`, `trtc.sdk`), grouped per diagnosis, with the
 * doctor's timeline as breadcrumbs and its redacted report attached. Errors Sentry catches by
 * itself that are TRTC errors get the same tags, grouping and context, their messages redacted
 * (one already sent as a problem's event is dropped: one error, one event); other events are left
 * alone. Typed structurally: no dependency on `@sentry/*`.
 *
 * @example
 * ```ts
 * import * as Sentry from '@sentry/browser';
 * import { createDoctor } from 'trtc-doctor';
 * import { trtcDoctorIntegration } from 'trtc-doctor/sentry';
 *
 * const doctor = createDoctor();
 * Sentry.init({ dsn: '...', integrations: [trtcDoctorIntegration({ doctor })] });
 * ```
 */
import { isTrtcError } from './core/signature.js';
import { describe, fail, read } from './core/guard.js';
import type { Diagnosis, Doctor, Problem, TimelineEntry } from './core/types.js';

/** Timeline entries sent as breadcrumbs with each event (the newest). */
export const MAX_TRTC_BREADCRUMBS = 50;
/** The attached report's file name (the format's extension added). */
export const REPORT_ATTACHMENT_NAME = 'trtc-doctor-report';

/** Marks the events the integration made itself, in their hint. */
const OWN = 'trtcDoctorProblem';

/** Sentry's severity levels. */
export type SentryLevel = 'fatal' | 'error' | 'warning' | 'log' | 'info' | 'debug';

/** A Sentry event, as much as we touch. */
export interface SentryEventLike {
  message?: string;
  level?: SentryLevel;
  tags?: Record<string, string | number | boolean | null | undefined>;
  fingerprint?: string[];
  contexts?: Record<string, Record<string, unknown> | undefined>;
  breadcrumbs?: SentryBreadcrumbLike[];
  exception?: { values?: { type?: string; value?: string }[] };
}

/** A Sentry breadcrumb. */
export interface SentryBreadcrumbLike {
  category?: string;
  message?: string;
  level?: SentryLevel;
  timestamp?: number;
  data?: Record<string, unknown>;
}

/** A Sentry attachment. */
export interface SentryAttachmentLike {
  filename: string;
  data: string;
  contentType?: string;
}

/** A Sentry event hint. */
export interface SentryHintLike {
  originalException?: unknown;
  data?: unknown;
  attachments?: SentryAttachmentLike[];
}

/** A Sentry client (`Sentry.getClient()`), as much as we use. */
export interface SentryClientLike {
  captureEvent(event: SentryEventLike, hint?: SentryHintLike): unknown;
  on?(hook: 'close', callback: () => void): unknown;
}

/** Options of {@link trtcDoctorIntegration}. */
export interface TrtcDoctorIntegrationOptions {
  /** The doctor whose problems are reported. */
  doctor: Doctor;
  /** The attached report's format. Default markdown; `false` attaches none. */
  report?: 'markdown' | 'json' | false;
  /** Send the doctor's timeline as breadcrumbs. Default true. */
  breadcrumbs?: boolean;
}

/** The integration, in Sentry's shape. */
export interface TrtcDoctorIntegration {
  readonly name: 'TrtcDoctor';
  setupOnce(): void;
  setup(client: SentryClientLike): void;
  processEvent(
    event: SentryEventLike,
    hint: SentryHintLike,
    client: SentryClientLike,
  ): SentryEventLike | null | PromiseLike<SentryEventLike | null>;
}

const LEVELS: Record<Diagnosis['severity'], SentryLevel> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** What the event says about the diagnosis: tags, grouping and a `trtc` context. */
function describeTo(event: SentryEventLike, d: Diagnosis, problem?: Problem): void {
  const tags: Record<string, string> = { 'trtc.diagnosis': d.id };
  if (d.code !== undefined) tags['trtc.code'] = String(d.code);
  if (d.extraCode !== undefined) tags['trtc.extra_code'] = String(d.extraCode);
  if (d.sdkVersion) tags['trtc.sdk'] = d.sdkVersion;
  event.tags = { ...event.tags, ...tags };
  event.fingerprint = ['trtc-doctor', d.id];
  event.contexts = {
    ...event.contexts,
    trtc: {
      diagnosis: d.id,
      title: d.title,
      cause: d.cause,
      fix: d.fix.join('\n'),
      key: d.key,
      hex: d.hex,
      message: d.message,
      related: d.related.map((r) => r.id).join(', ') || undefined,
      docs: d.docs[0]?.url,
      operation: problem?.operation,
      source: problem?.source.label,
    },
  };
}

/** A timeline entry as a breadcrumb (its text is redacted already). */
const breadcrumbOf = (e: TimelineEntry): SentryBreadcrumbLike => ({
  category: `trtc.${e.type}`,
  message: `${e.event}: ${e.text}`,
  level: e.type === 'error' ? 'error' : 'info',
  timestamp: e.at / 1000,
  data: e.source ? { source: e.source.label } : undefined,
});

/**
 * The Sentry integration for `doctor`: pass it in `Sentry.init({ integrations: [...] })`.
 *
 * @throws TypeError when `doctor` is missing, saying what to pass.
 */
export function trtcDoctorIntegration(
  options: TrtcDoctorIntegrationOptions,
): TrtcDoctorIntegration {
  const { doctor, report = 'markdown', breadcrumbs = true } = options ?? ({} as never);
  if (typeof (doctor as Partial<Doctor> | undefined)?.onProblem !== 'function') {
    fail(
      `trtcDoctorIntegration({ doctor }) needs the doctor from createDoctor(), got ${describe(doctor)}.`,
    );
  }
  // Errors Sentry reported itself: their problem is not sent a second time. And errors sent as
  // a problem's event: Sentry catching one later (an unhandled rejection) is the same report.
  const reported = new WeakSet<object>();
  const sent = new WeakSet<object>();

  function enrich(event: SentryEventLike, hint: SentryHintLike, d: Diagnosis, p?: Problem) {
    describeTo(event, d, p);
    if (breadcrumbs) {
      const ours = doctor.timeline.peek().slice(-MAX_TRTC_BREADCRUMBS).map(breadcrumbOf);
      event.breadcrumbs = [...(event.breadcrumbs ?? []), ...ours].sort(
        (a, b) => (a.timestamp ?? 0) - (b.timestamp ?? 0),
      );
    }
    if (report) {
      const attachment = {
        filename: `${REPORT_ATTACHMENT_NAME}.${report === 'json' ? 'json' : 'md'}`,
        data: doctor.report({ format: report }),
        contentType: report === 'json' ? 'application/json' : 'text/markdown',
      };
      hint.attachments = [...(hint.attachments ?? []), attachment];
    }
  }

  return {
    name: 'TrtcDoctor',
    setupOnce() {},
    setup(client) {
      const pending = new Set<ReturnType<typeof setTimeout>>();
      const send = (problem: Problem) => {
        // Sentry may be reporting this very error itself (an unhandled rejection both see):
        // its listener may run after ours, so look once the current task is over.
        const timer = setTimeout(() => {
          pending.delete(timer);
          const error = problem.error;
          if (typeof error === 'object' && error) {
            if (reported.has(error)) return;
            sent.add(error);
          }
          const d = problem.diagnosis;
          read(() =>
            client.captureEvent(
              {
                message: `${d.title} (${d.key ?? d.id})`,
                level: LEVELS[d.severity] ?? 'error',
              },
              { data: { [OWN]: problem } },
            ),
          );
        });
        pending.add(timer);
      };
      const unsubscribe = doctor.onProblem(send);
      // A closed client sends nothing more: no event left waiting either.
      read(() =>
        client.on?.('close', () => {
          unsubscribe();
          pending.forEach(clearTimeout);
          pending.clear();
        }),
      );
    },
    processEvent(event, hint) {
      const error = hint.originalException;
      let later: Promise<SentryEventLike> | undefined;
      if (isTrtcError(error) && read(() => sent.has(error as object))) return null;
      // Sentry's pipeline is the host's: whatever fails here leaves the event as it was.
      read(() => {
        const own = (hint.data as Record<string, unknown> | undefined)?.[OWN] as
          Problem | undefined;
        if (own) return enrich(event, hint, own.diagnosis, own);
        if (!isTrtcError(error)) return;
        // The SDK's message may carry a userSig in a URL: cleaned like everything we show, also
        // before the doctor's diagnosis part is loaded.
        for (const value of event.exception?.values ?? []) {
          if (value.value) value.value = doctor.redact(value.value);
        }
        if (event.message) event.message = doctor.redact(event.message);
        // The doctor records it too (once: it knows the object), and diagnoses it in its language.
        const problem = doctor.capture(error);
        if (problem) {
          reported.add(error as object);
          enrich(event, hint, problem.diagnosis, problem);
          return;
        }
        // The diagnosis part is not loaded yet (the capture above loads it): the event waits for
        // it, then goes enriched, once; it goes as it is (redacted) if the part cannot load.
        reported.add(error as object);
        later = doctor.load().then(() => {
          read(() => {
            const found = doctor.capture(error);
            if (found) enrich(event, hint, found.diagnosis, found);
          });
          return event;
        });
      });
      return later ?? event;
    },
  };
}
