import type { Clock } from '../core/clock';
import type { RequestContext } from '../core/context';
import { randomSecret } from '../core/secrets';
import type { Database, Executor } from '../db/client';
import { applyPartnerUpdate, insertPartner } from '../modules/partners/partners.service';
import { insertProvider } from '../modules/providers/providers.service';
import { insertTermWithAudit } from '../modules/taxonomies/taxonomies.service';
import { defaultMoneySettings, type MoneySettings } from '../modules/trust-funds/tf-money';
import { insertUser } from '../modules/users/users.service';
import type { Role } from '../shared/enums';
import { seedDemoMenu } from './demo-menu';
import { seedDemoNominations } from './demo-nominations';
import { type DemoPartner, japan, otherPartners } from './demo-partners';
import { seedDemoProgrammes } from './demo-programmes';
import { demoAreas, demoFrameworks, demoProviders } from './demo-taxonomies';
import { seedDemoTrustFunds } from './demo-trust-funds';

/** The actor that writes the demo data: its audit events say "system". */
export const systemContext: RequestContext = {
  actor: {
    userId: null,
    label: 'system',
    role: 'admin',
    partnerId: null,
    providerId: null,
    locale: 'en',
    via: 'anonymous',
  },
  requestId: 'seed',
  ip: null,
};

export interface DemoAccount {
  email: string;
  role: Role;
  displayName: string;
}

interface Ids {
  frameworks: Map<string, string>;
  areas: Map<string, string>;
  partners: Map<string, string>;
  providers: Map<string, string>;
}

export async function seedTaxonomies(tx: Executor, clock: Clock): Promise<Omit<Ids, 'partners'>> {
  const frameworks = new Map<string, string>();
  for (const f of demoFrameworks) {
    const term = await insertTermWithAudit(tx, systemContext, clock, 'framework', {
      code: f.code,
      name: { ...f.name },
      description: { ...f.description },
      sinceYear: f.sinceYear,
      active: true,
    });
    frameworks.set(f.code, term.id);
  }
  const areas = new Map<string, string>();
  for (const a of demoAreas) {
    const term = await insertTermWithAudit(tx, systemContext, clock, 'area', {
      code: a.code,
      name: { ...a.name },
      description: { en: '', fr: '' },
      active: true,
    });
    areas.set(a.code, term.id);
  }
  const providers = new Map<string, string>();
  for (const p of demoProviders) {
    const row = await insertProvider(tx, {
      code: p.code,
      nameEn: p.name.en,
      nameFr: p.name.fr,
      kind: p.kind,
      countryCode: p.countryCode,
      contactName: p.contactName,
      contactEmail: p.contactEmail,
      contactPhone: p.contactPhone,
      website: p.website,
    });
    providers.set(p.code, row.id);
  }
  return { frameworks, areas, providers };
}

export async function seedPartner(tx: Executor, clock: Clock, ids: Ids, p: DemoPartner) {
  const partner = await insertPartner(tx, systemContext, clock, {
    isoCode: p.isoCode,
    kind: p.kind,
    name: p.name,
    summary: p.summary ?? { en: '', fr: '' },
    status: p.status,
    relationsSinceYear: p.relationsSinceYear,
    // A partner may be shown to partners not yet registered: those are resolved after all exist.
    releasability: p.releasability === 'releasable' ? 'internal' : p.releasability,
    releasableTo: [],
    frameworks: p.frameworks.map(([code, joinedOn]) => ({
      frameworkId: ids.frameworks.get(code)!,
      joinedOn,
      leftOn: null,
    })),
    areaIds: (p.areas ?? []).map((code) => ids.areas.get(code)!),
    milestones: (p.milestones ?? []).map((m) => ({ ...m, description: m.description ?? { en: '', fr: '' } })),
  });
  if (p.isoCode) ids.partners.set(p.isoCode, partner.id);
  return partner;
}

/**
 * Loads the demo data set in one transaction: Japan as the seed page tells it, other partners,
 * the taxonomies, providers, the 2014 and current-year menus, and one account per role. Returns the
 * demo accounts' shared password.
 */
export async function loadDemoData(db: Database, clock: Clock, money: MoneySettings = defaultMoneySettings) {
  const password = `demo-${randomSecret(9)}`;
  const accounts: DemoAccount[] = [];
  await db.transaction(async (tx) => {
    const ids: Ids = { ...(await seedTaxonomies(tx, clock)), partners: new Map() };
    const all = [japan, ...otherPartners];
    for (const p of all) await seedPartner(tx, clock, ids, p);
    for (const p of all.filter((x) => x.releasability === 'releasable')) {
      await applyPartnerUpdate(tx, systemContext, clock, ids.partners.get(p.isoCode!)!, 1, {
        releasability: 'releasable',
        releasableTo: (p.releasableToIso ?? []).map((iso) => ids.partners.get(iso)!),
      });
    }
    await seedDemoMenu(tx, clock, ids);
    const programmes = await seedDemoProgrammes(tx, systemContext, clock, ids);
    await seedDemoNominations(tx, clock, ids, programmes);
    await seedDemoTrustFunds(tx, systemContext, clock, money);
    const people: (DemoAccount & { partnerIso?: string; providerCode?: string })[] = [
      { email: 'staff@demo.entente.example', role: 'staff_officer', displayName: 'Claire Dubois' },
      { email: 'funds@demo.entente.example', role: 'trust_fund_manager', displayName: 'Henrik Larsen' },
      {
        email: 'provider@demo.entente.example',
        role: 'activity_provider',
        displayName: 'Anna Weber',
        providerCode: 'NSO',
      },
      {
        email: 'japan@demo.entente.example',
        role: 'partner_liaison',
        displayName: 'Kenji Sato',
        partnerIso: 'JP',
      },
      {
        email: 'georgia@demo.entente.example',
        role: 'partner_liaison',
        displayName: 'Nino Beridze',
        partnerIso: 'GE',
      },
      { email: 'viewer@demo.entente.example', role: 'viewer', displayName: 'Marco Rossi' },
    ];
    for (const person of people) {
      await insertUser(tx, systemContext, clock, {
        email: person.email,
        displayName: person.displayName,
        role: person.role,
        locale: person.partnerIso === 'JP' ? 'en' : 'fr',
        password,
        mustChangePassword: false,
        partnerId: person.partnerIso ? ids.partners.get(person.partnerIso) : null,
        providerId: person.providerCode ? ids.providers.get(person.providerCode) : null,
      });
      accounts.push({ email: person.email, role: person.role, displayName: person.displayName });
    }
  });
  return { password, accounts };
}
