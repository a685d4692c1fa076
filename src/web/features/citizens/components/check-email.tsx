import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useResendVerification } from '../api/use-resend-verification.js';

/** After registering: where the link went, and a way to have it sent again. */
export function CheckEmail({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  return (
    <Stack>
      <Title order={2} size="h3">
        {t('ui.citizen.checkEmail.title')}
      </Title>
      <Text>{t('ui.citizen.checkEmail.body', { email })}</Text>
      <Text size="sm" c="dimmed">
        {t('ui.citizen.checkEmail.spam')}
      </Text>
      <ErrorAlert error={resend.error} />
      {resend.isSuccess && (
        <Alert color="blue" role="status">
          {t('ui.citizen.checkEmail.resent')}
        </Alert>
      )}
      <Button variant="light" loading={resend.isPending} onClick={() => resend.mutate(email)}>
        {t('ui.citizen.checkEmail.resend')}
      </Button>
      <Anchor component={Link} to="/masuk">
        {t('ui.citizen.checkEmail.signIn')}
      </Anchor>
    </Stack>
  );
}
