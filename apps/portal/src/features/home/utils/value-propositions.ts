import {
  type Icon,
  IconChartHistogram,
  IconDatabase,
  IconLifebuoy,
  IconRobot,
  IconShieldLock,
  IconStack2,
} from '@tabler/icons-react';
import type { MessageKey } from '../../../i18n/messages-en';

export const valuePropositions: { icon: Icon; title: MessageKey; text: MessageKey }[] = [
  { icon: IconDatabase, title: 'home.value1Title', text: 'home.value1Text' },
  { icon: IconRobot, title: 'home.value2Title', text: 'home.value2Text' },
  { icon: IconLifebuoy, title: 'home.value3Title', text: 'home.value3Text' },
  { icon: IconChartHistogram, title: 'home.value4Title', text: 'home.value4Text' },
  { icon: IconShieldLock, title: 'home.value5Title', text: 'home.value5Text' },
  { icon: IconStack2, title: 'home.value6Title', text: 'home.value6Text' },
];

export const moduleKeys: MessageKey[] = [
  'home.module1',
  'home.module2',
  'home.module3',
  'home.module4',
  'home.module5',
  'home.module6',
];

export const stats: { value: MessageKey; label: MessageKey }[] = [
  { value: 'home.stat1Value', label: 'home.stat1Label' },
  { value: 'home.stat2Value', label: 'home.stat2Label' },
  { value: 'home.stat3Value', label: 'home.stat3Label' },
];
