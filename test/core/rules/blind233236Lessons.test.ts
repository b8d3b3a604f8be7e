// What forms-blind233 .. 236 taught (social assistance, national unity, transport, food security):
// a count in "desa/kel" adds up over quarters; a name that says "(semakin kecil semakin baik)"
// states its polarity; conflict "yang berulang" is still conflict; a note's subject written with
// its unit ("cadangan beras (ton)") names only rows in that unit; goods in tonnes or litres beside
// a cost in Rp are not money; "Pelaksanaan" is no "Pelaksana".
import { classifyHeader } from "../../../src/core/detect/roles";
import { aditif } from "../../../src/core/rules/konsolidasi";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("words (forms-blind233, 234, 235, 236)", () => {
  it("adds up a count of villages and urban wards, 'desa/kel'", () => {
    expect(aditif("desa/kel", "Jumlah desa/kelurahan yang melaksanakan verivali DTKS")).toBe("ya");
  });

  it("reads a name's own '(semakin kecil semakin baik)' and conflict that recurs", () => {
    expect(
      polaritasDariTeks("Jumlah titik parkir liar di badan jalan (semakin kecil semakin baik)"),
    ).toMatchObject({ polaritas: "negatif", sumber: "baris" });
    expect(polaritasDariTeks("Persentase konflik sosial yang berulang")?.polaritas).toBe("negatif");
    // (conflict handled stays a service)
    expect(polaritasDariTeks("Persentase konflik sosial yang ditangani")?.polaritas).toBe("positif");
  });

  it("reads 'Pelaksanaan GPM (kali)' as no one responsible", () => {
    expect(classifyHeader(["Pelaksanaan GPM (kali)"]).role).not.toBe("penanggung-jawab");
    expect(classifyHeader(["Pelaksana"]).role).toBe("penanggung-jawab");
  });
});

describe("goods in tonnes and litres beside a cost in Rp (forms-blind236)", () => {
  const spec = (e12: number): SheetSpec => ({
    name: "GPM 2024",
    rows: [
      ["Gerakan Pangan Murah per Triwulan Tahun 2024"],
      [],
      ["Periode", "Pelaksanaan GPM (kali)", "Komoditas Tersalur", null, "Biaya Distribusi (Rp)"],
      ["Periode", "Pelaksanaan GPM (kali)", "Beras (ton)", "Minyak Goreng (liter)", "Biaya Distribusi (Rp)"],
      ["Triwulan I", 4, 12.3, 3200, 150200000],
      ["Triwulan II", 5, 18.6, 4150, 212450000],
      ["Triwulan III", 5, 9.4, 2900, 218900000],
      ["Triwulan IV", 6, 21.7, 5100, 243150000],
      ["Jumlah", 20, 62, 15350, e12],
    ],
    merges: ["C3:D3", "A3:A4", "B3:B4", "E3:E4"],
    formulas: { B9: "SUM(B5:B8)", C9: "SUM(C5:C8)", D9: "SUM(D5:D8)" },
  });

  it("does not take tonnes for thousandfold-small rupiah", () => {
    expect(foundOn(spec(824700000))).toEqual([]);
  });

  it("still names the typed total of the cost", () => {
    expect(foundOn(spec(842700000))).toContainEqual(["sum-mismatch", "E9"]);
  });
});

describe("a note's subject in its unit (forms-blind236)", () => {
  const spec = (p13: number): SheetSpec => ({
    name: "Tabel 6.1",
    rows: [
      ["RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF TAHUN 2025-2029"],
      [],
      [
        "Kode",
        "Program / Kegiatan / Sub Kegiatan",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Kinerja Awal (2024)",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Kinerja Akhir Periode Renstra",
      ],
      [
        "2.09.02.2.02",
        "Pengelolaan Cadangan Pangan",
        "Jumlah cadangan beras pemerintah daerah yang tersedia",
        "ton",
        32,
        40,
        50,
        60,
        70,
        80,
        80,
      ],
      [
        "2.09.02.2.02.0001",
        "Pengadaan Cadangan Beras",
        "Jumlah paket pengadaan cadangan beras",
        "paket",
        2,
        2,
        2,
        2,
        2,
        2,
        p13,
      ],
      [],
      ["Keterangan: cadangan beras (ton) adalah stok akhir tahun; kondisi akhir = target tahun ke-5."],
    ],
  });

  it("leaves the packages bought, summed over the years, alone", () => {
    expect(foundOn(spec(10))).toEqual([]);
  });
});

// (forms-blind238) An E.81 whose headings are typed once over their "Kinerja | Keuangan (Rp)" pair,
// unmerged, numbers both columns of a pair alike: "5 | 5 | 6 | 6" is its number row, not data.
describe("a number row under unmerged pair headings (forms-blind238)", () => {
  const spec: SheetSpec = {
    name: "Evaluasi Renja 2024",
    rows: [
      ["Tabel E.81 Evaluasi terhadap Hasil Renja"],
      ["Periode pelaksanaan s.d. Triwulan IV Tahun 2024"],
      [],
      [
        "Kode",
        "Indikator Kinerja",
        "Satuan",
        "Target Renja 2024",
        null,
        "Realisasi TW I 2024",
        null,
        "Realisasi TW II 2024",
        null,
        "Realisasi Renja 2024",
        null,
      ],
      [
        null,
        null,
        null,
        "Kinerja",
        "Keuangan (Rp)",
        "Kinerja",
        "Keuangan (Rp)",
        "Kinerja",
        "Keuangan (Rp)",
        "Kinerja",
        "Keuangan (Rp)",
      ],
      ["1", "2", "3", "4", "4", "5", "5", "6", "6", "7", "7"],
      [
        "2.16.03.2.02.0013",
        "Jumlah titik wifi publik yang dibangun",
        "titik",
        45,
        1485000000,
        20,
        600000000,
        25,
        885000000,
        45,
        1485000000,
      ],
      [
        "2.16.03.2.02.0014",
        "Jumlah aplikasi yang terintegrasi",
        "aplikasi",
        8,
        500000000,
        3,
        200000000,
        5,
        300000000,
        8,
        500000000,
      ],
    ],
  };

  it("reads the number row as the header's, and nothing in it as data", () => {
    expect(foundOn(spec)).toEqual([]);
  });
});

describe("a note's subject with an acronym in brackets, not a unit (kept)", () => {
  const spec = (p5: number): SheetSpec => ({
    name: "Tabel 6.1",
    rows: [
      ["RENCANA PROGRAM DAN PENDANAAN INDIKATIF TAHUN 2025-2029"],
      [],
      [
        "Kode",
        "Program",
        "Indikator Kinerja",
        "Satuan",
        "Kondisi Kinerja Awal (2024)",
        "Target 2025",
        "Target 2026",
        "Target 2027",
        "Target 2028",
        "Target 2029",
        "Kondisi Kinerja Akhir Periode Renstra",
      ],
      [
        "1.02.02",
        "Program Pemenuhan Upaya Kesehatan",
        "Jumlah kunjungan ibu hamil (K4)",
        "kunjungan",
        900,
        950,
        1000,
        1050,
        1100,
        1150,
        p5,
      ],
      [],
      ["Keterangan: kunjungan ibu hamil (K4) adalah posisi akhir tahun; kondisi akhir = target tahun ke-5."],
    ],
  });

  it("still reads the note for the row it names", () => {
    expect(foundOn(spec(1150))).toEqual([]);
    expect(foundOn(spec(5250))).toContainEqual(["kondisi-akhir-mismatch", "K4"]);
  });
});
