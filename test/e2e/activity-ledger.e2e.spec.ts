import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activityLedgerProjection } from '@assocflow/projections/registers';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

const SEED = join(__dirname, '..', '..', 'seeds', 'sichuan', '2023.ndjson');

interface Row {
  activityId: string;
  kind: string;
  backfilled?: true;
  participants: { value: number; approximate: boolean };
  sessions: number;
}
interface Tally {
  activities: number;
  sessions: number;
  participants: { value: number; approximate: boolean };
}
interface Ledger {
  year: number;
  activities: Row[];
  byMonthAndKind: { months: { month: number; kinds: Record<string, Tally> }[]; wholeYear: Record<string, Tally> };
}

/** The seed's activity lines, as the file states them. */
const seededActivities = readFileSync(SEED, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { endpoint: string; body: { activityId?: string; activityKind?: string; sessions: number } })
  .filter((line) => line.endpoint.startsWith('POST /activities/'));

describe('the activity ledger of the sichuan 2023 seed', () => {
  let target: SeedTarget;
  let api: SeedApi;
  let ledger: Ledger;

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(SEED);
    expect(report.rejected).toEqual([]);
    await target.rebuild(activityLedgerProjection);
    api = await target.startApi();
    const response = await api.get('sichuan', '/activities/2023');
    expect(response.statusCode).toBe(200);
    ledger = response.json<Ledger>();
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await target?.close();
  });

  it('holds one row per activity the seed records, held or backfilled', () => {
    expect(seededActivities.length).toBe(27);
    expect(ledger.activities).toHaveLength(seededActivities.length);
    const held = seededActivities
      .filter((l) => l.body.activityId)
      .map((l) => l.body.activityId)
      .sort();
    expect(
      ledger.activities
        .filter((r) => !r.backfilled)
        .map((r) => r.activityId)
        .sort(),
    ).toEqual(held);
    expect(
      ledger.activities
        .filter((r) => r.backfilled)
        .map((r) => r.activityId)
        .sort(),
    ).toEqual(['backfill-academic-2023-1', 'backfill-academic-2023-2', 'backfill-training-2023-1']);
  });

  it('counts the backfilled totals for the whole year and the held activities by month', () => {
    const { months, wholeYear } = ledger.byMonthAndKind;
    expect(wholeYear.academic).toEqual({ activities: 2, sessions: 54, participants: { value: 30300, approximate: true } });
    expect(wholeYear.training).toEqual({ activities: 1, sessions: 20, participants: { value: 18312, approximate: false } });
    const byMonth = months.reduce((n, m) => n + Object.values(m.kinds).reduce((k, t) => k + t.activities, 0), 0);
    expect(byMonth).toBe(24);
    expect(months[4].kinds.welfare.activities).toBeGreaterThanOrEqual(1);
  });

  it('answers an empty ledger for a year nothing was recorded in, and 400 to a year that is not one', async () => {
    const empty = await api.get('sichuan', '/activities/2019');
    expect(empty.json<Ledger>().activities).toEqual([]);
    expect((await api.get('sichuan', '/activities/soon')).statusCode).toBe(400);
  });
});
