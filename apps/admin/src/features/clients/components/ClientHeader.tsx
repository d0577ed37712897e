import { Alert, Anchor, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import type { Client } from '@smartcrm/api-client';
import {
  IconArchive,
  IconArrowsRightLeft,
  IconChevronDown,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { problemExtension } from '../../../api/problem-extensions';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useArchiveClient, useDeleteClient, useRestoreClient } from '../api/useClientWrites';
import { useClientAccess } from '../hooks/useClientAccess';
import { clientStageStyles, clientTierStyles } from '../utils/client-styles';
import { ClientCommandModal } from './ClientCommandModal';
import { StageChangeModal } from './StageChangeModal';

export type ClientHeaderProps = { client: Client };

/** The client's name, stage and tier, and the lifecycle actions the user may take. */
export function ClientHeader({ client }: ClientHeaderProps) {
  const { t } = useI18n();
  useDocumentTitle(`${client.companyName} · Smart CRM Suite`);
  const navigate = useNavigate();
  const { access, canChange } = useClientAccess();
  const [movingStage, stageDialog] = useDisclosure(false);
  const [archiving, archiveDialog] = useDisclosure(false);
  const [deleting, deleteDialog] = useDisclosure(false);
  const archive = useArchiveClient(client);
  const restore = useRestoreClient(client);
  const remove = useDeleteClient(client);
  const archived = client.archivedAt !== null;
  const history = problemExtension(remove.error, 'history');

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {client.companyName}
            </Title>
            <EnumBadge value={client.stage} styles={clientStageStyles} />
            <EnumBadge value={client.tier} styles={clientTierStyles} />
          </Group>
          {client.industry && <Text c="dimmed">{client.industry}</Text>}
        </Stack>
        <Group gap="sm">
          {canChange(client) && !archived && (
            <Button leftSection={<IconArrowsRightLeft size={16} aria-hidden />} onClick={stageDialog.open}>
              {t('clients.changeStage')}
            </Button>
          )}
          {access.manage && (
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={16} aria-hidden />}>
                  {t('clients.moreActions')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {archived ? (
                  client.mergedIntoId === null && (
                    <Menu.Item
                      leftSection={<IconRestore size={16} aria-hidden />}
                      onClick={() => restore.mutate()}
                    >
                      {t('clients.restore.action')}
                    </Menu.Item>
                  )
                ) : (
                  <Menu.Item leftSection={<IconArchive size={16} aria-hidden />} onClick={archiveDialog.open}>
                    {t('clients.archive.action')}
                  </Menu.Item>
                )}
                <Menu.Item
                  color="red"
                  leftSection={<IconTrash size={16} aria-hidden />}
                  onClick={deleteDialog.open}
                >
                  {t('clients.delete.action')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Group>
      {archived && (
        <Alert color="gray" variant="light" icon={<IconArchive aria-hidden />} role="status">
          {client.mergedIntoId !== null ? (
            <>
              {t('clients.mergedInto')}{' '}
              <Anchor component={Link} to={`/clients/${client.mergedIntoId}`}>
                #{client.mergedIntoId}
              </Anchor>
            </>
          ) : (
            t('clients.archivedNotice')
          )}
        </Alert>
      )}
      {restore.isError && (
        <Alert color="red" variant="light" role="alert">
          {t('clients.restore.failed')}
        </Alert>
      )}
      <StageChangeModal client={movingStage ? client : null} onClose={stageDialog.close} />
      <ClientCommandModal
        opened={archiving}
        onClose={archiveDialog.close}
        title={t('clients.archive.title')}
        text={t('clients.archive.text', { name: client.companyName })}
        noteLabel={t('clients.archive.reason')}
        submitLabel={t('clients.archive.submit')}
        failedTitle={t('clients.archive.failed')}
        mutation={archive}
        run={(reason, done) => archive.mutate(reason, { onSuccess: done })}
      />
      <ClientCommandModal
        opened={deleting}
        onClose={deleteDialog.close}
        title={t('clients.delete.title')}
        text={t('clients.delete.text', { name: client.companyName })}
        submitLabel={t('clients.delete.submit')}
        failedTitle={t('clients.delete.failed')}
        danger
        problemDetails={
          Array.isArray(history) && history.length > 0 ? (
            <Text size="sm">{t('clients.delete.history', { what: history.join(', ') })}</Text>
          ) : undefined
        }
        mutation={remove}
        run={(_, done) =>
          remove.mutate(undefined, {
            onSuccess: () => {
              done();
              navigate('/clients', { replace: true });
            },
          })
        }
      />
    </Stack>
  );
}
