import { Queue, Worker } from 'bullmq';
import { REMINDER_DELIVERY_QUEUE } from '@assocflow/delivery';
import { RECONCILE_QUEUE, TIMER_QUEUE } from '@assocflow/scheduling';
import { startApi, type ApiHarness } from '../support/api-harness';
import { startRedis, type RedisProcess } from '../support/redis-process';

describe('queue board at /admin/queues (Bull Board behind admin keys of the operator tenant)', () => {
  let redisServer: RedisProcess;
  let api: ApiHarness;
  let admin: string;
  let reader: string;
  let tenantAdmin: string;

  beforeAll(async () => {
    // Its own Redis: the board lists every job of these queues.
    redisServer = await startRedis({ appendonly: false });
    api = await startApi({ REDIS_URL: redisServer.url, OPERATOR_TENANT: 'board-ops' });
    admin = await api.key('board-ops', 'admin');
    reader = await api.key('board-ops', 'reader');
    tenantAdmin = await api.key('board-e2e', 'admin');
  });
  afterAll(async () => {
    await api.close();
    await redisServer.stop();
  });

  it("401 without a key (asking the browser for Basic credentials), 403 for a key that is not an admin's", async () => {
    const none = await api.http().get('/admin/queues').expect(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic realm="assocflow queues"/);
    expect(none.body).toMatchObject({ status: 401 });
    await api.http().get('/admin/queues/api/queues').expect(401);
    await api
      .http()
      .get('/admin/queues')
      .set('authorization', 'Bearer afk.board-e2e.0000000000000000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
      .expect(401);
    await api.http().get('/admin/queues').set('authorization', `Bearer ${reader}`).expect(403);
    await api.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${reader}`).expect(403);
    // An organization's own admin sees only its own tenant everywhere else: not the board of every tenant's jobs.
    const other = await api.http().get('/admin/queues/api/queues').set('authorization', `Bearer ${tenantAdmin}`).expect(403);
    expect(other.body.detail).toContain('operator tenant (board-ops)');
  });

  it('serves the board to an admin key, as Bearer or as the Basic password', async () => {
    const page = await api.http().get('/admin/queues').set('authorization', `Bearer ${admin}`).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('assocflow queues');
    const basic = Buffer.from(`admin:${admin}`).toString('base64');
    await api.http().get('/admin/queues').set('authorization', `Basic ${basic}`).expect(200);
  });

  it('shows the scheduling and delivery queues, and a failed delivery job with its reason', async () => {
    const connection = { url: redisServer.url, maxRetriesPerRequest: null };
    const queue = new Queue(REMINDER_DELIVERY_QUEUE, { connection });
    const failed = new Promise<void>((resolve) => {
      const worker = new Worker(
        REMINDER_DELIVERY_QUEUE,
        async () => {
          throw new Error('webhook answered 500');
        },
        { connection },
      );
      worker.on('failed', () => void worker.close().then(resolve));
    });
    await queue.add(
      'deliver-webhook',
      { tenant: 'board-e2e', reminderId: 'r1', channel: 'webhook' },
      { jobId: 'board-e2e.r1.webhook', removeOnFail: false },
    );
    await failed;
    await queue.close();

    const res = await api
      .http()
      .get(`/admin/queues/api/queues?activeQueue=${REMINDER_DELIVERY_QUEUE}&status=failed&page=1&jobsPerPage=10`)
      .set('authorization', `Bearer ${admin}`)
      .expect(200);
    const queues = res.body.queues as { name: string; counts: Record<string, number>; jobs: { id: string; failedReason: string }[] }[];
    expect(queues.map((q) => q.name).sort()).toEqual([REMINDER_DELIVERY_QUEUE, RECONCILE_QUEUE, TIMER_QUEUE].sort());
    const delivery = queues.find((q) => q.name === REMINDER_DELIVERY_QUEUE)!;
    expect(delivery.counts.failed).toBe(1);
    expect(delivery.jobs).toEqual([expect.objectContaining({ id: 'board-e2e.r1.webhook', failedReason: 'webhook answered 500' })]);
  });

  it('leaves the rest of the api to its own guard', async () => {
    await api.http().get('/health').expect(200);
  });
});
