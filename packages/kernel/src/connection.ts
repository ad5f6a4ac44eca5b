// Relay connection helpers over offset cursors: opaque to clients, validated on the way in.
import { DomainError, ErrorCode } from './errors';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const MAX_PAGE = 100;

export function decodePage(args: PageArgs, defaultFirst = 20): { take: number; skip: number } {
  const take = args.first ?? defaultFirst;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `first must be between 1 and ${MAX_PAGE}, got ${take}`, { field: 'first' });
  }
  if (!args.after) return { take, skip: 0 };
  const raw = Buffer.from(args.after, 'base64url').toString('utf8');
  const match = /^o:(\d+)$/.exec(raw);
  if (!match) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after is not a cursor returned by this API', { field: 'after' });
  return { take, skip: Number(match[1]) + 1 };
}

/** The opaque cursor of the item at `offset`; `decodePage({ after })` continues after it. */
export const cursorAt = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

export function toConnection<T>(nodes: T[], skip: number, totalCount: number) {
  const edges = nodes.map((node, i) => ({ cursor: cursorAt(skip + i), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: skip + nodes.length < totalCount,
      hasPreviousPage: skip > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
