import type { APIRequestContext } from '@playwright/test';
import { e2eAdmin } from './env';
import { Api, uniqueSuffix } from './support/api';

/** A day `days` after today, as the API writes dates. */
const inDays = (days: number) => {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

export interface NominationWorld {
  suffix: string;
  staff: { email: string; password: string };
  provider: { email: string; password: string };
  liaison: { email: string; password: string };
  activityId: string;
  iterationId: string;
  code: string;
}

/**
 * Arranged as an administrator's script would: a staff officer, an NSO provider account and a Japan
 * liaison; the staff officer creates an NSO course of this year's menu that needs a second approval,
 * with one iteration of one seat, and opens it. The iteration starts in five weeks, its deadline in
 * three: well before the seat release (two weeks before the start).
 */
export async function arrangeNominationWorld(
  newRequest: () => Promise<APIRequestContext>,
  options: { seats?: number; secondApproval?: boolean; liaisonLocale?: 'en' | 'fr' } = {},
): Promise<NominationWorld> {
  const suffix = uniqueSuffix().toUpperCase();
  const password = 'nomination-password-2026';
  const staff = { email: `staff-${suffix}@e2e.entente.example`, password };
  const provider = { email: `provider-${suffix}@e2e.entente.example`, password };
  const liaison = { email: `liaison-${suffix}@e2e.entente.example`, password };

  const adminRequest = await newRequest();
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const nso = await admin.providerId('NSO');
  await admin.createUser({ ...staff, displayName: `Staff ${suffix}`, role: 'staff_officer' });
  await admin.createUser({
    ...provider,
    displayName: `NSO registrar ${suffix}`,
    role: 'activity_provider',
    providerId: nso,
  });
  await admin.createUser({
    ...liaison,
    displayName: `Japan liaison ${suffix}`,
    role: 'partner_liaison',
    partnerId: await admin.partnerId('Japan'),
    locale: options.liaisonLocale ?? 'en',
  });
  await adminRequest.dispose();

  const staffRequest = await newRequest();
  const staffApi = await Api.signIn(staffRequest, staff);
  const areas = await staffApi.get<{ items: { id: string; code: string }[] }>('/areas');
  const cyber = areas.items.find((area) => area.code === 'CYBER');
  if (!cyber) throw new Error('the demo data has no CYBER area');
  const code = `NSO.NOM-${suffix}`;
  const activity = await staffApi.post<{ id: string; iterations: { id: string }[] }>('/menu/activities', {
    year: new Date().getUTCFullYear(),
    code,
    providerId: nso,
    kind: 'course',
    title: { en: `Cyber incident handling ${suffix}`, fr: `Gestion des incidents cyber ${suffix}` },
    areaIds: [cyber.id],
    languages: ['en', 'fr'],
    secondApproval: options.secondApproval ?? true,
    iterations: [
      {
        startsOn: inDays(35),
        endsOn: inDays(39),
        city: 'Oberammergau',
        countryCode: 'DE',
        seats: options.seats ?? 1,
        nominationDeadline: inDays(21),
      },
    ],
  });
  await staffApi.moveActivity(activity.id, 'published');
  await staffApi.moveActivity(activity.id, 'open');
  await staffRequest.dispose();
  const iterationId = activity.iterations[0]?.id;
  if (!iterationId) throw new Error('the activity came without its iteration');
  return { suffix, staff, provider, liaison, activityId: activity.id, iterationId, code };
}
