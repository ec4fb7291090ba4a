import { RecordHistory } from '../audit/record-history';
import { usePartnerHistory } from './partners.api';

export function PartnerHistory({ partnerId }: { partnerId: string }) {
  return <RecordHistory history={usePartnerHistory(partnerId)} />;
}
