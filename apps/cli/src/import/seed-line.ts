/**
 * One line of a seed file: a command in the shape the API takes, with a stable idempotency key
 * and the document and section it was taken from.
 *
 *   {"endpoint":"POST /branches","idempotencyKey":"sichuan-2023-...","source":{"document":"000.txt","section":"一、"},"body":{...}}
 *
 * The endpoint's path is relative to /v1/orgs/<tenant>; the tenant is the seed folder's name.
 */
export interface SeedLine {
  method: 'POST';
  /** Relative to /v1/orgs/<tenant>, starting with '/' (or '' for the organization itself). */
  path: string;
  idempotencyKey: string;
  source: { document: string; section?: string };
  body: Record<string, unknown>;
}

export type ParsedLine = { ok: true; line: SeedLine } | { ok: false; reason: string };

const KEYS = new Set(['endpoint', 'idempotencyKey', 'source', 'body']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses and checks the line's envelope; the body is the api's to validate. */
export function parseSeedLine(text: string): ParsedLine {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  if (!isObject(raw)) return { ok: false, reason: 'a line must be a JSON object' };
  const unknown = Object.keys(raw).filter((k) => !KEYS.has(k));
  if (unknown.length > 0)
    return { ok: false, reason: `unknown field(s) ${unknown.join(', ')}; a line has endpoint, idempotencyKey, source, body` };
  const endpoint = typeof raw.endpoint === 'string' ? /^POST (\/[^\s?#]*)?$/.exec(raw.endpoint) : null;
  if (!endpoint) return { ok: false, reason: 'endpoint must be "POST /<path under /v1/orgs/:tenant>"' };
  const path = endpoint[1] === '/' ? '' : (endpoint[1] ?? '');
  if (path.split('/').some((segment) => segment === '..' || segment === '.'))
    return { ok: false, reason: 'endpoint path must not contain . or .. segments' };
  if (typeof raw.idempotencyKey !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(raw.idempotencyKey)) {
    return { ok: false, reason: 'idempotencyKey must be 1 to 200 visible ASCII characters' };
  }
  const source = raw.source;
  if (
    !isObject(source) ||
    typeof source.document !== 'string' ||
    source.document.length === 0 ||
    (source.section !== undefined && (typeof source.section !== 'string' || source.section.length === 0))
  ) {
    return { ok: false, reason: 'source must be {"document": "<file name>", "section": "<section>"}' };
  }
  if (!isObject(raw.body)) return { ok: false, reason: 'body must be a JSON object (the request body the endpoint takes)' };
  return {
    ok: true,
    line: {
      method: 'POST',
      path,
      idempotencyKey: raw.idempotencyKey,
      source: { document: source.document, ...(typeof source.section === 'string' ? { section: source.section } : {}) },
      body: raw.body,
    },
  };
}
