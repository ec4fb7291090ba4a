import { lazy, Suspense } from 'react';
import { LoadingState } from '../../ui/loading-state';

/**
 * The trust-fund reports page, loaded on first visit like the programme report: it draws charts, and
 * the chart library is larger than the rest of the app's own code.
 */
const TrustFundReportsPage = lazy(() =>
  import('./tf-reports-page').then((m) => ({ default: m.TrustFundReportsPage })),
);

export function TrustFundReportsRoute() {
  return (
    <Suspense fallback={<LoadingState />}>
      <TrustFundReportsPage />
    </Suspense>
  );
}
