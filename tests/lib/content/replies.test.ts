import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../../lib/content/runner';
import { readHelloReply, readRevealRequest, readScoreReply } from '../../../lib/content/replies';
import { HelloReply, RevealRequest, ScoreReply } from '../../../lib/content/reply-schemas';
import { CsHelloReply, CsScoreReply, MAX_BATCH } from '../../../lib/messages';
import { Verdict } from '../../../lib/schema/verdict';

const text = fc.record({ en: fc.string(), zh: fc.string() });
const verdict = fc.record({
  level: fc.constantFrom('high', 'caution', 'low', 'none'),
  score: fc.integer({ min: 0, max: 100 }),
  kind: fc.constantFrom('counterfeit', 'dupe', null),
  summary: text,
  signals: fc.array(
    fc.record({
      id: fc.string(),
      weight: fc.integer({ min: -100, max: 100 }),
      message: text,
      evidence: fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))),
    }),
    { maxLength: 5 },
  ),
});

describe('content-script reply schemas are subsets of the background replies', () => {
  it('every valid full score reply passes the content-script schema', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ ref: fc.string(), verdict }), { maxLength: 5 }), (results) => {
        const reply = { ok: true as const, results };
        for (const r of results) expect(Verdict.safeParse(r.verdict).success).toBe(true);
        expect(CsScoreReply.safeParse(reply).success).toBe(true);
        expect(ScoreReply.safeParse(reply).success).toBe(true);
      }),
    );
  });
  it('the hello reply too, and junk is refused', () => {
    const hello = { ok: true, enabled: true, version: '1', onlyWarnings: false, language: 'auto' };
    expect(CsHelloReply.safeParse(hello).success).toBe(true);
    expect(HelloReply.safeParse(hello).success).toBe(true);
    expect(HelloReply.safeParse({ ok: true, enabled: 'yes' }).success).toBe(false);
    expect(ScoreReply.safeParse({ ok: true, results: [{ ref: 'c1', verdict: { level: 'fake' } }] }).success).toBe(false);
  });
  it('the runner batches no more than the background accepts', () => {
    expect(BATCH_SIZE).toBe(MAX_BATCH);
  });
});

// The content script checks replies with a hand-written reader (lib/content/replies.ts) so it does not ship zod's
// core; the zod schemas in reply-schemas.ts are the specification. The reader must accept a value exactly when the
// schema does: on arbitrary values, and on valid replies with one part broken (where a reader would slip).
describe('the content script’s reply reader accepts exactly what the zod schemas accept', () => {
  const junk = fc.oneof(
    fc.constantFrom(undefined, null, NaN, Infinity, -Infinity, 0, -1, 1.5, '', 'high', 'x', true, false, [], {}, [1], { en: 'a' }),
    fc.anything(),
  );
  /** A copy of `value` with the node at a random path replaced by `bad`, or its key deleted. */
  function breakOne(value: unknown, pick: number, bad: unknown, del: boolean): unknown {
    const copy = structuredClone(value);
    const slots: [Record<string, unknown> | unknown[], string | number][] = [];
    const walk = (v: unknown) => {
      if (Array.isArray(v)) v.forEach((x, i) => (slots.push([v, i]), walk(x)));
      else if (v && typeof v === 'object') for (const k of Object.keys(v)) (slots.push([v as Record<string, unknown>, k]), walk((v as Record<string, unknown>)[k]));
    };
    walk(copy);
    if (!slots.length) return bad;
    const [parent, key] = slots[pick % slots.length]!;
    if (del && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
    else (parent as Record<string | number, unknown>)[key] = bad;
    return copy;
  }
  const agree = (schema: { safeParse(v: unknown): { success: boolean } }, read: (v: unknown) => unknown, v: unknown): void => {
    expect(read(v) !== null, JSON.stringify(v, (_k, x) => (typeof x === 'number' && !Number.isFinite(x) ? String(x) : x))).toBe(schema.safeParse(v).success);
  };

  const scoreReply = fc.record({ ok: fc.constant(true), results: fc.array(fc.record({ ref: fc.string(), verdict }), { minLength: 1, maxLength: 3 }) });
  const helloReply = fc.record({
    ok: fc.constant(true),
    enabled: fc.boolean(),
    onlyWarnings: fc.boolean(),
    language: fc.constantFrom('auto', 'en', 'zh'),
  });
  const reveal = fc.record({ type: fc.constant('popup/reveal'), ref: fc.string() });

  for (const [name, schema, read, valid] of [
    ['score reply', ScoreReply, readScoreReply, scoreReply],
    ['hello reply', HelloReply, readHelloReply, helloReply],
    ['reveal request', RevealRequest, readRevealRequest, reveal],
  ] as const) {
    it(`${name}: valid, broken in one place, and arbitrary values`, () => {
      let refused = 0;
      fc.assert(
        fc.property(valid as fc.Arbitrary<unknown>, fc.nat(), junk, fc.boolean(), (v, pick, bad, del) => {
          agree(schema, read, v);
          expect(read(v)).not.toBeNull();
          const broken = breakOne(v, pick, bad, del);
          agree(schema, read, broken);
          if (read(broken) === null) refused++;
        }),
        { numRuns: 2000 },
      );
      fc.assert(
        fc.property(fc.anything(), (v) => {
          agree(schema, read, v);
        }),
        { numRuns: 500 },
      );
      // Most single breaks must be refusals, or the generator is not probing the boundary.
      expect(refused).toBeGreaterThan(800);
    });
  }
});
