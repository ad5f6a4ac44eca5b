import type { ReactNode } from 'react';
import { ConsoleNav } from '../../features/console/console-nav';

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <ConsoleNav />
      {children}
    </>
  );
}
