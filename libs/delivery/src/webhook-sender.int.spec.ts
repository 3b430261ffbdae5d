import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook, DeliveryAttemptFailed } from './webhook-sender';
import { WebhookTargetRefused, type Resolver } from './webhook-target';

/** postWebhook against a real local HTTP server: the policy decides, the connection goes where it was checked. */
describe('postWebhook to a local receiver', () => {
  let server: Server;
  let port: number;
  const seen: IncomingHttpHeaders[] = [];
  let status = 204;

  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.writeHead(status).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = (url: string) => ({ url, secret: 's'.repeat(32), deliveryId: 'd1', body: '{"a":1}' });

  it('refuses a loopback receiver unless the policy allows loopback, before connecting', async () => {
    const before = seen.length;
    await expect(postWebhook(request(`http://127.0.0.1:${port}/h`))).rejects.toBeInstanceOf(WebhookTargetRefused);
    await expect(postWebhook(request(`http://localhost:${port}/h`))).rejects.toBeInstanceOf(WebhookTargetRefused);
    expect(seen.length).toBe(before);
    await postWebhook(request(`http://127.0.0.1:${port}/h`), { policy: { allow: ['loopback'] } });
    expect(seen.length).toBe(before + 1);
  });

  it('connects to the address the name resolved to and was checked, sending the name as Host', async () => {
    const resolver: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    await postWebhook(request(`http://hooks.example.test:${port}/h`), { policy: { allow: ['loopback'] }, resolver });
    expect(seen[seen.length - 1].host).toBe(`hooks.example.test:${port}`);
    expect(seen[seen.length - 1]['x-assocflow-delivery']).toBe('d1');
    await expect(postWebhook(request(`http://hooks.example.test:${port}/h`), { resolver })).rejects.toThrow(
      /resolves to 127\.0\.0\.1 is a loopback address/,
    );
  });

  it('fails an attempt on a non-2xx answer and on a closed port, saying why without the URL', async () => {
    status = 500;
    await expect(postWebhook(request(`http://127.0.0.1:${port}/h`), { policy: { allow: ['loopback'] } })).rejects.toThrow(
      new DeliveryAttemptFailed('webhook answered 500'),
    );
    status = 204;
    await expect(postWebhook(request('http://127.0.0.1:1/h'), { policy: { allow: ['loopback'] } })).rejects.toThrow(
      /webhook unreachable \(ECONNREFUSED\)/,
    );
  });
});
