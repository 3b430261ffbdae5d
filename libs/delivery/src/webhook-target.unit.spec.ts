import {
  addressCategory,
  pinnedLookup,
  PUBLIC_ONLY,
  refusal,
  webhookUrlRefusal,
  WebhookTargetRefused,
  type Resolver,
} from './webhook-target';

describe('webhook targets', () => {
  it('names the kind of every address: metadata, private, loopback, mapped IPv6', () => {
    expect(addressCategory('169.254.169.254')).toBe('link-local');
    expect(addressCategory('127.0.0.1')).toBe('loopback');
    expect(addressCategory('::1')).toBe('loopback');
    expect(addressCategory('10.1.2.3')).toBe('private');
    expect(addressCategory('172.20.0.1')).toBe('private');
    expect(addressCategory('192.168.1.1')).toBe('private');
    expect(addressCategory('100.64.0.1')).toBe('private');
    expect(addressCategory('fd00::1')).toBe('private');
    expect(addressCategory('fe80::1')).toBe('link-local');
    expect(addressCategory('::ffff:10.0.0.1')).toBe('private');
    expect(addressCategory('0.0.0.0')).toBe('unspecified');
    expect(addressCategory('224.0.0.1')).toBe('multicast');
    expect(addressCategory('8.8.8.8')).toBe('public');
    expect(addressCategory('2606:4700::1111')).toBe('public');
  });

  it('refuses what the URL itself shows: other schemes, literal non-public addresses, localhost; allows what the installation allows', () => {
    expect(webhookUrlRefusal('http://169.254.169.254/latest/meta-data', PUBLIC_ONLY)).toMatch(/169\.254\.169\.254 is a link-local address/);
    expect(webhookUrlRefusal('http://[::1]:8080/h', PUBLIC_ONLY)).toMatch(/loopback/);
    expect(webhookUrlRefusal('http://localhost:8080/h', PUBLIC_ONLY)).toMatch(/localhost is a loopback address/);
    expect(webhookUrlRefusal('ftp://oa.example.org/h', PUBLIC_ONLY)).toMatch(/http:\/\/ or https:\/\//);
    expect(webhookUrlRefusal('https://oa.example.org/hooks', PUBLIC_ONLY)).toBeUndefined();
    expect(webhookUrlRefusal('http://127.0.0.1:8080/h', { allow: ['loopback'] })).toBeUndefined();
    expect(webhookUrlRefusal('http://10.0.0.5/h', { allow: ['loopback'] })).toMatch(/WEBHOOK_ALLOW_ADDRESSES=private/);
    expect(refusal('0.0.0.0', { allow: ['loopback', 'private', 'link-local'] })).toMatch(/unspecified/);
  });

  const lookUp = (resolver: Resolver, hostname: string, allow: ('loopback' | 'private')[] = []) =>
    new Promise<{ error: Error | null; address: string }>((resolve) =>
      pinnedLookup({ allow }, resolver)(hostname, {}, (error, address) => resolve({ error, address: address as string })),
    );

  it('resolves at send time and connects to the address it checked; a name with any refused address is refused', async () => {
    const answers: Record<string, string[]> = {
      'oa.example.org': ['203.0.114.7'],
      'rebind.example.org': ['93.184.216.34', '10.0.0.8'],
      'internal.example.org': ['127.0.0.1'],
    };
    const resolver: Resolver = async (host) => (answers[host] ?? []).map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    expect(await lookUp(resolver, 'oa.example.org')).toEqual({ error: null, address: '203.0.114.7' });
    const mixed = await lookUp(resolver, 'rebind.example.org');
    expect(mixed.error).toBeInstanceOf(WebhookTargetRefused);
    expect(mixed.error?.message).toMatch(/10\.0\.0\.8 is a private address/);
    expect((await lookUp(resolver, 'internal.example.org')).error).toBeInstanceOf(WebhookTargetRefused);
    expect(await lookUp(resolver, 'internal.example.org', ['loopback'])).toEqual({ error: null, address: '127.0.0.1' });
  });
});
