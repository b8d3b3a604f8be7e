// What forms-blind257 .. 260 taught (a care home for the elderly, Kampung KB, desa wisata, village
// governance): a note "kumulatif (posisi TW IV)" keeps the year at its Triwulan IV position; an
// indicator's name that ends in "(-)" states it is lower-is-better; a care home's "Wisma" and a
// "Desa Wisata" name a recap's rows, as places do.
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("an E.81 row noted 'kumulatif (posisi TW IV)' (forms-blind260)", () => {
  const spec = (catatan: string): SheetSpec => ({
    name: "Evaluasi Renja 2024",
    rows: [
      ["EVALUASI HASIL PELAKSANAAN RENJA TAHUN 2024"],
      [],
      [
        "No",
        "Indikator Kinerja",
        "Satuan",
        "Realisasi s.d. Tahun 2023",
        "Target Tahun 2024",
        "Realisasi TW I",
        "Realisasi TW II",
        "Realisasi TW III",
        "Realisasi TW IV",
        "Realisasi Tahun 2024",
        "Keterangan",
      ],
      ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10 = 6+7+8+9", "11"],
      [
        1,
        "Persentase desa yang menetapkan Perdes APBDes tepat waktu",
        "%",
        78.5,
        90,
        62.4,
        88.2,
        91.8,
        93.5,
        93.5,
        catatan,
      ],
      [2, "Jumlah desa yang dibina", "desa", 120, 60, 12, 18, 16, 14, 60, ""],
      [3, "Jumlah laporan Siskeudes diverifikasi", "laporan", 900, 480, 110, 120, 125, 125, 480, ""],
    ],
  });

  it("keeps the year at its Triwulan IV position", () => {
    expect(foundOn(spec("kumulatif (posisi TW IV)"))).toEqual([]);
  });

  it("adds the quarters where the note says they add (kept)", () => {
    expect(foundOn(spec("akumulasi TW I s.d. TW IV"))).toContainEqual(["sum-mismatch", "J5"]);
  });
});

describe("words (forms-blind257 .. 259)", () => {
  it("reads a name's own '(-)' or '(+)' as its polarity", () => {
    expect(polaritasDariTeks("Angka unmet need KB (-)")).toMatchObject({
      polaritas: "negatif",
      sumber: "baris",
    });
    expect(polaritasDariTeks("Persentase peserta KB aktif (+)")?.polaritas).toBe("positif");
  });

  it("reads a care home's houses and tourist villages as places", () => {
    expect(classifyHeader(["Wisma"]).role).toBe("lokasi");
    expect(classifyHeader(["Desa Wisata"]).role).toBe("lokasi");
    expect(classifyHeader(["Jumlah Desa Wisata"]).role).not.toBe("lokasi");
  });
});
