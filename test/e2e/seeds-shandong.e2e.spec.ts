import { join } from 'node:path';
import { DEFAULT_BYLAWS, upcast, type DomainEvent } from '@assocflow/domain';
import type { RecordedEvent } from '@assocflow/eventstore';
import { ALL_UPCASTERS } from '@assocflow/projections';
import { meetingRegisterProjection } from '@assocflow/projections/meeting-register/meeting-register.projection';
import { yearlySummaryProjection } from '@assocflow/projections/yearly-summary';
import { applyToSchedule, desiredTimers, emptySchedule } from '@assocflow/scheduling';
import { startSeedTarget, type SeedApi, type SeedTarget } from '../support/seeded-store';

interface Summary {
  indicators: Record<string, { value: number; approximate: boolean }>;
  branchesFounded: { name: string; foundedOn: string }[];
  planVsActual?: { documentNumber?: string; targets: { targetId: string; status: string }[] };
}
interface MeetingEntry {
  meetingId: string;
  body: string;
  term: number;
  title?: string;
  scheduledOn?: string;
}

/** The 2026 plan's meetings, each on the 15th of its quarter's middle month, in the register's order (date, then series). */
const PLANNED = [
  ['it-handbook-standard-workshop-2026', 'conference-it-handbook-standard', '2026-02-15'],
  ['council-t4-6', 'council', '2026-02-15'],
  ['county-hospital-directors-8', 'conference-county-hospital-directors', '2026-05-15'],
  ['east-china-forum-jiangxi-2026', 'conference-east-china-forum-delegation', '2026-05-15'],
  ['lu-qing-hospital-conference-4', 'conference-lu-qing-hospital', '2026-08-15'],
  ['shandong-hospital-conference-17', 'conference-shandong-hospital', '2026-08-15'],
  ['branch-work-reports-2026', 'conference-branch-work-reports', '2026-11-15'],
] as const;

/** shandong alone: the 2025 branches and council figures, the 2026 plan and its meetings on the calendar. */
describe('the shandong seeds', () => {
  let target: SeedTarget;
  let api: SeedApi;
  let events: RecordedEvent[];
  let read: (url: string) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(join(__dirname, '..', '..', 'seeds', 'shandong'));
    expect(report.rejected).toEqual([]);
    await target.rebuild(yearlySummaryProjection, meetingRegisterProjection);
    events = await target.events();
    api = await target.startApi();
    read = async (url) => {
      const response = await api.get('shandong', url);
      expect(response.statusCode).toBe(200);
      return response.json<Record<string, unknown>>();
    };
  }, 180_000);
  afterAll(async () => {
    await api?.close();
    await target?.close();
  });

  it('ends 2025 with the 7 branches founded and 9 renewed on record, none overdue, 20 with a party group', async () => {
    const summary = (await read('/summaries/2025')) as unknown as Summary;
    const i = summary.indicators;
    expect(i['branches.founded']).toEqual({ value: 7, approximate: false });
    expect(i['branches.renewed']).toEqual({ value: 9, approximate: false });
    expect(i['branches.overdue']).toEqual({ value: 0, approximate: false });
    expect(i['branches.active']).toEqual({ value: 23, approximate: false });
    expect(i['party.branchesWithGroup']).toEqual({ value: 20, approximate: false });
    expect(i['meetings.presidentOffice']).toEqual({ value: 3, approximate: false });
    expect(i['reports.standards']).toEqual({ value: 0, approximate: false }); // drafted in 2025, to be published
    expect(summary.branchesFounded).toHaveLength(7);
  });

  it('adopts the 2026 plan: 四届六次理事会 is a target, not yet met', async () => {
    const summary = (await read('/summaries/2026')) as unknown as Summary;
    expect(summary.planVsActual).toMatchObject({ documentNumber: '鲁医协发〔2026〕1号' });
    expect(summary.planVsActual!.targets).toHaveLength(24);
    expect(summary.planVsActual!.targets.find((t) => t.targetId === 'council-4-6')).toMatchObject({ status: 'not-met' });
  });

  it("shows the plan's meetings, quarter by quarter, as upcoming in the meeting register", async () => {
    const register = (await read('/meetings?today=2026-01-02')) as { upcoming: MeetingEntry[] };
    expect(register.upcoming.map((m) => [m.meetingId, m.body, m.scheduledOn])).toEqual(PLANNED.map((p) => [...p]));
    expect(register.upcoming.find((m) => m.body === 'council')).toMatchObject({ term: 4, title: '山东省医院协会第四届理事会第六次会议' });
  });

  it('owes a reminder ahead of each of them, and the notice', () => {
    const schedule = emptySchedule('shandong');
    for (const e of events) {
      const { data } = upcast(
        ALL_UPCASTERS,
        e.type,
        e.data as Record<string, unknown>,
        Number((e.metadata as { schemaVersion?: number }).schemaVersion ?? 1),
      );
      applyToSchedule(schedule, e.streamId, { type: e.type, data } as DomainEvent);
    }
    const timers = desiredTimers(schedule, DEFAULT_BYLAWS, new Date('2026-01-02T00:00:00Z'));
    for (const [meetingId, , on] of PLANNED) {
      const mine = timers.filter((t) => t.entity.kind === 'meeting' && t.entity.id.endsWith(`.${meetingId}`));
      expect([meetingId, mine.some((t) => t.kind === 'meeting-upcoming' && t.dueOn === on && t.fireOn < on)]).toEqual([meetingId, true]);
      expect([meetingId, mine.some((t) => t.kind === 'meeting-notice')]).toEqual([meetingId, true]);
    }
  });
});
