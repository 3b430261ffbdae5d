import { DomainError } from '../shared/domain-error';

export class InvalidWebhookUrl extends DomainError {
  readonly rule = 'webhook-url-http';
  constructor(url: string) {
    super(
      `a webhook URL is an absolute http:// or https:// URL without credentials or fragment, of at most 2000 characters, got ${JSON.stringify(url.slice(0, 100))}`,
    );
  }
}

export class WeakWebhookSecret extends DomainError {
  readonly rule = 'webhook-secret-strong';
  constructor(length: number) {
    // The secret itself never goes into a message: it ends up in logs and answers.
    super(`a webhook signing secret is 32 to 256 visible ASCII characters, got ${length} characters or other ones`);
  }
}

export class InvalidEmailRecipient extends DomainError {
  readonly rule = 'email-recipient-address';
  constructor(recipient: string) {
    super(`an e-mail recipient is an address such as mishuchu@example.org, got ${JSON.stringify(recipient.slice(0, 100))}`);
  }
}

export class TooManyEmailRecipients extends DomainError {
  readonly rule = 'email-recipients-at-most-20';
  constructor(count: number) {
    super(`reminders go to at most 20 e-mail recipients, got ${count}`);
  }
}
