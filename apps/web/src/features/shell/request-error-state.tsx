// Full-width state for a page whose data could not be loaded from the gateway.
import type { ReactNode } from 'react';
import { EmptyState } from '@nexus/ui/empty-state';
import type { GraphQLRequestError } from '../../lib/graphql-client';

export function RequestErrorState({ error, action }: { error: GraphQLRequestError; action?: ReactNode }) {
  if (error.isUnreachable) {
    return (
      <EmptyState
        tone="error"
        icon="!"
        title="API unreachable"
        description="We could not reach the Nexus Forge API. It may be starting up or down for a moment — try again shortly."
        action={action}
        data-testid="api-unreachable"
      />
    );
  }
  return (
    <EmptyState
      tone="error"
      icon="!"
      title="Could not load this page"
      description={error.message}
      action={action}
      data-testid="api-error"
    />
  );
}
