import { useEffect } from 'react';
import type { RatesUsed } from './tf-reports.api';

/**
 * Tells the page the base currency once a money report has answered: the reporting-currency select
 * shows it when the address names no currency (the server's default).
 */
export function useReportBase(report: { rates: RatesUsed } | undefined, onBase: (base: string) => void) {
  const base = report?.rates.baseCurrency;
  useEffect(() => {
    if (base) onBase(base);
  }, [base, onBase]);
}
