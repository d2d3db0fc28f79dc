// End-to-end check of a dossier's message thread against a running Passerelle (SPA + API + Keycloak), through the
// browser, on a dossier in review whose number is given in DOSSIER_NUMBER:
// 1) staff request documents with a message; 2) the employer's bell shows it, and its notification opens the dossier
// with the message; 3) the employer answers with a message and a file; 4) staff see the answer unread (the list's
// badge, "Nouveau"), then read; the employer sees "Lu par l'OPCO le …".
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import { AXE_TAGS, assertAccessible, logInAt, logOut, runMain, settings, step } from './support.mjs';

const number = process.env.DOSSIER_NUMBER;
if (!/^\d{9}$/.test(number ?? '')) {
  throw new Error('DOSSIER_NUMBER must name a dossier in review');
}

function isoDateIn(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function frenchDateIn(days) {
  const [year, month, day] = isoDateIn(days).split('-');
  return `${day}/${month}/${year}`;
}

const messages = (page) => page.getByRole('region', { name: 'Messages' });
const message = (page, author) => messages(page).getByRole('listitem', { name: `Message de ${author}` });

async function staffRequestsDocuments(page) {
  await step(`log in as ${settings.staffUsername} and request the quote with a message`, async () => {
    await logInAt(page, `/dossiers/${number}`, settings.staffUsername, settings.staffPassword);
    await page.getByRole('heading', { level: 1, name: `Dossier n° ${number}` }).waitFor();
    await messages(page).getByText("Aucun message pour l'instant.").waitFor();
    await page.getByRole('button', { name: 'Demander des pièces', exact: true }).click();
    const form = page.getByRole('dialog', { name: 'Demander des pièces' });
    await form.getByLabel('Devis', { exact: true }).check();
    await form.getByLabel('Date limite').fill(isoDateIn(14));
    await form.getByLabel("Message à l'employeur").fill('Merci de joindre le devis signé.');
    await form.getByRole('button', { name: 'Demander des pièces', exact: true }).click();
    await page.getByText("C'est fait. Le dossier est maintenant « Pièces demandées ».").waitFor();
  });
  await step('the request is in the thread at once, unread by the company', async () => {
    const request = message(page, 'Gabriel Lefèvre');
    await request.getByText('Demande de pièces : Devis', { exact: false }).waitFor();
    await request.getByText("Pas encore lu par l'entreprise").waitFor();
  });
}

async function employerReadsAndAnswers(page) {
  await step(`log in as ${settings.username}: the list shows one unread message`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers?numero=${number}`, settings.username, settings.password);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('1 message non lu', { exact: false }).waitFor();
  });
  await step('the bell counts the request; its notification opens the dossier with the message marked new', async () => {
    const bell = page.getByRole('link', { name: /^Notifications : (\d+|99\+) non lues?$/ });
    await bell.click();
    await page.getByRole('heading', { level: 1, name: 'Notifications' }).waitFor();
    await page.getByRole('link', { name: `Pièces demandées avant le ${frenchDateIn(14)} : dossier ${number}` }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier n° ${number}` }).waitFor();
    const request = message(page, 'Gabriel Lefèvre');
    await request.getByText('Merci de joindre le devis signé.').waitFor();
    await request.getByText('Nouveau').waitFor();
  });
  await step('answer with a message and a file', async () => {
    const form = messages(page).getByRole('form', { name: 'Écrire un message' });
    await form.getByLabel('Message').fill('Voici le devis signé, bonne réception.');
    await form.getByLabel('Pièces jointes').setInputFiles({
      name: 'devis-signé.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await form.getByRole('button', { name: 'Envoyer le message' }).click();
    const answer = message(page, settings.expectedName);
    await answer.getByText('Voici le devis signé, bonne réception.').waitFor();
    await answer.getByRole('button', { name: 'Télécharger « devis-signé.pdf »' }).waitFor();
    await answer.getByText("Pas encore lu par l'OPCO").waitFor();
  });
  await step(`dossier page with its messages passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
}

async function staffReads(page) {
  await step(`log in as ${settings.staffUsername}: the answer is unread in the list and new on the dossier`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers?numero=${number}`, settings.staffUsername, settings.staffPassword);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('1 message non lu', { exact: false }).waitFor();
    await row.getByRole('link', { name: number, exact: true }).click();
    const answer = message(page, settings.expectedName);
    await answer.getByText('Voici le devis signé, bonne réception.').waitFor();
    await answer.getByText('Nouveau').waitFor();
  });
  await step('download the attached file under its name', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      message(page, settings.expectedName).getByRole('button', { name: 'Télécharger « devis-signé.pdf »' }).click(),
    ]);
    if (download.suggestedFilename() !== 'devis-signé.pdf') {
      throw new Error(`the download is named ${download.suggestedFilename()}`);
    }
  });
  await step('once opened, the thread is read: nothing new on the next visit', async () => {
    await page.reload();
    await message(page, settings.expectedName).getByText('Voici le devis signé, bonne réception.').waitFor();
    if ((await message(page, settings.expectedName).getByText('Nouveau').count()) !== 0) {
      throw new Error('the answer is still new after staff opened the thread');
    }
    await message(page, 'Gabriel Lefèvre').getByText(/Lu par l'entreprise le \d{2}\/\d{2}\/\d{4}/).waitFor();
  });
}

async function employerSeesReceipt(page) {
  await step(`log in as ${settings.username}: the answer reads "Lu par l'OPCO le …"`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers/${number}`, settings.username, settings.password);
    await message(page, settings.expectedName).getByText(/Lu par l'OPCO le \d{2}\/\d{2}\/\d{4}/).waitFor();
  });
}

async function messagesFlow(page) {
  await staffRequestsDocuments(page);
  await employerReadsAndAnswers(page);
  await staffReads(page);
  await employerSeesReceipt(page);
}

await runMain('messages-flow', messagesFlow);
