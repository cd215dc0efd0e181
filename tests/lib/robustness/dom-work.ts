/**
 * Counting DOM work instead of timing it: wraps querySelector / querySelectorAll / closest / matches / contains on the
 * prototypes that own them (found from live nodes, so it works for any happy-dom window) and counts calls and the
 * number of elements the querySelectorAll calls returned. A scan that is linear in the number of cards has totals
 * that grow linearly; a scan that queries the whole list once per card has `returned` growing with the square.
 */
export interface DomWork {
  calls: number;
  /** Elements returned by querySelectorAll, summed over all calls (the elements the adapter then walks). */
  returned: number;
}

type Fn = (this: unknown, ...args: unknown[]) => unknown;

function owner(obj: object, name: string): object | null {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p) as object | null) {
    if (Object.prototype.hasOwnProperty.call(p, name)) return p;
  }
  return null;
}

/** Start counting on the prototypes of `doc` and its elements; returns the live counter and a restore function. */
export function countDomWork(doc: Document): { work: DomWork; restore(): void } {
  const work: DomWork = { calls: 0, returned: 0 };
  const el = doc.createElement('div');
  const frag = doc.createDocumentFragment();
  const restores: (() => void)[] = [];
  for (const node of [doc, el, frag] as object[]) {
    for (const name of ['querySelector', 'querySelectorAll', 'closest', 'matches', 'contains']) {
      const proto = owner(node, name) as Record<string, Fn> | null;
      if (!proto) continue;
      const original = proto[name]!;
      if ((original as { __counted?: boolean }).__counted) continue;
      const wrapped: Fn = function (this: unknown, ...args: unknown[]) {
        work.calls++;
        const out = original.apply(this, args);
        if (name === 'querySelectorAll') work.returned += (out as { length: number }).length;
        return out;
      };
      (wrapped as { __counted?: boolean }).__counted = true;
      proto[name] = wrapped;
      restores.push(() => {
        proto[name] = original;
      });
    }
  }
  return {
    work,
    restore() {
      for (const r of restores.reverse()) r();
    },
  };
}
