import { relative } from 'node:path';
import { loadConfig } from '@assocflow/platform';
import { newOperatorCredential } from '../../../api/src/auth/operator-credential';
import { createApp } from '../../../api/src/create-app';
import type { CliIo } from '../program';
import { ProgressBar } from '../progress-bar';
import { importSeeds, type ImportReport } from './import-seeds';
import { seedFilesAt } from './seed-files';

/**
 * `assocflow import <path>`: the api runs in this process (not listening) and every seed line is
 * injected as an HTTP request, authenticated by a credential that never leaves the process.
 */
export async function runImport(path: string, io: CliIo, tenant?: string): Promise<ImportReport> {
  const files = seedFilesAt(path, tenant);
  const config = loadConfig(io.env);
  const operator = newOperatorCredential(`cli-import:${io.env.USER ?? 'operator'}`);
  const app = await createApp({ config, logger: false, operator });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    const bar = new ProgressBar('import', io.err, Boolean(io.tty), 'lines');
    const report = await importSeeds(
      files,
      async (request) => {
        const response = await app.inject(request);
        return { statusCode: response.statusCode, headers: response.headers, body: response.body };
      },
      `Bearer ${operator.token}`,
      (done, total) => bar.update(done, total),
    );
    bar.finish(
      `${report.lines} lines from ${files.length} file(s): ${report.recorded} recorded, ${report.unchanged} already there, ${report.rejected.length} rejected`,
    );
    for (const line of report.rejected) io.err(`${relative(process.cwd(), line.file)}:${line.lineNumber}: ${line.reason}\n`);
    io.out(
      `${JSON.stringify({ lines: report.lines, recorded: report.recorded, unchanged: report.unchanged, rejected: report.rejected.length })}\n`,
    );
    return report;
  } finally {
    await app.close();
  }
}
