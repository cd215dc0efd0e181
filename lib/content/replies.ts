/**
 * What the content script accepts from the background (hello and score replies) and from our popup (reveal).
 * The specification is ./reply-schemas.ts (zod); this reader implements exactly those schemas without shipping zod's
 * core in every content script, and tests/lib/content/replies.test.ts proves with generated inputs that it accepts a
 * value exactly when the zod schema does. Unknown extra fields are allowed (and ignored), as zod objects allow them.
 */
import type { Text, Lang } from '../schema/verdict';

export interface BadgeVerdict {
  level: 'high' | 'caution' | 'low' | 'none';
  score: number;
  kind: 'counterfeit' | 'dupe' | null;
  summary: Text;
  signals: { id: string; weight: number; message: Text }[];
}
export interface HelloReply {
  ok: true;
  enabled: boolean;
  onlyWarnings: boolean;
  language: 'auto' | Lang;
}
export interface ScoreReply {
  ok: true;
  results: { ref: string; verdict: BadgeVerdict }[];
}
export interface RevealRequest {
  type: 'popup/reveal';
  ref: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
// zod 4's z.number() refuses NaN and ±Infinity.
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isText = (v: unknown): v is Text => isObj(v) && isStr(v.en) && isStr(v.zh);
const oneOf = (v: unknown, values: readonly unknown[]) => values.includes(v);

function isVerdict(v: unknown): v is BadgeVerdict {
  return (
    isObj(v) &&
    oneOf(v.level, ['high', 'caution', 'low', 'none']) &&
    isNum(v.score) &&
    (v.kind === null || oneOf(v.kind, ['counterfeit', 'dupe'])) &&
    isText(v.summary) &&
    Array.isArray(v.signals) &&
    v.signals.every((s) => isObj(s) && isStr(s.id) && isNum(s.weight) && isText(s.message))
  );
}

export function readHelloReply(v: unknown): HelloReply | null {
  return isObj(v) &&
    v.ok === true &&
    typeof v.enabled === 'boolean' &&
    typeof v.onlyWarnings === 'boolean' &&
    oneOf(v.language, ['auto', 'en', 'zh'])
    ? (v as unknown as HelloReply)
    : null;
}

export function readScoreReply(v: unknown): ScoreReply | null {
  return isObj(v) &&
    v.ok === true &&
    Array.isArray(v.results) &&
    v.results.every((r) => isObj(r) && isStr(r.ref) && isVerdict(r.verdict))
    ? (v as unknown as ScoreReply)
    : null;
}

export function readRevealRequest(v: unknown): RevealRequest | null {
  return isObj(v) && v.type === 'popup/reveal' && isStr(v.ref) ? (v as unknown as RevealRequest) : null;
}
