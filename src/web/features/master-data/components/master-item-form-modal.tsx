import { Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { MasterItem, MasterItemInput, MasterItemUpdate } from '../../../../domain/contracts/master-data.js';
import { affairGroups, type AffairGroup } from '../../../../domain/iid/affairs.js';
import { isPeriodList, type MasterList } from '../../../../domain/master-data.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreateMasterItem } from '../api/use-create-master-item.js';
import { useUpdateMasterItem } from '../api/use-update-master-item.js';

type Props = { list: MasterList; periodId: string | null; item: MasterItem | null; onClose: () => void };

const codePattern = /^[a-z0-9_]{1,60}$/;
// The index counts basic-service affairs, so that group is neither joined nor left by an edit (the server refuses it too).
const lockedGroup: AffairGroup = 'wajib_pelayanan_dasar';

/** Adds an item to `list` when `item` is null; otherwise renames it (and moves an affair to another group). */
export function MasterItemFormModal({ list, periodId, item, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateMasterItem();
  const update = useUpdateMasterItem();
  const mutation = item ? update : create;
  const isAffair = list === 'affair';
  const groupLocked = item?.group === lockedGroup;
  const form = useForm({
    initialValues: { name: item?.name ?? '', code: '', group: item?.group ?? '' },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      code: (value) => (!value.trim() || codePattern.test(value.trim()) ? null : t('validation.masterCode')),
      group: (value) => (isAffair && !value ? t('validation.required') : null),
    },
  });
  const groups = affairGroups.filter((g) => !item || groupLocked || g !== lockedGroup);

  const submit = form.onSubmit((values) => {
    const group = affairGroups.find((g) => g === values.group);
    const done = {
      onSuccess: () => {
        notifySuccess(item ? t('ui.common.saved') : t('ui.masterData.created'));
        onClose();
      },
      onError: (err: unknown) => showFieldErrors(form, err),
    };
    if (item) {
      const input: MasterItemUpdate = { name: values.name.trim() };
      if (isAffair && !groupLocked && group && group !== item.group) input.group = group;
      update.mutate({ id: item.id, input }, done);
    } else {
      const input: MasterItemInput = {
        list,
        name: values.name.trim(),
        code: values.code.trim() || undefined,
        group: isAffair ? group : undefined,
        periodId: isPeriodList(list) ? (periodId ?? undefined) : undefined,
      };
      create.mutate(input, done);
    }
  });

  const listName = t(`ui.masterData.lists.${list}`);
  return (
    <Dialog onClose={onClose} title={item ? t('ui.masterData.editTitle') : t('ui.masterData.createTitle', { list: listName })}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} formValues={form.values} />
          <TextInput label={t('ui.masterData.name')} withAsterisk maxLength={300} {...form.getInputProps('name')} />
          {item ? (
            <TextInput label={t('ui.masterData.code')} value={item.code} readOnly />
          ) : (
            <TextInput label={t('ui.masterData.code')} description={t('ui.masterData.codeHint')} maxLength={60} {...form.getInputProps('code')} />
          )}
          {isAffair && (
            <Select
              label={t('ui.masterData.group')}
              withAsterisk={!groupLocked}
              description={groupLocked ? t('ui.masterData.groupLocked') : undefined}
              disabled={groupLocked}
              allowDeselect={false}
              data={groups.map((g) => ({ value: g, label: t(`ui.masterData.groups.${g}`) }))}
              {...form.getInputProps('group')}
            />
          )}
          <FormActions onCancel={onClose} loading={mutation.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
