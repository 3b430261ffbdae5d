import { DomainError } from '../shared/domain-error';

export class InvalidReminderId extends DomainError {
  readonly rule = 'reminder-id-has-no-colon';
  constructor(reminderId: string) {
    super(`a reminder id is not empty and has no colon (it doubles as a job id), got ${JSON.stringify(reminderId)}`);
  }
}

export class ReminderNeedsChannel extends DomainError {
  readonly rule = 'reminder-sent-over-a-channel';
  constructor(reminderId: string) {
    super(`reminder ${reminderId} is sent over at least one channel`);
  }
}

export class ReminderNotSent extends DomainError {
  readonly rule = 'reminder-acknowledged-after-sent';
  constructor(reminderId: string) {
    super(`reminder ${reminderId} has not been sent: a reminder is acknowledged after it is sent`);
  }
}

export class AcknowledgedBeforeSent extends DomainError {
  readonly rule = 'acknowledged-on-or-after-sending';
  constructor(acknowledgedOn: string, sentOn: string) {
    super(`a reminder sent on ${sentOn} cannot be acknowledged earlier, on ${acknowledgedOn}`);
  }
}

export class ReminderAlreadyAcknowledged extends DomainError {
  readonly rule = 'reminder-acknowledged-once';
  constructor(reminderId: string, by: string) {
    super(`reminder ${reminderId} was already acknowledged by ${by}: a reminder is acknowledged once`);
  }
}

export class DeliveredBeforeSent extends DomainError {
  readonly rule = 'reminder-delivered-after-sent';
  constructor(reminderId: string) {
    super(`reminder ${reminderId} has not been sent: a delivery is recorded for a sent reminder`);
  }
}

export class DeliveryChannelNotListed extends DomainError {
  readonly rule = 'reminder-delivered-over-unknown-channel';
  constructor(channel: string) {
    super(`a reminder is delivered over webhook or email, got ${JSON.stringify(channel)}`);
  }
}
