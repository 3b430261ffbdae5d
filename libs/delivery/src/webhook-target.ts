import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may point. Public addresses always; the others only when the installation
 * allows them (WEBHOOK_ALLOW_ADDRESSES=loopback for a receiver on the same machine, private for one
 * on the association's own network). Never: unspecified, multicast, reserved ranges.
 */
export type AddressCategory = 'public' | 'loopback' | 'private' | 'link-local' | 'unspecified' | 'multicast' | 'reserved';
export const ALLOWABLE_ADDRESS_CATEGORIES = ['loopback', 'private', 'link-local'] as const satisfies readonly AddressCategory[];
export type AllowableAddressCategory = (typeof ALLOWABLE_ADDRESS_CATEGORIES)[number];

export interface WebhookTargetPolicy {
  allow: readonly AllowableAddressCategory[];
}

export const PUBLIC_ONLY: WebhookTargetPolicy = { allow: [] };

function blockList(v4: string[], v6: string[]): BlockList {
  const list = new BlockList();
  for (const cidr of v4) list.addSubnet(cidr.split('/')[0], Number(cidr.split('/')[1]), 'ipv4');
  for (const cidr of v6) list.addSubnet(cidr.split('/')[0], Number(cidr.split('/')[1]), 'ipv6');
  return list;
}

const RANGES: [Exclude<AddressCategory, 'public'>, BlockList][] = [
  ['unspecified', blockList(['0.0.0.0/8'], ['::/128'])],
  ['loopback', blockList(['127.0.0.0/8'], ['::1/128'])],
  ['link-local', blockList(['169.254.0.0/16'], ['fe80::/10'])],
  ['private', blockList(['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'], ['fc00::/7'])],
  ['multicast', blockList(['224.0.0.0/4'], ['ff00::/8'])],
  [
    'reserved',
    blockList(
      ['240.0.0.0/4', '192.0.0.0/24', '192.0.2.0/24', '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24'],
      ['64:ff9b::/96', '100::/64', '2001:db8::/32'],
    ),
  ],
];

/** What kind of address an IP literal is; an IPv4-mapped IPv6 address (::ffff:10.0.0.1) is its IPv4 address. */
export function addressCategory(address: string): AddressCategory {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
  return RANGES.find(([, list]) => list.check(ip, family))?.[0] ?? 'public';
}

/** Why the policy refuses this address, or undefined when it may be sent to. */
export function refusal(address: string, policy: WebhookTargetPolicy): string | undefined {
  const category = addressCategory(address);
  if (category === 'public' || (policy.allow as readonly string[]).includes(category)) return undefined;
  return `${address} is a ${category} address${(ALLOWABLE_ADDRESS_CATEGORIES as readonly string[]).includes(category) ? ` (allowed only with WEBHOOK_ALLOW_ADDRESSES=${category})` : ''}`;
}

/** Strips the brackets of an IPv6 literal host ([::1] → ::1). */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * What can be known of a webhook URL without resolving it: http or https, no credentials, and a
 * literal address or localhost within the policy. Undefined when it may be configured.
 */
export function webhookUrlRefusal(raw: string, policy: WebhookTargetPolicy): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'url is not a URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `url must be http:// or https://, got ${url.protocol}`;
  const host = hostOf(url);
  if (isIP(host)) return refusal(host, policy);
  if (host === 'localhost' || host.endsWith('.localhost')) return refusal('127.0.0.1', policy)?.replace('127.0.0.1', host);
  return undefined;
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

/** A webhook target refused by the policy, at send time: permanent for this configuration. */
export class WebhookTargetRefused extends Error {
  override readonly name = 'WebhookTargetRefused';
}

/**
 * The lookup the request connects with: the host is resolved once, every address it resolves
 * to must pass the policy (a name answering both a public and a private address is refused), and
 * the connection goes to the address that was checked, so a DNS answer changed between the check
 * and the connect (rebinding) cannot redirect it.
 */
export function pinnedLookup(policy: WebhookTargetPolicy, resolver: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const refused = addresses.map((a) => refusal(a.address, policy)).find(Boolean);
        if (refused) return callback(new WebhookTargetRefused(`webhook host ${hostname} resolves to ${refused}`), '', 4);
        const wanted = typeof options === 'object' && options.family ? addresses.filter((a) => a.family === options.family) : addresses;
        const chosen = wanted[0] ?? addresses[0];
        if (!chosen) return callback(Object.assign(new Error(`webhook host ${hostname} has no address`), { code: 'ENOTFOUND' }), '', 4);
        if (typeof options === 'object' && options.all)
          return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, [chosen]);
        callback(null, chosen.address, chosen.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 4),
    );
  };
}
