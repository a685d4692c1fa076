import { Alert, Anchor, Button, FileInput, Group, List, Select, Stack, Text, Textarea, TextInput, type ComboboxData } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea, IdeaInput } from '../../../../domain/contracts/ideas.js';
import { IDEA_FILE_MAX_BYTES, IDEA_FILES_MAX } from '../../../../domain/ideas/ideas.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { ApiError } from '../../../lib/api.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { ideaFileUrl, useDeleteIdeaFile, useUploadIdeaFile } from '../api/use-idea-files.js';
import { useSaveIdea } from '../api/use-save-idea.js';
import { clearDraft, readDraft, writeDraft, type IdeaDraft } from '../idea-draft.js';

// The server judges the type by the bytes; this only narrows the file picker.
const accept = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
const maxMb = IDEA_FILE_MAX_BYTES / (1024 * 1024);

type Props = {
  /** null: a new idea. */
  idea: Idea | null;
  userId: string;
  affairs: ComboboxData;
  onClose: () => void;
};

const valuesOf = (idea: Idea | null): IdeaDraft => ({
  title: idea?.title ?? '',
  problem: idea?.problem ?? '',
  solution: idea?.solution ?? '',
  affair: idea?.affair ?? null,
  location: idea?.location ?? '',
});

const sameDraft = (a: IdeaDraft, b: IdeaDraft) =>
  a.title === b.title && a.problem === b.problem && a.solution === b.solution && a.affair === b.affair && a.location === b.location;

/**
 * Sends a new idea or edits one that waits for moderation: the texts, the affair, the location and
 * attachments. What is typed is kept as a local draft until the server has it. Attachments are
 * uploaded after the idea is saved; if one is refused, the dialog stays open on the saved idea
 * and says which file and why.
 */
export function IdeaFormDialog({ idea: initial, userId, affairs, onClose }: Props) {
  const { t } = useTranslation();
  // Once a new idea is saved, the dialog goes on with it (e.g. to fix a refused attachment).
  const [idea, setIdea] = useState(initial);
  const draftId = initial?.id ?? null;
  const [restored] = useState(() => {
    const draft = readDraft(userId, draftId);
    return draft && !sameDraft(draft, valuesOf(initial)) ? draft : null;
  });
  const save = useSaveIdea();
  const upload = useUploadIdeaFile();
  const remove = useDeleteIdeaFile();
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [uploading, setUploading] = useState<string | null>(null);
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm<IdeaDraft>({
    initialValues: restored ?? valuesOf(initial),
    validate: { title: required, problem: required, solution: required },
    onValuesChange: (values) => writeDraft(userId, draftId, values),
  });
  const existing = idea?.files ?? [];

  const pickFiles = (picked: File[]) => {
    setUploadError(null);
    const tooLarge = picked.find((f) => f.size > IDEA_FILE_MAX_BYTES);
    if (tooLarge) setFileError(t('ui.ideas.form.tooLarge', { name: tooLarge.name, size: maxMb }));
    else if (existing.length + picked.length > IDEA_FILES_MAX) setFileError(t('ui.ideas.form.tooManyFiles', { max: IDEA_FILES_MAX }));
    else setFileError(null);
    setFiles(picked);
  };

  const discardDraft = () => {
    clearDraft(userId, draftId);
    form.setValues(valuesOf(initial));
  };

  const uploadAll = async (saved: Idea): Promise<boolean> => {
    const left = [...files];
    while (left.length) {
      const file = left[0]!;
      setUploading(file.name);
      try {
        await upload.mutateAsync({ ideaId: saved.id, file });
        left.shift();
        setFiles([...left]);
      } catch (err) {
        setUploading(null);
        const message = err instanceof Error ? err.message : String(err);
        setUploadError(new ApiError(err instanceof ApiError ? err.status : 0, 'UPLOAD', t('ui.ideas.form.uploadFailed', { name: file.name, message })));
        return false;
      }
    }
    setUploading(null);
    return true;
  };

  const submit = form.onSubmit(async (values) => {
    if (fileError) return;
    setUploadError(null);
    const input: IdeaInput = {
      title: values.title.trim(),
      problem: values.problem.trim(),
      solution: values.solution.trim(),
      affair: values.affair || null,
      location: values.location.trim() || null,
    };
    let saved: Idea;
    try {
      saved = await save.mutateAsync({ id: idea?.id ?? null, input });
    } catch (err) {
      showFieldErrors(form, err);
      return;
    }
    // The server has the texts now: the draft is no longer needed.
    clearDraft(userId, draftId);
    setIdea(saved);
    if (!(await uploadAll(saved))) return;
    notifySuccess(initial ? t('ui.ideas.form.saved') : t('ui.ideas.form.sent'));
    onClose();
  });

  const removeFile = (fileId: string, name: string) => {
    if (!idea) return;
    remove.mutate(
      { ideaId: idea.id, fileId },
      {
        onSuccess: () => {
          setIdea({ ...idea, files: idea.files.filter((f) => f.id !== fileId) });
          notifySuccess(t('ui.ideas.form.fileRemoved', { name }));
        },
        onError: notifyError,
      },
    );
  };

  const busy = save.isPending || uploading !== null;
  return (
    <Dialog title={initial ? t('ui.ideas.form.editTitle') : t('ui.ideas.form.createTitle')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {restored && (
            <Alert color="blue" role="status">
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t('ui.ideas.form.draftRestored')}</Text>
                <Button variant="subtle" size="compact-sm" onClick={discardDraft}>
                  {t('ui.ideas.form.discardDraft')}
                </Button>
              </Group>
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            {t('ui.ideas.form.draftNote')} {t('ui.ideas.hints.noPersonal')}
          </Text>
          <ErrorAlert error={save.error} formValues={form.values} />
          <TextInput label={t('ui.ideas.fields.title')} description={t('ui.ideas.hints.title')} withAsterisk maxLength={200} {...form.getInputProps('title')} />
          <Textarea
            label={t('ui.ideas.fields.problem')}
            description={t('ui.ideas.hints.problem')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
            {...form.getInputProps('problem')}
          />
          <Textarea
            label={t('ui.ideas.fields.solution')}
            description={t('ui.ideas.hints.solution')}
            withAsterisk
            autosize
            minRows={3}
            maxRows={12}
            maxLength={5000}
            {...form.getInputProps('solution')}
          />
          <Select
            label={t('ui.ideas.fields.affair')}
            description={t('ui.ideas.hints.affair')}
            data={affairs}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('affair')}
          />
          <TextInput label={t('ui.ideas.fields.location')} description={t('ui.ideas.hints.location')} maxLength={200} {...form.getInputProps('location')} />

          <Stack gap={4}>
            {existing.length > 0 && (
              <>
                <Text size="sm" fw={500}>
                  {t('ui.ideas.fields.attachments')}
                </Text>
                <List size="sm" spacing={4}>
                  {existing.map((f) => (
                    <List.Item key={f.id}>
                      <Group gap="xs">
                        <Anchor href={ideaFileUrl(idea!.id, f.id)} target="_blank" rel="noopener">
                          {f.name}
                        </Anchor>
                        {idea?.may.edit && (
                          <Button
                            variant="subtle"
                            color="red"
                            size="compact-xs"
                            aria-label={t('ui.ideas.form.removeFile', { name: f.name })}
                            loading={remove.isPending && remove.variables?.fileId === f.id}
                            onClick={() => removeFile(f.id, f.name)}
                          >
                            {t('ui.common.delete')}
                          </Button>
                        )}
                      </Group>
                    </List.Item>
                  ))}
                </List>
              </>
            )}
            {(!idea || idea.may.edit) && existing.length < IDEA_FILES_MAX && (
              <FileInput
                label={existing.length ? t('ui.ideas.form.chooseFiles') : t('ui.ideas.fields.attachments')}
                description={t('ui.ideas.hints.attachments', { size: maxMb, max: IDEA_FILES_MAX })}
                accept={accept}
                multiple
                clearable
                clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
                value={files}
                onChange={pickFiles}
                error={fileError}
                disabled={busy}
              />
            )}
            {uploading && (
              <Text size="sm" role="status">
                {t('ui.ideas.form.uploading', { name: uploading })}
              </Text>
            )}
          </Stack>
          <ErrorAlert error={uploadError} />
          <FormActions onCancel={onClose} loading={busy} submitLabel={initial || idea ? t('ui.ideas.form.save') : t('ui.ideas.form.submit')} />
        </Stack>
      </form>
    </Dialog>
  );
}
