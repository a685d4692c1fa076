import { Button, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceAddForm } from './evidence-add-form.js';
import { EvidenceList, type EvidenceListProps } from './evidence-list.js';

type Props<T> = EvidenceListProps<T> & {
  /** The indicator's review, shown between its evidence and the button that adds more. */
  review: ReactNode;
};

/** An indicator card's evidence part: the list, the review, and the form that adds evidence, opened by a button. */
export function IndicatorEvidence<T>({ review, ...evidence }: Props<T>) {
  const { code, canEdit, endpoints } = evidence;
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);

  return (
    <>
      <Text role="status" size="sm" c="blue.9">
        {added && t('ui.innovations.indicators.saved')}
      </Text>
      <EvidenceList {...evidence} />
      {review}
      {canEdit &&
        (adding ? (
          <EvidenceAddForm
            code={code}
            endpoints={endpoints}
            onDone={(saved) => {
              setAdding(false);
              setAdded(saved);
            }}
          />
        ) : (
          <Button
            size="xs"
            variant="light"
            style={{ alignSelf: 'flex-start' }}
            aria-label={t('ui.innovations.indicators.addEvidenceFor', { code })}
            onClick={() => {
              setAdding(true);
              setAdded(false);
            }}
          >
            {t('ui.innovations.indicators.addEvidence')}
          </Button>
        ))}
    </>
  );
}
