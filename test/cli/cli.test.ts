import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

let dir: string;

async function sampleWorkbook(file: string): Promise<void> {
  // Tabel 7.3 of the Kota Blitar Renstra (as in the shared sample), a two-row header with a merged group.
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Tabel 7.3");
  ws.getCell("A1").value = "Tabel 7.3";
  ws.getCell("A2").value = "Indikator Kinerja Utama (IKU) Dinas Sosial Kota Blitar Tahun 2022-2023";
  [
    "No",
    "Indikator Kinerja Utama",
    "Definisi Operasional",
    "Formulasi Perhitungan",
    "Satuan",
    "Target Capaian Kinerja",
  ].forEach((h, i) => (ws.getRow(4).getCell(i + 1).value = h));
  ws.getCell("F5").value = 2022;
  ws.getCell("G5").value = 2023;
  for (const c of "ABCDE") ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells("F4:G4");
  ws.addRow([
    1,
    "Persentase fakir miskin yang berdaya",
    "Fakir miskin yang berdaya ...",
    "Jumlah fakir miskin peserta pelatihan / jumlah fakir miskin x 100%",
    "%",
    10,
    10,
  ]);
  ws.addRow([
    2,
    "Persentase Penurunan PMKS",
    "PMKS adalah ...",
    "((PMKS n-1) - (PMKS n)) / PMKS n-1 x 100%",
    "%",
    1.45,
    1.47,
  ]);
  await wb.xlsx.writeFile(file);
}

function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  return main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) }).then((code) => ({
    code,
    out,
    err,
  }));
}

const sha = (f: string): string => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-cli-"));
  await sampleWorkbook(path.join(dir, "renstra.xlsx"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("cermat periksa --format json", () => {
  it("prints the cermat.report/1 contract and leaves the input untouched", async () => {
    const file = path.join(dir, "renstra.xlsx");
    const before = sha(file);
    const { code, out, err } = await run(["periksa", file, "--format", "json"]);
    expect(err).toBe("");
    expect(code).toBe(0);
    const rep = JSON.parse(out);
    // the first version's keys, the optional `document` (what the workbook was read as) and
    // `settings` (what it was checked with, and where each setting came from)
    expect(Object.keys(rep)).toEqual([
      "schema",
      "workbook",
      "tables",
      "findings",
      "summary",
      "document",
      "settings",
    ]);
    expect(rep.document).toEqual({ kind: "renstra", period: [2022, 2023], reason: "berkas: renstra" });
    expect(rep.schema).toBe("cermat.report/1");
    expect(rep.workbook).toBe("renstra.xlsx");
    expect(rep.tables).toHaveLength(1);
    const t = rep.tables[0];
    expect(t).toMatchObject({
      sheet: "Tabel 7.3",
      range: "A4:G7",
      headerRange: "A4:G5",
      dataRange: "A6:G7",
      kind: "iku",
    });
    expect(
      t.columns.map((c: { column: string; role: string; year?: number }) => [c.column, c.role, c.year]),
    ).toEqual([
      ["A", "no", undefined],
      ["B", "indikator", undefined],
      ["C", "definisi", undefined],
      ["D", "rumus", undefined],
      ["E", "satuan", undefined],
      ["F", "target", 2022],
      ["G", "target", 2023],
    ]);
    expect(t.columns[5].header).toBe("Target Capaian Kinerja > 2022");
    expect(rep.findings).toEqual([]);
    expect(rep.summary).toEqual({ tables: 1, errors: 0, warnings: 0, info: 0 });
    expect(sha(file)).toBe(before);
  });

  it("prints a folder as cermat.folder/1: every file in name order, a report per workbook", async () => {
    const sub = fs.mkdtempSync(path.join(dir, "folder-"));
    fs.copyFileSync(path.join(dir, "renstra.xlsx"), path.join(sub, "b.xlsx"));
    fs.copyFileSync(path.join(dir, "renstra.xlsx"), path.join(sub, "a.xlsx"));
    fs.writeFileSync(path.join(sub, "~$a.xlsx"), "lock file of an open workbook");
    const { code, out } = await run(["periksa", sub, "--format", "json"]);
    expect(code).toBe(0);
    const rep = JSON.parse(out);
    expect(rep.schema).toBe("cermat.folder/1");
    expect(rep.files.map((f: { path: string; status: string }) => `${f.path} ${f.status}`)).toEqual([
      "a.xlsx checked",
      "~$a.xlsx skipped",
      "b.xlsx checked",
    ]);
    expect(rep.files[0].report.workbook).toBe("a.xlsx");
    // a file that is not a workbook is named, and the run says something was not read
    fs.writeFileSync(path.join(sub, "catatan.txt"), "not a workbook");
    const withText = await run(["periksa", sub, "--format", "json"]);
    expect(withText.code).toBe(2);
    expect(JSON.parse(withText.out).files[3]).toMatchObject({ path: "catatan.txt", status: "not an .xlsx" });
  }, 60_000);
});

describe("cermat periksa --format text", () => {
  it("prints a readable Indonesian report by default and English on request", async () => {
    const file = path.join(dir, "renstra.xlsx");
    const id = await run(["periksa", file]);
    expect(id.code).toBe(0);
    expect(id.out).toMatch(
      /^Cermat IKU: renstra.xlsx\n1 tabel, 0 galat, 0 peringatan, 0 info\.\nDibaca sebagai: Renstra 2022-2023 \(berkas: renstra\)\n\nTidak ada temuan\./,
    );
    expect(id.out).toMatch(/Daftar tabel dan peran kolomnya: tambahkan --verbose\./);
    expect(id.out).toMatch(/Ringkasan: 1 tabel, 0 galat, 0 peringatan, 0 info\./);
    const en = await run(["periksa", file, "--lang", "en"]);
    expect(en.out).toMatch(
      /1 table\(s\), 0 error\(s\), 0 warning\(s\), 0 info\.\nRead as: Renstra 2022-2023 \(file: renstra\)\n\nNo findings\./,
    );
  });

  it("says so when a workbook has no table", async () => {
    const file = path.join(dir, "kosong.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Catatan").getCell("A1").value = "Catatan rapat";
    await wb.xlsx.writeFile(file);
    const { code, out } = await run(["periksa", file]);
    expect(code).toBe(0);
    expect(out).toMatch(/Tidak ditemukan tabel Renstra\/IKU/);
  });
});

describe("input that cannot be read: exit 2, a message on stderr, nothing on stdout", () => {
  const cases: Array<[string, (f: string) => void, RegExp]> = [
    ["missing file", () => undefined, /tidak ditemukan/],
    [
      "not a zip",
      (f) => fs.writeFileSync(f, "No,Indikator,Target\n1,Gini,0.36\n"),
      /bukan buku kerja \.xlsx/,
    ],
    ["empty file", (f) => fs.writeFileSync(f, ""), /kosong/],
    [
      "password-protected (OLE container)",
      (f) =>
        fs.writeFileSync(
          f,
          Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]),
        ),
      /kata sandi/,
    ],
    [
      "truncated xlsx",
      (f) => fs.writeFileSync(f, fs.readFileSync(path.join(dir, "renstra.xlsx")).subarray(0, 900)),
      /rusak/,
    ],
    [
      "a zip that is not a workbook",
      (f) => fs.writeFileSync(f, Buffer.from("504b0506" + "00".repeat(18), "hex")),
      /(rusak|bukan buku kerja)/,
    ],
  ];
  it.each(cases)("%s", async (name, make, message) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
    make(file);
    const before = fs.existsSync(file) ? sha(file) : undefined;
    const { code, out, err } = await run(["periksa", file, "--format", "json"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
    if (before) expect(sha(file)).toBe(before);
  });

  it("answers in English with --lang en", async () => {
    const { code, err } = await run(["periksa", path.join(dir, "nope.xlsx"), "--lang", "en"]);
    expect(code).toBe(2);
    expect(err).toMatch(/not found/);
  });
});

describe("usage", () => {
  it.each([
    [["periksa"], /tepat satu/],
    [["periksa", "a.xlsx", "--format", "xml"], /--format harus text atau json/],
    [["periksa", "a.xlsx", "--lang"], /memerlukan nilai/],
    [["cek", "a.xlsx"], /Perintah tidak dikenal/],
    [["periksa", "a.xlsx", "--rinci"], /Pilihan tidak dikenal/],
  ])("%j is refused with exit 2", async (argv, message) => {
    const { code, err, out } = await run(argv as string[]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe("");
  });

  it("prints help in both languages", async () => {
    const { code, out } = await run(["--help"]);
    expect(code).toBe(0);
    expect(out).toMatch(/Pemakaian: cermat periksa/);
    expect(out).toMatch(/Usage: cermat periksa/);
  });
});
