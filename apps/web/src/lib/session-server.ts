// Server side of the session: reads the token cookie and asks the gateway who is calling (once per request).
import { cache } from 'react';
import { cookies } from 'next/headers';
import { graphql } from '../gql';
import type { ViewerQuery } from '../gql/graphql';
import { GraphQLRequestError, request } from './graphql-client';
import { TOKEN_COOKIE } from './session-client';

const ViewerDocument = graphql(`
  query Viewer {
    viewer {
      user { id name email }
      tenant { id name slug }
      memberships { role tenant { id name slug } }
      scopes
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];

export type Session =
  | { status: 'anonymous'; token: null; viewer: null }
  | { status: 'signed-in'; token: string; viewer: Viewer & { user: NonNullable<Viewer['user']> } }
  | { status: 'error'; token: string | null; error: GraphQLRequestError; viewer: null };

export async function getToken(): Promise<string | null> {
  return (await cookies()).get(TOKEN_COOKIE)?.value ?? null;
}

export const getSession = cache(async (): Promise<Session> => {
  const token = await getToken();
  if (!token) return { status: 'anonymous', token: null, viewer: null };
  try {
    const { viewer } = await request(ViewerDocument, {}, { token });
    // An expired or foreign token resolves to no user: treat it as signed out.
    if (!viewer.user) return { status: 'anonymous', token: null, viewer: null };
    return { status: 'signed-in', token, viewer: { ...viewer, user: viewer.user } };
  } catch (error) {
    if (error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED') {
      return { status: 'anonymous', token: null, viewer: null };
    }
    const wrapped = error instanceof GraphQLRequestError ? error : new GraphQLRequestError(String(error), 'network');
    return { status: 'error', token, error: wrapped, viewer: null };
  }
});
