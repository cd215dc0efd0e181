/**
 * Import an export file into the store: validate (./export.ts), merge duplicates, write the new records one by one.
 * A full quota stops the import with a clear error; what was written before stays, and the result says how many.
 */
import { parseImport, planImport, type ImportRejection } from './export';
import { ReportStoreError, listReports, writeReport } from './store';
import type { Text } from '../schema/verdict';

export interface ImportResult {
  ok: boolean;
  error?: string;
  userError?: Text;
  added: number;
  merged: number;
  rejected: ImportRejection[];
}

export async function importReports(text: string): Promise<ImportResult> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { ok: false, error: parsed.error, added: 0, merged: 0, rejected: [] };
  const { reports } = await listReports();
  const plan = planImport(reports, parsed.valid);
  let added = 0;
  const addedIds = new Set(plan.added.map((r) => r.id));
  for (const r of plan.toWrite) {
    try {
      await writeReport(r);
      if (addedIds.has(r.id)) added++;
    } catch (e) {
      const err = e instanceof ReportStoreError ? e : null;
      return {
        ok: false,
        error: String((e as Error)?.message ?? e),
        ...(err ? { userError: err.userMessage } : {}),
        added,
        merged: plan.merged.length,
        rejected: parsed.rejected,
      };
    }
  }
  return { ok: true, added, merged: plan.merged.length, rejected: parsed.rejected };
}
