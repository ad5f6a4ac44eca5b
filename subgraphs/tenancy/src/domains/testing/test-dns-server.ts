// A small authoritative DNS server on loopback (dns2) for tests: the domain verifier and Pebble both resolve through it.
import dns2 from 'dns2';

const { Packet } = dns2;
const NXDOMAIN = 3;

export interface TestDnsServer {
  port: number;
  /** `host:port`, for TenancyConfig.dnsServers. */
  address: string;
  /** Replaces the records of one type at `name` (an empty list removes them). */
  set(name: string, type: 'A' | 'TXT' | 'CNAME', values: string[]): void;
  /** Answers A queries for `zone` and every name under it with `ip` (unless the name has its own A records). */
  zone(zone: string, ip: string): void;
  close(): Promise<void>;
}

type RecordType = 'A' | 'TXT' | 'CNAME';
const TYPE_NAMES = new Map<number, RecordType>([[Packet.TYPE.A, 'A'], [Packet.TYPE.TXT, 'TXT'], [Packet.TYPE.CNAME, 'CNAME']]);

/** Starts on `port` (0 → a free one). Names are matched case-insensitively; unknown names get NXDOMAIN. */
export async function startTestDnsServer(opts: { port?: number; host?: string } = {}): Promise<TestDnsServer> {
  const records = new Map<string, Map<RecordType, string[]>>();
  const zones = new Map<string, string>();
  const key = (name: string) => name.toLowerCase().replace(/\.$/, '');

  function zoneIp(name: string): string | undefined {
    for (const [zone, ip] of zones) if (name === zone || name.endsWith(`.${zone}`)) return ip;
    return undefined;
  }

  function answersFor(name: string, type: RecordType): { known: boolean; answers: Record<string, unknown>[] } {
    const own = records.get(name);
    const fromZone = zoneIp(name);
    const known = !!own?.size || fromZone !== undefined;
    const cname = own?.get('CNAME')?.[0];
    if (type === 'A' && cname) {
      return { known, answers: [{ name, type: Packet.TYPE.CNAME, class: Packet.CLASS.IN, ttl: 5, domain: cname }, ...answersFor(key(cname), 'A').answers] };
    }
    const values = own?.get(type) ?? (type === 'A' && fromZone ? [fromZone] : []);
    const field = type === 'A' ? 'address' : type === 'TXT' ? 'data' : 'domain';
    return { known, answers: values.map((v) => ({ name, type: Packet.TYPE[type], class: Packet.CLASS.IN, ttl: 5, [field]: v })) };
  }

  const server = dns2.createServer({
    udp: true,
    handle: (request, send) => {
      const response = Packet.createResponseFromRequest(request);
      const [question] = request.questions;
      if (question) {
        const name = key(question.name);
        const type = TYPE_NAMES.get(question.type);
        // AAAA, CAA and the rest: the name exists but holds none (NOERROR, no answers).
        const { known, answers } = type ? answersFor(name, type) : { known: records.has(name) || zoneIp(name) !== undefined, answers: [] };
        if (!known) response.header.rcode = NXDOMAIN;
        response.header.aa = 1;
        response.answers.push(...(answers as unknown as typeof response.answers));
      }
      void send(response);
    },
  });
  const addresses = await server.listen({ udp: { port: opts.port ?? 0, address: opts.host ?? '127.0.0.1' } });
  const port = addresses.udp!.port;
  return {
    port,
    address: `${opts.host ?? '127.0.0.1'}:${port}`,
    set(name, type, values) {
      const at = records.get(key(name)) ?? new Map<RecordType, string[]>();
      if (values.length) at.set(type, values);
      else at.delete(type);
      if (at.size) records.set(key(name), at);
      else records.delete(key(name));
    },
    zone: (zone, ip) => void zones.set(key(zone), ip),
    close: () => server.close(),
  };
}
