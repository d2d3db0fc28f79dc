// End-to-end check of the login flow against a running Passerelle (SPA + API + Keycloak).
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

const settings = {
  baseUrl: (process.env.BASE_URL || 'http://localhost:8081').replace(/\/+$/, ''),
  username: process.env.E2E_USERNAME || 'employeur@demo.passerelle.fr',
  password: process.env.E2E_PASSWORD || 'demo',
  expectedName: process.env.E2E_EXPECTED_NAME || 'Émilie Durand',
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
};

const STEP_TIMEOUT_MS = 60_000;
const KEYCLOAK_REALM_PATH = '/realms/passerelle/';
const KEYCLOAK_FEEDBACK = '#input-error, .kc-feedback-text, .pf-m-danger, .alert-error';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SCREENSHOT_DIR = fileURLToPath(new URL('../target/e2e/', import.meta.url));

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

async function waitForKeycloakLoginPage(page) {
  await page.locator('#username').waitFor();
  if (!page.url().includes(KEYCLOAK_REALM_PATH)) {
    throw new Error(`expected a URL containing ${KEYCLOAK_REALM_PATH}, got ${page.url()}`);
  }
}

async function submitKeycloakLogin(page) {
  await page.locator('#username').fill(settings.username);
  await page.locator('#password').fill(settings.password);
  await page.locator('#kc-login').click();
  const appOrigin = new URL(settings.baseUrl).origin;
  const feedback = page.locator(KEYCLOAK_FEEDBACK).first();
  const backToApp = page.waitForURL((url) => url.origin === appOrigin).then(() => true);
  const refused = feedback.waitFor({ timeout: 0 }).then(() => false);
  refused.catch(() => {});
  if (!(await Promise.race([backToApp, refused]))) {
    backToApp.catch(() => {});
    throw new Error(`Keycloak refused the login: ${(await feedback.innerText()).trim()}`);
  }
}

async function assertAccessible(page) {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(
    async (tags) => (await window.axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
    AXE_TAGS,
  );
  if (violations.length > 0) {
    throw new Error(`${violations.length} accessibility violation(s):\n${violations.map(formatViolation).join('\n')}`);
  }
}

function formatViolation(violation) {
  const nodes = violation.nodes
    .map((node) => `      at ${node.target.join(' ')}\n        ${node.failureSummary.replace(/\n/g, '\n        ')}`)
    .join('\n');
  return `  - [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
}

async function step(description, action) {
  process.stdout.write(`- ${description} … `);
  try {
    await action();
  } catch (error) {
    console.log('FAILED');
    throw new Error(`Step "${description}" failed: ${error.message}`, { cause: error });
  }
  console.log('ok');
}

async function launchChromium() {
  try {
    return await chromium.launch({ executablePath: settings.chromiumPath, args: CHROMIUM_ARGS });
  } catch (error) {
    throw new Error(`Could not launch Chromium at ${settings.chromiumPath}: ${error.message}`);
  }
}

function recordBrowserErrors(page) {
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(`console: ${message.text()}`));
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) =>
    errors.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`),
  );
  return errors;
}

function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim();
}

async function saveScreenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}

async function runFlow(name, flow) {
  console.log(`E2E ${name} against ${settings.baseUrl} as ${settings.username}`);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ locale: 'fr-FR' });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await context.newPage();
    const browserErrors = recordBrowserErrors(page);
    try {
      await flow(page);
    } catch (error) {
      console.error(`\nE2E ${name} FAILED at ${page.url()}\n${error.message}`);
      const alerts = (await page.getByRole('alert').allInnerTexts().catch(() => [])).map(oneLine);
      if (alerts.length > 0) {
        console.error(`Alerts on the page:\n  ${alerts.join('\n  ')}`);
      }
      if (browserErrors.length > 0) {
        console.error(`Browser errors:\n  ${browserErrors.join('\n  ')}`);
      }
      console.error(`Screenshot: ${await saveScreenshot(page, `${name}-failure`).catch((e) => `not saved (${e.message})`)}`);
      return false;
    }
    console.log(`E2E ${name} passed`);
    return true;
  } finally {
    await browser.close();
  }
}

try {
  process.exitCode = (await runFlow('login', loginFlow)) ? 0 : 1;
} catch (error) {
  console.error(`E2E login FAILED: ${error.message}`);
  process.exitCode = 1;
}
