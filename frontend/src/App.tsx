import { BrowserRouter, Route, Routes } from 'react-router-dom';
import type { Me } from './api/me';
import { ComingSoonPage } from './ComingSoonPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { AppLayout } from './layout/AppLayout';
import { sections } from './layout/MainNav';
import { NotFoundPage } from './NotFoundPage';

export interface AppProps {
  displayName: string;
  onLogout: () => void;
  loadMe: () => Promise<Me>;
}

export function App({ displayName, onLogout, loadMe }: AppProps) {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout displayName={displayName} onLogout={onLogout} />}>
          <Route index element={<DashboardPage loadMe={loadMe} />} />
          {sections.map((section) => (
            <Route key={section.path} path={section.path} element={<ComingSoonPage title={section.label} />} />
          ))}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
