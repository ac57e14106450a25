/**
 * The reader's settings, in one place: the panel draws them, the tools module
 * saves them, and the no-flash snippet (theme-init.ts) applies the saved ones.
 * Each is stored in localStorage under `name` and shown as
 * `<html data-{name}>`; the fallback is stored as nothing at all.
 */
export interface ReaderSetting {
  legend: string;
  name: string;
  fallback: string;
  options: readonly (readonly [value: string, label: string])[];
}

export const readerSettings: readonly ReaderSetting[] = [
  { legend: '字号', name: 'text-size', fallback: 'm', options: [['s', '小'], ['m', '中'], ['l', '大'], ['xl', '特大']] },
  { legend: '主题', name: 'theme', fallback: 'system', options: [['system', '跟随系统'], ['light', '浅色'], ['dark', '深色']] },
];
