import '@mantine/core/styles.css';
import { createTheme, CSSVariablesResolver, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { WEB_PAGES } from '@auditflow/domain';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { Layout } from './components/layout';
import { AuditPage, AuditNotFound } from './pages/audit';
import { AuditorsPage } from './pages/auditors';
import { AuditsPage } from './pages/audits';
import { FollowUpsPage } from './pages/follow-ups';
import { LaunchAuditPage } from './pages/launch-audit';
import { MyTasksPage } from './pages/my-tasks';
import { PeoplePage } from './pages/people';
import { ProgrammePage } from './pages/programme';
import { TaskPage } from './pages/task';
import { TokensPage } from './pages/tokens';
import { SessionProvider } from './session';
import { StepOutcomeProvider } from './steps/step-outcome';

// Darker shades than Mantine's default so links and filled badges keep a 4.5:1 contrast on white (WCAG AA).
// Whoever asks their system for less motion gets none: panels and menus open at once.
const theme = createTheme({ primaryShade: { light: 8, dark: 5 }, respectReducedMotion: true });
// Mantine's "dimmed" grey (descriptions) and error red are below 4.5:1 on white; darker shades are not.
const contrast: CSSVariablesResolver = (current) => ({ variables: {}, light: { '--mantine-color-dimmed': current.colors.gray[7], '--mantine-color-error': current.colors.red[8] }, dark: {} });

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: true } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={contrast}>
      <QueryClientProvider client={queryClient}>
        <SessionProvider>
          <BrowserRouter>
            <StepOutcomeProvider>
              <Layout>
                <Routes>
                  <Route path={WEB_PAGES.myTasks} element={<MyTasksPage />} />
                  <Route path={WEB_PAGES.audits} element={<AuditsPage />} />
                  <Route path={WEB_PAGES.audit} element={<AuditPage />} />
                  <Route path={WEB_PAGES.task} element={<TaskPage />} />
                  <Route path={WEB_PAGES.launchAudit} element={<LaunchAuditPage />} />
                  <Route path={WEB_PAGES.programme} element={<ProgrammePage />} />
                  <Route path={WEB_PAGES.followUps} element={<FollowUpsPage />} />
                  <Route path={WEB_PAGES.auditors} element={<AuditorsPage />} />
                  <Route path={WEB_PAGES.people} element={<PeoplePage />} />
                  <Route path={WEB_PAGES.tokens} element={<TokensPage />} />
                  <Route path="*" element={<AuditNotFound />} />
                </Routes>
              </Layout>
            </StepOutcomeProvider>
          </BrowserRouter>
        </SessionProvider>
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
