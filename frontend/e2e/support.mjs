// Helpers shared by the end-to-end flows run against a running Passerelle (SPA + API + Keycloak).
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);

export const settings = {
  baseUrl: (process.env.BASE_URL || 'http://localhost:8081').replace(/\/+$/, ''),
  username: process.env.E2E_USERNAME || 'employeur@demo.passerelle.fr',
  password: process.env.E2E_PASSWORD || 'demo',
  expectedName: process.env.E2E_EXPECTED_NAME || 'Émilie Durand',
  staffUsername: process.env.E2E_STAFF_USERNAME || 'gestionnaire@demo.passerelle.fr',
  staffPassword: process.env.E2E_STAFF_PASSWORD || 'demo',
  chromiumPath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
};

const STEP_TIMEOUT_MS = 60_000;
const KEYCLOAK_REALM_PATH = '/realms/passerelle/';
const KEYCLOAK_FEEDBACK = '#input-error, .kc-feedback-text, .pf-m-danger, .alert-error';
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
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

export async function waitForKeycloakLoginPage(page) {
  await page.locator('#username').waitFor();
  if (!page.url().includes(KEYCLOAK_REALM_PATH)) {
    throw new Error(`expected a URL containing ${KEYCLOAK_REALM_PATH}, got ${page.url()}`);
  }
}

export async function submitKeycloakLogin(page, username = settings.username, password = settings.password) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
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

/** Opens `path` while logged out, logs in through Keycloak as the given user and waits to be back in the app. */
export async function logInAt(page, path, username, password) {
  await page.goto(`${settings.baseUrl}${path}`);
  await waitForKeycloakLoginPage(page);
  await submitKeycloakLogin(page, username, password);
}

export async function logOut(page) {
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await waitForKeycloakLoginPage(page);
}

export async function assertAccessible(page) {
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

export async function step(description, action) {
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
  console.log(`E2E ${name} against ${settings.baseUrl}`);
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

/** Runs a flow in a fresh browser and sets the exit code: 0 when it passes, 1 otherwise (with a screenshot under target/e2e/). */
export async function runMain(name, flow) {
  try {
    process.exitCode = (await runFlow(name, flow)) ? 0 : 1;
  } catch (error) {
    console.error(`E2E ${name} FAILED: ${error.message}`);
    process.exitCode = 1;
  }
}
