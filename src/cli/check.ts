// One file through the engine: read, find the tables, run the rules, build the report. The
// guard's worker (checkWorker.ts) runs it; main.ts loads it only when a caller checks in-process,
// so the command itself does not load the engine twice.
import * as path from "path";
import { detectTables } from "../core/detect";
import { Report, buildReport } from "../core/report";
import { runRules } from "../core/rules";
import { indikatorDokumen, kenaliDokumen, programDokumen } from "../core/lintas";
import type { DokumenLintas } from "../core/lintas";
import { terapkanPenerimaan } from "../core/pengaturan";
import { readWorkbook } from "./readWorkbook";
import { settingsFor } from "./checkSettings";
import type { SettingFlags } from "./checkSettings";
import type { Stage } from "./xlsxPackage";

/**
 * One file, in this thread; `stage` is told what it is doing. It is checked with the settings
 * and acceptances the pane saved in it, the flags overriding the settings (checkSettings.ts).
 * `lintas: false` leaves out the data for a check across documents (every indicator's values:
 * most of a large workbook's report, and only --silang reads it).
 */
export async function checkFile(
  file: string,
  lang: "id" | "en" = "id",
  stage: (s: Stage) => void = () => undefined,
  flags: SettingFlags = {},
  opts: { lintas?: boolean } = {},
): Promise<Report> {
  const wb = await readWorkbook(file, { stage });
  const { settings, report: used, diterima } = settingsFor(wb.addinSettings, flags);
  const found = wb.sheets.flatMap((grid) => {
    stage({ id: `mencari tabel di lembar "${grid.name}"`, en: `finding tables in sheet "${grid.name}"` });
    return detectTables(grid).map((table) => ({ table, grid }));
  });
  stage({ id: "menjalankan aturan pemeriksaan", en: "running the rules" });
  const findings = runRules(found, { lang, settings });
  const report: CheckedReport = buildReport(
    path.basename(file),
    found.map((t) => t.table),
    findings,
    wb.hiddenSheets,
    wb.externalLinks,
  );
  terapkanPenerimaan(report, diterima);
  // what the workbook is, and its indicators for a check across documents (--silang)
  const dokumen = kenaliDokumen(
    path.basename(file),
    wb.sheets.map((g) => g.name),
    found.map((t) => t.table),
  );
  report.document = {
    kind: dokumen.jenis,
    ...(dokumen.tahun !== undefined ? { year: dokumen.tahun } : {}),
    ...(dokumen.periode ? { period: dokumen.periode } : {}),
    reason: dokumen.alasan,
  };
  report.settings = used;
  if (opts.lintas !== false)
    report.lintas = {
      file: path.basename(file),
      dokumen,
      indikator: indikatorDokumen(found),
      program: programDokumen(found),
    };
  return report;
}

/** A report with what a check across documents needs (not part of the printed report). */
export type CheckedReport = Report & { lintas?: DokumenLintas };
