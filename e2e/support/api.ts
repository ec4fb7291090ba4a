import { type APIRequestContext, expect } from '@playwright/test';

/**
 * The JSON API, for arranging test data the way an administrator's script would.
 * Cookies live in the request context; mutating calls send the CSRF token from sign-in.
 */
export class Api {
  private constructor(
    readonly request: APIRequestContext,
    private readonly csrfToken: string,
  ) {}

  /** Signs in through the API; a browser context's `request` shares its cookies with the pages. */
  static async signIn(request: APIRequestContext, credentials: { email: string; password: string }) {
    const response = await request.post('/api/v1/auth/login', { data: credentials });
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as { csrfToken: string };
    return new Api(request, body.csrfToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await this.request.get(`/api/v1${path}`);
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }

  async post<T>(path: string, data: unknown): Promise<T> {
    const response = await this.request.post(`/api/v1${path}`, {
      data,
      headers: { 'X-CSRF-Token': this.csrfToken },
    });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as T;
  }

  async patch<T>(path: string, data: unknown, etag: string): Promise<T> {
    const response = await this.request.patch(`/api/v1${path}`, {
      data,
      headers: { 'X-CSRF-Token': this.csrfToken, 'If-Match': etag },
    });
    expect(response.status(), await response.text()).toBe(200);
    return (await response.json()) as T;
  }

  /** The signed-in user's UI language, as the language switch saves it. */
  async setLocale(locale: 'en' | 'fr'): Promise<void> {
    const response = await this.request.patch('/api/v1/me', {
      data: { locale },
      headers: { 'X-CSRF-Token': this.csrfToken },
    });
    expect(response.status(), await response.text()).toBe(200);
  }

  /** The partner's id, found by the same search the list uses. */
  partnerId(query: string): Promise<string> {
    return findPartnerId(this.request, query);
  }

  async createPartner(input: {
    name: { en: string; fr: string };
    releasability: 'public' | 'internal' | 'releasable';
    releasableTo?: string[];
  }): Promise<{ id: string }> {
    return this.post('/partners', {
      isoCode: null,
      kind: 'international_organisation',
      status: 'active',
      relationsSinceYear: 2020,
      summary: { en: '', fr: '' },
      releasableTo: [],
      frameworks: [],
      areaIds: [],
      milestones: [],
      ...input,
    });
  }

  /** Makes a partner releasable to itself (its id exists only once it is created). */
  async makeReleasableToItself(id: string): Promise<void> {
    const response = await this.request.get(`/api/v1/partners/${id}`);
    const etag = response.headers().etag;
    if (!etag) throw new Error('the partner came without an ETag');
    await this.patch(`/partners/${id}`, { releasability: 'releasable', releasableTo: [id] }, etag);
  }

  async createUser(input: {
    email: string;
    displayName: string;
    role: string;
    password: string;
    partnerId?: string;
    providerId?: string;
    locale?: 'en' | 'fr';
    mustChangePassword?: boolean;
  }): Promise<{ id: string }> {
    return this.post('/users', { locale: 'en', mustChangePassword: false, ...input });
  }

  /** The provider's id, from the provider registry. */
  async providerId(code: string): Promise<string> {
    const page = await this.get<{ items: { id: string; code: string }[] }>(
      `/providers?q=${encodeURIComponent(code)}`,
    );
    const provider = page.items.find((p) => p.code === code);
    if (!provider) throw new Error(`no provider has the code "${code}"`);
    return provider.id;
  }

  /** The id of the activity with this code in the year's menu, as the signed-in user sees it. */
  async activityId(code: string, year: number): Promise<string> {
    const page = await this.get<{ items: { id: string; code: string }[] }>(
      `/menu/activities?year=${year}&q=${encodeURIComponent(code)}&facets=false`,
    );
    const activity = page.items.find((a) => a.code === code);
    if (!activity) throw new Error(`no activity has the code "${code}" in ${year}`);
    return activity.id;
  }

  /** Moves an activity (and, by cascade, its iterations) to another status, as its status buttons do. */
  async moveActivity(id: string, to: string): Promise<void> {
    const current = await this.request.get(`/api/v1/menu/activities/${id}`);
    const etag = current.headers().etag;
    if (!etag) throw new Error('the activity came without an ETag');
    const response = await this.request.post(`/api/v1/menu/activities/${id}/transitions`, {
      data: { to },
      headers: { 'X-CSRF-Token': this.csrfToken, 'If-Match': etag },
    });
    expect(response.status(), await response.text()).toBe(200);
  }
}

/** A suffix that keeps names unique when the suite runs twice against the same server. */
export const uniqueSuffix = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;

/** The first partner the search finds, as whoever the request context is signed in as. */
export async function findPartnerId(request: APIRequestContext, query: string): Promise<string> {
  const response = await request.get(`/api/v1/partners?q=${encodeURIComponent(query)}`);
  expect(response.status()).toBe(200);
  const page = (await response.json()) as { items: { id: string }[] };
  const first = page.items[0];
  if (!first) throw new Error(`no partner matches "${query}"`);
  return first.id;
}
