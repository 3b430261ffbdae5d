import { API_KEY_ROLES } from '@assocflow/domain/apikey';
import { startApi, type ApiHarness } from '../support/api-harness';
import { concretePath, tenantRoutes } from '../support/openapi-routes';

describe('tenant isolation: no key of one tenant touches another', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_PER_SECOND: '100000' });
  });
  afterAll(() => api.close());

  it('every role of tenant A gets 403 or 404 on every endpoint of tenant B, and nothing is appended', async () => {
    const routes = await tenantRoutes(api);
    expect(routes.length).toBeGreaterThan(0);
    const keys = await Promise.all(API_KEY_ROLES.map((role) => api.key('tenant-a', role, role === 'branch-officer' ? ['x1'] : undefined)));
    const before = (await api.allEvents()).length;
    const body = { branchId: 'x1', name: '名称', kind: 'society', foundedOn: '2023-06-01', organizer: { kind: 'branch', branchId: 'x1' } };
    for (const route of routes) {
      for (const key of keys) {
        const path = concretePath(route.path, 'tenant-b');
        const res =
          route.method === 'get'
            ? await api.http().get(path).set('authorization', `Bearer ${key}`)
            : await api.http().post(path).set('authorization', `Bearer ${key}`).send(body);
        const outcome = { route: `${route.method} ${route.path}`, refused: res.status === 403 || res.status === 404, status: res.status };
        expect(outcome).toMatchObject({ refused: true });
      }
    }
    expect((await api.allEvents()).length).toBe(before);
  });
});
