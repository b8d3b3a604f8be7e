// Pengaturan, saved in the workbook's own settings so they travel with the file.
import type { Settings } from "../core/rules";
import { DEFAULT_SETTINGS } from "../core/rules";

export type PaneSettings = Settings & { bahasa: "id" | "en" };
const KEY = "cermat-iku";

export const DEFAULT_PANE_SETTINGS: PaneSettings = { ...DEFAULT_SETTINGS, bahasa: "id" };

export function loadSettings(): PaneSettings {
  try {
    const raw = Office.context.document.settings.get(KEY) as Partial<PaneSettings> | null;
    return { ...DEFAULT_PANE_SETTINGS, ...(raw ?? {}) };
  } catch {
    return { ...DEFAULT_PANE_SETTINGS };
  }
}

export function saveSettings(s: PaneSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.set(KEY, s);
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Failed
        ? reject(new Error(r.error?.message ?? "saveAsync failed"))
        : resolve(),
    );
  });
}
