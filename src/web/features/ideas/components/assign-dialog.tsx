import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../../domain/contracts/ideas.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { ApiError } from '../../../lib/api.js';
import { useAssignIdea } from '../api/use-moderate-idea.js';

type Props = {
  idea: Idea;
  units: { value: string; label: string }[];
  onDone: (idea: Idea) => void;
  onClose: () => void;
};

/** Turns a published idea into an innovation proposal of the chosen unit. */
export function AssignDialog({ idea, units, onDone, onClose }: Props) {
  const { t } = useTranslation();
  const assign = useAssignIdea();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const serverUnit = assign.error instanceof ApiError ? assign.error.fields.find((f) => f.path === 'unitId')?.message : undefined;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!unitId) return setMissing(true);
    assign.mutate({ id: idea.id, input: { unitId } }, { onSuccess: onDone });
  };
  return (
    <Dialog title={t('ui.ideas.moderation.assignTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={assign.error} formValues={{ unitId }} />
          <Text fw={500}>{idea.title}</Text>
          <Text size="sm">{t('ui.ideas.moderation.assignIntro')}</Text>
          <Select
            label={t('ui.ideas.moderation.unit')}
            withAsterisk
            data={units}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            value={unitId}
            onChange={(v) => {
              setUnitId(v);
              setMissing(false);
            }}
            error={missing ? t('validation.required') : serverUnit}
            data-autofocus
          />
          <FormActions onCancel={onClose} loading={assign.isPending} submitLabel={t('ui.ideas.moderation.assignConfirm')} />
        </Stack>
      </form>
    </Dialog>
  );
}
