import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigationFor } from '../../../domain/navigation.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { FollowsList } from '../../features/citizens/components/follows-list.js';
import { useMasterData } from '../../features/innovations/api/use-master-data.js';
import { affairChoices } from '../../features/ideas/affair-choices.js';
import { useIdea } from '../../features/ideas/api/use-idea.js';
import { useMyIdeas } from '../../features/ideas/api/use-my-ideas.js';
import { IdeaFormDialog } from '../../features/ideas/components/idea-form-dialog.js';
import { MyIdeasList } from '../../features/ideas/components/my-ideas-list.js';
import { useSignedIn } from '../use-signed-in.js';

/** `/ide-saya` (every role): send an idea, follow what happens to it, and what the account follows. */
export default function MyIdeasPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const ideas = useMyIdeas();
  const master = useMasterData();
  // undefined: no dialog; null: a new idea; a string: editing that idea (loaded in full first).
  const [editing, setEditing] = useState<string | null>();
  const idea = useIdea(typeof editing === 'string' ? editing : null);
  const showProposal = navigationFor(me.roles).some((item) => item.key === 'innovations');
  const close = () => setEditing(undefined);
  const affairs = (chosen: string | null) => affairChoices(master.items('affair'), t, chosen);

  return (
    <>
      <PageTitle>{t('ui.nav.myIdeas')}</PageTitle>
      <Stack gap="xl">
        <Stack component="section" aria-labelledby="ide-dikirim" gap="sm">
          <Group justify="space-between" align="flex-end">
            <Title order={2} size="h3" id="ide-dikirim">
              {t('ui.ideas.mine.heading')}
            </Title>
            <Button onClick={() => setEditing(null)}>{t('ui.ideas.mine.submit')}</Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('ui.ideas.mine.intro')}{' '}
            <Anchor href="/ide" size="sm" underline="always">
              {t('ui.ideas.mine.portal')}
            </Anchor>
          </Text>
          <ErrorAlert error={ideas.error} />
          {ideas.isPending ? (
            <PageLoader />
          ) : ideas.data && ideas.data.items.length === 0 ? (
            <Text>{t('ui.ideas.mine.empty')}</Text>
          ) : (
            ideas.data && (
              <MyIdeasList items={ideas.data.items} affairName={(code) => master.nameOf('affair', code)} onEdit={setEditing} showProposal={showProposal} />
            )
          )}
        </Stack>
        <FollowsList />
      </Stack>

      {editing === null && <IdeaFormDialog idea={null} userId={me.id} affairs={affairs(null)} onClose={close} />}
      {typeof editing === 'string' && idea.isError && <ErrorAlert error={idea.error} />}
      {typeof editing === 'string' && idea.data && (
        <IdeaFormDialog key={idea.data.id} idea={idea.data} userId={me.id} affairs={affairs(idea.data.affair)} onClose={close} />
      )}
    </>
  );
}
