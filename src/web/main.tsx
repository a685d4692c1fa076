import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './lib/i18n.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
