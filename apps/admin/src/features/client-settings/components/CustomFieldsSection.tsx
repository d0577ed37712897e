import { ActionIcon, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import type { CustomFieldDefinition } from '../../clients/api/client-types';
import { useCustomFields } from '../../clients/api/useCustomFields';
import { ClientCommandModal } from '../../clients/components/ClientCommandModal';
import { useDeleteCustomField } from '../api/useCustomFieldWrites';
import { CustomFieldModal } from './CustomFieldModal';

export type CustomFieldsSectionProps = { canManage: boolean };

/** The typed fields every client has besides the built-in ones; only administrators define them. */
export function CustomFieldsSection({ canManage }: CustomFieldsSectionProps) {
  const { t } = useI18n();
  const fields = useCustomFields();
  const remove = useDeleteCustomField();
  const [editing, setEditing] = useState<CustomFieldDefinition | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CustomFieldDefinition | null>(null);

  return (
    <SectionCard
      title={t('customFields.title')}
      description={canManage ? t('customFields.description') : t('customFields.readOnly')}
    >
      <Stack gap="md">
        {canManage && (
          <Group justify="flex-end">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setAdding(true)}>
              {t('customFields.add')}
            </Button>
          </Group>
        )}
        {fields.isPending ? (
          <LoadingState />
        ) : fields.isError ? (
          <ErrorState error={fields.error} onRetry={() => fields.refetch()} />
        ) : fields.data.length === 0 ? (
          <EmptyResult title={t('customFields.emptyTitle')} description={t('customFields.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Caption>{t('customFields.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('customFields.label')}</Table.Th>
                  <Table.Th>{t('customFields.key')}</Table.Th>
                  <Table.Th>{t('customFields.type')}</Table.Th>
                  <Table.Th>{t('customFields.options')}</Table.Th>
                  {canManage && <Table.Th>{t('list.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {fields.data.map((field) => (
                  <Table.Tr key={field.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {field.label}
                        </Text>
                        {field.required && (
                          <Badge size="xs" variant="light" tt="none">
                            {t('customFields.requiredBadge')}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {field.key}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t(`customFields.type.${field.type}`)}</Table.Td>
                    <Table.Td>
                      {field.options.length > 0 ? field.options.join(', ') : t('field.none')}
                    </Table.Td>
                    {canManage && (
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <ActionIcon
                            variant="subtle"
                            aria-label={t('customFields.editNamed', { label: field.label })}
                            onClick={() => setEditing(field)}
                          >
                            <IconPencil size={16} aria-hidden />
                          </ActionIcon>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('customFields.deleteNamed', { label: field.label })}
                            onClick={() => setRemoving(field)}
                          >
                            <IconTrash size={16} aria-hidden />
                          </ActionIcon>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <CustomFieldModal
        opened={adding || editing !== null}
        field={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <ClientCommandModal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('customFields.deleteTitle')}
        text={t('customFields.deleteText', { label: removing?.label ?? '' })}
        submitLabel={t('customFields.delete')}
        failedTitle={t('customFields.deleteFailed')}
        danger
        mutation={remove}
        run={(_, done) => removing && remove.mutate(removing, { onSuccess: done })}
      />
    </SectionCard>
  );
}
