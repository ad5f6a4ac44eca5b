import type { ReactNode } from 'react';
import { ConsoleHeader } from '../../features/console/console-header';

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <ConsoleHeader />
      {children}
    </>
  );
}
