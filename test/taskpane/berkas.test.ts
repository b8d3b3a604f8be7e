// "Bandingkan dengan berkas..." and the nomenclature list in the pane (src/taskpane/berkas): a
// picked .xlsx read from its bytes as the browser reads it (jszip, exceljs, the CLI's sheet
// preparation and sheetToGrid), compared with the open workbook by core/lintas; files a planner
// can get wrong refused with a message; a list read from .csv and .xlsx and kept.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbook } from "../../src/cli/readWorkbook";
import { bacaXlsx } from "../../src/taskpane/berkas/bacaXlsx";
import { bandingkan } from "../../src/taskpane/berkas/bandingkan";
import { BerkasError, MAKS_MB } from "../../src/taskpane/berkas/berkasError";
import { bacaDaftar } from "../../src/taskpane/berkas/bacaDaftar";
import { penyimpanMemori } from "../../src/taskpane/berkas/daftarNomenklatur";
import type { CellValue, Grid } from "../../src/core/grid";
import { PK, RENSTRA } from "../core/lintas/kantor";
import type { Lembar } from "../core/lintas/kantor";
import { daftarCsv, daftarUji } from "../core/nomenklatur/daftarUji";

jest.setTimeout(60_000);

async function xlsx(sheets: Array<{ name: string; rows: CellValue[][] }>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((r) => ws.addRow(r));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const dariLembar = (l: Lembar): Promise<Uint8Array> => xlsx([{ name: l.sheet, rows: l.rows }]);

/** Grids read from bytes, as the pane reads the open workbook (Host.read) — here with bacaXlsx. */
const buku = async (l: Lembar, file = l.file): Promise<{ file: string; grids: Grid[] }> => ({
  file,
  grids: await bacaXlsx(await dariLembar(l), file),
});

async function pesan(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(BerkasError);
    return (e as BerkasError).pesan.id;
  }
  throw new Error("no BerkasError");
}

describe("bacaXlsx: an .xlsx read from its bytes in the pane", () => {
  it("gives the same grids as the command line's reader", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tabel 6.2");
    RENSTRA.rows.forEach((r) => ws.addRow(r));
    ws.mergeCells("A1:J1");
    ws.getCell("K3").value = { formula: "E3/D3*100", result: 102.86 };
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cermat-berkas-"));
    const file = path.join(dir, "renstra.xlsx");
    fs.writeFileSync(file, bytes);
    try {
      const cli = (await readWorkbook(file)).sheets;
      const pane = await bacaXlsx(bytes.buffer.slice(0), "renstra.xlsx");
      expect(pane.map((g) => g.name)).toEqual(["Tabel 6.2"]);
      for (const [r, c] of [
        [1, 1],
        [3, 2],
        [4, 5],
        [3, 11],
      ]) {
        expect(pane[0].value(r, c)).toEqual(cli[0].value(r, c));
        expect(pane[0].formula(r, c)).toEqual(cli[0].formula(r, c));
      }
      expect(pane[0].formula(3, 11)).toBe("E3/D3*100");
      expect(pane[0].value(3, 11)).toBe(102.86);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("drops a validation over the whole sheet before exceljs reads it (the CLI's preparation)", async () => {
    const zip = await JSZip.loadAsync(await dariLembar(PK));
    const part = "xl/worksheets/sheet1.xml";
    const xml = (await zip.file(part)!.async("string")).replace(
      "<pageMargins",
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:XFD1048576"><formula1>"a,b"</formula1></dataValidation></dataValidations><pageMargins',
    );
    expect(xml).toContain("XFD1048576");
    zip.file(part, xml);
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const t0 = Date.now();
    const grids = await bacaXlsx(bytes, "pk.xlsx");
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(grids[0].value(4, 5)).toBe(9.2);
  });

  it("refuses what a planner can fix, saying what to do", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await pesan(bacaXlsx(ole, "rahasia.xlsx"))).toMatch(
      /dilindungi kata sandi .* hapus kata sandinya/,
    );
    const csv = new TextEncoder().encode("No;Indikator\n1;Persentase\n");
    expect(await pesan(bacaXlsx(csv, "data.xlsx"))).toMatch(/bukan buku kerja \.xlsx.*simpan sebagai/);
    expect(await pesan(bacaXlsx(new Uint8Array(0), "kosong.xlsx"))).toMatch(/kosong/);
    const big = new Uint8Array((MAKS_MB + 1) * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await pesan(bacaXlsx(big, "besar.xlsx"))).toMatch(/terlalu besar .* batas 30 MB/);
    const cut = (await dariLembar(PK)).slice(0, 300);
    expect(await pesan(bacaXlsx(cut, "potong.xlsx"))).toMatch(/tidak dapat dibaca: arsip zip-nya rusak/);
    const e = await bacaXlsx(ole, "rahasia.xlsx").catch((x: BerkasError) => x);
    expect((e as BerkasError).pesan.en).toMatch(/password-protected/);
  });
});

describe("bandingkan: the open workbook against a picked file", () => {
  it("finds the PK target that differs from the Renstra, naming both places and what each was read as", async () => {
    const hasil = bandingkan(await buku(RENSTRA), await buku(PK), "id");
    expect(hasil.ini.dokumen).toMatchObject({ jenis: "renstra", periode: [2025, 2029] });
    expect(hasil.itu.dokumen).toMatchObject({ jenis: "pk", tahun: 2025 });
    expect(hasil.itu).toMatchObject({ file: "pk-2025.xlsx", tabel: 1, indikator: 3 });
    const places = hasil.temuan.map(
      (f) =>
        `${f.file} ${f.sheet}!${f.cell} ${f.severity} ${f.other?.file} ${f.other?.sheet}!${f.other?.cell} ${f.diSini}`,
    );
    expect(places.sort()).toEqual([
      "pk-2025.xlsx PK!C5 warning renstra-dinsos.xlsx Tabel 6.2!B5 false",
      "pk-2025.xlsx PK!E4 error renstra-dinsos.xlsx Tabel 6.2!E4 false",
    ]);
    const target = hasil.temuan.find((f) => f.cell === "E4")!;
    expect(target.message).toMatch(
      /tertulis 9,2, sedangkan Renstra \(renstra-dinsos.xlsx Tabel 6.2!E4\) menulis 9,5/,
    );
    expect(target.rule).toBe("cross-document-mismatch");
  });

  it("puts a finding in the open workbook when it is the later document, in English when asked", async () => {
    const hasil = bandingkan(await buku(PK), await buku(RENSTRA), "en");
    const target = hasil.temuan.find((f) => f.cell === "E4")!;
    expect(target).toMatchObject({ file: "pk-2025.xlsx", diSini: true, severity: "error" });
    expect(target.message).toMatch(/is 9\.2, while the Renstra/);
  });

  it("compares a workbook whose kind was not recognised once the planner names it", async () => {
    const ini = await buku(RENSTRA, "buku kerja");
    const anon = { ...ini, grids: ini.grids.map((g) => g) };
    // a Renstra without the words in its name: recognised from its title
    expect(bandingkan(anon, await buku(PK), "id").ini.dokumen.jenis).toBe("renstra");
    const tanpaJudul: Lembar = { ...PK, rows: PK.rows.slice(1) };
    const lain = await buku(tanpaJudul, "lampiran.xlsx");
    const tebak = bandingkan(anon, lain, "id");
    expect(tebak.itu.dokumen.jenis).toBe("lainnya");
    expect(tebak.temuan).toEqual([]);
    const pilih = bandingkan(anon, lain, "id", { itu: "pk" });
    expect(pilih.itu.dokumen).toMatchObject({ jenis: "pk", alasan: "pilihan: pk" });
    expect(pilih.temuan.some((f) => f.cell === "E3" && f.severity === "error")).toBe(true);
  });

  it("keeps the two documents apart when both have the same name", async () => {
    const hasil = bandingkan(await buku(RENSTRA, "pk-2025.xlsx"), await buku(PK), "id", { ini: "renstra" });
    expect(hasil.itu.file).toBe("pk-2025.xlsx (berkas)");
    expect(hasil.temuan.some((f) => f.severity === "error")).toBe(true);
  });

  it("says so when the picked file has no table", async () => {
    const kosong = {
      file: "catatan.xlsx",
      grids: await bacaXlsx(await xlsx([{ name: "A", rows: [["catatan"]] }]), "c"),
    };
    expect(() => bandingkan(kosong, kosong, "id")).toThrow(BerkasError);
    try {
      bandingkan(kosong, kosong, "id");
    } catch (e) {
      expect((e as BerkasError).pesan.id).toMatch(/Tidak ditemukan tabel .* di catatan.xlsx/);
    }
  });
});

describe("the nomenclature list in the pane", () => {
  it("reads a semicolon CSV and an .xlsx list to the same codes", async () => {
    const dariCsv = await bacaDaftar(new TextEncoder().encode(daftarCsv()), "daftar.csv");
    const dariXlsx = await bacaDaftar(
      await xlsx([{ name: "Nomenklatur", rows: daftarUji() }]),
      "daftar.xlsx",
    );
    expect(dariCsv.entri.size).toBeGreaterThan(100);
    expect([...dariXlsx.entri.keys()]).toEqual([...dariCsv.entri.keys()]);
    expect(dariXlsx.lama.size).toBe(dariCsv.lama.size);
  });

  it("reads a CSV that Excel saved in Windows-1252", async () => {
    // "é" is one byte there, and not UTF-8
    const text = "Kode;Nomenklatur\n1.06.04;Program Rehabilitasi Sosial (Pelayanan Terpadu Café)\n";
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
    const d = await bacaDaftar(bytes, "daftar.csv");
    expect(d.entri.get("1.06.04")?.nama).toBe("Program Rehabilitasi Sosial (Pelayanan Terpadu Café)");
  });

  it("refuses another format and a file that is not a list", async () => {
    expect(await pesan(bacaDaftar(new Uint8Array(10), "daftar.pdf"))).toMatch(/harus \.xlsx atau \.csv/);
    expect(await pesan(bacaDaftar(new TextEncoder().encode("a;b\n1;2\n"), "x.csv"))).toMatch(
      /tidak tampak seperti daftar nomenklatur/,
    );
  });

  it("keeps the list and forgets it when removed", async () => {
    const store = penyimpanMemori();
    const daftar = await bacaDaftar(new TextEncoder().encode(daftarCsv()), "daftar.csv");
    await store.simpan({ daftar, dimuat: "2026-01-05" });
    expect((await store.muat())?.daftar.entri.size).toBe(daftar.entri.size);
    await store.hapus();
    expect(await store.muat()).toBeUndefined();
  });
});
