/** Parts of the panel loaded when first shown: "Loading…", then the part; a failed load retries. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyPart, type PartProps } from '../../src/ui/lazy-tab';
import { createPanelModel } from '../../src/ui/model';
import { createFakeDoctor } from './fake-doctor';

afterEach(cleanup);

const model = () => createPanelModel(createFakeDoctor());

/** A load the test settles by hand. */
function deferred() {
  let settle!: { resolve(value: (p: PartProps) => unknown): void; reject(error: Error): void };
  const promise = new Promise<(p: PartProps) => unknown>((resolve, reject) => {
    settle = { resolve, reject };
  });
  return { promise, ...settle };
}

describe('lazyPart', () => {
  it('says "Loading…" politely while the part loads, then shows it, once for every panel', async () => {
    const pending = deferred();
    const load = vi.fn(() => pending.promise as Promise<never>);
    const Part = lazyPart<PartProps>(load);
    const m = model();
    const first = render(<Part m={m} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Loading…');
    expect(status.getAttribute('aria-busy')).toBe('true');
    pending.resolve(({ m: own }) => <p data-part>{own.t('report')}</p>);
    expect((await screen.findByText('Report')).hasAttribute('data-part')).toBe(true);
    first.unmount();
    // Loaded: a second panel renders it at once, without loading it again.
    render(<Part m={m} />);
    expect(screen.getByText('Report')).toBeTruthy();
    expect(load).toHaveBeenCalledOnce();
  });

  it('says so when the part cannot load, and Retry loads it again', async () => {
    const load = vi
      .fn<() => Promise<(p: PartProps) => unknown>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(() => <p>Loaded now</p>);
    const Part = lazyPart<PartProps>(load as never);
    render(<Part m={model()} />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('could not load');
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Loaded now')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('preload() fetches ahead and never rejects', async () => {
    const Part = lazyPart<PartProps>(() => Promise.reject(new Error('blocked')));
    await expect(Part.preload()).resolves.toBeUndefined();
    render(<Part m={model()} />);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
