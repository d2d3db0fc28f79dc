import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import type { DossierApi } from '../api/dossiers';
import { DossierDetailPage } from '../dossiers/detail/DossierDetailPage';
import { manager } from './dossierFixtures';

/** The detail page of dossier `number`, for the demo manager, over the given API. */
export function renderDossierPage(number: string, dossierApi: DossierApi) {
  render(
    <MemoryRouter initialEntries={[`/dossiers/${number}`]}>
      <Routes>
        <Route path="/dossiers/:number" element={<DossierDetailPage dossierApi={dossierApi} loadMe={() => Promise.resolve(manager)} />} />
      </Routes>
    </MemoryRouter>,
  );
}
