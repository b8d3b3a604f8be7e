// Pengaturan, saved in the workbook's own settings so they travel with the file; the CLI reads the
// same key from the .xlsx (core/pengaturan, src/cli/addinSettings.ts).
import { DEFAULT_PANE_SETTINGS, KUNCI_PENGATURAN, pengaturanDari } from "../core/pengaturan";
import type { PaneSettings } from "../core/pengaturan";

export type { PaneSettings };
export { DEFAULT_PANE_SETTINGS };

export function loadSettings(): PaneSettings {
  try {
    return {
      ...DEFAULT_PANE_SETTINGS,
      ...pengaturanDari(Office.context.document.settings.get(KUNCI_PENGATURAN)),
    };
  } catch {
    return { ...DEFAULT_PANE_SETTINGS };
  }
}

export function saveSettings(s: PaneSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    Office.context.document.settings.set(KUNCI_PENGATURAN, s);
    Office.context.document.settings.saveAsync((r) =>
      r.status === Office.AsyncResultStatus.Failed
        ? reject(new Error(r.error?.message ?? "saveAsync failed"))
        : resolve(),
    );
  });
}
