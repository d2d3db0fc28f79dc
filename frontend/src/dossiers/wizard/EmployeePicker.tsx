import { useState, type KeyboardEvent } from 'react';
import { errorMessage } from '../../api/problem';
import { formatDate } from '../format';
import { categoryLabels, contractTypeLabels } from '../labels';
import type { Employee, EmployeePage } from '../types';

export interface EmployeePickerProps {
  /** Searches the register of the dossier's company; `cursor` reads the next page. */
  search: (words: string, cursor?: string) => Promise<EmployeePage>;
  /** The ids of the employees already enrolled, who cannot be added twice. */
  chosen: string[];
  onChoose: (employee: Employee) => void;
}

type Results = { status: 'idle' } | { status: 'loading' } | { status: 'failed'; message: string } | ({ status: 'loaded' } & EmployeePage);

/**
 * Enrols trainees from the company's employee register: search by name (accents and case do not matter), then add.
 * The register is read on demand only, since it holds personal data and may be long.
 */
export function EmployeePicker({ search, chosen, onChoose }: EmployeePickerProps) {
  const [words, setWords] = useState('');
  const [results, setResults] = useState<Results>({ status: 'idle' });

  async function load(cursor?: string) {
    const previous = cursor && results.status === 'loaded' ? results.items : [];
    if (!cursor) setResults({ status: 'loading' });
    try {
      const page = await search(words.trim(), cursor);
      setResults({ status: 'loaded', items: [...previous, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setResults({ status: 'failed', message: errorMessage(error) });
    }
  }

  /** The picker sits inside the wizard's form: Enter searches the register instead of moving to the next step. */
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      void load();
    }
  }

  return (
    <section className="employee-picker" aria-labelledby="registre-titre">
      <h3 id="registre-titre">Choisir parmi les salariés de l'entreprise</h3>
      <div role="search" aria-label="Rechercher un salarié" className="inline-form">
        <div className="field">
          <label htmlFor="registre-recherche">Nom ou prénom du salarié</label>
          <input
            id="registre-recherche"
            type="search"
            value={words}
            onChange={(event) => setWords(event.target.value)}
            onKeyDown={onKeyDown}
          />
        </div>
        <button type="button" className="button-plain" onClick={() => void load()}>
          Rechercher
        </button>
      </div>
      {results.status === 'loading' && <p role="status">Recherche en cours…</p>}
      {results.status === 'failed' && <p className="field-error">{results.message}</p>}
      {results.status === 'loaded' && results.items.length === 0 && (
        <p className="empty-state">
          Aucun salarié ne correspond. Vérifiez l'orthographe, ou saisissez le stagiaire à la main ci-dessous.
        </p>
      )}
      {results.status === 'loaded' && results.items.length > 0 && (
        <ul className="employee-results">
          {results.items.map((employee) => {
            const name = `${employee.firstName} ${employee.lastName}`;
            const already = chosen.includes(employee.id);
            return (
              <li key={employee.id}>
                <span>
                  <strong>{name}</strong>, né(e) le {formatDate(employee.birthDate)} — {categoryLabels[employee.category]},{' '}
                  {contractTypeLabels[employee.contractType]}
                </span>{' '}
                <button
                  type="button"
                  className="button-plain"
                  disabled={already}
                  aria-label={already ? `${name} est déjà stagiaire` : `Ajouter ${name} comme stagiaire`}
                  onClick={() => onChoose(employee)}
                >
                  {already ? 'Déjà ajouté' : 'Ajouter'}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {results.status === 'loaded' && results.nextCursor && (
        <button type="button" className="button-plain" onClick={() => void load(results.nextCursor ?? undefined)}>
          Afficher plus de salariés
        </button>
      )}
    </section>
  );
}
