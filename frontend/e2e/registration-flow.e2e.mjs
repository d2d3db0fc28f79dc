// End-to-end check of self-registration against a running Passerelle (SPA + API + Keycloak + test mail server):
// 1) a newcomer creates their account on the public "Créer un compte" page; 2) follows the link of the verification
// email read from the mail server's API; 3) logs in and sees their account waiting for approval; 4) staff approve it
// with rights on the establishment; 5) the newcomer logs in again and sees their establishment.
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import {
  AXE_TAGS,
  assertAccessible,
  logInAt,
  logOut,
  runMain,
  settings,
  step,
  waitForKeycloakLoginPage,
} from './support.mjs';

const MAIL_API_URL = (process.env.MAIL_API_URL || 'http://localhost:8225').replace(/\/+$/, '');
const EMAIL = `inscription-${Date.now()}@exemple.fr`;
const PASSWORD = 'une phrase de passe e2e';
const GRENOBLE = { siret: '81234567600017', name: 'Démo Industrie – Grenoble' };

/** The last Keycloak action link sent to this address; quoted-printable bodies cut lines with '=' and write '=' as '=3D'. */
async function verificationLink(email) {
  for (let attempt = 0; attempt < 80; attempt++) {
    const response = await fetch(`${MAIL_API_URL}/api/user/${encodeURIComponent(email)}/messages/INBOX`);
    if (response.ok) {
      const raw = (await response.text()).replace(/=\\r\\n|=\r\n/g, '').replace(/=3D/g, '=').replace(/&amp;/g, '&');
      const links = raw.match(/https?:\/\/[^"'\s<>\\]+\/login-actions\/action-token\?[^"'\s<>\\]+/g);
      if (links) {
        return links[links.length - 1];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no verification email reached ${email}`);
}

async function registrationFlow(page) {
  await step('follow "Créer un compte" from the Keycloak login page, and fill the form in', async () => {
    await page.goto(`${settings.baseUrl}/`);
    await waitForKeycloakLoginPage(page);
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
    await page.getByLabel(/Adresse e-mail/).fill(EMAIL);
    await page.getByLabel(/Prénom/).fill('Inès');
    await page.getByLabel(/^Nom/).fill('Nouvelle');
    await page.getByLabel(/Téléphone/).fill('06 12 34 56 78');
    await page.getByLabel(/Mot de passe/).fill(PASSWORD);
    await page.getByLabel(/SIRET de l'établissement 1/).fill(GRENOBLE.siret);
  });
  await step(`registration page passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
  await step('create the account and be told to check the mailbox', async () => {
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Consultez votre boîte mail' }).waitFor();
  });
  await step('follow the link of the verification email', async () => {
    await page.goto(await verificationLink(EMAIL));
    // Opened outside the login session that sent it, the link first asks to confirm; the login below proves it worked.
    await page.getByRole('link', { name: /Cliquez ici pour continuer/ }).click();
    await page.waitForLoadState('networkidle');
  });
  await step('log in and see the account waiting for approval', async () => {
    await logInAt(page, '/', EMAIL, PASSWORD);
    await page.getByRole('heading', { name: 'Votre demande est en cours d’examen' }).waitFor();
    await assertAccessible(page);
  });
  await step('staff approve it with "Gérer les dossiers" on Grenoble', async () => {
    await logOut(page);
    await logInAt(page, '/demandes-de-compte', settings.staffUsername, settings.staffPassword);
    const request = page.getByRole('region', { name: 'Inès Nouvelle' });
    await request.getByRole('group', { name: new RegExp(GRENOBLE.name) }).getByLabel('Gérer les dossiers').check();
    await request.getByRole('button', { name: 'Valider le compte de Inès Nouvelle' }).click();
    await page.getByText('Le compte de Inès Nouvelle est validé.').waitFor();
  });
  await step('the newcomer logs in again and sees their establishment', async () => {
    await logOut(page);
    await logInAt(page, '/', EMAIL, PASSWORD);
    await page.getByText(GRENOBLE.name).first().waitFor();
  });
}

await runMain('registration-flow', registrationFlow);
