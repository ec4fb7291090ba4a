import { describe, expect, it } from 'vitest';
import { checkAmount } from '../../../core/money';
import {
  checkAmountText,
  fieldOfTransactionProblem,
  isTransactionFieldPath,
  partyRole,
  type TransactionFormValues,
  toTransactionBody,
  toTransactionFormValues,
  validateTransaction,
} from './transaction-form-values';
import type { Transaction } from './trust-funds.api';

const fundId = '0b6f6c1e-2f1f-4d64-9a57-5d3f3c1f2a10';
const donorId = '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99';
const projectId = '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d';
const pledgeId = '7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a';
const options = { locale: 'en', requiredMessage: 'Required.' } as const;

function filled(patch: Partial<TransactionFormValues> = {}): TransactionFormValues {
  return {
    ...toTransactionFormValues(null, { currency: 'USD', valueDate: '2014-05-06' }),
    partyId: donorId,
    amount: '20000000.00',
    ...patch,
  };
}

describe('transaction form values', () => {
  it('names a donor for incoming money, a payee for an expenditure, nobody for a disbursement', () => {
    expect(partyRole('incoming_pledge')).toBe('donor');
    expect(partyRole('incoming_funds')).toBe('donor');
    expect(partyRole('expenditure')).toBe('recipient');
    expect(partyRole('disbursement')).toBe('none');
  });

  it('sends a contribution with its donor, its pledge and its earmark trimmed', () => {
    const body = toTransactionBody(
      filled({ pledgeId, earmark: { en: ' literacy programmes ', fr: '' }, currency: 'usd' }),
      fundId,
    );
    expect(body).toEqual({
      fundId,
      projectId: null,
      type: 'incoming_funds',
      partyId: donorId,
      amount: '20000000.00',
      currency: 'USD',
      valueDate: '2014-05-06',
      pledgeId,
      earmark: { en: 'literacy programmes', fr: '' },
      reference: '',
    });
  });

  it('drops what a change of type hides: the donor of a disbursement, the pledge of a pledge', () => {
    const disbursement = toTransactionBody(filled({ type: 'disbursement', projectId, pledgeId }), fundId);
    expect(disbursement.partyId).toBeNull();
    expect(disbursement.pledgeId).toBeNull();
    expect(disbursement.projectId).toBe(projectId);
    expect(toTransactionBody(filled({ type: 'incoming_pledge', pledgeId }), fundId).pledgeId).toBeNull();
  });

  it('starts again from a recorded transaction', () => {
    const transaction = {
      type: 'incoming_commitment',
      party: { id: donorId, kind: 'partner', name: { en: 'Japan', fr: 'Japon' } },
      project: null,
      amount: '5000000000',
      currency: 'JPY',
      valueDate: '2009-04-01',
      pledgeId,
      earmark: { en: 'medical supplies', fr: 'fournitures médicales' },
      reference: 'NV-12',
    } as unknown as Transaction;
    expect(toTransactionFormValues(transaction, { currency: 'EUR', valueDate: '' })).toMatchObject({
      type: 'incoming_commitment',
      partyId: donorId,
      projectId: '',
      amount: '5000000000',
      currency: 'JPY',
      pledgeId,
    });
  });

  it('requires the donor of incoming money and the project of a disbursement', () => {
    expect(validateTransaction(filled(), fundId, options)).toEqual({});
    expect(Object.keys(validateTransaction(filled({ partyId: '' }), fundId, options))).toEqual(['partyId']);
    const errors = validateTransaction(
      filled({ type: 'disbursement', partyId: '', valueDate: '' }),
      fundId,
      options,
    );
    expect(Object.keys(errors).sort()).toEqual(['projectId', 'valueDate']);
    expect(errors.projectId).toBe('Required.');
  });

  it('refuses more decimals than the currency has, naming its places', () => {
    const errors = validateTransaction(filled({ currency: 'JPY', amount: '100.5' }), fundId, options);
    expect(errors.amount).toMatch(/JPY.*0 decimal/);
    expect(validateTransaction(filled({ currency: 'XYZ' }), fundId, options).currency).toMatch(/XYZ/);
  });

  it('checks amounts exactly as the server does', () => {
    const cases: [string, string][] = [
      ['20000000.00', 'USD'],
      ['12.345', 'USD'],
      ['100.5', 'JPY'],
      ['100', 'JPY'],
      ['1.234', 'BHD'],
      ['0', 'EUR'],
      ['0.00', 'EUR'],
      ['-5', 'EUR'],
      ['-0', 'EUR'],
      ['1e5', 'EUR'],
      ['1,5', 'EUR'],
      ['', 'EUR'],
      ['1234567890123456', 'EUR'],
      ['000001234567890123.45', 'EUR'],
      ['5', 'ABC'],
    ];
    for (const [text, currency] of cases) {
      const server = checkAmount(text, currency, { allowNegative: false, allowZero: false });
      const browser = checkAmountText(text, currency);
      expect(browser?.code ?? 'ok', `${text} ${currency}`).toBe(server.ok ? 'ok' : server.code);
      if (!server.ok) expect(browser?.params).toEqual(server.params);
    }
  });

  it('puts each server problem under its field, and the balance in the alert', () => {
    expect(isTransactionFieldPath('amount')).toBe(true);
    expect(isTransactionFieldPath('earmark.fr')).toBe(true);
    expect(isTransactionFieldPath('fundId')).toBe(false);
    expect(fieldOfTransactionProblem('rate.missing', { currency: 'JPY', date: '2014-05-06' })).toBe(
      'valueDate',
    );
    expect(fieldOfTransactionProblem('tf_transaction.donor_required', undefined)).toBe('partyId');
    expect(fieldOfTransactionProblem('tf_transaction.bad_pledge', undefined)).toBe('pledgeId');
    expect(fieldOfTransactionProblem('organisation.unknown', { field: 'partyId' })).toBe('partyId');
    expect(fieldOfTransactionProblem('tf_transaction.over_balance', { balance: '1' })).toBeNull();
  });
});
