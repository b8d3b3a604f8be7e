// `cermat periksa ... --nomenklatur DAFTAR.xlsx|.csv`: the codes of every workbook checked against
// the official list the reviewer gives (read once, handed to every worker with the settings).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/report";
import { RENJA, daftarCsv, daftarUji } from "../core/nomenklatur/daftarUji";

let dir: string;
jest.setTimeout(60_000);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-nomenklatur-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Renja 2026");
  RENJA.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(path.join(dir, "renja.xlsx"));
  const list = new ExcelJS.Workbook();
  const ls = list.addWorksheet("Nomenklatur");
  ls.addRow(["LAMPIRAN KEPMENDAGRI (contoh untuk uji)"]);
  daftarUji().forEach((r) => ls.addRow(r));
  await list.xlsx.writeFile(path.join(dir, "nomenklatur.xlsx"));
  fs.writeFileSync(path.join(dir, "nomenklatur.csv"), daftarCsv());
  fs.writeFileSync(path.join(dir, "tamu.csv"), "Nama;Alamat\nBudi;Jl. Mawar\n");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const codeFindings = (out: string): string[] =>
  (JSON.parse(out) as Report).findings
    .filter((f) => f.rule.startsWith("code-"))
    .map((f) => `${f.rule} ${f.cell}`)
    .sort();

describe("cermat periksa --nomenklatur", () => {
  it.each(["nomenklatur.xlsx", "nomenklatur.csv"])("checks the codes against %s", async (list) => {
    const r = await run([
      "periksa",
      path.join(dir, "renja.xlsx"),
      "--nomenklatur",
      path.join(dir, list),
      "--format",
      "json",
    ]);
    expect(codeFindings(r.out)).toEqual(["code-renamed A7", "code-renamed A8", "code-unknown A6"]);
    const report = JSON.parse(r.out) as Report & { settings?: Record<string, unknown> };
    // the list stays out of the report's settings
    expect(JSON.stringify(report.settings ?? {})).not.toMatch(/entri|1\.06\.04\.2\.01\.0003/);
  });

  it("says nothing about codes without a list", async () => {
    const r = await run(["periksa", path.join(dir, "renja.xlsx"), "--format", "json"]);
    expect(codeFindings(r.out)).toEqual([]);
  });

  it("refuses a file that is no list, a missing file and another format, saying what to do", async () => {
    const no = await run([
      "periksa",
      path.join(dir, "renja.xlsx"),
      "--nomenklatur",
      path.join(dir, "tamu.csv"),
    ]);
    expect(no.code).toBe(2);
    expect(no.err).toMatch(/tamu.csv tidak tampak seperti daftar nomenklatur/);
    const missing = await run([
      "periksa",
      path.join(dir, "renja.xlsx"),
      "--nomenklatur",
      path.join(dir, "x.csv"),
      "--lang",
      "en",
    ]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Nomenclature list .*x\.csv not found/);
    const pdf = await run([
      "periksa",
      path.join(dir, "renja.xlsx"),
      "--nomenklatur",
      path.join(dir, "renja.pdf"),
    ]);
    expect(pdf.err).toMatch(/tidak ditemukan|harus \.xlsx atau \.csv/);
  });
});
