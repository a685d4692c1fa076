import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Me } from '../../../../domain/contracts/auth.js';
import { notifyError } from '../../../lib/notify.js';
import { useSignOut } from '../api/use-sign-out.js';

export function AccountMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const signOut = useSignOut();
  return (
    // Not in a portal, so the open menu stays inside the banner landmark.
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <Button variant="subtle" color="gray" px="xs" maw={{ base: 110, sm: 220 }}>
          <Text span truncate inherit>
            {me.name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item onClick={() => signOut.mutate(undefined, { onSuccess: () => void navigate('/masuk'), onError: notifyError })}>
          {t('ui.auth.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
