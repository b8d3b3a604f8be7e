// The host when the pane is opened outside Excel (a browser, no Office.js): every action says
// that Excel is needed instead of failing on a missing API.
import { HostError } from "../excel/errors";
import type { Host } from "../excel/excelHost";
import { DEFAULT_PANE_SETTINGS } from "../excel/settings";

const needExcel = (): Promise<never> =>
  Promise.reject(
    new HostError("unsupported", {
      id: "Buka panel ini di Excel (desktop atau web) untuk memeriksa buku kerja.",
      en: "Open this pane in Excel (desktop or web) to check a workbook.",
    }),
  );

export const offlineHost: Host = {
  capabilities: () => ({ conditionalFormats: false, mergedAreas: false, notes: false }),
  workbookName: () => "",
  read: needExcel,
  select: needExcel,
  mark: needExcel,
  unmark: needExcel,
  fix: needExcel,
  undo: needExcel,
  loadSettings: () => ({ ...DEFAULT_PANE_SETTINGS }),
  saveSettings: async () => undefined,
};
