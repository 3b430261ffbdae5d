import fc from 'fast-check';
import { startApi, type ApiHarness } from '../support/api-harness';
import { concretePath, tenantRoutes, type RouteInfo } from '../support/openapi-routes';

const RUNS = 2000;

/** Bodies that are wrong in every way a client gets them wrong: types, shapes, dates, sizes. */
const malformedBody = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom(
      'branchId',
      'name',
      'kind',
      'foundedOn',
      'title',
      'heldOn',
      'sessions',
      'participants',
      'amountYuan',
      'organizer',
      'leadership',
      'x',
    ),
    fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.anything({ maxDepth: 1 })),
      fc.constant('2023-02-30'),
      fc.constant('../../etc'),
    ),
    { maxKeys: 8 },
  ),
  fc.record({ branchId: fc.string(), name: fc.string({ maxLength: 300 }), kind: fc.string(), foundedOn: fc.string() }),
);
const rawPayload = fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', 'null', '[]', '"text"', '1e309', '{"__proto__":{"x":1}}'));

describe('malformed bodies across every command endpoint', () => {
  let api: ApiHarness;
  let key: string;
  let routes: RouteInfo[];

  beforeAll(async () => {
    api = await startApi({ RATE_LIMIT_PER_SECOND: '100000' });
    key = await api.key('fuzz', 'admin');
    routes = (await tenantRoutes(api)).filter((r) => r.method === 'post');
  });
  afterAll(() => api.close());

  it(`answers ${RUNS} generated malformed bodies with 4xx problem documents and appends nothing`, async () => {
    expect(routes.length).toBeGreaterThan(0);
    const before = (await api.allEvents()).length;
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: routes.length - 1 }),
        fc.oneof(
          malformedBody.map((b) => ({ json: b })),
          rawPayload.map((raw) => ({ raw })),
        ),
        async (i, payload) => {
          const route = routes[i];
          let req = api.http().post(concretePath(route.path, 'fuzz')).set('authorization', `Bearer ${key}`);
          const body = 'raw' in payload ? payload.raw : (JSON.stringify(payload.json) ?? 'null');
          req = req.set('content-type', 'application/json').send(body);
          const res = await req;
          sent++;
          // Refused for what the body is, not for who sent it or how often.
          expect([400, 413, 415, 422]).toContain(res.status);
          expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
          expect(res.body).toMatchObject({ status: res.status, type: expect.any(String), title: expect.any(String) });
        },
      ),
      { numRuns: RUNS },
    );
    expect(sent).toBe(RUNS);
    expect((await api.allEvents()).length).toBe(before);
  });
});
