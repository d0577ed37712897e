import { StatusBadge } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import type { EnumStyles } from '../utils/enum-style';

export type EnumBadgeProps<Value extends string> = { value: Value; styles: EnumStyles<Value> };

export function EnumBadge<Value extends string>({ value, styles }: EnumBadgeProps<Value>) {
  const { t } = useI18n();
  const style = styles[value];
  // A value added on the server before this UI knows it still shows, uncoloured.
  if (!style) return <StatusBadge label={value} color="gray" />;
  return <StatusBadge label={t(style.label)} color={style.color} />;
}
