import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/layout/site-header';
import { SkipLink } from '@/components/layout/skip-link';
import { ThemeScript } from '@/components/layout/theme-script';
import { ProgressNotices } from '@/components/progress/progress-notices';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Stagecraft', template: '%s · Stagecraft' },
  description:
    'Learn Docker multi-stage builds by reading, answering and editing real Dockerfiles.',
  // The SVG for browsers that take one; favicon.ico (the same mark, 32 px) for the rest, and for
  // the /favicon.ico that browsers request on their own.
  icons: {
    icon: [
      { url: '/icon.svg', type: 'image/svg+xml' },
      { url: '/favicon.ico', sizes: '32x32' },
    ],
  },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <SkipLink />
        <SiteHeader />
        <ProgressNotices />
        <main id="main" tabIndex={-1} className="focus:outline-none">
          {children}
        </main>
        <footer className="mt-16 border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
          Stagecraft: learn Docker multi-stage builds by doing.
        </footer>
      </body>
    </html>
  );
}
