import type { TFunction } from 'i18next';
import type {
  BudgetKind,
  DocumentCategory,
  FundStatus,
  IndicatorUnit,
  ProjectStatus,
  ResultType,
  TransactionType,
} from '../../../shared/enums';

export const projectStatusColor: Record<ProjectStatus, string> = {
  proposed: 'gray',
  approved: 'blue',
  in_implementation: 'teal',
  completed: 'green',
  closed: 'dark',
};

export const fundStatusColor: Record<FundStatus, string> = { open: 'teal', closed: 'gray' };

/** Pledges are promises (violet), commitments bind (blue), money in is green, money out orange/red. */
export const transactionTypeColor: Record<TransactionType, string> = {
  incoming_pledge: 'grape',
  incoming_commitment: 'blue',
  incoming_funds: 'green',
  disbursement: 'orange',
  expenditure: 'red',
};

export const projectStatusLabel = (t: TFunction, status: ProjectStatus) =>
  t(`trustFunds.projectStatus.${status}`);
export const fundStatusLabel = (t: TFunction, status: FundStatus) => t(`trustFunds.fundStatus.${status}`);
export const transactionTypeLabel = (t: TFunction, type: TransactionType) =>
  t(`trustFunds.transactionType.${type}`);
export const unitLabel = (t: TFunction, unit: IndicatorUnit) => t(`trustFunds.unit.${unit}`);
export const resultTypeLabel = (t: TFunction, type: ResultType) => t(`trustFunds.resultType.${type}`);
export const budgetKindLabel = (t: TFunction, kind: BudgetKind) => t(`trustFunds.budgetKind.${kind}`);
export const documentCategoryLabel = (t: TFunction, category: DocumentCategory) =>
  t(`trustFunds.documentCategory.${category}`);
