import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from './auth/login-page';
import { RequireAuth, RequirePermission } from './auth/require-auth';
import { AuditPage } from './modules/audit/audit-page';
import { ActivityEditPage, ActivityNewPage } from './modules/menu/activity-form-page';
import { ActivityPage } from './modules/menu/activity-page';
import { ImportPage } from './modules/menu/import-page';
import { MenuCalendarPage } from './modules/menu/menu-calendar-page';
import { MenuCataloguePage } from './modules/menu/menu-catalogue-page';
import { IterationNominationsPage } from './modules/nominations/iteration-nominations-page';
import { NominationListPage } from './modules/nominations/nomination-list-page';
import { NominationPage } from './modules/nominations/nomination-page';
import { PartnerEditPage, PartnerNewPage } from './modules/partners/partner-form-page';
import { PartnerListPage } from './modules/partners/partner-list-page';
import { PartnerProfilePage } from './modules/partners/partner-profile-page';
import { PartnerReportRoute, ProgrammeReportRoute } from './modules/programme-report/report-routes';
import { ProgrammeDiffPage } from './modules/programmes/programme-diff-page';
import { ProgrammeEditPage, ProgrammeNewPage } from './modules/programmes/programme-form-page';
import { ProgrammeListPage } from './modules/programmes/programme-list-page';
import { ProgrammePage } from './modules/programmes/programme-page';
import { ProvidersPage } from './modules/providers/providers-page';
import { RatesPage } from './modules/rates/rates-page';
import { TaxonomyPage } from './modules/taxonomies/taxonomy-page';
import { TrustFundReportsRoute } from './modules/tf-reports/tf-report-routes';
import { TokensPage } from './modules/tokens/tokens-page';
import { FundPage } from './modules/trust-funds/fund-page';
import { IatiImportPage } from './modules/trust-funds/iati-import-page';
import { OrganisationsPage } from './modules/trust-funds/organisations-page';
import { ProjectEditPage, ProjectNewPage } from './modules/trust-funds/project-form-page';
import { ProjectPage } from './modules/trust-funds/project-page';
import { TrustFundsPage } from './modules/trust-funds/trust-funds-page';
import { UsersPage } from './modules/users/users-page';
import { AppLayout } from './shell/app-layout';
import { NotFoundPage } from './ui/not-found-page';

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/partners" replace /> },
      { path: 'login', element: <LoginPage /> },
      { path: 'partners', element: <PartnerListPage /> },
      { path: 'menu', element: <MenuCataloguePage /> },
      { path: 'menu/calendar', element: <MenuCalendarPage /> },
      { path: 'menu/activities/:id', element: <ActivityPage /> },
      {
        path: 'menu/activities/new',
        element: (
          <RequirePermission permission="menu.write">
            <ActivityNewPage />
          </RequirePermission>
        ),
      },
      {
        path: 'menu/activities/:id/edit',
        element: (
          <RequirePermission permission="menu.write">
            <ActivityEditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'menu/import',
        element: (
          <RequirePermission permission="menu.write">
            <ImportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'menu/iterations/:id/nominations',
        element: (
          <RequirePermission permission="nomination.read">
            <IterationNominationsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'nominations',
        element: (
          <RequirePermission permission="nomination.read">
            <NominationListPage />
          </RequirePermission>
        ),
      },
      {
        path: 'nominations/:id',
        element: (
          <RequirePermission permission="nomination.read">
            <NominationPage />
          </RequirePermission>
        ),
      },
      { path: 'providers', element: <ProvidersPage /> },
      {
        path: 'programmes',
        element: (
          <RequirePermission permission="programme.read">
            <ProgrammeListPage />
          </RequirePermission>
        ),
      },
      {
        path: 'programmes/new',
        element: (
          <RequirePermission permission="programme.write">
            <ProgrammeNewPage />
          </RequirePermission>
        ),
      },
      {
        path: 'programmes/:id',
        element: (
          <RequirePermission permission="programme.read">
            <ProgrammePage />
          </RequirePermission>
        ),
      },
      {
        path: 'programmes/:id/edit',
        element: (
          <RequirePermission permission="programme.write">
            <ProgrammeEditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'programmes/:id/report',
        element: (
          <RequirePermission permission="programme.read">
            <ProgrammeReportRoute />
          </RequirePermission>
        ),
      },
      {
        path: 'partners/:id/report',
        element: (
          <RequirePermission permission="programme.read">
            <PartnerReportRoute />
          </RequirePermission>
        ),
      },
      {
        path: 'programmes/:id/compare/:otherId',
        element: (
          <RequirePermission permission="programme.read">
            <ProgrammeDiffPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-funds',
        element: (
          <RequirePermission permission="trustfund.read">
            <TrustFundsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-funds/iati-import',
        element: (
          <RequirePermission permission="trustfund.write">
            <IatiImportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-funds/:id',
        element: (
          <RequirePermission permission="trustfund.read">
            <FundPage />
          </RequirePermission>
        ),
      },
      {
        path: 'organisations',
        element: (
          <RequirePermission permission="trustfund.read">
            <OrganisationsPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-fund-projects/new',
        element: (
          <RequirePermission permission="trustfund.write">
            <ProjectNewPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-fund-projects/:id',
        element: (
          <RequirePermission permission="trustfund.read">
            <ProjectPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-fund-projects/:id/edit',
        element: (
          <RequirePermission permission="trustfund.write">
            <ProjectEditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'trust-fund-reports',
        element: (
          <RequirePermission permission="trustfund.read">
            <TrustFundReportsRoute />
          </RequirePermission>
        ),
      },
      {
        path: 'exchange-rates',
        element: (
          <RequirePermission permission="trustfund.read">
            <RatesPage />
          </RequirePermission>
        ),
      },
      {
        path: 'partners/new',
        element: (
          <RequirePermission permission="partner.write">
            <PartnerNewPage />
          </RequirePermission>
        ),
      },
      { path: 'partners/:id', element: <PartnerProfilePage /> },
      {
        path: 'partners/:id/edit',
        element: (
          <RequirePermission permission="partner.write">
            <PartnerEditPage />
          </RequirePermission>
        ),
      },
      {
        path: 'tokens',
        element: (
          <RequireAuth>
            <TokensPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequirePermission permission="user.read">
            <UsersPage />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/frameworks',
        element: (
          <RequirePermission permission="taxonomy.write">
            <TaxonomyPage kind="frameworks" />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/areas',
        element: (
          <RequirePermission permission="taxonomy.write">
            <TaxonomyPage kind="areas" />
          </RequirePermission>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequirePermission permission="audit.read">
            <AuditPage />
          </RequirePermission>
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
