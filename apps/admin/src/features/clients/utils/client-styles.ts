import type { EnumStyles } from '../../listing/utils/enum-style';
import type { ClientStage, ClientTier, InteractionKind } from '../api/client-types';

export const clientStageStyles: EnumStyles<ClientStage> = {
  lead: { label: 'clients.stage.lead', color: 'blue' },
  prospect: { label: 'clients.stage.prospect', color: 'violet' },
  customer: { label: 'clients.stage.customer', color: 'green' },
  churned: { label: 'clients.stage.churned', color: 'red' },
};

export const clientTierStyles: EnumStyles<ClientTier> = {
  standard: { label: 'clients.tier.standard', color: 'gray' },
  silver: { label: 'clients.tier.silver', color: 'indigo' },
  gold: { label: 'clients.tier.gold', color: 'yellow' },
  platinum: { label: 'clients.tier.platinum', color: 'grape' },
};

export const interactionKindStyles: EnumStyles<InteractionKind> = {
  call: { label: 'clients.interaction.kind.call', color: 'teal' },
  email: { label: 'clients.interaction.kind.email', color: 'blue' },
  meeting: { label: 'clients.interaction.kind.meeting', color: 'violet' },
  note: { label: 'clients.interaction.kind.note', color: 'gray' },
};
