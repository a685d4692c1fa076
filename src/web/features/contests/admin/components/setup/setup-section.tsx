import { Alert, List, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import type { SetupValues } from './setup-values.js';

export type SetupForm = UseFormReturnType<SetupValues>;

/** One part of the setup, a titled section; the server's problems that name no single field of it are listed on top. */
export function SetupSection({ id, title, problems, children }: { id: string; title: string; problems?: string[]; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={`setup-${id}`}>
      <Title order={2} size="h3" id={`setup-${id}`}>
        {title}
      </Title>
      {problems && problems.length > 0 && (
        <Alert color="red" role="alert">
          <List size="sm">
            {problems.map((p) => (
              <List.Item key={p}>{p}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {children}
    </Stack>
  );
}
