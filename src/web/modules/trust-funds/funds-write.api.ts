import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { organisationBodySchema } from '../../../modules/trust-funds/trust-funds.schemas';
import { api, apiRequest, etagFor } from '../../lib/api-client';
import { type Fund, type FundInput, type Organisation, trustFundKeys } from './trust-funds.api';

/** What the organisation form sends (the server fills the defaults it leaves out). */
export type OrganisationInput = z.input<typeof organisationBodySchema>;

/** Replaces a fund (PUT with If-Match of the version shown): a 412 says someone changed it meanwhile. */
export function useUpdateFund() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, body }: { current: Fund; body: FundInput }) =>
      (
        await apiRequest<Fund>('PUT', `/trust-funds/${encodeURIComponent(current.id)}`, {
          body,
          ifMatch: etagFor(current.id, current.version),
        })
      ).data,
    onSuccess: (fund) => {
      client.setQueryData(trustFundKeys.fund(fund.id), fund);
      // Projects and transactions show the fund's code and name.
      void client.invalidateQueries({ queryKey: trustFundKeys.all });
    },
  });
}

/** Adds a donor, a lead nation or an agency; the pickers then list it. */
export function useCreateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationInput) => api.post<Organisation>('/organisations', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: trustFundKeys.organisations }),
  });
}

/** Replaces an organisation (PUT with If-Match of the version shown): a 412 says someone changed it meanwhile. */
export function useUpdateOrganisation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ current, body }: { current: Organisation; body: OrganisationInput }) =>
      (
        await apiRequest<Organisation>('PUT', `/organisations/${encodeURIComponent(current.id)}`, {
          body,
          ifMatch: etagFor(current.id, current.version),
        })
      ).data,
    // Funds, projects and transactions show organisations' names.
    onSuccess: () => void client.invalidateQueries({ queryKey: trustFundKeys.all }),
  });
}

/** The latest version of an organisation, after a stale-write refusal. */
export function fetchOrganisation(id: string): Promise<Organisation> {
  return api.get<Organisation>(`/organisations/${encodeURIComponent(id)}`);
}
