import { createTransport, type Transporter } from 'nodemailer';
import { DeliveryAttemptFailed } from './webhook-sender';

export interface EmailMessage {
  to: string[];
  subject: string;
  text: string;
  deliveryId: string;
}

/** One SMTP transport (nodemailer, pooled connections) for every tenant's reminders. */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = createTransport(`${smtpUrl}${smtpUrl.includes('?') ? '&' : '?'}pool=true`);
  }

  async send(message: EmailMessage): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.deliveryId}@assocflow>`,
        headers: { 'X-Assocflow-Delivery': message.deliveryId },
      });
    } catch (error) {
      const e = error as { responseCode?: number; code?: string; message?: string };
      throw new DeliveryAttemptFailed(`smtp refused (${e.responseCode ?? e.code ?? 'error'})`);
    }
  }

  close(): void {
    this.transport.close();
  }
}
