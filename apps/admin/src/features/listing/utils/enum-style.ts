import type { MantineColor } from '@mantine/core';
import type { MessageKey } from '../../../i18n/messages-en';

/** How one value of an API enum (a status, a priority) is labelled and coloured. */
export type EnumStyle = { label: MessageKey; color: MantineColor };
export type EnumStyles<Value extends string> = Record<Value, EnumStyle>;
