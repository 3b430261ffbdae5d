/** RFC 9457 problem details, the one shape every error of the API takes. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  /** For 400: each invalid field with the rule it broke; for 422, the field the broken rule is about, when it is about one. */
  errors?: { field: string; rule: string; message: string }[];
  /** For 422: the stable code of the broken domain rule. */
  rule?: string;
  /** For a refused sheet import: every broken row, with the column and rule. */
  problems?: { row: number; column?: string; rule: string; message: string }[];
  /** For 409: the stream's revision now, to re-read and retry against. */
  currentRevision?: string | null;
}

export const PROBLEM_BASE = 'https://assocflow.dev/problems/';

export function problem(
  status: number,
  slug: string,
  title: string,
  detail: string,
  extra: Partial<ProblemDocument> = {},
): ProblemDocument {
  return { type: `${PROBLEM_BASE}${slug}`, title, status, detail, ...extra };
}
