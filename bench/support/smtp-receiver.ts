import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

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
  const waiters = new Set<() => void>();
  const receiver: SmtpReceiver = {
    url: '',
    received: [],
    refuse: () => false,
    count: (id) => receiver.received.filter((m) => m.deliveryId === id).length,
    until: (test, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        if (test(receiver.received)) return resolve();
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`smtp receiver: condition not met within ${timeoutMs} ms (${receiver.received.length} messages)`));
        }, timeoutMs);
        const check = () => {
          if (!test(receiver.received)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      }),
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
        receiver.received.push({ deliveryId, to: session.envelope.rcptTo.map((r) => r.address), raw, at: Date.now() });
        callback();
        for (const wake of [...waiters]) wake();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return receiver;
}
