'use client';
// Last-resort boundary: a failed render shows a retry instead of a blank page.
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <EmptyState
      tone="error"
      icon="!"
      title="Something went wrong"
      description={<>This page failed to load.{error.digest && <> Reference <code>{error.digest}</code>.</>}</>}
      action={<Button variant="secondary" onClick={reset}>Try again</Button>}
      data-testid="page-error"
    />
  );
}
