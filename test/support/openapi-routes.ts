import type { ApiHarness } from './api-harness';

export interface RouteInfo {
  method: 'get' | 'post';
  /** OpenAPI path with {tenant} and other parameters, e.g. /v1/orgs/{tenant}/branches/{branchId}/renewals */
  path: string;
}

/** Every tenant route the api documents: the tests cover new endpoints without being told. */
export async function tenantRoutes(api: ApiHarness): Promise<RouteInfo[]> {
  const res = await api.http().get('/docs-json').expect(200);
  const paths = res.body.paths as Record<string, Record<string, unknown>>;
  return Object.entries(paths).flatMap(([path, operations]) =>
    (['get', 'post'] as const)
      .filter((method) => operations[method] && path.startsWith('/v1/orgs/{tenant}'))
      .map((method) => ({ method, path })),
  );
}

/** Fills the path's parameters: the tenant given, every other parameter a plausible id. */
export function concretePath(path: string, tenant: string): string {
  return path.replace('{tenant}', tenant).replace(/\{[a-zA-Z]+\}/g, 'x1');
}
