import type { Fixture } from '../../server/access-matrix.fixtures';

/** The IATI import's row in the authorization matrix (src/server/access-matrix.test.ts): a one-fund file. */
export const iatiImportFixtures: Record<string, Fixture> = {
  'POST /api/v1/trust-funds/iati-imports': {
    prepare: ({ n }) => ({
      url: '/api/v1/trust-funds/iati-imports',
      headers: { 'content-type': 'application/xml' },
      payload: Buffer.from(
        `<iati-activities version="2.03"><iati-activity default-currency="EUR" hierarchy="1">` +
          `<iati-identifier>XI-IATI-ENTENTE-DEMO-IMP-M${n}</iati-identifier>` +
          `<title><narrative xml:lang="en">Imported matrix fund ${n}</narrative></title>` +
          `<activity-status code="2"/></iati-activity></iati-activities>`,
      ),
    }),
  },
};
