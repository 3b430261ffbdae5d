import { readFileSync } from 'node:fs';
import { parseSeedLine, type SeedLine } from './seed-line';
import type { SeedFile } from './seed-files';

/** An in-process HTTP request to the api (Fastify's inject), so each line meets the api's own routes, validation and handlers. */
export type SendRequest = (request: {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  payload: string;
}) => Promise<{ statusCode: number; headers: Record<string, unknown>; body: string }>;

export type LineStatus = 'recorded' | 'unchanged' | 'rejected';

export interface LineOutcome {
  file: string;
  tenant: string;
  lineNumber: number;
  status: LineStatus;
  /** Why a line was rejected: the api's answer (status, rule, fields) or the envelope's fault. */
  reason?: string;
}

export interface ImportReport {
  lines: number;
  recorded: number;
  unchanged: number;
  rejected: LineOutcome[];
}

interface PendingLine {
  file: SeedFile;
  lineNumber: number;
  text: string;
}

/**
 * Sends every line of the files, in order, as its command, with the line's idempotency key: a
 * line already imported is answered from the log (unchanged) and appends nothing, so importing
 * twice changes nothing. A rejected line is reported with its line number and the api's reason,
 * and the import goes on with the next line.
 */
export async function importSeeds(
  files: SeedFile[],
  send: SendRequest,
  authorization: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ImportReport> {
  const pending: PendingLine[] = files.flatMap((file) =>
    readFileSync(file.path, 'utf8')
      .split('\n')
      .map((text, index) => ({ file, lineNumber: index + 1, text: text.trim() }))
      .filter((line) => line.text.length > 0),
  );
  const report: ImportReport = { lines: pending.length, recorded: 0, unchanged: 0, rejected: [] };
  let done = 0;
  onProgress(0, pending.length);
  for (const line of pending) {
    const outcome = await importLine(line, send, authorization);
    if (outcome.status === 'rejected') report.rejected.push(outcome);
    else report[outcome.status] += 1;
    onProgress(++done, pending.length);
  }
  return report;
}

async function importLine(pending: PendingLine, send: SendRequest, authorization: string): Promise<LineOutcome> {
  const at = { file: pending.file.path, tenant: pending.file.tenant, lineNumber: pending.lineNumber };
  const parsed = parseSeedLine(pending.text);
  if (!parsed.ok) return { ...at, status: 'rejected', reason: parsed.reason };
  const response = await send(requestOf(pending.file.tenant, parsed.line, authorization));
  if (response.statusCode >= 200 && response.statusCode < 300) {
    return { ...at, status: response.headers['idempotent-replayed'] === 'true' ? 'unchanged' : 'recorded' };
  }
  return { ...at, status: 'rejected', reason: reasonOf(response.statusCode, response.body) };
}

function requestOf(tenant: string, line: SeedLine, authorization: string): Parameters<SendRequest>[0] {
  return {
    method: line.method,
    url: `/v1/orgs/${encodeURIComponent(tenant)}${line.path}`,
    headers: {
      authorization,
      'content-type': 'application/json',
      'idempotency-key': line.idempotencyKey,
      'x-correlation-id': line.idempotencyKey,
      'x-source-document': encodeURIComponent(line.source.document),
      ...(line.source.section ? { 'x-source-section': encodeURIComponent(line.source.section) } : {}),
    },
    payload: JSON.stringify(line.body),
  };
}

/** "422 branch-already-founded: ..." or "400 name (isNotEmpty): ...", from the problem document. */
function reasonOf(status: number, body: string): string {
  try {
    const problem = JSON.parse(body) as {
      rule?: string;
      detail?: string;
      title?: string;
      errors?: { field: string; rule: string; message?: string }[];
    };
    const fields = problem.errors?.map((e) => `${e.field} (${e.rule})${e.message ? `: ${e.message}` : ''}`).join('; ');
    return `${status} ${problem.rule ?? problem.title ?? ''}: ${fields || problem.detail || body}`.replace(/\s+:/, ':');
  } catch {
    return `${status}: ${body.slice(0, 300)}`;
  }
}
