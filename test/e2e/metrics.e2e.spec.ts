import { sendReminder } from '../support/reminder-fixtures';
import { startApi, type ApiHarness } from '../support/api-harness';

/** GET /metrics: Prometheus text, for an admin key of the operator tenant. */
describe('Prometheus metrics', () => {
  let api: ApiHarness;
  let operator: string;

  beforeAll(async () => {
    api = await startApi();
    operator = await api.key('ops', 'admin');
  });
  afterAll(() => api.close());

  const scrape = (key = operator) => api.http().get('/metrics').set('authorization', `Bearer ${key}`);

  it('states request latency by route pattern, projection lag, queue depth, and reminders counted from the log', async () => {
    const reader = await api.key('sichuan', 'reader');
    await api.http().get('/v1/orgs/sichuan/branches').set('authorization', `Bearer ${reader}`).expect(200);
    await sendReminder(api.store, 'sichuan', 'rehab');
    await sendReminder(api.store, 'sichuan', 'nursing');
    await sendReminder(api.store, 'shandong', 'rehab');

    const res = await scrape().expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.text;
    expect(text).toMatch(
      /assocflow_http_request_duration_seconds_count\{method="GET",route="\/v1\/orgs\/:tenant\/branches",status="200"\} 1/,
    );
    expect(text).not.toContain('route="/v1/orgs/sichuan');
    expect(text).toMatch(/assocflow_projection_lag_events\{projection="yearly-summary"\} \d+/);
    expect(text).toMatch(/assocflow_queue_jobs\{queue="[^"]+",state="waiting"\} \d+/);
    expect(text).toContain('assocflow_reminders_total{tenant="sichuan",outcome="sent"} 2');
    expect(text).toContain('assocflow_reminders_total{tenant="shandong",outcome="sent"} 1');
    expect(text).toContain('assocflow_api_process_resident_memory_bytes');

    // Read on from where the last scrape stopped: counted once, and the new one added.
    await sendReminder(api.store, 'shandong', 'nursing');
    const again = (await scrape().expect(200)).text;
    expect(again).toContain('assocflow_reminders_total{tenant="sichuan",outcome="sent"} 2');
    expect(again).toContain('assocflow_reminders_total{tenant="shandong",outcome="sent"} 2');
  });

  it('refuses keys of other tenants (403) and requests without a key (401)', async () => {
    await scrape(await api.key('sichuan', 'admin')).expect(403);
    await scrape(await api.key('ops', 'reader')).expect(403);
    await api.http().get('/metrics').expect(401);
  });
});
