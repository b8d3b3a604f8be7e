// One truth across pane and CLI (issue 11, item 3): `cermat periksa` checks a workbook with the
// settings and acceptances the pane saved in it, flags override the settings, and the pane's
// engine gives the same findings as the CLI for the same workbook.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
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
