import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { PriceRule } from '../api/price-rule-types';
import { useDeletePriceRule } from '../api/usePriceRuleWrites';
import { usePriceRuleProblemMessages } from '../hooks/usePriceRuleProblemMessages';

export type DeletePriceRuleModalProps = {
  rule: PriceRule;
  onClose: () => void;
  onDeleted: () => void;
  onConflict?: () => void;
};

/** Deleting asks first; orders keep the prices they were confirmed at either way. */
export function DeletePriceRuleModal({ rule, onClose, onDeleted, onConflict }: DeletePriceRuleModalProps) {
  const { t } = useI18n();
  const remove = useDeletePriceRule(rule);
  const problemMessages = usePriceRuleProblemMessages();
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('priceRules.delete.confirmTitle')}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      <Stack gap="md">
        <Text size="sm">{t('priceRules.delete.confirmText', { name: rule.name })}</Text>
        {remove.isError && (
          <ProblemAlert
            error={remove.error}
            title={t('priceRules.delete.failed')}
            messages={problemMessages}
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('action.cancel')}
          </Button>
          <Button
            color="red"
            loading={remove.isPending}
            onClick={() =>
              remove.mutate(undefined, {
                onSuccess: onDeleted,
                onError: (error) => {
                  if (isApiProblem(error) && error.code === 'version_conflict') onConflict?.();
                },
              })
            }
          >
            {t('priceRules.delete.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
