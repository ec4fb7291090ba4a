import { lazy, Suspense } from 'react';
import { LoadingState } from '../../ui/loading-state';

/**
 * The report pages, loaded on first visit: the chart library (recharts, through @mantine/charts) is
 * larger than the rest of the app's own code, and only these pages draw charts.
 */
const ProgrammeReportPage = lazy(() =>
  import('./programme-report-page').then((m) => ({ default: m.ProgrammeReportPage })),
);
const PartnerReportPage = lazy(() =>
  import('./partner-report-page').then((m) => ({ default: m.PartnerReportPage })),
);

export function ProgrammeReportRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <ProgrammeReportPage />
    </Suspense>
  );
}

export function PartnerReportRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <PartnerReportPage />
    </Suspense>
  );
}
