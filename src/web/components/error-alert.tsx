import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../lib/api.js';

type Props = {
  error: unknown;
  /** The form's values: field messages for these keys are shown under the fields instead. */
  formValues?: object;
};

/** A failed request's message (already in the user's language), announced to screen readers. */
export function ErrorAlert({ error, formValues }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const fields =
    error instanceof ApiError ? error.fields.filter((f) => !(formValues && (f.path.split('.')[0] ?? '') in formValues)) : [];
  return (
    <Alert color="red" role="alert" title={t('ui.common.errorTitle')}>
      {error instanceof Error ? error.message : t('ui.errors.network')}
      {fields.length > 0 && (
        <List size="sm" mt="xs">
          {fields.map((f) => (
            <List.Item key={f.path}>{f.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
