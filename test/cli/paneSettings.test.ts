// One truth across pane and CLI (issue 11, item 3): `cermat periksa` checks a workbook with the
// settings and acceptances the pane saved in it, flags override the settings, and the pane's
// engine gives the same findings as the CLI for the same workbook.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { FolderReport } from "../../src/cli/folder";
import { FILL, TONE_FILL } from "../../src/cli/markStyles";
import { main } from "../../src/cli/main";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { DEFAULT_PANE_SETTINGS, penerimaanUntuk, pengaturanDari } from "../../src/core/pengaturan";
import type { Penerimaan } from "../../src/core/pengaturan";
import type { Finding, Report } from "../../src/core/report";
import { analyse } from "../../src/taskpane/engine";
import { withPaneSettings } from "./paneSettingsWorkbook";

jest.setTimeout(60000);

const SAMPLE = path.join(__dirname, "..", "..", "contoh", "contoh-renstra.xlsx");
let dir: string;
let plain: Report;

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function json(file: string, ...flags: string[]): Promise<{ code: number; report: Report }> {
  const r = await run(["periksa", file, "--format", "json", ...flags]);
  return { code: r.code, report: JSON.parse(r.out) as Report };
}

/** The sample with these settings saved by the pane. */
async function saved(name: string, value: unknown, raw?: string): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await withPaneSettings(fs.readFileSync(SAMPLE), value, raw));
  return file;
}

const key = (f: Finding) => `${f.rule} ${f.sheet}!${f.cell} ${f.severity}${f.accepted ? " accepted" : ""}`;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-pane-settings-"));
  plain = (await json(SAMPLE)).report;
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("settings the pane saved in the workbook", () => {
  it("are used by the CLI and named in the report", async () => {
    const file = await saved("toleransi.xlsx", {
      ...DEFAULT_PANE_SETTINGS,
      toleransi: 11,
      skalaPredikat: "lkjip",
    });
    const { report } = await json(file);
    const { report: flagged } = await json(SAMPLE, "--toleransi", "11");
    expect(report.findings.map(key)).toEqual(flagged.findings.map(key));
    expect(report.summary.errors).toBeLessThan(plain.summary.errors);
    expect(report.settings).toEqual({
      metodeNegatif: "refleksi",
      toleransi: 11,
      skalaPredikat: "lkjip",
      polaritas: {},
      source: {
        metodeNegatif: "workbook",
        toleransi: "workbook",
        skalaPredikat: "workbook",
        polaritas: "default",
      },
    });
    expect(plain.settings?.source).toEqual({
      metodeNegatif: "default",
      toleransi: "default",
      skalaPredikat: "default",
      polaritas: "default",
    });
    const text = await run(["periksa", file]);
    expect(text.out.replace(/\s+/g, " ")).toContain(
      "Pengaturan dari buku kerja (disimpan panel Cermat): metode indikator negatif refleksi, toleransi 11 poin, skala predikat lkjip.",
    );
    expect((await run(["periksa", SAMPLE])).out).not.toContain("Pengaturan dari buku kerja");
  });

  it("are overridden by the flags", async () => {
    const file = await saved("timpa.xlsx", { toleransi: 11, metodeNegatif: "rasio" });
    const { report } = await json(file, "--toleransi", "0", "--skala", "berhasil");
    expect(report.findings.map(key)).toEqual(plain.findings.map(key));
    expect(report.settings?.source).toEqual({
      metodeNegatif: "workbook",
      toleransi: "flags",
      skalaPredikat: "flags",
      polaritas: "default",
    });
    expect(report.settings).toMatchObject({
      metodeNegatif: "rasio",
      toleransi: 0,
      skalaPredikat: "berhasil",
    });
  });

  it("are ignored, field by field, when they are not what the pane writes", async () => {
    const file = await saved("rusak.xlsx", { toleransi: "banyak", metodeNegatif: "rasio", warna: 1 });
    expect((await json(file)).report.settings?.source.toleransi).toBe("default");
    const notJson = await saved("bukan-json.xlsx", {}, "{toleransi: 11");
    const { code, report } = await json(notJson);
    expect(code).toBe(1);
    expect(report.findings.map(key)).toEqual(plain.findings.map(key));
  });

  it("flags are checked, with the error in the language asked for", async () => {
    const bad = await run(["periksa", SAMPLE, "--metode-negatif", "terbalik"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^--metode-negatif harus refleksi atau rasio, bukan "terbalik"\./);
    const en = await run(["periksa", SAMPLE, "--lang", "en", "--skala", "sakip"]);
    expect(en.err).toMatch(/^--skala must be one of permendagri86, lkjip, berhasil, not "sakip"\./);
    expect((await run(["periksa", SAMPLE, "--toleransi", "-1"])).err).toMatch(/^--toleransi harus bilangan/);
    expect((await json(SAMPLE, "--toleransi", "0,5")).report.settings?.toleransi).toBe(0.5);
  });
});

const errors = (): Finding[] => plain.findings.filter((f) => f.severity === "error");

describe("findings accepted with a reason in the pane", () => {
  it("are marked, counted apart and listed at the end of the text", async () => {
    const accepted = errors()[0];
    const file = await saved("diterima.xlsx", {
      diterima: [penerimaanUntuk(accepted, "Target direvisi lewat Renstra perubahan", "2025-01-20")],
    });
    const { code, report } = await json(file);
    expect(code).toBe(1);
    const same = report.findings.find(
      (f) => f.rule === accepted.rule && f.cell === accepted.cell && f.sheet === accepted.sheet,
    );
    expect(same?.accepted).toEqual({ reason: "Target direvisi lewat Renstra perubahan", date: "2025-01-20" });
    expect(report.summary).toEqual({ ...plain.summary, errors: plain.summary.errors - 1, accepted: 1 });
    const text = (await run(["periksa", file])).out;
    const at = text.indexOf("Diterima (sudah dijelaskan): 1");
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at)).toContain(`GALAT ${accepted.sheet}!${accepted.cell} [${accepted.rule}]`);
    expect(text.slice(at)).toContain('alasan: "Target direvisi lewat Renstra perubahan" (2025-01-20)');
    expect(text.slice(0, at)).not.toContain(`${accepted.sheet}!${accepted.cell} [${accepted.rule}]`);
    expect(text).toMatch(/Ringkasan: 14 tabel, \d+ galat, 9 peringatan, 14 info, 1 diterima\./);
  });

  it("do not make the exit code 1 when every error is accepted", async () => {
    const file = await saved("semua.xlsx", {
      diterima: errors().map((f) => penerimaanUntuk(f, "dijelaskan", "2025-01-20")),
    });
    const { code, report } = await json(file);
    expect(report.summary.errors).toBe(0);
    expect(report.summary.accepted).toBe(errors().length);
    expect(code).toBe(0);
  });

  it("re-open when the value changed since", async () => {
    const f = errors().find((x) => typeof x.actual === "number") as Finding;
    const stale: Penerimaan = {
      ...penerimaanUntuk(f, "dijelaskan", "2025-01-20"),
      actual: (f.actual as number) + 1,
    };
    const { report } = await json(await saved("berubah.xlsx", { diterima: [stale] }));
    expect(report.findings.some((x) => x.accepted)).toBe(false);
    expect(report.summary).toEqual({ ...plain.summary, accepted: 0 });
  });
});

describe("pane and CLI", () => {
  it("give the same findings for the same workbook, settings and acceptances included", async () => {
    const chosen = { metodeNegatif: "rasio", toleransi: 2, skalaPredikat: "lkjip" } as const;
    const before = (await json(SAMPLE, "--metode-negatif", "rasio", "--toleransi", "2", "--skala", "lkjip"))
      .report;
    const some = before.findings.filter((_, i) => i % 7 === 0);
    const diterima = some.map((f) => penerimaanUntuk(f, "sudah dijelaskan", "2025-01-20"));
    const file = await saved("sama.xlsx", { ...DEFAULT_PANE_SETTINGS, ...chosen, diterima });
    const cli = (await json(file)).report;
    // the pane: the grids it reads, and the settings Office.js hands it from the same workbook
    const wb = await readWorkbook(file);
    const settings = { ...DEFAULT_PANE_SETTINGS, ...pengaturanDari(wb.addinSettings) };
    expect(settings).toMatchObject(chosen);
    const pane = analyse(path.basename(file), wb.sheets, settings).report;
    expect(pane.findings.map(key)).toEqual(cli.findings.map(key));
    expect(pane.summary).toEqual(cli.summary);
    expect(cli.summary.accepted).toBe(some.length);
    expect(cli.findings.map(key)).not.toEqual(plain.findings.map(key));
  });
});

describe("accepted findings in the overview, the folder JSON and the marked copy", () => {
  /** An error alone on its cell, accepted in the pane, in a folder beside the plain sample. */
  async function folderWithAcceptance(): Promise<{ folder: string; accepted: Finding; reason: string }> {
    const alone = errors().find(
      (f) => plain.findings.filter((x) => x.sheet === f.sheet && x.cell === f.cell).length === 1,
    ) as Finding;
    const reason = "Target direvisi lewat Renstra perubahan";
    const folder = fs.mkdtempSync(path.join(dir, "kiriman-"));
    fs.copyFileSync(SAMPLE, path.join(folder, "a-polos.xlsx"));
    fs.writeFileSync(
      path.join(folder, "b-diterima.xlsx"),
      await withPaneSettings(fs.readFileSync(SAMPLE), {
        diterima: [penerimaanUntuk(alone, reason, "2025-01-20")],
      }),
    );
    return { folder, accepted: alone, reason };
  }

  it("are counted in cermat.folder/1 and the folder's text", async () => {
    const { folder } = await folderWithAcceptance();
    const rep = JSON.parse((await run(["periksa", folder, "--format", "json"])).out) as FolderReport;
    expect(rep.summary.accepted).toBe(1);
    expect(rep.summary.errors).toBe(2 * plain.summary.errors - 1);
    const text = (await run(["periksa", folder])).out;
    const { warnings, info } = plain.summary;
    expect(text).toContain(`galat, ${2 * warnings} peringatan, ${2 * info} info, 1 diterima.`);
  });

  it("have a column in the overview, their reason in its findings and their count per rule", async () => {
    const { folder, accepted, reason } = await folderWithAcceptance();
    const rekap = path.join(dir, `rekap-${path.basename(folder)}.xlsx`);
    await run(["periksa", folder, "--rekap", rekap]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(rekap);
    const ws = wb.getWorksheet("Rekap") as ExcelJS.Worksheet;
    expect(ws.getRow(1).getCell(9).value).toBe("Diterima");
    const row = (file: string) => [2, 3].map((i) => ws.getRow(i)).find((r) => r.getCell(2).value === file)!;
    expect(row("a-polos.xlsx").getCell(9).value).toBe(0);
    expect(row("b-diterima.xlsx").getCell(9).value).toBe(1);
    expect(row("b-diterima.xlsx").getCell(6).value).toBe(plain.summary.errors - 1);

    const rules = wb.getWorksheet("Per aturan") as ExcelJS.Worksheet;
    expect((rules.getRow(1).values as unknown[]).slice(1)).toEqual([
      "Aturan",
      "Galat",
      "Peringatan",
      "Info",
      "Diterima",
      "Jumlah",
      "Berkas",
    ]);
    let acceptedCount = 0;
    for (let i = 2; i <= rules.rowCount; i++) {
      const r = rules.getRow(i);
      acceptedCount += Number(r.getCell(5).value);
      if (r.getCell(1).value === accepted.rule) expect(r.getCell(5).value).toBe(1);
    }
    expect(acceptedCount).toBe(1);

    const findings = wb.getWorksheet("Temuan") as ExcelJS.Worksheet;
    expect(findings.getRow(1).getCell(9).value).toBe("Diterima (alasan)");
    const marked: ExcelJS.Row[] = [];
    findings.eachRow((r, i) => i > 1 && r.getCell(9).value && marked.push(r));
    expect(marked).toHaveLength(1);
    expect(marked[0].getCell(9).value).toBe(`${reason} (2025-01-20)`);
    expect([marked[0].getCell(2).value, marked[0].getCell(3).value]).toEqual([accepted.sheet, accepted.cell]);
    expect((marked[0].getCell(5).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(TONE_FILL.accepted);
  });

  it("are marked grey in the marked copy with the reason in the note, and listed apart", async () => {
    const { folder, accepted, reason } = await folderWithAcceptance();
    const out = path.join(dir, `bertanda-${path.basename(folder)}.xlsx`);
    await run(["periksa", path.join(folder, "b-diterima.xlsx"), "--out", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = (wb.getWorksheet(accepted.sheet) as ExcelJS.Worksheet).getCell(accepted.cell);
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(TONE_FILL.accepted);
    expect(TONE_FILL.accepted).not.toBe(FILL[accepted.severity]);
    const note = JSON.stringify(cell.note);
    expect(note).toContain(`Diterima (sudah dijelaskan), alasan: ${reason}`);

    const res = wb.worksheets[0];
    expect(res.name).toBe("Hasil Pemeriksaan");
    const rows: ExcelJS.Row[] = [];
    res.eachRow((r) => rows.push(r));
    const label = (r: ExcelJS.Row) => String(r.getCell(1).value);
    expect(rows.find((r) => label(r) === "Diterima")?.getCell(3).value).toBe(1);
    const title = rows.findIndex((r) => label(r) === "Diterima (sudah dijelaskan): 1");
    expect(title).toBeGreaterThan(0);
    // the open list above has every other finding, none of them the accepted one
    const head = rows.findIndex((r) => label(r) === "No");
    const open = rows.slice(head + 1, title);
    expect(open).toHaveLength(plain.findings.length - 1);
    expect(
      open.some((r) => r.getCell(3).value === accepted.sheet && r.getCell(4).text === accepted.cell),
    ).toBe(false);
    expect(rows[title + 1].getCell(9).value).toBe("Alasan diterima");
    const row = rows[title + 2];
    expect([row.getCell(3).value, row.getCell(4).text, row.getCell(9).value]).toEqual([
      accepted.sheet,
      accepted.cell,
      `${reason} (2025-01-20)`,
    ]);
    expect((row.getCell(2).fill as ExcelJS.FillPattern).fgColor?.argb).toBe(TONE_FILL.accepted);
    // the filter covers the open findings only
    expect(res.autoFilter).toBe(`A${rows[head].number}:H${rows[title - 1].number}`);
  });
});
