// `cermat periksa FOLDER --silang`: one office's workbooks checked together, and the options a
// reviewer uses around it (--verbose, --version, --out that never overwrites what it did not write).
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import type { Report } from "../../src/core/report";
import type { FolderReport } from "../../src/cli/folder";
import { KANTOR } from "../core/lintas/kantor";

let dir: string;
// the first run starts the pool's workers (from the TypeScript sources in the tests)
jest.setTimeout(60_000);

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-silang-"));
  for (const { file, sheet, rows } of KANTOR) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r) => ws.addRow(r));
    await wb.xlsx.writeFile(path.join(dir, file));
  }
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The reports of a folder run's JSON (cermat.folder/1). */
const reportsOf = (out: string): Report[] =>
  (JSON.parse(out) as FolderReport).files.flatMap((f) => (f.report ? [f.report] : []));

describe("cermat periksa FOLDER --silang", () => {
  it("reports each disagreement in the workbook where it sits, naming the other one", async () => {
    const { code, out } = await run(["periksa", dir, "--silang", "--format", "json"]);
    const reports = reportsOf(out);
    expect(code).toBe(1);
    expect(reports.map((r) => `${r.workbook} ${r.document?.kind}`)).toEqual([
      "iku-dinsos.xlsx iku",
      "lkjip-2025.xlsx lkjip",
      "pk-2025.xlsx pk",
      "renja-2025.xlsx renja",
      "renstra-dinsos.xlsx renstra",
    ]);
    const cross = reports.flatMap((r) =>
      r.findings
        .filter((f) => f.rule === "cross-document-mismatch")
        .map(
          (f) =>
            `${r.workbook} ${f.cell} ${f.severity} ${f.related ? `${f.related.workbook}!${f.related.cell}` : ""}`,
        ),
    );
    expect(cross.sort()).toEqual(
      [
        "iku-dinsos.xlsx C5 warning ",
        "lkjip-2025.xlsx D3 error renstra-dinsos.xlsx!E3",
        "lkjip-2025.xlsx G4 error renstra-dinsos.xlsx!J4",
        "pk-2025.xlsx C5 warning renstra-dinsos.xlsx!B5",
        "pk-2025.xlsx E4 error renstra-dinsos.xlsx!E4",
      ].sort(),
    );
    const pk = reports.find((r) => r.workbook === "pk-2025.xlsx") as Report;
    expect(pk.summary.errors).toBe(pk.findings.filter((f) => f.severity === "error").length);
    expect(JSON.stringify(reports)).not.toMatch(/"lintas"/);
  });

  it("without --silang compares nothing across workbooks", async () => {
    const { out } = await run(["periksa", dir, "--format", "json"]);
    const reports = reportsOf(out);
    expect(reports.flatMap((r) => r.findings).filter((f) => f.rule === "cross-document-mismatch")).toEqual(
      [],
    );
  });
});

describe("the reviewer's options", () => {
  it("--version, and --verbose lists the tables read and their roles", async () => {
    expect((await run(["--version"])).out).toMatch(/^cermat-iku \d+\.\d+\.\d+\n$/);
    const file = path.join(dir, "renstra-dinsos.xlsx");
    const plain = await run(["periksa", file]);
    expect(plain.out).toMatch(/Dibaca sebagai: Renstra 2025-2029 \(berkas: renstra dinsos\)/);
    expect(plain.out).not.toMatch(/Kolom: /);
    const verbose = await run(["periksa", file, "--verbose"]);
    expect(verbose.out).toMatch(/Tabel yang dibaca:\n {2}Tabel 1: lembar "Tabel 6.2"/);
    expect(verbose.out).toMatch(/Kolom: A no \| B indikator \| C satuan/);
  });

  it("--out says where it wrote, refuses a missing folder and a file it did not write, unless --timpa", async () => {
    const file = path.join(dir, "renstra-dinsos.xlsx");
    const out = path.join(dir, "hasil", "bertanda.xlsx");
    const missing = await run(["periksa", file, "--out", out]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Folder .*hasil untuk --out tidak ada/);
    fs.mkdirSync(path.dirname(out));
    const first = await run(["periksa", file, "--out", out]);
    expect(first.err).toMatch(/salinan bertanda ditulis ke .*bertanda\.xlsx/);
    // its own marked copy may be written again
    expect((await run(["periksa", file, "--out", out])).err).toMatch(/salinan bertanda ditulis/);
    const other = path.join(dir, "hasil", "catatan.xlsx");
    fs.writeFileSync(other, "catatan pribadi");
    const refused = await run(["periksa", file, "--out", other]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/bukan salinan bertanda Cermat; berkas itu tidak ditimpa/);
    expect(fs.readFileSync(other, "utf8")).toBe("catatan pribadi");
    const forced = await run(["periksa", file, "--out", other, "--timpa"]);
    expect(forced.err).toMatch(/salinan bertanda ditulis/);
  });
});
