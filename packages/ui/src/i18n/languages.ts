export const languages = [
  { value: 'en', label: 'English', locale: 'en-US' },
  { value: 'zh-CN', label: '简体中文', locale: 'zh-CN' },
] as const;

export type Language = (typeof languages)[number]['value'];

const storageKey = 'smartcrm.language';

/** The saved choice, else the browser's preference, else English. */
export function detectLanguage(): Language {
  const saved = readStorage();
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export function saveLanguage(language: Language): void {
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Storage can be disabled (private mode, policies); the choice then lasts for this page only.
  }
}

export function localeOf(language: Language): string {
  return languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
}

function readStorage(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}
