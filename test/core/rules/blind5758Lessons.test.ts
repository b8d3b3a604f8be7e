// What forms-blind57 .. 58 taught (fisheries and environment offices of Sumbawa and Buton; revenue,
// investment and labour offices of two provinces): "sampah yang tidak terkelola" is lower-is-better;
// a PK's programme table whose numbered programmes SUM the unnumbered kegiatan after them keeps a
// typed programme's kegiatan inside it too, so the JUMLAH of the programmes is not a false alarm.
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

const found = foundOn;

describe("a PK's programme table whose programmes SUM the rows after them", () => {
  const spec = (c7: number): SheetSpec => ({
    name: "PK 2025",
    rows: [
      ["B. Program, Kegiatan dan Anggaran"],
      ["No", "Program / Kegiatan", "Anggaran (Rp)", "Ket."],
      [1, "Program Penunjang Urusan Pemerintahan Daerah", 6_465_430_000, "APBD"],
      [null, "Perencanaan, Penganggaran, dan Evaluasi Kinerja", 84_650_000, "APBD"],
      [null, "Administrasi Keuangan Perangkat Daerah", 5_912_480_000, "APBD"],
      [null, "Administrasi Umum Perangkat Daerah", 468_300_000, "APBD"],
      [2, "Program Pengelolaan Perikanan Tangkap", c7, "APBD, DAK"],
      [null, "Pengelolaan Penangkapan Ikan di Perairan Umum", 318_400_000, "APBD"],
      [null, "Pemberdayaan Nelayan Kecil", 1_372_500_000, "APBD, DAK"],
      [null, "Pengelolaan Tempat Pelelangan Ikan", 425_850_000, "APBD"],
      [3, "Program Pengelolaan Perikanan Budidaya", 2_053_500_000, "APBD, DAK"],
      [null, "Penerbitan IUP di Bidang Pembudidayaan Ikan", 96_200_000, "APBD"],
      [null, "Pemberdayaan Pembudi Daya Ikan Kecil", 1_957_300_000, "APBD, DAK"],
      ["JUMLAH", "JUMLAH", 6_465_430_000 + c7 + 2_053_500_000, null],
    ],
    formulas: { C3: "SUM(C4,C5,C6)", C11: "SUM(C12,C13)", C14: "C3+C7+C11" },
  });
  it("adds the programmes, not their kegiatan", () => {
    expect(found(spec(2_116_750_000))).toEqual([]);
  });
  // (stop 16: forms-blind57's C21)
  it("holds a typed programme to the kegiatan after it, as the other programmes' SUM do", () => {
    expect(found(spec(2_143_750_000))).toEqual([["sum-mismatch", "C7"]]);
  });
});

it("reads waste left unmanaged as lower-is-better and its capaian as the refleksi", () => {
  const spec = (i3: number): SheetSpec => ({
    name: "E.79",
    rows: [
      ["Evaluasi terhadap Hasil RPJMD Tahun Pelaksanaan 2024"],
      ["No", "Indikator Kinerja", "Satuan", "Target 2024", "Realisasi 2024", "Tingkat Capaian 2024 (%)"],
      [1, "Persentase timbulan sampah yang tidak terkelola", "%", 46, 47.3, i3],
      [2, "Indeks Kualitas Air", "indeks", 53, 52.35, 98.77],
    ],
  });
  expect(found(spec(97.17))).toEqual([]);
  expect(found(spec(102.83))).toEqual([["capaian-mismatch", "F3"]]);
});
