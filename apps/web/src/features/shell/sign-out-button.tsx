'use client';
import { useRouter } from 'next/navigation';
import { Button } from '@nexus/ui/button';
import { clearToken } from '../../lib/session-client';

export function SignOutButton() {
  const router = useRouter();
  return (
    <Button
      variant="ghost"
      size="sm"
      data-testid="sign-out"
      onClick={() => {
        clearToken();
        router.push('/signin');
        // The nav lives in the root layout, which a navigation alone does not re-render.
        router.refresh();
      }}
    >
      Sign out
    </Button>
  );
}
