// End-to-end check of a dossier's life against a running Passerelle (SPA + API + Keycloak), through the browser:
// 1) the employer creates a draft across three steps, saves and quits, resumes it from "Brouillons" and sends it;
// 2) staff take it into review and ask for a document; 3) the employer uploads the document and hands the dossier back;
// 4) staff grant it; 5) the employer sees it "Accordé".
// Exit code 0 when the flow passes, 1 otherwise (with a screenshot under target/e2e/).
import { AXE_TAGS, assertAccessible, logInAt, logOut, runMain, settings, step } from './support.mjs';

const TITLE = `Soudure TIG — e2e ${Date.now()}`;

function isoDateIn(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

function dialog(page, name) {
  return page.getByRole('dialog', { name });
}

async function nextStep(page, stepTitle) {
  await page.getByRole('button', { name: 'Étape suivante' }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`: ${stepTitle}$`) }).waitFor();
}

/** Runs a command from the dossier page through its dialog and waits for the new state. */
async function runCommand(page, label, newState, fill = async () => {}) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const form = dialog(page, label);
  await fill(form);
  await form.getByRole('button', { name: label, exact: true }).click();
  await page.getByText(`C'est fait. Le dossier est maintenant « ${newState} ».`).waitFor();
}

async function createDraftAndQuit(page) {
  let number;
  await step(`log in as ${settings.username} on the dossier list`, async () => {
    await logInAt(page, '/dossiers', settings.username, settings.password);
    await page.getByRole('heading', { level: 1, name: 'Dossiers' }).waitFor();
  });
  await step(`dossier list passes axe-core (${AXE_TAGS.join(', ')})`, async () => {
    await page.getByRole('table').or(page.locator('.empty-state')).first().waitFor();
    await assertAccessible(page);
  });
  await step('step 1: choose the scheme and the establishment; the draft gets its number', async () => {
    await page.getByRole('link', { name: 'Nouvelle demande' }).click();
    await page.getByRole('combobox', { name: 'Dispositif (obligatoire)' }).selectOption('ACTION_COLLECTIVE');
    await page.getByRole('combobox', { name: 'Établissement (obligatoire)' }).selectOption({ index: 1 });
    await nextStep(page, 'Formation');
    const heading = await page.getByRole('heading', { level: 1, name: /^Brouillon n° \d{9}$/ }).innerText();
    number = heading.match(/\d{9}/)[0];
    console.log(`(dossier ${number}) `);
  });
  await step('step 2: describe the training', async () => {
    await page.getByLabel('Intitulé de la formation').fill(TITLE);
    await page.getByLabel('Objectifs').fill('Maîtriser le soudage TIG des aciers inoxydables.');
    await page.getByLabel('Date de début').fill(isoDateIn(60));
    await page.getByLabel('Date de fin').fill(isoDateIn(64));
    await page.getByLabel('Durée en heures').fill('35');
    await page.getByRole('combobox', { name: 'Modalité' }).selectOption('IN_PERSON');
    await page.getByRole('combobox', { name: 'Qui dispense la formation ?' }).selectOption('true');
    await nextStep(page, 'Organisme de formation');
  });
  await step('step 3: name the training body, then "Enregistrer et quitter"', async () => {
    await page.getByLabel('Raison sociale').fill('Institut de soudure e2e');
    await page.getByLabel('SIRET').fill('73282932000074');
    await page.getByLabel("Numéro de déclaration d'activité (NDA)").fill('11755555555');
    await page.getByRole('button', { name: 'Enregistrer et quitter' }).click();
    await page.getByText(`Le brouillon n° ${number} est enregistré.`).waitFor();
  });
  return number;
}

async function resumeAndSubmit(page, number) {
  await step('resume the draft from "Brouillons"', async () => {
    await page.getByRole('link', { name: 'Brouillons' }).click();
    await page.getByRole('link', { name: number, exact: true }).click();
    await page.getByText("Ce brouillon n'a pas encore été transmis à l'OPCO.").waitFor();
    await page.getByRole('link', { name: 'Modifier le brouillon' }).click();
    await page.getByRole('heading', { level: 2, name: /: Formation$/ }).waitFor();
    if ((await page.getByLabel('Intitulé de la formation').inputValue()) !== TITLE) {
      throw new Error('the resumed draft lost the training title');
    }
  });
  await step(`wizard passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
  await step('choose the trainee from the employee register (typed without accent), then the costs', async () => {
    await nextStep(page, 'Organisme de formation');
    await nextStep(page, 'Stagiaires');
    await page.getByLabel('Nom ou prénom du salarié').fill('lea martin');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('button', { name: 'Ajouter Léa Martin comme stagiaire' }).click();
    await page.getByRole('group', { name: 'Stagiaire 1' }).getByText("salarié(e) de l'entreprise").waitFor();
    await nextStep(page, 'Coûts');
    await page.getByLabel('Coûts pédagogiques').fill('1200,00');
    await page.getByLabel('Frais annexes').fill('0,00');
    await page.getByLabel('Salaires des stagiaires').fill('0,00');
    await page.getByLabel('Montant demandé à l’OPCO').fill('1200,00');
    await page.getByRole('combobox', { name: "Paiement direct de l'organisme de formation" }).selectOption('false');
    await nextStep(page, 'Pièces justificatives');
    await nextStep(page, 'Récapitulatif');
  });
  await step('send it with "Envoyer": the dossier is "Transmis"', async () => {
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await page.getByText(`Votre demande n° ${number} a été transmise à l'OPCO.`).waitFor();
    await page.locator('.state-panel').getByText('Transmis', { exact: true }).waitFor();
  });
  await step(`dossier page passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
}

async function staffReviewsAndRequestsDocument(page, number) {
  await step(`log in as ${settings.staffUsername} and find the dossier in the queue`, async () => {
    await logOut(page);
    await logInAt(page, '/instruction', settings.staffUsername, settings.staffPassword);
    await page.getByRole('heading', { level: 1, name: "File d'instruction" }).waitFor();
    await page.getByRole('link', { name: number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier n° ${number}` }).waitFor();
  });
  await step('take it into review', () => runCommand(page, 'Prendre en instruction', 'En instruction'));
  await step('request the quote, due in two weeks', () =>
    runCommand(page, 'Demander des pièces', 'Pièces demandées', async (form) => {
      await form.getByLabel('Devis', { exact: true }).check();
      await form.getByLabel('Date limite').fill(isoDateIn(14));
      await form.getByLabel("Message à l'employeur").fill('Merci de joindre le devis signé.');
    }),
  );
}

async function uploadDocument(page) {
  await step('upload the requested quote', async () => {
    const documents = page.getByRole('region', { name: 'Pièces justificatives' });
    await documents.getByRole('combobox', { name: 'Type de pièce' }).selectOption('QUOTE');
    await documents.getByLabel('Fichier').setInputFiles({
      name: 'devis-e2e.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await documents.getByRole('button', { name: 'Joindre la pièce' }).click();
    await documents.getByText('devis-e2e.pdf').waitFor();
  });
  await step('download it back, under its own name', async () => {
    const documents = page.getByRole('region', { name: 'Pièces justificatives' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents.getByRole('button', { name: /^Télécharger devis-e2e\.pdf/ }).click(),
    ]);
    if (download.suggestedFilename() !== 'devis-e2e.pdf') {
      throw new Error(`the download is named ${download.suggestedFilename()}`);
    }
  });
}

async function employerHandsBack(page, number) {
  await step(`log in as ${settings.username} and open the dossier awaiting documents`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers/${number}`, settings.username, settings.password);
    await page.getByRole('region', { name: "Pièces demandées par l'OPCO" }).getByText('Devis', { exact: true }).waitFor();
  });
  await uploadDocument(page);
  await step('hand the dossier back', () => runCommand(page, "Renvoyer à l'instruction", 'En instruction'));
}

async function staffGrants(page, number) {
  await step(`log in as ${settings.staffUsername} and grant the amount requested`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers/${number}`, settings.staffUsername, settings.staffPassword);
    await page.getByRole('heading', { level: 1, name: `Dossier n° ${number}` }).waitFor();
    await runCommand(page, 'Accorder la prise en charge', 'Accordé');
  });
}

async function employerSeesGranted(page, number) {
  await step(`log in as ${settings.username} and see "Accordé" in the list and on the dossier`, async () => {
    await logOut(page);
    await logInAt(page, `/dossiers?numero=${number}`, settings.username, settings.password);
    const row = page.getByRole('row', { name: new RegExp(number) });
    await row.getByText('Accordé', { exact: true }).waitFor();
    await row.getByRole('link', { name: number, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Dossier n° ${number}` }).waitFor();
    await page.getByText('La prise en charge est accordée.', { exact: false }).waitFor();
  });
  await step(`granted dossier page passes axe-core (${AXE_TAGS.join(', ')})`, () => assertAccessible(page));
}

async function dossierFlow(page) {
  const number = await createDraftAndQuit(page);
  await resumeAndSubmit(page, number);
  await staffReviewsAndRequestsDocument(page, number);
  await employerHandsBack(page, number);
  await staffGrants(page, number);
  await employerSeesGranted(page, number);
}

await runMain('dossier-flow', dossierFlow);
