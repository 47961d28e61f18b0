// Which addresses the fetcher may connect to: everything on the public internet, nothing in the
// special-purpose ranges of rules.ts (private, loopback, link-local, CGNAT, multicast, unspecified,
// IPv4-mapped IPv6 …) unless the configuration allows it by host name, address or CIDR. Matching
// uses Node's net.BlockList. Pure apart from that.
import { BlockList, isIP } from 'node:net';
import { ParallaxError } from '../errors.js';
import { BLOCKED_IPV4, BLOCKED_IPV6, IPV4_MAPPED, type BlockedRange } from './rules.js';

export type AddressPolicy = {
  /** Why connecting to `address` (resolved from `hostname`) is refused, or undefined when it is allowed. */
  refusal(hostname: string, address: string): string | undefined;
};

type Family = 'ipv4' | 'ipv6';

function familyOf(address: string): Family | undefined {
  const v = isIP(address);
  return v === 4 ? 'ipv4' : v === 6 ? 'ipv6' : undefined;
}

type Matcher = { list: BlockList; ranges: { range: BlockedRange; list: BlockList }[] };

function matcher(ranges: readonly BlockedRange[], family: Family): Matcher {
  const all = new BlockList();
  const each = ranges.map((range) => {
    const [net = '', prefix = ''] = range.cidr.split('/');
    const one = new BlockList();
    one.addSubnet(net, Number(prefix), family);
    all.addSubnet(net, Number(prefix), family);
    return { range, list: one };
  });
  return { list: all, ranges: each };
}

// net.BlockList matches IPv4-mapped IPv6 addresses against IPv4 rules and IPv4 addresses against
// ::ffff:0:0/96, so each family has its own lists and is only ever checked with its own addresses.
const IPV4 = matcher(BLOCKED_IPV4, 'ipv4');
const IPV6 = matcher(BLOCKED_IPV6, 'ipv6');
const MAPPED = matcher([IPV4_MAPPED], 'ipv6');

/** The blocked range holding `address`, if any. */
export function blockedRange(address: string): BlockedRange | undefined {
  const family = familyOf(address);
  if (family === undefined) return { cidr: address, name: 'not an IP address' };
  if (family === 'ipv6' && MAPPED.list.check(address, 'ipv6')) return IPV4_MAPPED;
  const m = family === 'ipv4' ? IPV4 : IPV6;
  if (!m.list.check(address, family)) return undefined;
  return m.ranges.find((r) => r.list.check(address, family))?.range;
}

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(?:\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*\.?$/i;

/** A URL hostname without IPv6 brackets, lower-cased, without a trailing dot. */
export function bareHostname(hostname: string): string {
  const h = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return h.toLowerCase().replace(/\.$/, '');
}

/**
 * Builds the policy from allow-list entries: a host name (any address it resolves to is allowed),
 * an IP address, or a CIDR range ("10.0.0.0/8", "fd00::/8"). Throws E_CONFIG naming a bad entry.
 */
export function createAddressPolicy(allow: readonly string[] = [], source = 'fetch.allowPrivate'): AddressPolicy {
  const allowed = new BlockList();
  const hosts = new Set<string>();
  allow.forEach((raw, i) => {
    const entry = raw.trim();
    const [net = '', prefix, extra] = entry.split('/');
    const family = familyOf(bareHostname(net));
    if (family !== undefined && extra === undefined) {
      const address = bareHostname(net);
      if (prefix === undefined) {
        allowed.addAddress(address, family);
        return;
      }
      const bits = Number(prefix);
      if (/^\d+$/.test(prefix) && bits <= (family === 'ipv4' ? 32 : 128)) {
        allowed.addSubnet(address, bits, family);
        return;
      }
    } else if (prefix === undefined && HOSTNAME.test(entry)) {
      hosts.add(bareHostname(entry));
      return;
    }
    throw new ParallaxError('E_CONFIG', `${source}[${i}]: "${raw}" is not a host name, an IP address or a CIDR range such as "10.0.0.0/8"`, source);
  });
  return {
    refusal(hostname, address) {
      const range = blockedRange(address);
      if (range === undefined) return undefined;
      if (hosts.has(bareHostname(hostname))) return undefined;
      const family = familyOf(address);
      if (family !== undefined && allowed.check(address, family)) return undefined;
      const via = bareHostname(hostname) === address ? '' : ` (resolved from ${bareHostname(hostname)})`;
      return `${address}${via} is a ${range.name} address (${range.cidr}); fetching it is refused unless it is listed in fetch.allowPrivate`;
    },
  };
}
