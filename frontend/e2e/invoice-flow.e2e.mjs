// End-to-end check of invoicing against a running Passerelle (SPA + API + Keycloak), through the browser:
// 1) the training body deposits an invoice on the subrogated demo dossier 900000012 (granted, certificate attached);
// 2) staff validate it from the invoice queue, then pay it in "Règlements" and download the remittance advice;
// 3) the employer's "Mes comptes" shows the balance for payment of the legal envelope lower by the amount paid.
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import { AXE_TAGS, assertAccessible, logInAt, logOut, runMain, settings, step } from './support.mjs';

const DOSSIER = '900000012';
const YEAR = '2026';
const INVOICE_NUMBER = `IFRA-E2E-${Date.now()}`;
const TRAINING_BODY = { username: 'organisme@demo.passerelle.fr', password: 'demo' };

/** "12 800,00 €" (with French narrow spaces) as cents. */
function cents(text) {
  const digits = text.replace(/[^0-9,-]/g, '').replace(',', '.');
  return Math.round(Number(digits) * 100);
}

async function legalBalance(page) {
  await page.getByRole('combobox', { name: 'Année' }).selectOption(YEAR);
  await page.getByRole('heading', { level: 2, name: /Contribution légale/ }).waitFor();
  return cents(await page.getByTestId('balance-LEGAL').innerText());
}

async function employerReadsAccounts(page) {
  let balance;
  await step(`log in as ${settings.username} and read "Mes comptes" for ${YEAR}`, async () => {
    await logInAt(page, '/comptes', settings.username, settings.password);
    await page.getByRole('heading', { level: 1, name: 'Mes comptes' }).waitFor();
    balance = await legalBalance(page);
    console.log(`(balance for payment: ${balance / 100} €) `);
  });
  await step(`"Mes comptes" passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
  return balance;
}

async function trainingBodyDeposits(page) {
  await step(`log in as ${TRAINING_BODY.username} and open the deposit form for dossier ${DOSSIER}`, async () => {
    await logOut(page);
    await logInAt(page, `/factures/deposer?dossier=${DOSSIER}`, TRAINING_BODY.username, TRAINING_BODY.password);
    await page.getByRole('heading', { level: 1, name: 'Déposer une facture' }).waitFor();
    await page.getByText('Le certificat de réalisation doit être joint au dossier.').waitFor();
  });
  await step(`deposit form passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
  await step('deposit the invoice with its PDF', async () => {
    await page.getByLabel('Numéro de facture').fill(INVOICE_NUMBER);
    await page.getByLabel('Montant (€)').fill('1200,00');
    await page.getByLabel('Facture (PDF)').setInputFiles({
      name: 'facture-e2e.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Déposer la facture' }).click();
    await page.getByRole('heading', { level: 1, name: `Facture ${INVOICE_NUMBER}` }).waitFor();
    await page.getByText('Déposée', { exact: true }).first().waitFor();
  });
}

async function staffValidatesAndPays(page) {
  await step(`log in as ${settings.staffUsername} and validate the invoice from the queue`, async () => {
    await logOut(page);
    await logInAt(page, '/factures', settings.staffUsername, settings.staffPassword);
    await page.getByRole('link', { name: INVOICE_NUMBER, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Facture ${INVOICE_NUMBER}` }).waitFor();
    await page.getByRole('button', { name: 'Valider', exact: true }).click();
    await page.getByText('Facture validée.').waitFor();
  });
  await step('pay it in "Règlements" and download the remittance advice', async () => {
    await page.getByRole('link', { name: 'Règlements', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Règlements' }).waitFor();
    await page.getByRole('checkbox', { name: new RegExp(INVOICE_NUMBER) }).check();
    await page.getByRole('button', { name: 'Créer le règlement' }).click();
    await page.getByText(/Règlement de 1\s200,00\s€ à Institut de Formation Rhône-Alpes créé\./).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: "Télécharger l'avis (PDF)" }).first().click(),
    ]);
    if (!download.suggestedFilename().startsWith('avis-de-paiement-')) {
      throw new Error(`the advice is named ${download.suggestedFilename()}`);
    }
  });
  await step(`"Règlements" passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
}

async function employerSeesNewFigures(page, before) {
  await step(`log in as ${settings.username}: the balance for payment is 1 200,00 € lower`, async () => {
    await logOut(page);
    await logInAt(page, '/comptes', settings.username, settings.password);
    const after = await legalBalance(page);
    if (before - after !== 120_000) {
      throw new Error(`the balance went from ${before / 100} € to ${after / 100} €`);
    }
  });
}

async function invoiceFlow(page) {
  const before = await employerReadsAccounts(page);
  await trainingBodyDeposits(page);
  await staffValidatesAndPays(page);
  await employerSeesNewFigures(page, before);
}

await runMain('invoice-flow', invoiceFlow);
