// Minimal DNS server for the ACME integration test: Pebble (started with -dnsserver) resolves test names here.
import { createSocket, type Socket } from 'node:dgram';

const TYPE_A = 1;
const HEADER_BYTES = 12;

/** Reads the question's name and type; null when the packet is malformed. */
function readQuestion(msg: Buffer): { name: string; type: number; end: number } | null {
  const labels: string[] = [];
  let offset = HEADER_BYTES;
  while (offset < msg.length && msg[offset] !== 0) {
    const length = msg[offset]!;
    labels.push(msg.subarray(offset + 1, offset + 1 + length).toString('latin1'));
    offset += length + 1;
  }
  if (offset + 5 > msg.length) return null;
  return { name: labels.join('.').toLowerCase(), type: msg.readUInt16BE(offset + 1), end: offset + 5 };
}

/**
 * Answers A queries for `zone` and its subdomains with 127.0.0.1 (AAAA: no records) and NXDOMAIN for
 * anything else, so a test can give Pebble realistic multi-label names that reach a local server.
 */
export async function startTestDnsResponder(opts: { zone: string; port: number; host?: string }): Promise<{ close(): Promise<void> }> {
  const zone = opts.zone.toLowerCase();
  const socket: Socket = createSocket('udp4');
  socket.on('message', (msg, peer) => {
    const question = msg.length > HEADER_BYTES ? readQuestion(msg) : null;
    if (!question) return;
    const inZone = question.name === zone || question.name.endsWith(`.${zone}`);
    const answer = inZone && question.type === TYPE_A ? Buffer.from([0xc0, 0x0c, 0, 1, 0, 1, 0, 0, 0, 0, 0, 4, 127, 0, 0, 1]) : Buffer.alloc(0);
    const header = Buffer.alloc(HEADER_BYTES);
    msg.copy(header, 0, 0, 2); // query id
    header.writeUInt16BE(0x8400 | (msg.readUInt16BE(2) & 0x0100) | (inZone ? 0 : 3), 2); // response, authoritative, RD echoed, NXDOMAIN outside the zone
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(answer.length > 0 ? 1 : 0, 6);
    socket.send(Buffer.concat([header, msg.subarray(HEADER_BYTES, question.end), answer]), peer.port, peer.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(opts.port, opts.host ?? '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  return { close: () => new Promise<void>((resolve) => socket.close(() => resolve())) };
}
