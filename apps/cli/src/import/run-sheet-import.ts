import { readFileSync } from 'node:fs';
import { loadConfig } from '@assocflow/platform';
import { newOperatorCredential } from '../../../api/src/auth/operator-credential';
import { createApp } from '../../../api/src/create-app';
import { XLSX_CONTENT_TYPE } from '../../../api/src/imports/imports.controller';
import type { ImportReport } from '../../../api/src/imports/sheet-import.service';
import type { CliIo } from '../program';

export const SHEET_REGISTERS = ['activities', 'branches'] as const;

interface Refusal {
  detail: string;
  problems?: { row: number; column?: string; rule: string; message: string }[];
  errors?: { field: string; rule: string; message: string }[];
}

/**
 * `assocflow import-sheet <file.xlsx>`: the same request as POST /imports/<register>, sent to
 * the api in this process. Prints every row's outcome, or every problem (row, column, rule).
 */
export async function runSheetImport(
  file: string,
  options: { tenant: string; register: (typeof SHEET_REGISTERS)[number]; dryRun: boolean },
  io: CliIo,
): Promise<boolean> {
  const payload = readFileSync(file);
  const operator = newOperatorCredential(`cli-import-sheet:${io.env.USER ?? 'operator'}`);
  const app = await createApp({ config: loadConfig(io.env), logger: false, operator });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const response = await app.inject({
      method: 'POST',
      url: `/v1/orgs/${options.tenant}/imports/${options.register}${options.dryRun ? '?dryRun=true' : ''}`,
      headers: { authorization: `Bearer ${operator.token}`, 'content-type': XLSX_CONTENT_TYPE },
      payload,
    });
    if (response.statusCode >= 300) {
      const refusal = response.json<Refusal>();
      for (const p of refusal.problems ?? []) io.err(`${file}: row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.rule}: ${p.message}\n`);
      for (const e of refusal.errors ?? []) io.err(`${file}: ${e.field}: ${e.rule}: ${e.message}\n`);
      if (!refusal.problems?.length && !refusal.errors?.length) io.err(`${file}: ${refusal.detail}\n`);
      io.err(`refused (${response.statusCode}): nothing was recorded\n`);
      return false;
    }
    const report = response.json<ImportReport>();
    for (const row of report.rows) io.out(`row ${row.row}\t${row.id}\t${row.outcome}\n`);
    io.out(
      report.dryRun
        ? `dry run: ${report.toRecord} row(s) would be recorded, ${report.unchanged} unchanged; nothing was recorded\n`
        : `${report.recorded} row(s) recorded, ${report.unchanged} unchanged\n`,
    );
    return true;
  } finally {
    await app.close();
  }
}
