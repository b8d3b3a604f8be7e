import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

let dir: string;
let input: string;

// "Capaian Kinerja Program" of the Kota Blitar Renstra with its 2020 numerator wrong (133 / 143).
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-mark-"));
  input = path.join(dir, "capaian.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Capaian Program");
  ws.addRow(["Capaian Kinerja Program Tahun 2017-2020"]);
  ws.addRow([]);
  ws.addRow(["No", "Uraian", 2017, 2018, 2019, 2020]);
  ws.addRow(["3.", "Persentase PSKS yang terampil dalam pelayanan kesejahteraan sosial", 100, 100, 100, 100]);
  ws.addRow(["3.1", "Jumlah PSKS yang terampil dalam pelayanan kesejahteraan sosial", 125, 132, 132, 133]);
  ws.addRow(["3.2", "Jumlah PSKS", 125, 132, 132, 143]);
  ws.getCell("F5").note = "Data dari Bidang Rehsos";
  wb.addWorksheet("Catatan").getCell("A1").value = "catatan";
  await wb.xlsx.writeFile(input);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const sha = (f: string): string => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");
const run = async (argv: string[]) => {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
  return { code, out, err };
};

describe("cermat periksa --out", () => {
  it("writes a marked copy with a results sheet first and leaves the input untouched", async () => {
    const before = sha(input);
    const out = path.join(dir, "bertanda.xlsx");
    const r = await run(["periksa", input, "--out", out]);
    expect(r.err).toBe("");
    expect(r.code).toBe(1); // an error was found
    expect(sha(input)).toBe(before);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Hasil Pemeriksaan", "Capaian Program", "Catatan"]);
    const marked = wb.getWorksheet("Capaian Program")!.getCell("F5");
    expect(marked.value).toBe(133);
    expect((marked.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF4B6B6");
    const note =
      typeof marked.note === "string" ? marked.note : (marked.note?.texts ?? []).map((t) => t.text).join("");
    expect(note).toMatch(/^Data dari Bidang Rehsos/); // the user's note is kept
    expect(note).toMatch(/ratio-components-mismatch/);

    const results = wb.getWorksheet("Hasil Pemeriksaan")!;
    const link = results.getRow(5).getCell(4).value as ExcelJS.CellHyperlinkValue;
    expect(link.text).toBe("F5");
    expect(link.hyperlink).toBe("#'Capaian Program'!F5");
    expect(results.getRow(5).getCell(6).value).toMatch(/93,01/);
  });

  it("refuses to write over the input", async () => {
    const before = sha(input);
    const r = await run(["periksa", input, "--out", input]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/tidak pernah ditulis/);
    expect(sha(input)).toBe(before);
  });
});
