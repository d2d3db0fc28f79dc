// End-to-end check of the login flow against a running Passerelle (SPA + API + Keycloak).
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import { AXE_TAGS, assertAccessible, runMain, settings, step, submitKeycloakLogin, waitForKeycloakLoginPage } from './support.mjs';

async function loginFlow(page) {
  await step('open the app and get sent to the Keycloak login page', async () => {
    await page.goto(`${settings.baseUrl}/`);
    await waitForKeycloakLoginPage(page);
  });
  await step(`log in as ${settings.username}`, () => submitKeycloakLogin(page));
  await step(`see the heading "Bonjour ${settings.expectedName}"`, () =>
    page.getByRole('heading', { level: 1, name: `Bonjour ${settings.expectedName}`, exact: true }).waitFor(),
  );
  await step(`pass axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
  await step('log out and land back on the Keycloak login page', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await waitForKeycloakLoginPage(page);
  });
}

await runMain('login', loginFlow);
