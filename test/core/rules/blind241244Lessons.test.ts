// What forms-blind241 .. 244 taught (a health laboratory, the regent's protocol office, a regional
// airport, salt and fish processing): each row's share of the total typed by hand without "$"
// ("=ROUND(M9/M12*100,2)", "=ROUND(M10/M12*100,2)") is one formula, and a typed share among them
// is held to what it gives; in a table of three rows two alike formulas are a consensus where the
// typed third contradicts its own row's arithmetic; a typed share over 100 that its own row keeps
// under 100 is out of range; a stale ratio in a "%" column read as capaian is a capaian written
// wrong; "2-3" numbers one column for two; a numbered recap stands beside a table of its own.
import { detectTables } from "../../../src/core/detect";
import { classifyHeader } from "../../../src/core/detect/roles";
import { polaritasDariTeks } from "../../../src/core/rules/tebakanPolaritas";
import { foundOn, sheet } from "./ruleTester";
import type { SheetSpec } from "./ruleTester";

describe("each row's share of the total, typed without '$' (forms-blind242)", () => {
  const spec = (n11: number | undefined): SheetSpec => ({
    name: "Media 2024",
    rows: [
      ["Rekapitulasi Hasil Monitoring Pemberitaan Tahun 2024"],
      [],
      ["No", "Tone Pemberitaan", "Cetak", "Daring", "Elektronik", "Total", "Proporsi (%)"],
      [1, "Positif", 214, 388, 96, 698, 55.18],
      [2, "Netral", 131, 276, 58, 465, 36.76],
      [3, "Negatif", 22, 71, 9, 102, n11 ?? 8.06],
      [null, "Jumlah", 367, 735, 163, 1265, 100],
    ],
    formulas: {
      ...Object.fromEntries([4, 5, 6].map((r) => [`F${r}`, `C${r}+D${r}+E${r}`])),
      G4: "ROUND(F4/F7*100,2)",
      G5: "ROUND(F5/F7*100,2)",
      ...(n11 === undefined ? { G6: "ROUND(F6/F7*100,2)" } : {}),
      C7: "SUM(C4:C6)",
      D7: "SUM(D4:D6)",
      E7: "SUM(E4:E6)",
      F7: "SUM(F4:F6)",
    },
  });

  it("names the typed share that the column's formula contradicts", () => {
    expect(foundOn(spec(9.65))).toContainEqual(["hardcoded-value", "G6"]);
  });

  it("leaves the column of formulas alone (kept)", () => {
    expect(foundOn(spec(undefined))).toEqual([]);
  });
});

describe("two formulas of three rows (forms-blind243)", () => {
  const spec = (o8: number): SheetSpec => ({
    name: "Perintis 2025",
    rows: [
      ["REKAPITULASI ANGKUTAN UDARA PERINTIS TAHUN 2025"],
      [],
      ["No", "Rute Perintis", "Kursi Tersedia", "Penumpang", "Keterisian (%)"],
      [1, "Selaru - Saumlaki", 2304, 1987, 86.24],
      [2, "Selaru - Ambon", 3456, 3102, 89.76],
      [3, "Selaru - Dobo", 1728, 1209, o8],
    ],
    formulas: { E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)" },
  });

  it("names the typed third its own row's arithmetic contradicts", () => {
    expect(foundOn(spec(62.92))).toContainEqual(["hardcoded-value", "E6"]);
  });

  it("names a typed share over 100 that its own row keeps under 100 once, as out of range", () => {
    expect(foundOn(spec(142.92))).toEqual([["percent-out-of-range", "E6"]]);
  });

  it("leaves a typed third that its row's arithmetic gives alone (kept)", () => {
    expect(foundOn(spec(69.97))).toEqual([]);
  });
});

describe("two formulas of three rows, the third a reflected capaian", () => {
  const spec = (typed: number): SheetSpec => ({
    name: "Capaian 2024",
    rows: [
      ["CAPAIAN KINERJA TAHUN 2024"],
      [],
      ["No", "Indikator Kinerja", "Target", "Realisasi", "Capaian (%)"],
      [1, "Persentase sampel diperiksa tepat waktu", 90, 92, 102.22],
      [2, "Persentase fasyankes yang mengirim sampel", 80, 76, 95],
      [3, "Persentase sampel rusak saat pengiriman", 2, 1.5, typed],
    ],
    formulas: { E4: "ROUND(D4/C4*100,2)", E5: "ROUND(D5/C5*100,2)" },
  });

  it("leaves the lower-is-better row's own capaian to capaian-mismatch", () => {
    // refleksi: (2 - (1,5 - 2)) / 2 x 100 = 125, not R / T = 75
    expect(foundOn(spec(125)).filter(([r]) => r === "hardcoded-value")).toEqual([]);
  });
});

describe("a number row that numbers one column for two (forms-blind245)", () => {
  it("reads '2-3' over a column of codes and names as the form's columns 2 and 3", () => {
    const g = sheet({
      name: "Evaluasi Renja 2024",
      rows: [
        ["EVALUASI TERHADAP HASIL RENJA TAHUN 2024"],
        [],
        [
          "No",
          "Kode / Program / Kegiatan",
          "Indikator Kinerja",
          "Target 2024",
          "Realisasi 2024",
          "Capaian (%)",
        ],
        ["1", "2-3", "4", "5", "6", "7 = 6/5 x 100"],
        [1, "1.01.02 PROGRAM PENGELOLAAN PENDIDIKAN", "Persentase siswa penerima beasiswa", 78, 79.5, 101.92],
        [2, "1.01.02.2.02 Pengelolaan Pendidikan SMP", "Jumlah penerima beasiswa daerah", 2260, 2212, 97.88],
        [
          3,
          "1.01.02.2.02.0011 Penyaluran Beasiswa",
          "Jumlah siswa miskin penerima beasiswa",
          1950,
          1907,
          97.79,
        ],
      ],
    });
    const [t] = detectTables(g);
    expect(t.numberRow).toBe(4);
    expect(t.rows[0].row).toBe(5);
  });

  it("reads the recipients of a scholarship for the poor as a service, more is better", () => {
    expect(polaritasDariTeks("Jumlah siswa miskin penerima beasiswa daerah")?.polaritas).toBe("positif");
    expect(polaritasDariTeks("Persentase penduduk miskin")?.polaritas).toBe("negatif");
  });
});

describe("a numbered recap beside a table of its own (forms-blind246)", () => {
  it("finds the numbered recap, its numbers under it only", () => {
    const g = sheet({
      name: "Rekap Kesra 2024",
      rows: [
        ["Rekap Penerima Insentif Guru Ngaji dan Marbot per Kecamatan Tahun 2024"],
        [],
        [
          "Kecamatan",
          "Guru Ngaji",
          "Marbot",
          "Jumlah",
          "Terverifikasi (orang)",
          "% Terverifikasi",
          null,
          "Cabang MTQ",
          "Putra",
          "Putri",
          "Jumlah",
        ],
        ["(1)", "(2)", "(3)", "(4) = (2)+(3)", "(5)", "(6) = (5)/(4) x 100", null, "Tilawah Dewasa", 2, 2, 4],
        ["Muara Serayu", 312, 96, 408, 398, 97.55, null, "Tahfiz 10 Juz", 3, 2, 5],
        ["Batang Hilir", 245, 71, 316, 309, 97.78, null, "Fahmil Quran", 3, 3, 6],
        ["Sungai Lintang", 188, 62, 250, 240, 96, null, "Jumlah", 8, 7, 15],
        ["Rantau Pandan", 276, 88, 364, 351, 96.43],
        ["TOTAL", 1021, 317, 1338, 1298, 97.01],
      ],
    });
    const kiri = detectTables(g).find((t) => t.range.c1 === 1);
    expect(kiri?.numberRow).toBe(4);
    expect(kiri?.range.c2).toBe(6);
  });
});

describe("words (forms-blind248)", () => {
  it("reads a percentage of what was done against a target as a capaian", () => {
    expect(classifyHeader(["Kumulatif thd Target Tahunan (%)"]).role).toBe("capaian");
    expect(classifyHeader(["% s.d. terhadap Pagu"]).role).toBe("capaian");
    expect(classifyHeader(["Target thd Renstra (%)"]).role).toBe("target");
  });
});

describe("a stale ratio in a '%' column read as capaian (forms-blind247, 248)", () => {
  const spec = (g8: number): SheetSpec => ({
    name: "Menara 2024",
    rows: [
      ["REKAPITULASI MENARA TELEKOMUNIKASI PER KECAMATAN 2024"],
      [],
      ["No", "Kecamatan", "Terdata", "Ber-PBG", "Ber-SLF", "% Ber-SLF"],
      [1, "Sungai Raya", 42, 35, 31, 73.81],
      [2, "Parit Baru", 31, 25, 22, g8],
      [3, "Tanjung Hulu", 27, 20, 18, 66.67],
      [4, "Kubu Lama", 19, 14, 12, 63.16],
    ],
    formulas: Object.fromEntries([4, 5, 6, 7].map((r) => [`F${r}`, `ROUND(E${r}/C${r}*100,2)`])),
  });

  it("names it a capaian written stale", () => {
    expect(foundOn(spec(79.71))).toEqual([["capaian-mismatch", "F5"]]);
  });

  it("leaves the saved value that its formula gives alone (kept)", () => {
    expect(foundOn(spec(70.97))).toEqual([]);
  });
});
