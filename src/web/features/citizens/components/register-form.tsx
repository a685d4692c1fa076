import { Anchor, Button, Checkbox, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PasswordField } from '../../../components/password-field.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { useRegister } from '../api/use-register.js';
import { PrivacyNoticeBox } from './privacy-notice.js';

/** The same rule as setting a password (contracts/common.ts `Password`). */
const minLength = 10;

/** Name, e-mail, password and the privacy notice; `onDone` gets the address the link was mailed to. */
export function RegisterForm({ onDone }: { onDone: (email: string) => void }) {
  const { t } = useTranslation();
  const register = useRegister();
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm({
    initialValues: { name: '', email: '', password: '', acceptPrivacy: false },
    validate: {
      name: required,
      email: (value) => (!value.trim() ? t('validation.required') : /^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('validation.invalid_email')),
      password: (value) => (value.length >= minLength ? null : t('validation.too_small_string', { minimum: minLength })),
      acceptPrivacy: (value) => (value ? null : t('ui.citizen.register.privacyRequired')),
    },
  });
  const submit = form.onSubmit((values) => {
    const email = values.email.trim();
    register.mutate(
      { name: values.name.trim(), email, password: values.password, acceptPrivacy: true },
      { onSuccess: () => onDone(email), onError: (err) => showFieldErrors(form, err) },
    );
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>{t('ui.citizen.register.intro')}</Text>
        <ErrorAlert error={register.error} formValues={form.values} />
        <TextInput label={t('ui.citizen.register.name')} description={t('ui.citizen.register.nameHint')} autoComplete="name" withAsterisk {...form.getInputProps('name')} />
        <TextInput
          label={t('ui.citizen.register.email')}
          description={t('ui.citizen.register.emailHint')}
          type="email"
          autoComplete="email"
          withAsterisk
          {...form.getInputProps('email')}
        />
        <PasswordField
          label={t('ui.citizen.register.password')}
          description={t('ui.citizen.register.passwordRule', { minimum: minLength })}
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('password')}
        />
        <PrivacyNoticeBox id="pemberitahuan-privasi" />
        <Checkbox label={t('ui.citizen.register.privacyAccept')} required {...form.getInputProps('acceptPrivacy', { type: 'checkbox' })} />
        <Button type="submit" loading={register.isPending}>
          {t('ui.citizen.register.submit')}
        </Button>
        <Text size="sm">
          {t('ui.citizen.register.haveAccount')}{' '}
          <Anchor component={Link} to="/masuk">
            {t('ui.citizen.register.signIn')}
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
