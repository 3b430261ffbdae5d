import fc from 'fast-check';
import { addDays, grant } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import { grantFollowUpYears, grantsLedgerProjection as projection } from './grants-ledger.projection';
import type { GrantsLedgerDoc, GrantsTotals } from './grants-ledger.types';
import { simulate, projected } from '../testing/projection-harness';
import { itKeepsTheBatchLaws } from '../testing/batch-laws';

const TENANTS = ['sichuan', 'shandong'];
const GRANT_IDS = ['g1', 'g2', 'g3', 'g4', 'g5', '__proto__', grant.grantsBackfillId(2021), grant.grantsBackfillId(2023, 2)];
const CALL_IDS = ['c2022', 'c2023', 'c2024'];
const day = (n: number) => addDays('2019-01-01', n);
const yearOf = (date: string) => Number(date.slice(0, 4));

type GrantState = grant.GrantState;

/** The latest business date of the record: follow-ups come after it (and within the lookback window). */
function latestDate(s: GrantState): string | undefined {
  switch (s.status) {
    case 'applied':
    case 'awarded':
    case 'concluded':
      return [s.grant.appliedOn, s.grant.awardedOn, s.grant.concludedOn]
        .filter((d): d is string => Boolean(d))
        .sort()
        .at(-1);
    case 'external':
    case 'backfilled':
      return s.data.occurredOn;
    default:
      return undefined;
  }
}

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  grantId: fc.constantFrom(...GRANT_IDS),
  callId: fc.option(fc.constantFrom(...CALL_IDS), { nil: undefined }),
  what: fc.constantFrom('call', 'apply', 'award', 'award', 'conclude', 'external', 'backfill', 'correct', 'correct', 'retract'),
  a: fc.nat({ max: 2500 }),
  b: fc.nat({ max: 1200 }),
  amount: fc.nat({ max: 500_000 }),
  category: fc.option(fc.constantFrom<grant.GrantCategory>('general', 'youth', 'key'), { nil: undefined }),
  year: fc.integer({ min: 2019, max: 2026 }),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function grantCommand(i: Intent, s: GrantState): grant.GrantCommand | undefined {
  const id = i.grantId;
  const after = latestDate(s);
  switch (i.what) {
    case 'apply':
      return {
        type: 'ApplyForGrant',
        data: {
          grantId: id,
          callId: i.callId,
          title: `课题${i.a}`,
          applicant: { institution: `医院${i.b % 9}`, ...(i.b % 2 ? { branchId: 'rehab' } : {}) },
          appliedOn: day(i.a),
        },
      };
    case 'award':
      return {
        type: 'AwardGrant',
        data: {
          grantId: id,
          title: `课题${i.a}`,
          amountYuan: i.amount,
          category: i.category,
          awardedOn: after ? addDays(after, i.b % 400) : day(i.a),
          callId: i.b % 3 ? undefined : i.callId,
        },
      };
    case 'conclude':
      return after === undefined
        ? undefined
        : { type: 'ConcludeGrant', data: { grantId: id, concludedOn: addDays(after, i.b), outcome: i.b % 5 ? 'completed' : 'terminated' } };
    case 'external':
      return {
        type: 'RecordExternalGrant',
        data: {
          grantId: id,
          title: `省级课题${i.a}`,
          funder: '四川省卫生健康委员会',
          amountYuan: i.b % 3 ? i.amount : undefined,
          wonOn: day(i.a),
          branchId: i.b % 2 ? 'rehab' : undefined,
        },
      };
    case 'backfill': {
      const year = /^backfill-(\d{4})-/.exec(id)?.[1];
      const count = i.b % 80;
      return {
        type: 'RecordGrantsBackfill',
        data: {
          grantId: id,
          year: year ? Number(year) : i.year,
          count,
          amountYuan: i.b % 4 ? i.amount : undefined,
          youthCount: i.b % 3 ? Math.floor(count / 3) : undefined,
          note: `资助课题${count}项`,
          source: { document: `${i.year}年工作总结`, section: '三、科研' },
        },
      };
    }
    case 'correct': {
      if (!after) return undefined;
      const all: grant.GrantChanges = {
        title: `更正题目${i.b}`,
        amountYuan: i.amount,
        category: i.category,
        funder: '国家卫生健康委员会',
        count: i.b % 90,
        youthCount: i.b % 10,
        note: `更正${i.b}`,
      };
      const allowed: Record<string, (keyof grant.GrantChanges)[]> = {
        applied: ['title'],
        awarded: ['title', 'amountYuan', 'category'],
        concluded: ['title', 'amountYuan', 'category'],
        external: ['title', 'funder', 'amountYuan'],
        backfilled: ['amountYuan', 'count', 'youthCount', 'note'],
      };
      const fields = (allowed[s.status] ?? []).filter((_, n) => (i.a >> n) % 2 === 1 || n === i.a % 3);
      const changes = Object.fromEntries(fields.map((f) => [f, all[f]]));
      return {
        type: 'CorrectGrantRecord',
        data: { grantId: id, correctedOn: addDays(after, i.b % 1000), changes, reason: '核对拨款文件' },
      };
    }
    case 'retract':
      return after === undefined
        ? undefined
        : { type: 'RetractGrantRecord', data: { grantId: id, retractedOn: addDays(after, i.b % 1000), reason: '重复录入' } };
    default:
      return undefined;
  }
}

const callCommand = (i: Intent): grant.GrantCallCommand => ({
  type: 'OpenGrantCall',
  data: {
    callId: i.callId ?? CALL_IDS[0],
    title: `${i.year}年度科研课题申报通知`,
    year: i.year,
    openedOn: addDays(`${i.year}-01-01`, -(i.b % 90)),
    closesOn: i.b % 2 ? `${i.year}-04-30` : undefined,
    budgetYuan: i.b % 3 ? i.amount : undefined,
  },
});

const validEvents = fc.array(intent, { minLength: 5, maxLength: 120, size: 'max' }).map((intents) => {
  const calls = simulate(
    grant.grantCallDecider,
    intents
      .filter((i) => i.what === 'call')
      .map((i) => ({
        tenant: i.tenant,
        streamId: grant.toGrantCallStreamId(i.tenant, i.callId ?? CALL_IDS[0]),
        command: () => callCommand(i),
      })),
  );
  const grants = simulate(
    grant.grantDecider,
    intents
      .filter((i) => i.what !== 'call')
      .map((i) => ({
        tenant: i.tenant,
        streamId: grant.toGrantStreamId(i.tenant, i.grantId),
        command: (s: GrantState) => grantCommand(i, s),
      })),
  );
  return [...calls, ...grants].map((e, n) => ({ ...e, position: String(n + 1) }));
});

/** A correction or retraction as recorded before they carried the record (no `record`, no `previousOccurredOn`). */
function asRecordedBefore(e: ProjectedEvent): ProjectedEvent {
  if (!/RecordCorrected$|RecordRetracted$/.test(e.type)) return e;
  const { record: _record, previousOccurredOn: _previous, ...data } = e.data;
  return { ...e, data };
}

/** Valid sequences where some corrections and retractions are of the older shape. */
const mixedEvents = fc
  .tuple(validEvents, fc.array(fc.boolean(), { minLength: 1, maxLength: 10 }))
  .map(([events, older]) => events.map((e, n) => (older[n % older.length] ? asRecordedBefore(e) : e)));

/** Valid sequences where every correction and retraction carries the record, or none does. */
const carriedOrNot = fc
  .tuple(validEvents, fc.boolean())
  .map(([events, older]) => ({ older, events: older ? events.map(asRecordedBefore) : events }));

const ZERO: GrantsTotals = { awarded: 0, amountYuan: 0, youth: 0, concluded: 0, externalWon: 0 };

/** The totals the ledger must show, from each grant's final state as its aggregate folds it. */
function modelTotals(events: ProjectedEvent[]): Map<string, GrantsTotals> {
  const states = new Map<string, { tenant: string; state: GrantState }>();
  for (const e of events) {
    if (!e.streamId.startsWith('grant-')) continue;
    const previous = states.get(e.streamId)?.state ?? grant.grantDecider.initialState();
    states.set(e.streamId, { tenant: e.metadata.tenant, state: grant.grantDecider.evolve(previous, e as unknown as grant.GrantEvent) });
  }
  const totals = new Map<string, GrantsTotals>();
  const add = (tenant: string, year: number, change: Partial<GrantsTotals>) => {
    const key = `${tenant}/${year}`;
    const t = { ...(totals.get(key) ?? ZERO) };
    for (const [field, n] of Object.entries(change)) t[field as keyof GrantsTotals] += n ?? 0;
    totals.set(key, t);
  };
  for (const { tenant, state: s } of states.values()) {
    if (s.status === 'awarded' || s.status === 'concluded') {
      add(tenant, yearOf(s.grant.awardedOn!), { awarded: 1, amountYuan: s.grant.amountYuan, youth: s.grant.category === 'youth' ? 1 : 0 });
    }
    if (s.status === 'concluded') add(tenant, yearOf(s.grant.concludedOn!), { concluded: 1 });
    if (s.status === 'external') add(tenant, yearOf(s.data.occurredOn), { externalWon: 1 });
    if (s.status === 'backfilled')
      add(tenant, s.data.year, { awarded: s.data.count, amountYuan: s.data.amountYuan ?? 0, youth: s.data.youthCount ?? 0 });
  }
  return totals;
}

describe('grants-ledger projection', () => {
  describe('batches and resumes', () => {
    itKeepsTheBatchLaws(projection, validEvents, { sequences: mixedEvents, neverSeen: 'of grants' });

    it('shows, year by year, the totals of the grants as their aggregates end up (corrections and retractions honoured)', () =>
      fc.assert(
        fc.property(carriedOrNot, ({ events }) => {
          const docs = projectAll(projection, events);
          const model = modelTotals(events);
          for (const key of new Set([...docs.keys(), ...model.keys()])) {
            expect([key, docs.get(key)?.totals ?? ZERO]).toEqual([key, model.get(key) ?? ZERO]);
          }
        }),
        { numRuns: 200 },
      ));
  });

  describe('a year of grants in Sichuan', () => {
    const tenant = 'sichuan';
    let position = 0;
    const event = (type: string, data: Record<string, unknown> & { occurredOn: string }) => {
      const id = String(data.grantId ?? data.callId);
      return projected(type, data, tenant, type === 'GrantCallOpened' ? `grantcall-${tenant}.${id}` : `grant-${tenant}.${id}`, ++position);
    };
    const call = event('GrantCallOpened', {
      occurredOn: '2022-11-15',
      callId: 'c2023',
      title: '2023年度医院管理科研课题申报',
      year: 2023,
      closesOn: '2023-01-31',
      budgetYuan: 600_000,
    });
    const applied = event('GrantApplied', {
      occurredOn: '2023-01-10',
      grantId: 'g1',
      callId: 'c2023',
      title: '县域医共体运行评价研究',
      applicant: { institution: '某县人民医院' },
    });
    const awarded = event('GrantAwarded', {
      occurredOn: '2023-06-20',
      grantId: 'g1',
      title: '县域医共体运行评价研究',
      amountYuan: 20_000,
      category: 'youth',
      callId: 'c2023',
    });
    const key = event('GrantAwarded', {
      occurredOn: '2023-06-20',
      grantId: 'g2',
      title: '公立医院绩效考核研究',
      amountYuan: 80_000,
      category: 'key',
    });
    const external = event('ExternalGrantWon', {
      occurredOn: '2023-09-01',
      grantId: 'x1',
      title: '省卫健委课题',
      funder: '四川省卫生健康委员会',
      amountYuan: 50_000,
      branchId: 'rehab',
    });
    const backfill = event('GrantsAwardedBackfilled', {
      occurredOn: '2022-12-31',
      grantId: 'backfill-2022-1',
      year: 2022,
      count: 51,
      amountYuan: 568_000,
      youthCount: 20,
      note: '资助课题51项，56.8万元',
      source: { document: '2022年工作总结', section: '三、科研' },
    });
    const year = [call, applied, awarded, key, external, backfill];
    const ledger = (...events: ProjectedEvent[]) => projectAll(projection, events);

    it('files each record under its year, with the year totals', () => {
      const docs = ledger(...year);
      expect([...docs.keys()].sort()).toEqual(['sichuan/2022', 'sichuan/2023']);
      const y2023 = docs.get('sichuan/2023')!;
      expect(y2023.calls.c2023).toEqual({
        callId: 'c2023',
        title: '2023年度医院管理科研课题申报',
        year: 2023,
        openedOn: '2022-11-15',
        closesOn: '2023-01-31',
        budgetYuan: 600_000,
      });
      expect(y2023.applications.g1).toEqual({
        grantId: 'g1',
        title: '县域医共体运行评价研究',
        callId: 'c2023',
        applicant: { institution: '某县人民医院' },
        appliedOn: '2023-01-10',
      });
      expect(y2023.awards.g1).toEqual({
        grantId: 'g1',
        title: '县域医共体运行评价研究',
        amountYuan: 20_000,
        category: 'youth',
        callId: 'c2023',
        awardedOn: '2023-06-20',
      });
      expect(y2023.externalGrants.x1).toMatchObject({ funder: '四川省卫生健康委员会', amountYuan: 50_000, wonOn: '2023-09-01' });
      expect(y2023.totals).toEqual({ awarded: 2, amountYuan: 100_000, youth: 1, concluded: 0, externalWon: 1 });
      expect(docs.get('sichuan/2022')!.totals).toEqual({ awarded: 51, amountYuan: 568_000, youth: 20, concluded: 0, externalWon: 0 });
    });

    it('honours a correction of the older shape (without the record) made the next year: the amount changes in the year of the award', () => {
      const corrected = event('GrantRecordCorrected', {
        occurredOn: '2024-01-05',
        grantId: 'g1',
        changes: { amountYuan: 25_000, title: '县域医共体运行评价' },
        reason: '核对拨款文件',
      });
      const docs = ledger(...year, corrected);
      const y2023 = docs.get('sichuan/2023')!;
      expect(y2023.awards.g1).toMatchObject({ amountYuan: 25_000, title: '县域医共体运行评价' });
      expect(y2023.applications.g1.title).toBe('县域医共体运行评价');
      expect(y2023.totals.amountYuan).toBe(105_000);
      expect(docs.get('sichuan/2024')!.awards).toEqual({});
    });

    it('honours a retraction of the older shape: the grant leaves the ledger and its totals', () => {
      const retracted = event('GrantRecordRetracted', { occurredOn: '2024-01-05', grantId: 'g2', reason: '重复录入' });
      const y2023 = ledger(...year, retracted).get('sichuan/2023')!;
      expect(y2023.awards.g2).toBeUndefined();
      expect(y2023.totals).toEqual({ awarded: 1, amountYuan: 20_000, youth: 1, concluded: 0, externalWon: 1 });
    });

    it('counts a conclusion in the year it happened and marks the award, wherever that is', () => {
      const concluded = event('GrantConcluded', { occurredOn: '2024-12-01', grantId: 'g1', outcome: 'completed' });
      const sameYear = event('GrantConcluded', { occurredOn: '2023-12-20', grantId: 'g2', outcome: 'terminated' });
      const docs = ledger(...year, concluded, sameYear);
      expect(docs.get('sichuan/2023')!.awards.g1).toMatchObject({ concludedOn: '2024-12-01', outcome: 'completed' });
      expect(docs.get('sichuan/2023')!.conclusions).toEqual({
        g2: { grantId: 'g2', concludedOn: '2023-12-20', outcome: 'terminated', title: '公立医院绩效考核研究', amountYuan: 80_000 },
      });
      expect(docs.get('sichuan/2024')!.conclusions).toEqual({ g1: { grantId: 'g1', concludedOn: '2024-12-01', outcome: 'completed' } });
      expect(docs.get('sichuan/2024')!.totals.concluded).toBe(1);
      expect(docs.get('sichuan/2023')!.totals.concluded).toBe(1);
    });

    it('corrects a backfilled total years later: its year is read from its id', () => {
      const corrected = event('GrantRecordCorrected', {
        occurredOn: '2034-03-01',
        grantId: 'backfill-2022-1',
        changes: { count: 52, youthCount: 21 },
        reason: '核对',
      });
      expect(projection.keysOf(corrected)).toContain('sichuan/2022');
      expect(ledger(...year, corrected).get('sichuan/2022')!.totals).toEqual({
        awarded: 52,
        amountYuan: 568_000,
        youth: 21,
        concluded: 0,
        externalWon: 0,
      });
    });

    describe('corrections and retractions that carry the record', () => {
      /** Decided by the grant decider, as the api records them. */
      const decided = (grantId: string, commands: grant.GrantCommand[]): ProjectedEvent[] => {
        let state = grant.grantDecider.initialState();
        return commands.flatMap((command) =>
          grant.grantDecider.decide(command, state).map((e) => {
            state = grant.grantDecider.evolve(state, e);
            return projected(e.type, e.data, tenant, grant.toGrantStreamId(tenant, grantId), ++position);
          }),
        );
      };
      const g7 = decided('g7', [
        {
          type: 'ApplyForGrant',
          data: {
            grantId: 'g7',
            callId: 'c2023',
            title: '日间手术管理研究',
            applicant: { institution: '某市中心医院' },
            appliedOn: '2022-12-20',
          },
        },
        {
          type: 'AwardGrant',
          data: { grantId: 'g7', title: '日间手术管理研究', amountYuan: 30_000, category: 'general', awardedOn: '2023-06-20' },
        },
        { type: 'ConcludeGrant', data: { grantId: 'g7', concludedOn: '2024-12-01', outcome: 'completed' } },
        {
          type: 'CorrectGrantRecord',
          data: { grantId: 'g7', correctedOn: '2025-03-01', changes: { amountYuan: 35_000, category: 'youth' }, reason: '核对拨款文件' },
        },
      ]);

      it('goes to exactly the years of the record: application, award, conclusion', () => {
        expect(g7[3].data).toMatchObject({ previousOccurredOn: '2023-06-20', record: { status: 'concluded' } });
        expect(projection.keysOf(g7[3])).toEqual(['sichuan/2023', 'sichuan/2022', 'sichuan/2024']);
        const docs = ledger(...year, ...g7);
        expect(docs.get('sichuan/2023')!.awards.g7).toEqual({
          grantId: 'g7',
          title: '日间手术管理研究',
          amountYuan: 35_000,
          category: 'youth',
          callId: 'c2023',
          awardedOn: '2023-06-20',
          concludedOn: '2024-12-01',
          outcome: 'completed',
        });
        expect(docs.get('sichuan/2023')!.totals).toEqual({ awarded: 3, amountYuan: 135_000, youth: 2, concluded: 0, externalWon: 1 });
        expect(docs.get('sichuan/2024')!.conclusions.g7).toEqual({
          grantId: 'g7',
          concludedOn: '2024-12-01',
          outcome: 'completed',
          title: '日间手术管理研究',
          amountYuan: 35_000,
        });
        expect(docs.get('sichuan/2022')!.applications.g7.appliedOn).toBe('2022-12-20');
        expect(docs.has('sichuan/2025')).toBe(false);
      });

      it('files the record as it stands even in years that never saw it', () => {
        const docs = ledger(g7[3]);
        expect([...docs.keys()].sort()).toEqual(['sichuan/2022', 'sichuan/2023', 'sichuan/2024']);
        expect(docs.get('sichuan/2023')!.totals).toEqual({ awarded: 1, amountYuan: 35_000, youth: 1, concluded: 0, externalWon: 0 });
        expect(docs.get('sichuan/2024')!.totals.concluded).toBe(1);
      });

      it('takes a retracted grant out of every year it was filed under', () => {
        const retracted = decided('g7', [
          { type: 'AwardGrant', data: { grantId: 'g7', title: '日间手术管理研究', amountYuan: 30_000, awardedOn: '2023-06-20' } },
          { type: 'ConcludeGrant', data: { grantId: 'g7', concludedOn: '2024-12-01', outcome: 'terminated' } },
          { type: 'RetractGrantRecord', data: { grantId: 'g7', retractedOn: '2026-01-05', reason: '重复录入' } },
        ]);
        expect(projection.keysOf(retracted[2])).toEqual(['sichuan/2023', 'sichuan/2024']);
        const docs = ledger(...year, ...retracted);
        expect(docs.get('sichuan/2023')!.awards.g7).toBeUndefined();
        expect(docs.get('sichuan/2024')!.conclusions).toEqual({});
        expect(docs.get('sichuan/2023')!.totals).toEqual({ awarded: 2, amountYuan: 100_000, youth: 1, concluded: 0, externalWon: 1 });
      });
    });

    it('is total: follow-ups of grants never seen change nothing and throw nothing', () => {
      const orphans = [
        event('GrantRecordCorrected', { occurredOn: '2024-01-05', grantId: 'nobody', changes: { amountYuan: 1 }, reason: 'r' }),
        event('GrantRecordRetracted', { occurredOn: '2024-01-05', grantId: 'constructor', reason: 'r' }),
        event('GrantConcluded', { occurredOn: '2023-05-01', grantId: '__proto__', outcome: 'completed' }),
        event('GrantRecordCorrected', { occurredOn: '2023-05-01', grantId: 'g9', reason: 'r' } as never),
      ];
      const docs = ledger(...year, ...orphans);
      expect(docs.get('sichuan/2023')!.totals).toEqual({ awarded: 2, amountYuan: 100_000, youth: 1, concluded: 1, externalWon: 1 });
      expect(Object.keys(docs.get('sichuan/2023')!.conclusions)).toEqual(['__proto__']);
      expect(docs.get('sichuan/2024')!.totals).toEqual(ZERO);
    });

    it('sends an older follow-up to the ledgers of the ten years before it (and the next, for a correction); records to their own year', () => {
      const retracted = event('GrantRecordRetracted', { occurredOn: '2024-01-05', grantId: 'g2', reason: 'r' });
      expect(projection.keysOf(retracted)).toEqual(grantFollowUpYears(2024).map((y) => `sichuan/${y}`));
      expect(grantFollowUpYears(2024)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
      const concluded = event('GrantConcluded', { occurredOn: '2024-12-01', grantId: 'g1', outcome: 'completed' });
      expect(projection.keysOf(concluded)).toEqual(grantFollowUpYears(2024, 'g1', 0).map((y) => `sichuan/${y}`));
      expect(projection.keysOf(concluded)).toHaveLength(11);
      expect(projection.keysOf(call)).toEqual(['sichuan/2023']);
      expect(projection.keysOf(awarded)).toEqual(['sichuan/2023']);
      expect(projection.keysOf({ ...awarded, metadata: { ...awarded.metadata, tenant: '' } })).toEqual([]);
      expect(projection.keysOf({ ...awarded, type: 'ReportIssued' })).toEqual([]);
      const doc: GrantsLedgerDoc = projection.initial('shan-dong/2023');
      expect([doc.tenant, doc.year]).toEqual(['shan-dong', 2023]);
    });
  });
});
