import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_SIZE } from '../../../lib/content/runner';
import { HelloReply, ScoreReply } from '../../../lib/content/replies';
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
