/**
 * Storage fault injection for "the MV3 service worker can stop between any two steps" tests (issue 8).
 * The kill is modelled at the storage boundary: the worker's k-th storage.local get/set/remove either never happens
 * ("before") or happens and is the last thing the worker does ("after"); from then on every storage call of that
 * worker fails (a dead worker touches nothing). Same model as tests/lib/background/report-crash.test.ts.
 *
 * `during(k, fn)` lets ANOTHER context (the popup, the options page) act just before the worker's k-th operation:
 * its storage calls pass through uncounted and are never killed, so one fake storage serves both contexts.
 */
import { fakeBrowser } from 'wxt/testing';

type Area = typeof fakeBrowser.storage.local;
export const STORAGE_OPS = ['get', 'set', 'remove'] as const;
export type KillMode = 'before' | 'after';

export class Kill {
  count = 0;
  dead = false;
  /** The worker's operations in order, e.g. `set report:…` (for failure messages). */
  log: string[] = [];
  private originals = new Map<string, unknown>();
  private others = 0;
  private hooks = new Map<number, () => Promise<unknown>>();

  constructor(
    private killAt: number = Number.MAX_SAFE_INTEGER,
    private mode: KillMode = 'before',
  ) {}

  /** Run `fn` as another extension context just before the worker's operation `at` (or at its end, if it has fewer). */
  during(at: number, fn: () => Promise<unknown>): this {
    this.hooks.set(at, fn);
    return this;
  }

  install(area: Area = fakeBrowser.storage.local): void {
    for (const op of STORAGE_OPS) {
      const original = (area[op] as (...a: unknown[]) => Promise<unknown>).bind(area);
      this.originals.set(op, area[op]);
      (area as unknown as Record<string, unknown>)[op] = async (...args: unknown[]) => {
        if (this.others > 0) return original(...args); // another context's call: not the worker's
        if (this.dead) throw new Error('worker is dead');
        const i = this.count;
        await this.runHook(i);
        this.count++;
        this.log.push(`${op} ${describeArg(args[0])}`);
        if (i === this.killAt && this.mode === 'before') {
          this.dead = true;
          throw new Error('worker killed');
        }
        const out = await original(...args);
        if (i === this.killAt) this.dead = true; // 'after': this operation landed; the worker stops right here
        return out;
      };
    }
  }

  /** Run the hook for operation `i` (if any) with every storage call passing through. */
  async runHook(i: number): Promise<void> {
    const hook = this.hooks.get(i);
    if (!hook) return;
    this.hooks.delete(i);
    this.others++;
    try {
      await hook();
    } finally {
      this.others--;
    }
  }

  /** Hooks never reached (the worker made fewer operations) run now, so no test silently skips its other context. */
  async runRemainingHooks(): Promise<void> {
    for (const i of [...this.hooks.keys()].sort((a, b) => a - b)) await this.runHook(i);
  }

  uninstall(area: Area = fakeBrowser.storage.local): void {
    for (const [op, fn] of this.originals) (area as unknown as Record<string, unknown>)[op] = fn;
    this.originals.clear();
  }
}

function describeArg(a: unknown): string {
  if (a == null) return '*';
  if (typeof a === 'string') return a;
  if (Array.isArray(a)) return a.join(',');
  return Object.keys(a as object).join(',');
}

/** How many storage operations one clean run of `fn` makes (to know every kill point), and which. */
export async function countOps(fn: () => Promise<unknown>): Promise<{ total: number; log: string[] }> {
  const k = new Kill();
  k.install();
  try {
    await fn();
  } finally {
    k.uninstall();
  }
  return { total: k.count, log: k.log };
}

/** Run `fn` as a worker that is killed at operation `killAt`; its result (if any) is abandoned. */
export async function runKilled(
  kill: Kill,
  fn: () => Promise<unknown>,
): Promise<{ replied: unknown; died: boolean; log: string[] }> {
  kill.install();
  let replied: unknown;
  try {
    replied = await fn();
  } catch {
    replied = undefined;
  } finally {
    kill.uninstall();
  }
  await kill.runRemainingHooks();
  // A worker that died never sends its reply, whatever its code went on to compute.
  return { replied: kill.dead ? undefined : replied, died: kill.dead, log: kill.log };
}
