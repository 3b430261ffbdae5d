import { CommandBus } from '@nestjs/cqrs';
import { AggregateCommand } from '../../apps/api/src/commands/aggregate-command';
import { reminderAggregate } from '../../apps/api/src/reminders/reminder.aggregate';
import { startApi, type ApiHarness } from '../support/api-harness';

describe('reminder acknowledgement over HTTP', () => {
  let api: ApiHarness;
  let secretary: string;
  const tenant = 'sichuan';
  const reminderId = 'branch-renewal-90d.branch.rehab-mgmt.2028-06-01';
  const stream = `reminder-sichuan.${reminderId}`;

  /** What the worker does: SendReminder is not an API command. */
  const send = (id: string, sentOn: string) =>
    api.app.get(CommandBus).execute(
      AggregateCommand.to(
        reminderAggregate,
        id,
        {
          type: 'SendReminder',
          data: {
            reminderId: id,
            rule: 'branch-renewal-90d',
            entity: { kind: 'branch', id: 'rehab-mgmt' },
            dueOn: '2028-06-01',
            channels: ['email'],
            sentOn,
          },
        },
        { tenant, actor: 'worker', correlationId: `send-${id}` },
      ),
    );

  beforeAll(async () => {
    api = await startApi();
    secretary = await api.key(tenant, 'secretary');
    await send(reminderId, '2028-03-03');
    await send('report-due-30d.report.2028.2028-03-31', '2028-03-01');
  });
  afterAll(() => api.close());

  const post = (id: string, body: unknown) =>
    api
      .http()
      .post(`/v1/orgs/${tenant}/reminders/${id}/acknowledgement`)
      .set('authorization', `Bearer ${secretary}`)
      .send(body as object);

  it('acknowledges a sent reminder: 201 and the event with its metadata', async () => {
    const res = await post(reminderId, { by: '王秘书长', acknowledgedOn: '2028-03-05' }).expect(201);
    expect(res.body).toMatchObject({ streamId: stream, revision: '1', events: [{ type: 'ReminderAcknowledged' }] });
    const [, event] = await api.store.readStream(stream);
    expect(event.data).toMatchObject({ reminderId, by: '王秘书长' });
    expect(event.metadata).toMatchObject({ tenant, actor: expect.stringMatching(/^apikey:/), occurredAt: '2028-03-05', schemaVersion: 1 });
  });

  it('answers 400 naming the field and the rule, appending nothing; sending is not exposed', async () => {
    const before = (await api.allEvents()).length;
    const res = await post(reminderId, { by: '', acknowledgedOn: '2028-13-01' }).expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'by', rule: 'isNotEmpty' }),
        expect.objectContaining({ field: 'acknowledgedOn', rule: 'isIsoDate' }),
      ]),
    );
    const colon = await post('rule:with:colons', { by: '王秘书长', acknowledgedOn: '2028-03-05' }).expect(400);
    expect(colon.body.errors).toEqual([expect.objectContaining({ field: 'reminderId', rule: 'matches' })]);
    await api.http().post(`/v1/orgs/${tenant}/reminders`).set('authorization', `Bearer ${secretary}`).send({ reminderId: 'x' }).expect(404);
    expect((await api.allEvents()).length).toBe(before);
  });

  it('answers 422 with the domain rule', async () => {
    expect((await post('never-sent', { by: '王秘书长', acknowledgedOn: '2028-03-05' }).expect(422)).body.rule).toBe(
      'reminder-acknowledged-after-sent',
    );
    expect((await post(reminderId, { by: '李干事', acknowledgedOn: '2028-03-06' }).expect(422)).body.rule).toBe(
      'reminder-acknowledged-once',
    );
    expect(
      (await post('report-due-30d.report.2028.2028-03-31', { by: '李干事', acknowledgedOn: '2028-02-28' }).expect(422)).body.rule,
    ).toBe('acknowledged-on-or-after-sending');
  });

  it('a request retried with the same Idempotency-Key appends nothing and answers the same', async () => {
    const id = 'report-due-30d.report.2028.2028-03-31';
    const body = { by: '李干事', acknowledgedOn: '2028-03-02' };
    const first = await post(id, body).set('idempotency-key', 'ack-report-2028').expect(201);
    const again = await post(id, body).set('idempotency-key', 'ack-report-2028').expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await api.store.readStream(`reminder-sichuan.${id}`)).map((e) => e.type)).toEqual(['ReminderSent', 'ReminderAcknowledged']);
  });
});
