import fc from 'fast-check';
import { addDays, report, type Count } from '@assocflow/domain';
import { projectAll, type ProjectedEvent } from '../projection';
import { byKind, reportFollowUpYears, reportsRegisterProjection as projection } from './reports-register.projection';
import type { ReportEntry, ReportsRegisterDoc } from './reports-register.types';
import { simulate, projected } from '../testing/projection-harness';
import { itKeepsTheBatchLaws } from '../testing/batch-laws';

const TENANTS = ['sichuan', 'shandong'];
const REPORT_IDS = [
  'r1',
  'r2',
  'r3',
  'r4',
  '__proto__',
  report.publicationsBackfillId('post', 2021),
  report.publicationsBackfillId('journal-issue', 2023, 2),
];
const KINDS: report.ReportKind[] = [
  'survey',
  'standard',
  'consensus',
  'book',
  'journal-issue',
  'newsletter',
  'official-document',
  'guideline',
  'other',
];
const BODIES = ['四川省卫生健康委员会', '四川省民政厅', '国家卫生健康委员会'];
const day = (n: number) => addDays('2019-01-01', n);
const yearOf = (date: string) => Number(date.slice(0, 4));
const periodical = (kind: string) => kind === 'journal-issue' || kind === 'newsletter';

type ReportState = report.ReportState;

function latestDate(s: ReportState): string | undefined {
  if (s.status === 'issued') return [s.data.occurredOn, ...s.submissions.map((x) => x.submittedOn)].sort().at(-1);
  return s.status === 'backfilled' ? s.data.occurredOn : undefined;
}

const count = (n: number): Count => ({ value: n, approximate: n % 2 === 1 });

const intent = fc.record({
  tenant: fc.constantFrom(...TENANTS),
  reportId: fc.constantFrom(...REPORT_IDS),
  what: fc.constantFrom('issue', 'issue', 'submit', 'submit', 'backfill', 'correct', 'correct', 'retract'),
  kind: fc.constantFrom(...KINDS),
  a: fc.nat({ max: 2500 }),
  b: fc.nat({ max: 1200 }),
  year: fc.integer({ min: 2019, max: 2026 }),
});
type Intent = typeof intent extends fc.Arbitrary<infer T> ? T : never;

function commandFor(i: Intent, s: ReportState): report.ReportCommand | undefined {
  const id = i.reportId;
  const after = latestDate(s);
  switch (i.what) {
    case 'issue':
      return {
        type: 'IssueReport',
        data: {
          reportId: id,
          kind: i.kind,
          title: `报告${i.a}`,
          issuedOn: day(i.a),
          documentNumber: i.b % 3 ? `川医协发〔${2019 + (i.a % 7)}〕${i.b}号` : undefined,
          standardLevel: i.kind === 'standard' ? (['group', 'industry', 'local', 'national'] as const)[i.b % 4] : undefined,
          issuer: i.b % 4 ? { kind: 'organization' } : { kind: 'branch', branchId: 'rehab' },
          copies: i.b % 5 ? i.b : undefined,
          issues: periodical(i.kind) && i.b % 2 ? 1 + (i.b % 12) : undefined,
          status: i.b % 7 ? undefined : 'draft',
        },
      };
    case 'submit':
      return after === undefined
        ? undefined
        : { type: 'SubmitReport', data: { reportId: id, submittedTo: BODIES[i.b % 3], submittedOn: addDays(after, i.a % 500) } };
    case 'backfill': {
      const m = /^backfill-(.+)-(\d{4})-\d+$/.exec(id);
      return {
        type: 'RecordPublicationsBackfill',
        data: {
          reportId: id,
          year: m ? Number(m[2]) : i.year,
          kind: (m?.[1] as report.PublicationKind) ?? i.kind,
          issues: i.b % 2 ? count(i.b % 100) : undefined,
          copies: i.b % 3 ? count(i.a) : undefined,
          posts: i.b % 5 === 0 ? count(i.b) : undefined,
          note: `推文${i.b}篇`,
          source: { document: `${i.year}年工作总结`, section: '五、宣传' },
        },
      };
    }
    case 'correct': {
      if (s.status === 'issued') {
        const all: report.IssuedReportChanges = {
          title: `更正${i.b}`,
          issuedOn: addDays(s.data.occurredOn, (i.b % 61) - 40),
          documentNumber: `川医协函〔2024〕${i.b}号`,
          standardLevel: 'industry',
          issuer: { kind: 'branch', branchId: 'nursing' },
          copies: i.a % 900,
          issues: 1 + (i.a % 6),
          status: i.a % 2 ? 'published' : 'draft',
        };
        const fields = (Object.keys(all) as (keyof report.IssuedReportChanges)[]).filter((_, n) => (i.a >> n) % 2 === 1);
        return {
          type: 'CorrectReportRecord',
          data: {
            reportId: id,
            correctedOn: addDays(after!, i.b % 900),
            changes: Object.fromEntries(fields.map((f) => [f, all[f]])),
            reason: '核对原件',
          },
        };
      }
      if (s.status === 'backfilled') {
        const all: report.BackfilledPublicationChanges = {
          issues: count(i.b % 50),
          copies: count(i.a),
          posts: count(i.b),
          note: `更正${i.a}`,
          source: { document: '更正说明', section: '一' },
        };
        const fields = (Object.keys(all) as (keyof report.BackfilledPublicationChanges)[]).filter((_, n) => (i.a >> n) % 2 === 1);
        return {
          type: 'CorrectReportRecord',
          data: {
            reportId: id,
            correctedOn: addDays(after!, i.b % 900),
            changes: Object.fromEntries(fields.map((f) => [f, all[f]])),
            reason: '核对原件',
          },
        };
      }
      return undefined;
    }
    case 'retract':
      return after === undefined
        ? undefined
        : { type: 'RetractReportRecord', data: { reportId: id, retractedOn: addDays(after, i.b % 900), reason: '重复录入' } };
    default:
      return undefined;
  }
}

const validEvents = fc.array(intent, { minLength: 5, maxLength: 120, size: 'max' }).map((intents) =>
  simulate(
    report.reportDecider,
    intents.map((i) => ({
      tenant: i.tenant,
      streamId: report.toReportStreamId(i.tenant, i.reportId),
      command: (s: ReportState) => commandFor(i, s),
    })),
  ),
);

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

interface ModelYear {
  reports: Record<string, ReportEntry>;
  movedOut: string[];
  submissions: string[];
  backfills: string[];
}

/**
 * What each year's register must hold, from every report's final state as its aggregate folds it.
 * A report is filed under the year of its issue date; a correction of the older shape cannot move
 * it, so with those it stays in the year first issued, apart (movedOut) when its date left it.
 */
function model(events: ProjectedEvent[], older: boolean): Map<string, ModelYear> {
  const states = new Map<string, { tenant: string; firstYear?: number; state: ReportState }>();
  for (const e of events) {
    const previous = states.get(e.streamId);
    const state = report.reportDecider.evolve(previous?.state ?? report.reportDecider.initialState(), e as unknown as report.ReportEvent);
    const firstYear = previous?.firstYear ?? (e.type === 'ReportIssued' ? yearOf(e.metadata.occurredAt) : undefined);
    states.set(e.streamId, { tenant: e.metadata.tenant, firstYear, state });
  }
  const years = new Map<string, ModelYear>();
  const at = (tenant: string, year: number) => {
    const key = `${tenant}/${year}`;
    if (!years.has(key)) years.set(key, { reports: {}, movedOut: [], submissions: [], backfills: [] });
    return years.get(key)!;
  };
  for (const { tenant, firstYear, state: s } of states.values()) {
    if (s.status === 'issued') {
      const { occurredOn, ...d } = s.data;
      const entry = { ...d, issuedOn: occurredOn, submissions: s.submissions };
      const holder = older ? firstYear! : yearOf(occurredOn);
      if (yearOf(occurredOn) === holder) {
        const y = at(tenant, holder);
        y.reports = { ...y.reports, [d.reportId]: entry as ReportEntry }; // a computed key: __proto__ stays a plain key
      } else at(tenant, holder).movedOut.push(d.reportId);
      for (const x of s.submissions) at(tenant, yearOf(x.submittedOn)).submissions.push(`${d.reportId}→${x.submittedTo}@${x.submittedOn}`);
    }
    if (s.status === 'backfilled') at(tenant, s.data.year).backfills.push(s.data.reportId);
  }
  return years;
}

describe('reports-register projection', () => {
  describe('batches and resumes', () => {
    itKeepsTheBatchLaws(projection, validEvents, { sequences: mixedEvents, neverSeen: 'of reports' });

    it('holds, year by year, the reports, moved reports, submissions and backfilled totals as their aggregates end up', () =>
      fc.assert(
        fc.property(carriedOrNot, ({ older, events }) => {
          const docs = projectAll(projection, events);
          const expected = model(events, older);
          for (const key of new Set([...docs.keys(), ...expected.keys()])) {
            const doc = docs.get(key);
            const want = expected.get(key) ?? { reports: {}, movedOut: [], submissions: [], backfills: [] };
            expect([key, doc?.reports ?? {}]).toEqual([key, want.reports]);
            expect([key, Object.keys(doc?.movedOut ?? {}).sort()]).toEqual([key, want.movedOut.sort()]);
            expect([key, Object.keys(doc?.backfills ?? {}).sort()]).toEqual([key, want.backfills.sort()]);
            expect([key, (doc?.submissions ?? []).map((x) => `${x.reportId}→${x.submittedTo}@${x.submittedOn}`).sort()]).toEqual([
              key,
              want.submissions.sort(),
            ]);
          }
        }),
        { numRuns: 200 },
      ));
  });

  describe('a year of reports in Sichuan', () => {
    const tenant = 'sichuan';
    let position = 0;
    const event = (type: string, data: Record<string, unknown> & { occurredOn: string }) =>
      projected(type, data, tenant, `report-${tenant}.${String(data.reportId)}`, ++position);
    const survey = event('ReportIssued', {
      occurredOn: '2023-11-20',
      reportId: 'survey-2023',
      kind: 'survey',
      title: '四川省县级医院运营管理现状调研报告',
      documentNumber: '川医协发〔2023〕267号',
      issuer: { kind: 'organization' },
      copies: 200,
      status: 'published',
    });
    const standard = event('ReportIssued', {
      occurredOn: '2023-08-01',
      reportId: 'std-1',
      kind: 'standard',
      title: '医院病案管理规范',
      documentNumber: 'T/SCHA 001-2023',
      standardLevel: 'group',
      issuer: { kind: 'branch', branchId: 'records' },
      status: 'published',
    });
    const newsletter = event('ReportIssued', {
      occurredOn: '2023-12-31',
      reportId: 'news-2023',
      kind: 'newsletter',
      title: '会讯',
      issuer: { kind: 'organization' },
      issues: 12,
      copies: 500,
      status: 'published',
    });
    const submitted = event('ReportSubmitted', { occurredOn: '2024-01-08', reportId: 'survey-2023', submittedTo: '四川省卫生健康委员会' });
    const posts = event('PublicationsBackfilled', {
      occurredOn: '2023-12-31',
      reportId: 'backfill-post-2023-1',
      year: 2023,
      kind: 'post',
      posts: { value: 245, approximate: false },
      note: '推文245篇',
      source: { document: '2023年工作总结', section: '五、宣传' },
    });
    const year = [survey, standard, newsletter, submitted, posts];
    const register = (...events: ProjectedEvent[]) => projectAll(projection, events);

    it('files reports, standards, newsletters and backfilled totals under their year, and submissions under theirs', () => {
      const docs = register(...year);
      const y2023 = docs.get('sichuan/2023')!;
      expect(y2023.reports['survey-2023']).toEqual({
        reportId: 'survey-2023',
        kind: 'survey',
        title: '四川省县级医院运营管理现状调研报告',
        issuedOn: '2023-11-20',
        documentNumber: '川医协发〔2023〕267号',
        issuer: { kind: 'organization' },
        copies: 200,
        status: 'published',
        submissions: [{ submittedTo: '四川省卫生健康委员会', submittedOn: '2024-01-08' }],
      });
      expect(y2023.reports['std-1']).toMatchObject({ standardLevel: 'group', issuer: { kind: 'branch', branchId: 'records' } });
      expect(y2023.reports['news-2023']).toMatchObject({ issues: 12, copies: 500 });
      expect(y2023.backfills['backfill-post-2023-1'].posts).toEqual({ value: 245, approximate: false });
      expect(y2023.submissions).toEqual([]);
      expect(docs.get('sichuan/2024')!.submissions).toEqual([
        { reportId: 'survey-2023', submittedTo: '四川省卫生健康委员会', submittedOn: '2024-01-08' },
      ]);
    });

    it('filters by kind', () => {
      const y2023 = register(...year).get('sichuan/2023')!;
      expect(byKind(y2023, 'standard').reports.map((r) => r.reportId)).toEqual(['std-1']);
      expect(byKind(y2023, 'post')).toEqual({ reports: [], backfills: [y2023.backfills['backfill-post-2023-1']] });
      expect(byKind(y2023).reports.map((r) => r.reportId)).toEqual(['std-1', 'survey-2023', 'news-2023']);
      expect(byKind(y2023, 'book')).toEqual({ reports: [], backfills: [] });
    });

    it('honours corrections of the older shape (without the record): fields change, and a date moved into another year sets the report apart', () => {
      const corrected = event('ReportRecordCorrected', {
        occurredOn: '2024-02-01',
        reportId: 'std-1',
        changes: { title: '医院病案管理规范（修订）', standardLevel: 'industry' },
        reason: '核对',
      });
      const moved = event('ReportRecordCorrected', {
        occurredOn: '2024-02-01',
        reportId: 'news-2023',
        changes: { issuedOn: '2024-01-05' },
        reason: '核对',
      });
      const sameYear = event('ReportRecordCorrected', {
        occurredOn: '2024-02-01',
        reportId: 'survey-2023',
        changes: { issuedOn: '2023-11-21', copies: 300 },
        reason: '核对',
      });
      const backfill = event('ReportRecordCorrected', {
        occurredOn: '2027-02-01',
        reportId: 'backfill-post-2023-1',
        changes: { posts: { value: 250, approximate: true } },
        reason: '核对',
      });
      const docs = register(...year, corrected, moved, sameYear, backfill);
      const y2023 = docs.get('sichuan/2023')!;
      expect(y2023.reports['std-1']).toMatchObject({ title: '医院病案管理规范（修订）', standardLevel: 'industry' });
      expect(y2023.reports['survey-2023']).toMatchObject({ issuedOn: '2023-11-21', copies: 300 });
      expect(y2023.reports['news-2023']).toBeUndefined();
      expect(y2023.movedOut['news-2023']).toMatchObject({ issuedOn: '2024-01-05', movedToYear: 2024, title: '会讯' });
      expect(byKind(y2023, 'newsletter').reports).toEqual([]);
      expect(y2023.backfills['backfill-post-2023-1'].posts).toEqual({ value: 250, approximate: true });
      const back = event('ReportRecordCorrected', {
        occurredOn: '2024-03-01',
        reportId: 'news-2023',
        changes: { issuedOn: '2023-12-30' },
        reason: '再核对',
      });
      const restored = register(...year, moved, back).get('sichuan/2023')!;
      expect(restored.reports['news-2023']).toMatchObject({ issuedOn: '2023-12-30' });
      expect(restored.movedOut).toEqual({});
    });

    it('honours a retraction of the older shape: the report and its submissions leave every register', () => {
      const sameYearSubmission = event('ReportSubmitted', {
        occurredOn: '2023-12-01',
        reportId: 'survey-2023',
        submittedTo: '四川省民政厅',
      });
      const retracted = event('ReportRecordRetracted', { occurredOn: '2024-03-01', reportId: 'survey-2023', reason: '重复录入' });
      const before = register(...year, sameYearSubmission);
      expect(before.get('sichuan/2023')!.submissions).toEqual([
        {
          reportId: 'survey-2023',
          submittedTo: '四川省民政厅',
          submittedOn: '2023-12-01',
          kind: 'survey',
          title: '四川省县级医院运营管理现状调研报告',
        },
      ]);
      const docs = register(...year, sameYearSubmission, retracted);
      expect(docs.get('sichuan/2023')!.reports['survey-2023']).toBeUndefined();
      expect(docs.get('sichuan/2023')!.submissions).toEqual([]);
      expect(docs.get('sichuan/2024')!.submissions).toEqual([]);
    });

    describe('corrections and retractions that carry the record', () => {
      /** Decided by the report decider, as the api records them. */
      const decided = (reportId: string, commands: report.ReportCommand[]): ProjectedEvent[] => {
        let state = report.reportDecider.initialState();
        return commands.flatMap((command) =>
          report.reportDecider.decide(command, state).map((e) => {
            state = report.reportDecider.evolve(state, e);
            return projected(e.type, e.data, tenant, report.toReportStreamId(tenant, reportId), ++position);
          }),
        );
      };
      const newsletter2023 = decided('news', [
        {
          type: 'IssueReport',
          data: {
            reportId: 'news',
            kind: 'newsletter',
            title: '会讯第12期',
            issuedOn: '2023-12-31',
            issuer: { kind: 'organization' },
            copies: 500,
          },
        },
        { type: 'SubmitReport', data: { reportId: 'news', submittedTo: '四川省民政厅', submittedOn: '2024-01-08' } },
        {
          type: 'CorrectReportRecord',
          data: {
            reportId: 'news',
            correctedOn: '2024-02-01',
            changes: { issuedOn: '2024-01-05', title: '会讯2024年第1期' },
            reason: '核对原件',
          },
        },
      ]);

      it('moves a report whose issue date is corrected into another year: it leaves the one and joins the other', () => {
        const correction = newsletter2023[2];
        expect(correction.data).toMatchObject({ previousOccurredOn: '2023-12-31', record: { status: 'issued' } });
        expect(projection.keysOf(correction)).toEqual(['sichuan/2023', 'sichuan/2024']);
        const docs = register(...newsletter2023);
        expect(docs.get('sichuan/2023')!.reports).toEqual({});
        expect(docs.get('sichuan/2023')!.movedOut).toEqual({});
        expect(docs.get('sichuan/2024')!.reports.news).toEqual({
          reportId: 'news',
          kind: 'newsletter',
          title: '会讯2024年第1期',
          issuedOn: '2024-01-05',
          issuer: { kind: 'organization' },
          copies: 500,
          issues: 1,
          status: 'published',
          submissions: [{ submittedTo: '四川省民政厅', submittedOn: '2024-01-08' }],
        });
        expect(docs.get('sichuan/2024')!.submissions).toEqual([
          { reportId: 'news', submittedTo: '四川省民政厅', submittedOn: '2024-01-08', kind: 'newsletter', title: '会讯2024年第1期' },
        ]);
      });

      it('files the record as it stands even where its issue was never seen', () => {
        const docs = register(newsletter2023[2]);
        expect(Object.keys(docs.get('sichuan/2024')!.reports)).toEqual(['news']);
      });

      it('sends a retraction to the years of the record only, and takes it out of them', () => {
        const retracted = decided('news', [
          {
            type: 'IssueReport',
            data: { reportId: 'news', kind: 'newsletter', title: '会讯', issuedOn: '2022-06-30', issuer: { kind: 'organization' } },
          },
          { type: 'SubmitReport', data: { reportId: 'news', submittedTo: '四川省民政厅', submittedOn: '2023-01-08' } },
          { type: 'RetractReportRecord', data: { reportId: 'news', retractedOn: '2024-02-01', reason: '重复录入' } },
        ]);
        expect(projection.keysOf(retracted[2])).toEqual(['sichuan/2022', 'sichuan/2023']);
        const docs = register(...retracted);
        expect(docs.get('sichuan/2022')!.reports).toEqual({});
        expect(docs.get('sichuan/2023')!.submissions).toEqual([]);
        expect(docs.has('sichuan/2024')).toBe(false);
      });
    });

    it('is total: follow-ups of reports never seen change nothing and throw nothing', () => {
      const docs = register(
        ...year,
        event('ReportRecordCorrected', { occurredOn: '2024-01-05', reportId: 'nobody', changes: { title: 'x' }, reason: 'r' }),
        event('ReportRecordRetracted', { occurredOn: '2024-01-05', reportId: 'constructor', reason: 'r' }),
        event('ReportRecordCorrected', { occurredOn: '2024-01-05', reportId: 'std-1', reason: 'r' } as never),
      );
      expect(docs.get('sichuan/2023')).toEqual(register(...year).get('sichuan/2023'));
      expect(Object.keys(docs.get('sichuan/2024')!.reports)).toEqual([]);
    });

    it('sends a submission to the registers of the ten years before it, an older correction to those and the next year, a backfill correction to its year', () => {
      expect(projection.keysOf(submitted)).toEqual(reportFollowUpYears(2024, 'survey-2023', 0).map((y) => `sichuan/${y}`));
      expect(projection.keysOf(submitted)).toHaveLength(11);
      const older = event('ReportRecordCorrected', { occurredOn: '2024-02-01', reportId: 'std-1', changes: { title: 't' }, reason: 'r' });
      expect(projection.keysOf(older)).toEqual([...reportFollowUpYears(2024)].map((y) => `sichuan/${y}`));
      expect(reportFollowUpYears(2024)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
      const late = event('ReportRecordCorrected', {
        occurredOn: '2040-01-01',
        reportId: 'backfill-journal-issue-2021-1',
        changes: {},
        reason: 'r',
      });
      expect(projection.keysOf(late)).toContain('sichuan/2021');
      expect(projection.keysOf(survey)).toEqual(['sichuan/2023']);
      expect(projection.keysOf(posts)).toEqual(['sichuan/2023']);
      expect(projection.keysOf({ ...survey, metadata: { ...survey.metadata, tenant: '' } })).toEqual([]);
      const doc: ReportsRegisterDoc = projection.initial('sichuan/2023');
      expect([doc.tenant, doc.year]).toEqual(['sichuan', 2023]);
    });
  });
});
