import { Modal } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { PriceRule } from '../api/price-rule-types';
import type { PriceRuleFormValues } from '../utils/price-rule-form';
import { PriceRuleForm } from './PriceRuleForm';

export type PriceRuleFormModalProps = {
  opened: boolean;
  /** The rule to change; none to create one. */
  rule?: PriceRule;
  defaults?: Partial<PriceRuleFormValues>;
  onClose: () => void;
  onSaved: (rule: PriceRule) => void;
  onConflict?: () => void;
};

export function PriceRuleFormModal({
  opened,
  rule,
  defaults,
  onClose,
  onSaved,
  onConflict,
}: PriceRuleFormModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={rule ? t('priceRules.edit.title') : t('priceRules.new.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {/* Keyed so each opening starts from the rule as it is now. */}
      <PriceRuleForm
        key={rule ? `${rule.id}:${rule.version}` : 'new'}
        rule={rule}
        defaults={defaults}
        onSaved={onSaved}
        onCancel={onClose}
        onConflict={onConflict}
      />
    </Modal>
  );
}
