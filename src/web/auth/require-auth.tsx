import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoadingState } from '../ui/loading-state';
import { NotFoundPage } from '../ui/not-found-page';
import { type Permission, useSession } from './session';

/** Sends a signed-out visitor to the sign-in page, then back here. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, isPending } = useSession();
  const location = useLocation();
  if (isPending) return <LoadingState />;
  if (!me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return children;
}

/** Without the permission the page does not exist for this user (no hint that it might). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useSession();
  return <RequireAuth>{can(permission) ? children : <NotFoundPage />}</RequireAuth>;
}
