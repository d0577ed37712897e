import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { Product } from '../api/product-types';
import { useDeleteProduct } from '../api/useProductWrites';
import { useProductProblemMessages } from '../hooks/useProductProblemMessages';

export type DeleteDraftProductProps = { product: Product };

/** A draft that never moved stock nor was ordered can be deleted; the server refuses anything else (409). */
export function DeleteDraftProduct({ product }: DeleteDraftProductProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const remove = useDeleteProduct(product);
  const problemMessages = useProductProblemMessages();
  const close = () => {
    dialog.close();
    remove.reset();
  };
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        leftSection={<IconTrash size={14} aria-hidden />}
        onClick={dialog.open}
      >
        {t('products.delete.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={t('products.delete.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('products.delete.confirmText', { name: product.name })}</Text>
          {remove.isError && (
            <ProblemAlert
              error={remove.error}
              title={t('products.delete.failed')}
              messages={problemMessages}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => navigate('/products') })}
            >
              {t('products.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
