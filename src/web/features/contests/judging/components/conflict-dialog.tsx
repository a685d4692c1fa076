import { Alert, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { conflictTypes, type ConflictType } from '../../../../../domain/contests/contests.js';
import { Dialog } from '../../../../components/dialog.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { FormActions } from '../../../../components/form-actions.js';
import { ApiError } from '../../../../lib/api.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { useDeclareConflict } from '../api/use-judging.js';

/** A note is required where the type alone does not explain the conflict, and for a recusal. */
const needsNote = (type: ConflictType | null) => type === 'lainnya' || type === 'mundur';

type Props = { roundId: string; entry: { entryId: string; title: string; number: string | null }; onClose: () => void };

/**
 * "Nyatakan konflik": the type (family, same unit or employer, collaborator, other, recusal) and a
 * note, with the consequence said before it is confirmed: the entry leaves the judge's sheets in
 * every round of the contest, with the scores already given on it.
 */
export function ConflictDialog({ roundId, entry, onClose }: Props) {
  const { t } = useTranslation();
  const declare = useDeclareConflict(roundId);
  const [type, setType] = useState<ConflictType | null>(null);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const noteMissing = needsNote(type) && !note.trim();
  // The server's field problems go beside their fields (a note required for the type, too long …).
  const serverProblem = (path: 'type' | 'note') => (declare.error instanceof ApiError ? (declare.error.fields.find((f) => f.path === path)?.message ?? null) : null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!type || noteMissing) return;
    declare.mutate(
      { entryId: entry.entryId, type, note: note.trim() || null },
      {
        onSuccess: () => {
          notifySuccess(t('ui.judging.conflict.declared'));
          onClose();
        },
      },
    );
  };

  return (
    <Dialog title={t('ui.judging.conflict.title')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>{entry.number ? t('ui.judging.conflict.entryNumbered', { number: entry.number, title: entry.title }) : t('ui.judging.conflict.entry', { title: entry.title })}</Text>
          <ErrorAlert error={declare.error} formValues={{ type, note }} />
          <Select
            label={t('ui.judging.conflict.type')}
            data={conflictTypes.map((c) => ({ value: c, label: t(`contestTerms.conflict.${c}`) }))}
            value={type}
            onChange={(v) => setType(v as ConflictType | null)}
            withAsterisk
            allowDeselect={false}
            error={tried && !type ? t('validation.required') : serverProblem('type')}
          />
          <Textarea
            label={t('ui.judging.conflict.note')}
            description={t('ui.judging.conflict.noteHint')}
            withAsterisk={needsNote(type)}
            autosize
            minRows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={tried && noteMissing ? t('validation.required') : serverProblem('note')}
          />
          <Alert color="orange" role="note" title={t('ui.judging.conflict.warningTitle')}>
            {t('ui.judging.conflict.warning')}
          </Alert>
          <FormActions onCancel={onClose} loading={declare.isPending} submitLabel={t('ui.judging.conflict.declare')} />
        </Stack>
      </form>
    </Dialog>
  );
}
