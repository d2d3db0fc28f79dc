import { formatDate, formatMoney } from './format';
import { categoryLabels, CONTRACT_SCHEMES, contractTypeLabels, modalityLabels } from './labels';
import type { DossierContent, FundingScheme } from './types';

function Row({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value || <span className="muted">Non renseigné</span>}</dd>
    </div>
  );
}

function yesNo(value: boolean | null | undefined, yes: string, no: string) {
  return value == null ? null : value ? yes : no;
}

/** Everything the employer typed, section by section, with "Non renseigné" where a field is empty. */
export function DossierContentSummary({ scheme, content }: { scheme: FundingScheme; content: DossierContent }) {
  const training = content.training ?? {};
  const body = content.trainingBody ?? {};
  const costs = content.costs ?? {};
  const contract = content.contract ?? {};
  const trainees = content.trainees ?? [];
  return (
    <>
      <h3>Formation</h3>
      <dl className="summary-list">
        <Row label="Intitulé" value={training.title} />
        <Row label="Objectifs" value={training.objectives} />
        <Row label="Dates" value={training.startDate || training.endDate ? `du ${formatDate(training.startDate)} au ${formatDate(training.endDate)}` : null} />
        <Row label="Durée" value={training.hours == null ? null : `${training.hours} heures`} />
        <Row label="Modalité" value={training.modality && modalityLabels[training.modality]} />
        <Row label="Dispensée par" value={yesNo(training.external, 'un organisme de formation', "l'entreprise elle-même")} />
      </dl>
      {CONTRACT_SCHEMES.includes(scheme) && (
        <>
          <h3>Contrat de travail</h3>
          <dl className="summary-list">
            <Row label="Début" value={contract.startDate && formatDate(contract.startDate)} />
            <Row label="Fin" value={contract.endDate && formatDate(contract.endDate)} />
            <Row label="Tuteur" value={contract.tutorName} />
            <Row label="Naissance du bénéficiaire" value={contract.beneficiaryBirthDate && formatDate(contract.beneficiaryBirthDate)} />
          </dl>
        </>
      )}
      <h3>Organisme de formation</h3>
      <dl className="summary-list">
        <Row label="Raison sociale" value={body.name} />
        <Row label="SIRET" value={body.siret} />
        <Row label="NDA" value={body.nda} />
      </dl>
      <h3>Stagiaires</h3>
      {trainees.length === 0 ? (
        <p className="empty-state">Aucun stagiaire.</p>
      ) : (
        <ul>
          {trainees.map((trainee, index) => (
            <li key={index}>
              {[trainee.firstName, trainee.lastName].filter(Boolean).join(' ') || 'Stagiaire sans nom'}
              {trainee.birthDate && `, né(e) le ${formatDate(trainee.birthDate)}`}
              {trainee.category && ` — ${categoryLabels[trainee.category]}`}
              {trainee.contractType && ` — ${contractTypeLabels[trainee.contractType]}`}
            </li>
          ))}
        </ul>
      )}
      <h3>Coûts</h3>
      <dl className="summary-list">
        <Row label="Coûts pédagogiques" value={costs.teaching && formatMoney(costs.teaching)} />
        <Row label="Frais annexes" value={costs.related && formatMoney(costs.related)} />
        <Row label="Salaires" value={costs.salaries && formatMoney(costs.salaries)} />
        <Row label="Montant demandé" value={content.amountRequested && formatMoney(content.amountRequested)} />
        <Row label="Subrogation" value={yesNo(content.subrogation, "oui, l'OPCO paie l'organisme", 'non')} />
      </dl>
    </>
  );
}
