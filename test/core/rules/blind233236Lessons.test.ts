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
