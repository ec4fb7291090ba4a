import { type APIRequestContext, expect } from '@playwright/test';
import { e2eAdmin } from './env';

/** Writes through the JSON API as the signed-in administrator, If-Match and CSRF token included. */
class ProgrammeApi {
  constructor(
    readonly request: APIRequestContext,
    readonly csrfToken: string,
  ) {}

  static async signIn(request: APIRequestContext) {
    const response = await request.post('/api/v1/auth/login', { data: e2eAdmin });
    expect(response.status(), await response.text()).toBe(200);
    return new ProgrammeApi(request, ((await response.json()) as { csrfToken: string }).csrfToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(`/api/v1${path}`);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }

  /** Sends a write; answers the body and the ETag the next write must send. */
  async write(method: 'POST' | 'PATCH', path: string, data: unknown, ifMatch?: string) {
    const response = await this.request.fetch(`/api/v1${path}`, {
      method,
      data,
      headers: { 'X-CSRF-Token': this.csrfToken, ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
    });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return { body: (await response.json()) as { id: string }, etag: response.headers().etag ?? '' };
  }
}

/**
 * A programme of Japan agreed as version 1, and a version 2 draft with a changed title, one more
 * activity and another number of participants: something to compare.
 */
export async function programmeWithTwoVersions(request: APIRequestContext, suffix: string) {
  const api = await ProgrammeApi.signIn(request);
  const year = new Date().getFullYear();
  const partners = await api.get<{ items: { id: string }[] }>('/partners?q=Japan');
  const partnerId = partners.items[0]?.id;
  const areas = await api.get<{ items: { id: string; code: string }[] }>('/areas');
  const areaId = areas.items.find((a) => a.code === 'CYBER')?.id;
  const menu = await api.get<{ items: { id: string; releasability: string }[] }>(
    `/menu/activities?year=${year}&eligibleFor=${partnerId}&status=published,open,closed,completed&facets=false&limit=20`,
  );
  // Public ones: `eligibleFor` does not look at releasability.
  const [first, second] = menu.items.filter((a) => a.releasability === 'public');
  if (!partnerId || !areaId || !first || !second)
    throw new Error('the demo data lacks Japan, CYBER or activities');

  const key = crypto.randomUUID();
  const created = await api.write('POST', '/programmes', {
    partnerId,
    title: { en: `Programme ${suffix}`, fr: `Programme ${suffix}` },
    period: { startsOn: `${year}-01-01`, endsOn: `${year + 1}-12-31` },
    objectives: [{ key, areaId, priority: 'high', text: { en: 'Train network defenders', fr: '' } }],
    activities: [{ activityId: first.id, objectiveKey: key, plannedParticipants: 1 }],
  });
  const v1 = created.body.id;
  let etag = created.etag;
  const agreedOn = new Date(Date.now() - 2 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  for (const body of [
    { to: 'submitted' },
    { to: 'under_review' },
    { to: 'agreed', agreedOn, agreedByPartner: 'A minister', agreedByAlliance: 'The Secretary General' },
  ]) {
    etag = (await api.write('POST', `/programmes/${v1}/transitions`, body, etag)).etag;
  }
  const draft = await api.write('POST', `/programmes/${v1}/versions`, {});
  const v2 = draft.body.id;
  await api.write(
    'PATCH',
    `/programmes/${v2}`,
    {
      title: { en: `Programme ${suffix}, renewed`, fr: `Programme ${suffix}, renouvelé` },
      activities: [
        { activityId: first.id, objectiveKey: key, plannedParticipants: 3 },
        { activityId: second.id, objectiveKey: null, plannedParticipants: 2 },
      ],
    },
    draft.etag,
  );
  return { v1, v2 };
}
