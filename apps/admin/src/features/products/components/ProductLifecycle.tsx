import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { problemExtension } from '../../../api/problem-extensions';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { Product, ProductStatus } from '../api/product-types';
import { useChangeProductStatus, useReloadProduct } from '../api/useProductWrites';
import { useProductProblemMessages } from '../hooks/useProductProblemMessages';
import { lifecycleActionLabels, productStatusStyles } from '../utils/product-status';

export type ProductLifecycleProps = { product: Product };

/** The moves the product's lifecycle allows now, each asked for with an optional reason kept in the history. */
export function ProductLifecycle({ product }: ProductLifecycleProps) {
  const { t } = useI18n();
  const [target, setTarget] = useState<ProductStatus | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ProductStatus | null>(null);
  const change = useChangeProductStatus(product);
  const reload = useReloadProduct(product.id);
  const problemMessages = useProductProblemMessages();
  // The server says which moves the lifecycle allows now; one it refuses anyway (the product moved on
  // meanwhile) is reported with the moves it allows then.
  const targets = product.allowedTransitions;

  const open = (status: ProductStatus) => {
    change.reset();
    setReason('');
    setDone(null);
    setTarget(status);
  };
  const close = () => setTarget(null);
  const confirm = () => {
    if (!target) return;
    const trimmed = reason.trim();
    change.mutate(
      { status: target, ...(trimmed ? { reason: trimmed } : {}) },
      {
        onSuccess: (updated) => {
          setDone(updated.status);
          close();
        },
        // The product moved on meanwhile: show its current state, so the user decides again.
        onError: (error) => {
          if (isApiProblem(error) && ['version_conflict', 'illegal_status_transition'].includes(error.code))
            void reload();
        },
      },
    );
  };

  const allowed = problemExtension(change.error, 'allowed');
  const statusLabel = (status: ProductStatus) => t(productStatusStyles[status]?.label ?? 'field.none');
  const illegalMessage = Array.isArray(allowed)
    ? allowed.length > 0
      ? t('products.lifecycle.illegal', { allowed: (allowed as ProductStatus[]).map(statusLabel).join(', ') })
      : t('products.lifecycle.final')
    : undefined;

  return (
    <Stack gap="sm">
      {done && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('products.lifecycle.done', { status: statusLabel(done) })}
        </Alert>
      )}
      {targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('products.lifecycle.final')}
        </Text>
      ) : (
        <Group gap="sm">
          {targets.map((status) => (
            <Button
              key={status}
              variant={status === 'archived' ? 'outline' : 'light'}
              color={status === 'archived' ? 'red' : status === 'discontinued' ? 'orange' : undefined}
              onClick={() => open(status)}
            >
              {t(lifecycleActionLabels[status])}
            </Button>
          ))}
        </Group>
      )}
      <Modal
        opened={target !== null}
        onClose={close}
        title={
          target ? t('products.lifecycle.confirmTitle', { action: t(lifecycleActionLabels[target]) }) : ''
        }
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          {target && (
            <Text size="sm">
              {t(`products.lifecycle.explain.${target}`, {
                from: statusLabel(product.status),
                to: statusLabel(target),
              })}
            </Text>
          )}
          {change.isError && (
            <ProblemAlert
              error={change.error}
              title={t('products.lifecycle.failed')}
              messages={{
                ...problemMessages,
                ...(illegalMessage ? { illegal_status_transition: illegalMessage } : {}),
              }}
            />
          )}
          <Textarea
            label={t('products.lifecycle.reason')}
            description={t('products.lifecycle.reasonHint')}
            maxLength={500}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('action.cancel')}
            </Button>
            <Button
              color={target === 'archived' ? 'red' : undefined}
              loading={change.isPending}
              onClick={confirm}
            >
              {target ? t(lifecycleActionLabels[target]) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
