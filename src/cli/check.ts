// One file through the engine: read, find the tables, run the rules, build the report. The
// guard's worker (checkWorker.ts) runs it; main.ts loads it only when a caller checks in-process,
// so the command itself does not load the engine twice.
import * as path from "path";
import { detectTables } from "../core/detect";
import { Report, buildReport } from "../core/report";
import { runRules } from "../core/rules";
import { readWorkbook } from "./readWorkbook";
import type { Stage } from "./xlsxPackage";

/** One file, in this thread; `stage` is told what it is doing. */
export async function checkFile(
  file: string,
  lang: "id" | "en" = "id",
  stage: (s: Stage) => void = () => undefined,
): Promise<Report> {
  const wb = await readWorkbook(file, { stage });
  const found = wb.sheets.flatMap((grid) => {
    stage({ id: `mencari tabel di lembar "${grid.name}"`, en: `finding tables in sheet "${grid.name}"` });
    return detectTables(grid).map((table) => ({ table, grid }));
  });
  stage({ id: "menjalankan aturan pemeriksaan", en: "running the rules" });
  const findings = runRules(found, { lang });
  return buildReport(
    path.basename(file),
    found.map((t) => t.table),
    findings,
    wb.hiddenSheets,
    wb.externalLinks,
  );
}
