import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Allowed, RequireSetup, RequireSignIn } from './guards.js';
import { PublicLayout } from './layout/public-layout.js';

const SetupPage = lazy(() => import('./pages/setup-page.js'));
const SignInPage = lazy(() => import('./pages/sign-in-page.js'));
const ForgotPasswordPage = lazy(() => import('./pages/forgot-password-page.js'));
const SetPasswordPage = lazy(() => import('./pages/set-password-page.js'));
const DashboardPage = lazy(() => import('./pages/dashboard-page.js'));
const InnovationsPage = lazy(() => import('./pages/innovations-page.js'));
const InnovationPage = lazy(() => import('./pages/innovation-page.js'));
const RegionAspectPage = lazy(() => import('./pages/region-aspect-page.js'));
const ReviewInboxPage = lazy(() => import('./pages/review-inbox-page.js'));
const MonitoringPage = lazy(() => import('./pages/monitoring-page.js'));
const SimulatorPage = lazy(() => import('./pages/simulator-page.js'));
const PeriodsPage = lazy(() => import('./pages/periods-page.js'));
const PeriodPage = lazy(() => import('./pages/period-page.js'));
const MasterDataPage = lazy(() => import('./pages/master-data-page.js'));
const UnitsPage = lazy(() => import('./pages/units-page.js'));
const UsersPage = lazy(() => import('./pages/users-page.js'));
const AuditPage = lazy(() => import('./pages/audit-page.js'));
const OutboxPage = lazy(() => import('./pages/outbox-page.js'));
const RegionPage = lazy(() => import('./pages/region-page.js'));
const AnnouncementsPage = lazy(() => import('./pages/announcements-page.js'));
const RegisterPage = lazy(() => import('./pages/register-page.js'));
const VerifyEmailPage = lazy(() => import('./pages/verify-email-page.js'));
const MyIdeasPage = lazy(() => import('./pages/my-ideas-page.js'));
const IdeaModerationPage = lazy(() => import('./pages/idea-moderation-page.js'));
const LabPage = lazy(() => import('./pages/lab-page.js'));
const LabCohortPage = lazy(() => import('./pages/lab-cohort-page.js'));
const ContestsAdminPage = lazy(() => import('./pages/contests-admin-page.js'));
const ContestAdminPage = lazy(() => import('./pages/contest-admin-page.js'));
const JudgingPage = lazy(() => import('./pages/judging-page.js'));
const JudgingRoundPage = lazy(() => import('./pages/judging-round-page.js'));
const JudgingEntryPage = lazy(() => import('./pages/judging-entry-page.js'));
const MyContestsPage = lazy(() => import('./pages/my-contests-page.js'));
const MyEntryPage = lazy(() => import('./pages/my-entry-page.js'));
const NotFoundPage = lazy(() => import('./pages/not-found-page.js'));

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RequireSetup />}>
        <Route element={<PublicLayout wide />}>
          <Route path="/setup" element={<SetupPage />} />
        </Route>
        <Route element={<PublicLayout />}>
          <Route path="/masuk" element={<SignInPage />} />
          <Route path="/lupa-sandi" element={<ForgotPasswordPage />} />
          <Route path="/atur-sandi" element={<SetPasswordPage />} />
          <Route path="/daftar" element={<RegisterPage />} />
          <Route path="/verifikasi-email" element={<VerifyEmailPage />} />
        </Route>
        <Route element={<RequireSignIn />}>
          <Route path="/dasbor" element={<DashboardPage />} />
          <Route path="/registri" element={<Allowed page="innovations"><InnovationsPage /></Allowed>} />
          <Route path="/registri/:id" element={<Allowed page="innovations"><InnovationPage /></Allowed>} />
          <Route path="/aspek-daerah" element={<Allowed page="regionAspect"><RegionAspectPage /></Allowed>} />
          <Route path="/verifikasi" element={<Allowed page="review"><ReviewInboxPage /></Allowed>} />
          <Route path="/pemantauan" element={<Allowed page="monitoring"><MonitoringPage /></Allowed>} />
          <Route path="/simulasi" element={<Allowed page="simulator"><SimulatorPage /></Allowed>} />
          <Route path="/periode" element={<Allowed page="periods"><PeriodsPage /></Allowed>} />
          <Route path="/periode/:id" element={<Allowed page="periods"><PeriodPage /></Allowed>} />
          <Route path="/data-master" element={<Allowed page="masterData"><MasterDataPage /></Allowed>} />
          <Route path="/unit" element={<Allowed page="units"><UnitsPage /></Allowed>} />
          <Route path="/pengguna" element={<Allowed page="users"><UsersPage /></Allowed>} />
          <Route path="/audit" element={<Allowed page="audit"><AuditPage /></Allowed>} />
          <Route path="/kotak-surat" element={<Allowed page="outbox"><OutboxPage /></Allowed>} />
          <Route path="/pemda" element={<Allowed page="region"><RegionPage /></Allowed>} />
          <Route path="/kelola-pengumuman" element={<Allowed page="announcements"><AnnouncementsPage /></Allowed>} />
          <Route path="/ide-saya" element={<Allowed page="myIdeas"><MyIdeasPage /></Allowed>} />
          <Route path="/moderasi-ide" element={<Allowed page="ideaModeration"><IdeaModerationPage /></Allowed>} />
          <Route path="/lab" element={<Allowed page="lab"><LabPage /></Allowed>} />
          <Route path="/lab/:id" element={<Allowed page="lab"><LabCohortPage /></Allowed>} />
          <Route path="/kelola-lomba" element={<Allowed page="contests"><ContestsAdminPage /></Allowed>} />
          <Route path="/kelola-lomba/:id" element={<Allowed page="contests"><ContestAdminPage /></Allowed>} />
          <Route path="/penjurian" element={<Allowed page="judging"><JudgingPage /></Allowed>} />
          <Route path="/penjurian/:roundId" element={<Allowed page="judging"><JudgingRoundPage /></Allowed>} />
          <Route path="/penjurian/:roundId/:entryId" element={<Allowed page="judging"><JudgingEntryPage /></Allowed>} />
          <Route path="/lomba-saya" element={<Allowed page="myContests"><MyContestsPage /></Allowed>} />
          <Route path="/lomba-saya/:id" element={<Allowed page="myContests"><MyEntryPage /></Allowed>} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
