import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteNav } from '../features/shell/site-nav';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Nexus Forge', template: '%s · Nexus Forge' },
  description: 'Publish, discover and run AI agents for your organisation.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#content" className="sr-only">Skip to content</a>
        <SiteNav />
        <main id="content" className="main">
          <div className="container">{children}</div>
        </main>
        <footer className="footer">
          <div className="container">
            <span>© Nexus Forge</span>
            <span>Publish and run AI agents, together.</span>
          </div>
        </footer>
      </body>
    </html>
  );
}
