import Link from 'next/link';
import { EmptyState } from '@nexus/ui/empty-state';
import { buttonClassName } from '@nexus/ui/button';

export default function NotFound() {
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      description="The page you are looking for does not exist or has moved."
      action={<Link href="/marketplace" className={buttonClassName('secondary')}>Browse the marketplace</Link>}
    />
  );
}
