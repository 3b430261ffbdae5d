import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { Arrivals } from './arrivals';

export interface ReceivedMail {
  deliveryId: string;
  to: string[];
  raw: string;
  at: number;
}

/** A local SMTP server (smtp-server) that keeps every message; `refuse` makes it answer 451 instead. */
export interface SmtpReceiver {
  url: string;
  received: ReceivedMail[];
  refuse: (deliveryId: string) => boolean;
  count(deliveryId: string): number;
  until(test: (received: ReceivedMail[]) => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpReceiver(): Promise<SmtpReceiver> {
  const arrivals = new Arrivals<ReceivedMail>('smtp receiver');
  const receiver: SmtpReceiver = {
    url: '',
    received: arrivals.received,
    refuse: () => false,
    count: (id) => receiver.received.filter((m) => m.deliveryId === id).length,
    until: (test, timeoutMs) => arrivals.until(test, timeoutMs),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const deliveryId = /^X-Assocflow-Delivery:\s*(\S+)/im.exec(raw)?.[1] ?? '';
        if (receiver.refuse(deliveryId)) {
          callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
          return;
        }
        arrivals.add({ deliveryId, to: session.envelope.rcptTo.map((r) => r.address), raw, at: Date.now() });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return receiver;
}
