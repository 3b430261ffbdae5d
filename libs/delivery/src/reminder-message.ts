import type { reminder } from '@assocflow/domain';

type Sent = Omit<reminder.ReminderSent['data'], 'occurredOn'>;

/** The webhook's JSON body: the same bytes for every attempt of one delivery. */
export function webhookBodyOf(tenant: string, deliveryId: string, sent: Sent): string {
  return JSON.stringify({
    type: 'reminder.sent',
    deliveryId,
    tenant,
    reminder: {
      reminderId: sent.reminderId,
      rule: sent.rule,
      entity: sent.entity,
      dueOn: sent.dueOn,
      sentOn: sent.sentOn,
      // The scheduler's details, when it gave them (JSON.stringify leaves out the undefined ones).
      subject: sent.subject,
      audience: sent.audience,
      escalation: sent.escalation,
      scheduledFor: sent.scheduledFor,
      timeZone: sent.timeZone,
      covers: sent.covers,
    },
  });
}

/** The e-mail to the secretariat: plain text, the rule and what it is about. */
export function emailOf(tenant: string, sent: Sent): { subject: string; text: string } {
  const about = sent.subject ?? `${sent.entity.kind} ${sent.entity.id}`;
  const escalated = sent.escalation ? ` (催办 escalation ${sent.escalation})` : '';
  return {
    subject: `[assocflow] 提醒 Reminder: ${sent.rule} — ${about}, due ${sent.dueOn}${escalated}`,
    text: [
      `机构 Organization: ${tenant}`,
      `规则 Rule: ${sent.rule}`,
      `对象 About: ${about} (${sent.entity.kind} ${sent.entity.id})`,
      `到期 Due on: ${sent.dueOn}${sent.timeZone ? ` (${sent.timeZone})` : ''}`,
      `发送 Sent on: ${sent.sentOn}`,
      ...(sent.escalation ? [`催办 Escalation: ${sent.escalation}`] : []),
      `提醒编号 Reminder id: ${sent.reminderId}`,
      ...(sent.covers?.length ? ['', '补发 Due before they were recorded:', ...sent.covers.map(coveredLine)] : []),
    ].join('\n'),
  };
}

function coveredLine(c: reminder.CoveredReminder): string {
  const escalated = c.escalation ? ` (催办 ${c.escalation})` : '';
  return `- ${c.rule} — ${c.subject ?? `${c.entity.kind} ${c.entity.id}`}, due ${c.dueOn}${escalated}`;
}
