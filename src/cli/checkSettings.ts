// The settings one file is checked with: the defaults, then what the pane saved in the workbook,
// then the command's flags (--toleransi, --metode-negatif, --skala), each later one winning, and
// where each came from for the report (`settings`, docs/desain.md).
import { pengaturanDari } from "../core/pengaturan";
import type { Penerimaan } from "../core/pengaturan";
import type { ReportSettings, SettingSource } from "../core/report";
import { DEFAULT_SETTINGS } from "../core/rules";
import type { Settings } from "../core/rules";

/** What the flags may set (the nomenclature list travels to the workers with them). */
export type SettingFlags = Partial<
  Pick<Settings, "metodeNegatif" | "toleransi" | "skalaPredikat" | "nomenklatur">
>;

const FIELDS = ["metodeNegatif", "toleransi", "skalaPredikat", "polaritas"] as const;

export function settingsFor(
  saved: string | undefined,
  flags: SettingFlags = {},
): { settings: Settings; report: ReportSettings; diterima: Penerimaan[] } {
  const fromWorkbook = pengaturanDari(saved);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const source = {} as ReportSettings["source"];
  for (const k of FIELDS) {
    let from: SettingSource = "default";
    if (fromWorkbook[k] !== undefined) {
      (settings as Record<string, unknown>)[k] = fromWorkbook[k];
      from = "workbook";
    }
    if (k !== "polaritas" && flags[k] !== undefined) {
      (settings as Record<string, unknown>)[k] = flags[k];
      from = "flags";
    }
    source[k] = from;
  }
  // an empty polarity list saved by the pane changes nothing: it is no setting from the workbook
  if (source.polaritas === "workbook" && !Object.keys(settings.polaritas).length)
    source.polaritas = "default";
  if (flags.nomenklatur) settings.nomenklatur = flags.nomenklatur;
  // the list itself stays out of the report
  const { nomenklatur, ...shown } = settings;
  void nomenklatur;
  return {
    settings,
    report: { ...shown, polaritas: { ...settings.polaritas }, source },
    diterima: fromWorkbook.diterima ?? [],
  };
}
