import type { TFunction } from 'i18next';
import type { PartnerKind, PartnerStatus, Releasability } from '../../../shared/enums';

export const statusColor: Record<PartnerStatus, string> = {
  active: 'green',
  suspended: 'orange',
  former: 'gray',
};

export const releasabilityColor: Record<Releasability, string> = {
  public: 'teal',
  internal: 'grape',
  releasable: 'blue',
};

export const statusLabel = (t: TFunction, status: PartnerStatus) => t(`partner.statuses.${status}`);
export const kindLabel = (t: TFunction, kind: PartnerKind) => t(`partner.kinds.${kind}`);
export const releasabilityLabel = (t: TFunction, value: Releasability) =>
  t(`partner.releasabilities.${value}`);
