// Odd and hostile files through `cermat periksa`: never a crash, never a partial report, the
// input never changes.
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { main } from "../../src/cli/main";

let dir: string;
const sha = (f: string): string => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
async function run(argv: string[]) {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
}

async function tabel(file: string, extra?: (ws: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel 7.3");
  ws.addRow(["No", "Indikator Kinerja Utama", "Satuan", "Target 2022", "Target 2023"]);
  ws.addRow([1, "Persentase fakir miskin yang berdaya", "%", 10, 10]);
  extra?.(ws);
  await wb.xlsx.writeFile(file);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-files-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("odd files", () => {
  it("reads a workbook with a very large shared-strings table", async () => {
    const file = path.join(dir, "strings.xlsx");
    await tabel(file, (ws) => {
      const big = ws.workbook.addWorksheet("Catatan");
      for (let i = 0; i < 60_000; i++) big.addRow([`catatan unik nomor ${i} ${"x".repeat(i % 50)}`]);
    });
    const before = sha(file);
    const r = await run(["periksa", file, "--format", "json"]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tables).toHaveLength(1);
    expect(sha(file)).toBe(before);
  }, 60_000);

  it("checks a workbook whose formulas link to other workbooks, saying so", async () => {
    const file = path.join(dir, "tautan.xlsx");
    await tabel(file, (ws) => {
      ws.getCell("E2").value = { formula: "[1]Sheet1!A1", result: 10 };
    });
    const before = sha(file);
    const text = await run(["periksa", file]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/1 rumus bertaut ke buku kerja lain/);
    const json = await run(["periksa", file, "--format", "json"]);
    expect(JSON.parse(json.out).externalLinks).toBe(1);
    expect(sha(file)).toBe(before);
  });

  it.each([
    [
      "a zip whose workbook part is garbage",
      async (f: string) => {
        await tabel(f);
        const zip = await JSZip.loadAsync(fs.readFileSync(f));
        zip.file("xl/workbook.xml", "<<not xml");
        fs.writeFileSync(f, await zip.generateAsync({ type: "nodebuffer" }));
      },
    ],
    [
      "a zip with no workbook at all",
      async (f: string) => {
        const zip = new JSZip();
        zip.file("catatan.txt", "bukan buku kerja");
        fs.writeFileSync(f, await zip.generateAsync({ type: "nodebuffer" }));
      },
    ],
    [
      "half of a workbook",
      async (f: string) => {
        await tabel(f);
        const b = fs.readFileSync(f);
        fs.writeFileSync(f, b.subarray(0, Math.floor(b.length / 2)));
      },
    ],
  ])("%s: exit 2, a clear message, no report, input untouched", async (_name, make) => {
    const file = path.join(dir, `${_name.replace(/\W+/g, "-")}.xlsx`);
    await make(file);
    const before = sha(file);
    const r = await run(["periksa", file, "--format", "json", "--out", path.join(dir, "keluar.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/rusak|bukan buku kerja/);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(dir, "keluar.xlsx"))).toBe(false);
    expect(sha(file)).toBe(before);
  });
});
