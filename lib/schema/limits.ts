/**
 * Length limits for page text in a Listing, and the clipper adapters use. Free of zod on purpose: the content
 * scripts import this, and the schemas (lib/schema/listing.ts) that enforce the same limits stay out of them.
 */
export const LIMITS = {
  title: 1000,
  text: 300,
  description: 2000,
  url: 2048,
} as const;

/** Trim, collapse white space and clip page text to a schema limit (never throws). */
export function clip(value: unknown, max: number = LIMITS.text): string {
  if (typeof value !== 'string') return '';
  const s = value.replace(/\s+/g, ' ').trim();
  return s.length > max ? s.slice(0, max) : s;
}
