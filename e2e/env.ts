/** Settings shared by playwright.config.ts and the specs. */
export const port = Number(process.env.E2E_PORT ?? 8181);
export const baseURL = `http://localhost:${port}`;

/** The administrator the test server creates at start-up (see e2e/start-server.mjs). */
export const e2eAdmin = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.entente.example',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'e2e-admin-password-2026',
};
