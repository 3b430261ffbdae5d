import { join } from 'node:path';
import request from 'supertest';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@assocflow/platform';
import type { ScheduleView, Timer } from '@assocflow/scheduling';
import { ApiKeyService } from '../../apps/api/src/auth/api-key.service';
import { createApp } from '../../apps/api/src/create-app';
import { startSeedTarget, type SeedTarget } from '../support/seeded-store';

/** Shandong's 2026 plan, imported from the seeds: its meetings are on the schedule, with their reminders. */
describe('GET /v1/orgs/:tenant/schedule over the shandong seeds', () => {
  let target: SeedTarget;
  let app: NestFastifyApplication;
  let token: string;
  beforeAll(async () => {
    target = await startSeedTarget();
    const { report } = await target.importPath(join(__dirname, '..', '..', 'seeds', 'shandong'));
    expect(report.rejected).toEqual([]);
    app = await createApp({ config: loadConfig(target.env), logger: false });
    await app.listen(0, '127.0.0.1');
    token = (await app.get(ApiKeyService).issue('shandong', 'reader', { actor: 'test', today: '2026-01-01' })).token;
  });
  afterAll(async () => {
    await app?.close();
    await target.close();
  });

  const get = (path: string, key = token) => request(app.getHttpServer()).get(path).set('Authorization', `Bearer ${key}`);

  it('lists every 2026 meeting with its reminders ahead, its notice and the minutes flag, in firing order', async () => {
    const res = await get('/v1/orgs/shandong/schedule?today=2026-01-02').expect(200);
    const view = res.body as ScheduleView;
    expect(view).toMatchObject({ tenant: 'shandong', timeZone: 'Asia/Shanghai', today: '2026-01-02', registered: true });
    const meetings = view.timers.filter((t: Timer) => t.entity.kind === 'meeting');
    const byMeeting = new Map<string, string[]>();
    for (const t of meetings) byMeeting.set(t.entity.id, [...(byMeeting.get(t.entity.id) ?? []), t.rule]);
    expect(byMeeting.size).toBe(7);
    for (const rules of byMeeting.values()) {
      expect(rules.sort()).toEqual(['meeting-notice', 'meeting-upcoming-30d', 'meeting-upcoming-7d', 'minutes-overdue']);
    }
    const council = meetings.filter((t: Timer) => t.entity.id === 'council-t4.council-t4-6');
    expect(council.map((t: Timer) => [t.rule, t.fireOn, t.fireAt, t.subject])).toEqual([
      ['meeting-upcoming-30d', '2026-01-16', '2026-01-16T01:00:00.000Z', '山东省医院协会第四届理事会第六次会议'],
      ['meeting-notice', '2026-02-08', '2026-02-08T01:00:00.000Z', '山东省医院协会第四届理事会第六次会议'],
      ['meeting-upcoming-7d', '2026-02-08', '2026-02-08T01:00:00.000Z', '山东省医院协会第四届理事会第六次会议'],
      ['minutes-overdue', '2026-02-16', '2026-02-16T01:00:00.000Z', '山东省医院协会第四届理事会第六次会议'],
    ]);
    const fireAts = view.timers.map((t: Timer) => t.fireAt);
    expect(fireAts).toEqual([...fireAts].sort());
    // The 2025 report is due 31 March 2026 but already issued (鲁医协发〔2026〕1号): no reminder for it. The branches' renewals are on it.
    expect(view.timers.filter((t: Timer) => t.kind === 'yearly-report')).toEqual([]);
    expect(view.timers.some((t: Timer) => t.kind === 'branch-renewal')).toBe(true);
  });

  it('follows the settings the tenant adopts: lead days, 会长办公会 cadence, time of day; refuses settings out of range', async () => {
    const admin = (await app.get(ApiKeyService).issue('shandong', 'admin', { actor: 'test', today: '2026-01-01' })).token;
    const adopt = (settings: Record<string, unknown>) =>
      request(app.getHttpServer())
        .post('/v1/orgs/shandong/organization/bylaws')
        .set('Authorization', `Bearer ${admin}`)
        .send({ adoptedOn: '2026-01-01', settings });
    const refused = await adopt({ meetingReminderDays: [-1], reminderTimeOfDay: '9am' }).expect(400);
    expect(JSON.stringify(refused.body)).toMatch(/meetingReminderDays/);
    await adopt({ meetingReminderDays: [14], presidentOfficeIntervalMonths: 3, reminderTimeOfDay: '08:30' }).expect(201);
    const view = (await get('/v1/orgs/shandong/schedule?today=2026-01-02').expect(200)).body as ScheduleView;
    const council = view.timers.filter((t: Timer) => t.entity.id === 'council-t4.council-t4-6');
    expect(council.map((t: Timer) => [t.rule, t.fireAt])).toEqual([
      ['meeting-upcoming-14d', '2026-02-01T00:30:00.000Z'],
      ['meeting-notice', '2026-02-08T00:30:00.000Z'],
      ['minutes-overdue', '2026-02-16T00:30:00.000Z'],
    ]);
    expect(view.timers.some((t: Timer) => t.entity.kind === 'body' && t.entity.id === 'president-office')).toBe(true);
  });

  it('asks for a key of the tenant, and a valid date', async () => {
    await request(app.getHttpServer()).get('/v1/orgs/shandong/schedule').expect(401);
    await get('/v1/orgs/shandong/schedule?today=2026-13-01').expect(400);
    const other = (await app.get(ApiKeyService).issue('sichuan', 'reader', { actor: 'test', today: '2026-01-01' })).token;
    const res = await get('/v1/orgs/shandong/schedule', other);
    expect([403, 404]).toContain(res.status);
  });
});
