import type { EnumStyles } from '../../listing/utils/enum-style';
import type { ClientTier, PriceRuleKind } from '../api/price-rule-types';

export const priceRuleKindStyles: EnumStyles<PriceRuleKind> = {
  volume_tier: { label: 'priceRules.kind.volume_tier', color: 'blue' },
  client_price: { label: 'priceRules.kind.client_price', color: 'violet' },
  segment_price: { label: 'priceRules.kind.segment_price', color: 'cyan' },
  promotion: { label: 'priceRules.kind.promotion', color: 'pink' },
};

export const clientTierStyles: EnumStyles<ClientTier> = {
  standard: { label: 'priceRules.tier.standard', color: 'gray' },
  silver: { label: 'priceRules.tier.silver', color: 'gray' },
  gold: { label: 'priceRules.tier.gold', color: 'yellow' },
  platinum: { label: 'priceRules.tier.platinum', color: 'indigo' },
};
