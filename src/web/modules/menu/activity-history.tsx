import { RecordHistory } from '../audit/record-history';
import { useActivityHistory } from './menu.api';

/** The audit trail of one activity (staff, or its own provider: the server says who). */
export function ActivityHistory({ activityId }: { activityId: string }) {
  return <RecordHistory history={useActivityHistory(activityId, true)} />;
}
