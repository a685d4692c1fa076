import { Button, FileInput, Select, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PasswordField } from '../../../components/password-field.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifyError } from '../../../lib/notify.js';
import { useRegionOptions } from '../api/use-region-options.js';
import { markSetupDone, useSetup } from '../api/use-setup.js';

const passwordMinLength = 10;
const logoMaxBytes = 2 * 1024 * 1024;

type Props = {
  /** Uploading needs the admin's session, so the logo goes up after the setup request. */
  uploadLogo: (file: File) => Promise<unknown>;
  onDone: () => void;
};

/** First run: the region, its innovation body and the first admin. */
export function SetupForm({ uploadLogo, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const options = useRegionOptions();
  const setup = useSetup();
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm({
    initialValues: { regionCode: '', bodyName: '', logo: null as File | null, adminName: '', adminEmail: '', adminPassword: '' },
    validate: {
      regionCode: required,
      bodyName: required,
      logo: (file) => (file && file.size > logoMaxBytes ? t('ui.region.logoTooLarge') : null),
      adminName: required,
      adminEmail: required,
      adminPassword: (value) =>
        value.length >= passwordMinLength ? null : t('validation.too_small_string', { minimum: passwordMinLength }),
    },
  });
  const regions = (options.data ?? []).map((r) => ({
    value: r.code,
    label: r.code.length === 2 ? r.name : `${r.name}, ${r.province}`,
  }));
  // Setup is done even when the logo fails: the admin can upload it again on the region page.
  const finish = async (logo: File | null) => {
    if (logo) await uploadLogo(logo).catch(notifyError);
    markSetupDone(queryClient);
    onDone();
  };
  const submit = form.onSubmit(({ logo, ...input }) =>
    setup.mutate(input, { onSuccess: () => void finish(logo), onError: (err) => showFieldErrors(form, err) }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={setup.error ?? options.error} formValues={form.values} />
        <Title order={2} size="h4">
          {t('ui.setup.regionSection')}
        </Title>
        <Select
          label={t('ui.setup.region')}
          placeholder={t('ui.setup.regionPlaceholder')}
          data={regions}
          searchable
          limit={100}
          nothingFoundMessage={t('ui.common.nothingFound')}
          disabled={options.isPending}
          {...form.getInputProps('regionCode')}
        />
        <TextInput label={t('ui.setup.bodyName')} placeholder={t('ui.setup.bodyNamePlaceholder')} {...form.getInputProps('bodyName')} />
        <FileInput
          label={t('ui.region.logo')}
          description={t('ui.region.logoRule')}
          accept="image/png,image/jpeg,image/webp"
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          {...form.getInputProps('logo')}
        />
        <Title order={2} size="h4">
          {t('ui.setup.adminSection')}
        </Title>
        <TextInput label={t('ui.setup.adminName')} autoComplete="name" {...form.getInputProps('adminName')} />
        <TextInput label={t('ui.auth.email')} type="email" autoComplete="email" {...form.getInputProps('adminEmail')} />
        <PasswordField
          label={t('ui.auth.password')}
          description={t('ui.auth.setPassword.rule', { minimum: passwordMinLength })}
          autoComplete="new-password"
          {...form.getInputProps('adminPassword')}
        />
        <Button type="submit" loading={setup.isPending || setup.isSuccess}>
          {t('ui.setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}
