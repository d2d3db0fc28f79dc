import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { DossierApi } from '../../api/dossiers';
import type { LinkedEstablishment } from '../../api/me';
import { ApiError, changeErrorMessage } from '../../api/problem';
import { ErrorSummary, type SummaryItem } from '../../forms/ErrorSummary';
import { fieldId } from '../../forms/fieldId';
import { DossierDocuments } from '../detail/DossierDocuments';
import { DossierContentSummary } from '../DossierContentSummary';
import { StateBadge } from '../StateBadge';
import type { Dossier, DossierContent } from '../types';
import { WizardProgress } from '../WizardProgress';
import { CostsStep } from './CostsStep';
import { fieldErrors, type FieldErrors } from './fieldErrors';
import { normalizedContent } from './normalizedContent';
import { SchemeStep, type SchemeChoice } from './SchemeStep';
import { RECAP_STEP, stepOfField, WIZARD_STEPS } from './steps';
import { TraineesStep } from './TraineesStep';
import { TrainingBodyStep } from './TrainingBodyStep';
import { TrainingStep } from './TrainingStep';

export interface DossierWizardProps {
  dossierApi: DossierApi;
  /** For a new dossier, the establishments it may be created on; for a draft, the user's establishments. */
  establishments: LinkedEstablishment[];
  dossier?: Dossier;
  initialStep?: number;
}

interface Problem {
  title: string;
  detail?: string;
  items: SummaryItem[];
}

const STEP_HEADING_ID = 'etape-titre';

/** Focuses the element, or the step's heading when the field is not on the page (an error on a whole list). */
function focusById(id: string) {
  (document.getElementById(id) ?? document.getElementById(STEP_HEADING_ID))?.focus();
}

/**
 * The "Nouvelle demande" wizard. The draft is created at the first step and gets its number at once; every move
 * forward saves it (with If-Match). Errors returned by the API are shown at their fields and listed at the top.
 */
export function DossierWizard({ dossierApi, establishments, dossier: initial, initialStep }: DossierWizardProps) {
  const navigate = useNavigate();
  const [dossier, setDossier] = useState(initial);
  const [choice, setChoice] = useState<SchemeChoice>({
    establishmentId: initial?.establishmentId ?? (establishments.length === 1 ? establishments[0].id : ''),
    scheme: initial?.scheme ?? '',
  });
  const [content, setContent] = useState<DossierContent>(initial?.content ?? {});
  const [step, setStep] = useState(initialStep ?? (initial ? 1 : 0));
  const [saveErrors, setSaveErrors] = useState<FieldErrors>({});
  const [submitErrors, setSubmitErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const [attached, setAttached] = useState<string | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  /** The id of the element to focus once the step is shown: its heading, or the field an error links to. */
  const pendingFocus = useRef<string | null>(initialStep === undefined ? null : STEP_HEADING_ID);

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) {
      focusById(target);
    }
  }, [step]);

  const errors = { ...submitErrors, ...saveErrors };

  function moveTo(next: number, focus = STEP_HEADING_ID) {
    pendingFocus.current = focus;
    if (next === step) {
      focusById(focus);
    }
    setStep(next);
  }

  function report(title: string, error: unknown, source: (errors: FieldErrors) => void) {
    if (error instanceof ApiError && error.fieldErrors.length > 0) {
      source(fieldErrors(error.fieldErrors));
      setProblem({
        title,
        detail: error.message,
        items: error.fieldErrors.map((fieldError) => ({
          path: fieldError.field,
          message: fieldError.message,
          where: WIZARD_STEPS[stepOfField(fieldError.field)],
        })),
      });
    } else {
      setProblem({ title, detail: changeErrorMessage(error), items: [] });
    }
  }

  async function attempt<T>(title: string, action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setProblem(null);
    try {
      return await action();
    } catch (error) {
      report(title, error, setSaveErrors);
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  function checkChoice(): boolean {
    const missing: FieldErrors = {};
    const items: SummaryItem[] = [];
    if (!choice.scheme) {
      missing[fieldId('scheme')] = 'Choisissez un dispositif.';
      items.push({ path: 'scheme', message: 'Choisissez un dispositif.' });
    }
    if (!choice.establishmentId) {
      missing[fieldId('establishmentId')] = "Choisissez l'établissement qui demande la prise en charge.";
      items.push({ path: 'establishmentId', message: "Choisissez l'établissement qui demande la prise en charge." });
    }
    setSaveErrors(missing);
    setProblem(items.length > 0 ? { title: 'La demande ne peut pas être créée', items } : null);
    return items.length === 0;
  }

  async function create(): Promise<Dossier | undefined> {
    if (!checkChoice() || !choice.scheme) {
      return undefined;
    }
    const scheme = choice.scheme;
    return attempt("Le brouillon n'a pas pu être créé", () =>
      dossierApi.create({ establishmentId: choice.establishmentId, scheme }, idempotencyKey),
    );
  }

  async function save(current: Dossier): Promise<Dossier | undefined> {
    const saved = await attempt("Le brouillon n'a pas pu être enregistré", () =>
      dossierApi.save(current, normalizedContent(content)),
    );
    if (saved) {
      setDossier(saved);
      setContent(saved.content);
      setSaveErrors({});
    }
    return saved;
  }

  async function next() {
    if (!dossier) {
      const created = await create();
      if (created) {
        navigate(`/dossiers/${created.number}/modifier`, { replace: true, state: { dossier: created, step: 1 } });
      }
      return;
    }
    if (await save(dossier)) {
      moveTo(Math.min(step + 1, RECAP_STEP));
    }
  }

  async function goTo(target: number) {
    if (dossier && (await save(dossier))) {
      moveTo(target);
    }
  }

  async function saveAndQuit() {
    const saved = dossier ? await save(dossier) : await create();
    if (saved) {
      navigate('/dossiers', {
        state: { flash: `Le brouillon n° ${saved.number} est enregistré. Il n'est pas encore transmis à l'OPCO.` },
      });
    }
  }

  async function submit() {
    if (!dossier) {
      return;
    }
    const saved = await save(dossier);
    if (!saved) {
      return;
    }
    setBusy(true);
    try {
      const submitted = await dossierApi.run(saved, { action: 'SUBMIT' });
      navigate(`/dossiers/${submitted.number}`, {
        state: { flash: `Votre demande n° ${submitted.number} a été transmise à l'OPCO.` },
      });
    } catch (error) {
      report("Le dossier n'a pas pu être envoyé", error, setSubmitErrors);
    } finally {
      setBusy(false);
    }
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (step < RECAP_STEP) {
      void next();
    }
  }

  const scheme = dossier?.scheme ?? choice.scheme;

  if (!dossier && establishments.length === 0) {
    return (
      <>
        <h1>Nouvelle demande</h1>
        <p className="empty-state">
          Aucun de vos établissements ne vous permet de créer un dossier : il faut le droit « Gérer les dossiers » sur un
          établissement ouvert. Demandez-le à l'administrateur de votre entreprise.
        </p>
      </>
    );
  }

  return (
    <>
      <h1>{dossier ? `Brouillon n° ${dossier.number}` : 'Nouvelle demande'}</h1>
      {dossier && (
        <p>
          <StateBadge state={dossier.status} /> Ce brouillon n'a pas encore été transmis à l'OPCO : il le sera quand vous
          l'enverrez depuis le récapitulatif.
        </p>
      )}
      {problem && (
        <ErrorSummary
          title={problem.title}
          detail={problem.detail}
          items={problem.items}
          onSelect={(path) => moveTo(stepOfField(path), fieldId(path))}
        />
      )}
      <WizardProgress steps={WIZARD_STEPS} current={step} onSelect={dossier && !busy ? (index) => void goTo(index) : undefined} />
      <h2 id={STEP_HEADING_ID} tabIndex={-1}>
        Étape {step + 1} sur {WIZARD_STEPS.length} : {WIZARD_STEPS[step]}
      </h2>
      {step === 5 && dossier && (
        // Outside the wizard's form: an upload is a form of its own, and forms do not nest.
        <>
          <p className="field-hint">
            Joignez dès maintenant le programme et le devis : l'OPCO instruit plus vite un dossier complet. Vous pouvez
            aussi envoyer votre demande sans eux ; l'OPCO vous les demandera au besoin.
          </p>
          {attached && <p role="status">{attached}</p>}
          <DossierDocuments
            dossier={dossier}
            onAttach={async (upload, onProgress) => {
              setDossier(await dossierApi.attach(dossier, upload, onProgress));
              setAttached(`La pièce « ${upload.file.name} » est jointe.`);
            }}
            onDownload={(document) => dossierApi.download(dossier, document)}
          />
        </>
      )}
      <form onSubmit={onSubmit} noValidate aria-labelledby={STEP_HEADING_ID}>
        {step === 0 && (
          <SchemeStep
            choice={choice}
            establishments={establishments}
            locked={dossier !== undefined}
            errors={errors}
            onChange={setChoice}
          />
        )}
        {step === 1 && scheme && <TrainingStep scheme={scheme} content={content} errors={errors} onChange={setContent} />}
        {step === 2 && <TrainingBodyStep content={content} errors={errors} onChange={setContent} />}
        {step === 3 && (
          <TraineesStep
            content={content}
            errors={errors}
            onChange={setContent}
            searchEmployees={(words, cursor) => dossierApi.employees(choice.establishmentId, words, cursor)}
          />
        )}
        {step === 4 && <CostsStep content={content} errors={errors} onChange={setContent} />}
        {step === RECAP_STEP && dossier && <DossierContentSummary scheme={dossier.scheme} content={content} />}
        <div className="button-row">
          {step > 0 && (
            <button type="button" className="button-plain" disabled={busy} onClick={() => moveTo(step - 1)}>
              Étape précédente
            </button>
          )}
          {step < RECAP_STEP && (
            <button type="submit" className="button-primary" disabled={busy}>
              Étape suivante
            </button>
          )}
          {step === RECAP_STEP && dossier?.allowedActions.includes('SUBMIT') && (
            <button type="button" className="button-primary" disabled={busy} onClick={() => void submit()}>
              Envoyer
            </button>
          )}
          <button type="button" className="button-plain" disabled={busy} onClick={() => void saveAndQuit()}>
            Enregistrer et quitter
          </button>
        </div>
        {busy && <p role="status">Enregistrement…</p>}
      </form>
    </>
  );
}
