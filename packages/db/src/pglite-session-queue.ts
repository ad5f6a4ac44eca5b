// Serialises many socket clients onto PGlite's single backend, one client turn at a time, each as its own role.
//
// pglite-socket 0.2.17 queues single protocol messages, so two clients' extended-protocol
// batches can interleave, and it ignores the startup user: every client runs as the superuser
// and shares one session (a `SET ROLE` on one connection changes them all). This queue gives a
// client the backend from its first message until PGlite answers ReadyForQuery with status
// idle, so transactions and Parse/Bind/Execute/Sync batches never interleave, and it switches
// the backend to the role named in that client's startup message before each turn.
import type { PGlite } from '@electric-sql/pglite';

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

const PROTOCOL_V3 = 196608;
const READY_FOR_QUERY = 0x5a; // 'Z'
const IDLE = 0x49; // 'I'

/** The startup message's parameters (user, database, …) or null for an ordinary message. */
function startupParams(message: Uint8Array): Map<string, string> | null {
  if (message.length < 8) return null;
  const view = Buffer.from(message.buffer, message.byteOffset, message.byteLength);
  if (view.readInt32BE(0) !== message.length || view.readInt32BE(4) !== PROTOCOL_V3) return null;
  const parts = view.subarray(8, view.length - 1).toString('utf8').split('\0');
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length; i += 2) params.set(parts[i]!, parts[i + 1]!);
  return params;
}

/** A FATAL ErrorResponse followed by nothing: the client gives up the connection. */
function fatal(code: string, message: string): Uint8Array {
  const fields = Buffer.concat([
    Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0`, 'utf8'),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(5);
  header.writeUInt8(0x45, 0); // 'E'
  header.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([header, fields]);
}

export class PgliteSessionQueue {
  private readonly queue: Item[] = [];
  /** The client that holds the backend until it is idle again. */
  private owner: number | null = null;
  private running = false;
  private readonly roles = new Map<number, string>();
  private readonly closed = new Set<number>();
  private currentRole: string;

  constructor(
    private readonly db: PGlite,
    private readonly superuser = 'postgres',
  ) {
    this.currentRole = superuser;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.closed.add(handlerId);
    for (let i = this.queue.length - 1; i >= 0; i--) {
      const item = this.queue[i]!;
      if (item.handlerId !== handlerId) continue;
      this.queue.splice(i, 1);
      item.reject(new Error('Client disconnected'));
    }
  }

  /** Called when a client goes away: roll back whatever it left open and hand the backend on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    this.closed.add(handlerId);
    this.roles.delete(handlerId);
    if (this.owner === handlerId && !this.running) await this.releaseAbandoned();
    void this.pump();
  }

  private async releaseAbandoned(): Promise<void> {
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.queue.findIndex((i) => i.handlerId === this.owner);
        if (index < 0 || this.queue.length === 0) break;
        const item = this.queue.splice(index, 1)[0]!;
        this.owner = item.handlerId;
        try {
          await this.run(item);
        } catch (error) {
          item.reject(error);
        }
        if (this.owner !== null && this.closed.has(this.owner)) await this.releaseAbandoned();
      }
    } finally {
      this.running = false;
    }
  }

  private async run(item: Item): Promise<void> {
    const params = startupParams(item.message);
    if (params) return this.startup(item, params);
    await this.switchRole(this.roles.get(item.handlerId) ?? this.superuser);
    const tail: number[] = [];
    let bytes = 0;
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(item.message, {
        onRawData: (chunk: Uint8Array) => {
          bytes += chunk.length;
          for (const b of chunk.subarray(Math.max(0, chunk.length - 6))) tail.push(b);
          tail.splice(0, Math.max(0, tail.length - 6));
          item.onData(chunk);
        },
      }),
    );
    // A turn ends when the backend reports ReadyForQuery with status idle (no open transaction).
    if (tail.length === 6 && tail[0] === READY_FOR_QUERY && tail[4] === 5 && tail[5] === IDLE) this.owner = null;
    item.resolve(bytes);
  }

  private async startup(item: Item, params: Map<string, string>): Promise<void> {
    const user = params.get('user') ?? this.superuser;
    const known = await this.db.query<{ rolcanlogin: boolean }>('SELECT rolcanlogin FROM pg_roles WHERE rolname = $1', [user]);
    this.owner = null;
    if (!known.rows[0]?.rolcanlogin) {
      const reply = fatal('28000', `role "${user}" does not exist or cannot log in`);
      item.onData(reply);
      item.resolve(reply.length);
      return;
    }
    this.roles.set(item.handlerId, user);
    let bytes = 0;
    await this.db.runExclusive(() =>
      this.db.execProtocolRawStream(item.message, {
        onRawData: (chunk: Uint8Array) => {
          bytes += chunk.length;
          item.onData(chunk);
        },
      }),
    );
    // PGlite may reset session state on a new startup; re-assert the role on the next turn.
    this.currentRole = '';
    item.resolve(bytes);
  }

  private async switchRole(role: string): Promise<void> {
    if (role === this.currentRole) return;
    await this.db.exec(role === this.superuser ? 'RESET ROLE' : `SET ROLE "${role.replace(/"/g, '""')}"`);
    this.currentRole = role;
  }
}
