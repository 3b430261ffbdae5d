import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { SqliteEventStore } from '@assocflow/eventstore';
import { projectAll, servedDocument } from '../projection';
import { EventRecorder } from '../yearly-summary/event-recorder';
import { yearlySummaryProjection } from '../yearly-summary';
import { documentKey } from './read-model-keys';
import { rebuildProjection } from './rebuild';

const org = { kind: 'organization' } as const;
const count = (value: number, approximate = false) => ({ value, approximate });

/** What events recorded before they carried their record (earlier versions of the deciders) left out. */
function asRecordedEarlier(type: string, data: Record<string, unknown>, streamId: string): Record<string, unknown> {
  const { previous: _previous, earlierSubmittedOn: _earlier, ...rest } = data;
  if (type === 'HonorRecordRetracted') return { occurredOn: data.occurredOn, honorId: data.honorId, reason: data.reason };
  // One correction from before corrections carried any record at all.
  if (streamId.endsWith('.t2') && type === 'ActivityRecordCorrected') {
    const { record: _record, previousOccurredOn: _on, ...changesOnly } = rest;
    return changesOnly;
  }
  if (type.endsWith('Retracted')) {
    const { record: _record, previousOccurredOn: _on, ...bare } = rest;
    return bare;
  }
  return rest;
}

describe('events recorded before they carried their record (SQLite on disk, real Redis)', () => {
  it('are completed from their stream, so the summary equals the one of the same commands recorded today', async () => {
    const r = new EventRecorder('schxa');
    const training = (activityId: string, heldOn: string, participants: number) =>
      r.activity({
        type: 'RecordTraining',
        data: { activityId, title: '培训', heldOn, organizer: org, sessions: 1, mode: 'offline', participants: count(participants) },
      });
    training('t1', '2023-04-12', 180);
    training('t2', '2023-05-12', 300);
    training('t3', '2023-06-12', 40);
    r.activity({
      type: 'CorrectActivityRecord',
      data: { activityId: 't1', correctedOn: '2024-01-10', changes: { participants: count(186, true) }, reason: '名单核对' },
    });
    r.activity({
      type: 'CorrectActivityRecord',
      data: { activityId: 't2', correctedOn: '2024-01-11', changes: { heldOn: '2024-01-06' }, reason: '日期有误' },
    });
    r.activity({ type: 'RetractActivityRecord', data: { activityId: 't3', retractedOn: '2024-02-01', reason: '重复录入' } });
    r.report({ type: 'IssueReport', data: { reportId: 'r1', kind: 'survey', title: '调研报告', issuedOn: '2023-11-20', issuer: org } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '省卫健委', submittedOn: '2023-11-25' } });
    r.report({ type: 'SubmitReport', data: { reportId: 'r1', submittedTo: '省民政厅', submittedOn: '2023-12-01' } });
    r.grant({ type: 'AwardGrant', data: { grantId: 'g1', title: '课题', amountYuan: 20000, awardedOn: '2023-06-20' } });
    r.grant({
      type: 'CorrectGrantRecord',
      data: { grantId: 'g1', correctedOn: '2024-01-05', changes: { amountYuan: 25000 }, reason: '核对拨款文件' },
    });
    r.honor({
      type: 'ReceiveHonor',
      data: { honorId: 'h1', title: '5A级社会组织', grantedBy: '省民政厅', recipient: org, receivedOn: '2023-12-01' },
    });
    r.honor({ type: 'RetractHonorRecord', data: { honorId: 'h1', retractedOn: '2024-03-01', reason: '误录' } });

    const dir = mkdtempSync(join(tmpdir(), 'assocflow-complete-'));
    const store = new SqliteEventStore({ path: join(dir, 'events.sqlite') });
    const redis = new Redis(process.env.REDIS_URL!);
    try {
      for (const e of r.events) {
        const data = asRecordedEarlier(e.type, e.data, e.streamId);
        await store.append(
          e.streamId,
          [{ id: randomUUID(), type: e.type, data, metadata: { ...e.metadata, schemaVersion: e.type === 'TrainingHeld' ? 2 : 1 } }],
          { expectedRevision: 'any' },
        );
      }
      const earlier = await store.readAll();
      expect(earlier.find((e) => e.type === 'ReportSubmitted')!.data).not.toHaveProperty('earlierSubmittedOn');
      expect(earlier.find((e) => e.type === 'HonorRecordRetracted')!.data).not.toHaveProperty('record');

      const expected = projectAll(yearlySummaryProjection, r.events);
      const name = `ys-${randomUUID()}`;
      const { to } = await rebuildProjection(store, redis, { ...yearlySummaryProjection, name });
      expect(expected.get('schxa/2023')!.indicators['training.participants']).toEqual(count(186, true));
      expect(expected.get('schxa/2023')!.indicators['reports.submitted']).toEqual(count(1));
      expect(expected.get('schxa/2023')!.indicators['honors.received']).toEqual(count(0));
      for (const [key, doc] of expected) {
        const stored = JSON.parse((await redis.get(documentKey(name, to, key))) ?? 'null');
        expect({ key, doc: stored }).toEqual({ key, doc: JSON.parse(JSON.stringify(servedDocument(yearlySummaryProjection, doc, key))) });
      }
    } finally {
      await store.close();
      await redis.quit();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
