import { expect, test } from '@playwright/test';
import { e2eAdmin } from './env';
import { LoginPage } from './pages/login-page';
import { PartnerListPage } from './pages/partner-list-page';
import { PartnerProfilePage } from './pages/partner-profile-page';
import { Api, uniqueSuffix } from './support/api';

test('a partner liaison sees its own partner and public ones, never an internal or foreign one', async ({
  page,
  playwright,
  baseURL,
}) => {
  // Arrange as an administrator would, through the API: the liaison's own partner (releasable to
  // itself), a foreign partner released to nobody else, and the liaison's account.
  const adminRequest = await playwright.request.newContext({ baseURL });
  const admin = await Api.signIn(adminRequest, e2eAdmin);
  const suffix = uniqueSuffix();
  const own = await admin.createPartner({
    name: { en: `Liaison Org ${suffix}`, fr: `Org de liaison ${suffix}` },
    releasability: 'internal',
  });
  await admin.makeReleasableToItself(own.id);
  const foreign = await admin.createPartner({
    name: { en: `Foreign Org ${suffix}`, fr: `Org étrangère ${suffix}` },
    releasability: 'internal',
  });
  const liaison = { email: `liaison-${suffix}@e2e.entente.example`, password: 'liaison-password-2026' };
  await admin.createUser({
    ...liaison,
    displayName: `Liaison ${suffix}`,
    role: 'partner_liaison',
    partnerId: own.id,
  });
  await adminRequest.dispose();

  const login = new LoginPage(page);
  await login.signIn(liaison, 'en');
  await expect(page.getByTestId('current-user-role')).toHaveText(/Partner liaison/i);
  // No administration for a liaison.
  await expect(login.shell.nav().getByRole('link', { name: 'Users' })).toHaveCount(0);

  const list = new PartnerListPage(page);
  await list.goto();
  await list.search(suffix);
  await expect(list.partnerLink(`Liaison Org ${suffix}`)).toBeVisible();
  await expect(list.partnerLink(`Foreign Org ${suffix}`)).toHaveCount(0);

  await list.search('japan');
  await expect(list.partnerLink('Japan')).toBeVisible();
  await list.search('russia');
  await expect(list.partnerLink('Russia')).toHaveCount(0);
  await expect(page.getByText('No partner matches these criteria.')).toBeVisible();

  const profile = new PartnerProfilePage(page);
  await profile.goto(own.id);
  await expect(profile.title()).toHaveText(`Liaison Org ${suffix}`);
  await expect(profile.editButton()).toHaveCount(0);
  await expect(profile.history()).toHaveCount(0);

  // The foreign partner's address leads to the same page as an address that never existed.
  await page.goto(`/partners/${foreign.id}`);
  await expect(profile.notFound()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByText(`Foreign Org ${suffix}`)).toHaveCount(0);
});
