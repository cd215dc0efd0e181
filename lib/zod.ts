/**
 * The one place zod is configured. Extension pages run under a CSP that forbids `new Function`,
 * which zod would otherwise probe for its JIT fast path, so every import of zod goes through here.
 * `zod/mini` is the tree-shakable build: the content script ships only the schemas it uses.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

export { z };
export type { infer as Infer } from 'zod/mini';
