export const settingsTabs = ['queues', 'categories', 'agents', 'sla', 'hours', 'priority'] as const;
export type SettingsTab = (typeof settingsTabs)[number];

/** The tab named in the URL, or the first one. */
export function settingsTabOf(value: string | null): SettingsTab {
  return (settingsTabs as readonly string[]).includes(value ?? '') ? (value as SettingsTab) : 'queues';
}
