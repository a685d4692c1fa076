import { Badge, createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter } from 'react-router';
import { ApiError } from '../lib/api.js';
import { startSession } from '../lib/session.js';
import { AppRoutes } from './routes.js';

// Shade 8, a darker "dimmed" and lighter "light" backgrounds keep text at WCAG AA contrast,
// hover included; Mantine's defaults fall short.
const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  // Mantine lets a badge shrink to an ellipsis in a narrow table column; a status must stay readable.
  components: { Badge: Badge.extend({ styles: { root: { minWidth: 'max-content' } } }) },
});
const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    '--mantine-color-blue-light': t.colors.blue[0],
    '--mantine-color-blue-light-hover': t.colors.blue[1],
  },
  dark: {},
});

// The session can end on the server (expiry, deactivation): any 401 sends the person to sign in.
const onError = (error: Error) => {
  if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') startSession(queryClient, null);
};

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx answer will not change on retry.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </QueryClientProvider>
    </MantineProvider>
  );
}
