import { Button, Checkbox, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { showFieldErrors } from '../../../../../lib/form-errors.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { useInviteJudge } from '../../api/use-panel.js';

/** Invites a judge to the round's panel by e-mail; one judge may be the panel's chair. */
export function InviteJudgeForm({ contestId, roundId, hasChair }: { contestId: string; roundId: string; hasChair: boolean }) {
  const { t } = useTranslation();
  const invite = useInviteJudge(contestId, roundId);
  const form = useForm({
    initialValues: { name: '', email: '', chair: false },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : t('ui.contestAdmin.judges.emailInvalid')),
    },
  });
  const submit = form.onSubmit((values) =>
    invite.mutate(
      { name: values.name.trim(), email: values.email.trim(), chair: values.chair },
      {
        onSuccess: () => {
          notifySuccess(t('ui.contestAdmin.judges.invited', { email: values.email.trim() }));
          form.reset();
        },
        onError: (err) => showFieldErrors(form, err),
      },
    ),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`invite-${roundId}`}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={`invite-${roundId}`}>
          {t('ui.contestAdmin.judges.inviteTitle')}
        </Title>
        <ErrorAlert error={invite.error} formValues={form.values} />
        <Group align="flex-start" gap="sm" wrap="wrap">
          <TextInput label={t('ui.contestAdmin.judges.name')} withAsterisk maxLength={200} w={260} {...form.getInputProps('name')} />
          <TextInput type="email" label={t('ui.contestAdmin.judges.email')} withAsterisk maxLength={254} w={280} {...form.getInputProps('email')} />
        </Group>
        <Checkbox
          label={t('ui.contestAdmin.judges.chair')}
          description={hasChair ? t('ui.contestAdmin.judges.chairTaken') : undefined}
          {...form.getInputProps('chair', { type: 'checkbox' })}
        />
        <Group>
          <Button type="submit" loading={invite.isPending}>
            {t('ui.contestAdmin.judges.invite')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
