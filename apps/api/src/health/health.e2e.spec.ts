import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig, type AppConfig } from '@assocflow/platform';
import { freePort } from '../../../../test/support/redis-process';
import { createApp } from '../create-app';

describe('GET /health (api on SQLite and the suite redis-server)', () => {
  let dir: string;
  let app: NestFastifyApplication | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'assocflow-api-'));
  });

  afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  function configWith(env: Record<string, string>): AppConfig {
    return loadConfig({ SQLITE_PATH: join(dir, 'store', 'assocflow.sqlite'), ...env });
  }

  async function start(config: AppConfig): Promise<string> {
    app = await createApp({ config, logger: false });
    await app.listen(0, '127.0.0.1');
    return app.getUrl();
  }

  it('answers 200 ok when the event store and Redis are up', async () => {
    const url = await start(configWith({ REDIS_URL: process.env.REDIS_URL! }));

    const response = await fetch(`${url}/health`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      status: 'ok',
      eventStore: { status: 'up', adapter: 'sqlite', headPosition: '0' },
      redis: { status: 'up' },
      projections: expect.any(Array),
    });
  });

  it('answers 503 degraded naming redis when Redis cannot be reached, without hanging', async () => {
    const closedPort = await freePort();
    const url = await start(configWith({ REDIS_URL: `redis://127.0.0.1:${closedPort}` }));

    const started = Date.now();
    const response = await fetch(`${url}/health`);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      status: 'degraded',
      down: ['redis'],
      eventStore: { status: 'up', adapter: 'sqlite', headPosition: '0' },
      redis: { status: 'down', error: expect.any(String) },
      projections: [],
    });
  });

  it('serves the OpenAPI document and Swagger UI at /docs', async () => {
    const url = await start(configWith({ REDIS_URL: process.env.REDIS_URL! }));

    const document = await fetch(`${url}/docs-json`);
    expect(document.status).toBe(200);
    const openapi = (await document.json()) as { info: { title: string }; paths: Record<string, unknown> };
    expect(openapi.info.title).toBe('assocflow API');
    expect(Object.keys(openapi.paths)).toContain('/health');

    const page = await fetch(`${url}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('SwaggerUIBundle');
    const bundle = await fetch(`${url}/docs/swagger-ui-bundle.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/javascript/);
  });
});
