// Set 346, performance forms: the LKjIP 2024 table of Dinas Perdagangan Kota Muara Peladang and the
// Perjanjian Kinerja 2025 of Dinas Perdagangan Kabupaten Lembah Sirih beside its Renstra targets.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, signature, type Row } from "../forms/kit";

type Ind = { sas: string; ind: string; sat: string; r23: number; t: number; r: number; neg: boolean };

const LK: Ind[] = [
  {
    sas: "Meningkatnya kualitas sarana perdagangan",
    ind: "Persentase pasar rakyat dalam kondisi baik",
    sat: "%",
    r23: 66.7,
    t: 72,
    r: 70.5,
    neg: false,
  },
  {
    sas: "Meningkatnya kualitas sarana perdagangan",
    ind: "Persentase los dan kios pasar yang terisi",
    sat: "%",
    r23: 81.2,
    t: 85,
    r: 62.4,
    neg: false,
  },
  {
    sas: "Terkendalinya harga bahan pokok",
    ind: "Koefisien variasi harga bahan pokok antarwaktu",
    sat: "%",
    r23: 7.1,
    t: 6.5,
    r: 5.8,
    neg: true,
  },
  {
    sas: "Terkendalinya harga bahan pokok",
    ind: "Jumlah pengaduan konsumen yang tidak terselesaikan",
    sat: "kasus",
    r23: 14,
    t: 12,
    r: 9,
    neg: true,
  },
  {
    sas: "Meningkatnya tertib ukur dan daya saing ekspor",
    ind: "Persentase UTTP bertanda tera sah yang berlaku",
    sat: "%",
    r23: 80.3,
    t: 85,
    r: 87.2,
    neg: false,
  },
  {
    sas: "Meningkatnya tertib ukur dan daya saing ekspor",
    ind: "Nilai ekspor UMKM binaan",
    sat: "Rp miliar",
    r23: 39.6,
    t: 48,
    r: 41.3,
    neg: false,
  },
];

export function lkjipPerdagangan(): BookW {
  const book = new BookW(
    "lkjip-2024-disdag-muara-peladang-346.xlsx",
    "LKjIP",
    "LKjIP 2024 Dinas Perdagangan Kota Muara Peladang, capaian sasaran",
  );
  const name = "Tabel 3.1";
  const s = book.sheet(name);
  s.lines(["Tabel 3.1 Capaian Indikator Kinerja Utama Dinas Perdagangan Tahun 2024"], 1, { bold: true });
  s.gap();
  const caps = LK.map((x) => (x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100));
  const rows: Row[] = LK.map((x, i) => ({
    id: `i${i}`,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      pol: x.neg ? "Negatif (makin kecil makin baik)" : "Positif",
      r23: x.r23,
      t: x.t,
      r: x.r,
      cap: x.neg
        ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
        : i === 5
          ? fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, 94.15)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      pred: i === 1 ? "Kurang" : predikatBaik(i === 5 ? 86.04 : caps[i]),
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      cap: fx(`ROUND(AVERAGE(${c.c("cap")}${c.row("i0")}:${c.c("cap")}${c.row("i5")}),2)`),
    }),
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "pol", head: ["Sifat Indikator"], role: "polaritas" },
      { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.0#" },
      { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "#,##0.0#" },
      { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: "#,##0.0#" },
      { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "pred", head: ["Kategori"], role: "predikat" },
    ],
    headerRows: 2,
    rows,
    vmerge: ["sas"],
  });
  s.gap();
  s.lines([
    "Catatan: capaian indikator negatif = (2 x target - realisasi) / target x 100 (refleksi).",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  book.finish();
  book.plant({
    at: { sheet: name, cell: t.a("cap", "i5") },
    rules: ["capaian-mismatch"],
    note: "stale cached 94.15 for nilai ekspor UMKM; 41.3 / 48 gives 86.04",
    truth: `ROUND(${t.a("r", "i5")}/${t.a("t", "i5")}*100,2)`,
  });
  book.plant({
    at: { sheet: name, cell: t.a("pred", "i1") },
    rules: ["predikat-mismatch"],
    note: "los dan kios terisi 62.4 / 85 = 73.41 is Cukup, typed Kurang",
    truth: `PREDIKAT_BAIK(${t.a("cap", "i1")})`,
  });
  for (const i of [2, 3])
    book.ok({
      sheet: name,
      cell: t.a("cap", `i${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND((2*${t.a("t", `i${i}`)}-${t.a("r", `i${i}`)})/${t.a("t", `i${i}`)}*100,2)`,
      trap: `${t.a("r", `i${i}`)}/${t.a("t", `i${i}`)}*100`,
    });
  book.ok({
    sheet: name,
    cell: t.a("pred", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("cap", "i3")})`,
  });
  return book;
}

const RS = [
  {
    ind: "Persentase pasar rakyat yang direvitalisasi dan berfungsi baik",
    sat: "%",
    awal: 38,
    t: [45, 52, 60, 68, 75],
    stock: true,
  },
  {
    ind: "Persentase UTTP bertanda tera sah yang berlaku",
    sat: "%",
    awal: 76,
    t: [80, 83, 86, 88, 90],
    stock: true,
  },
  {
    ind: "Jumlah UMKM binaan yang menembus pasar ekspor",
    sat: "UMKM",
    awal: 9,
    t: [3, 4, 4, 5, 5],
    stock: false,
  },
  {
    ind: "Kontribusi retribusi pasar terhadap PAD sektor perdagangan",
    sat: "%",
    awal: 21.5,
    t: [22, 23, 24, 25, 26],
    stock: true,
  },
];

export function pkPerdagangan(): BookW {
  const book = new BookW(
    "pk-2025-kadis-perdagangan-lembah-sirih-346.xlsx",
    "PK",
    "Perjanjian Kinerja 2025 Kepala Dinas Perdagangan Kabupaten Lembah Sirih, dengan target Renstra",
  );
  const rn = "Renstra 2025-2029";
  const r = book.sheet(rn);
  r.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Perdagangan 2025-2029"], 1, { bold: true });
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No."], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...[1, 2, 3, 4, 5].map((i) => ({
        key: `t${i}`,
        head: ["Target Tahun ke-", `${i}`],
        role: "target" as const,
        year: 2024 + i,
      })),
      { key: "akhir", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir" as const, year: 2029 },
    ],
    headerRows: 2,
    rows: RS.map((x, i) => ({
      id: `i${i}`,
      cells: (c) => ({
        no: `${i + 1}.`,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.t.map((v, j) => [`t${j + 1}`, v])),
        akhir: x.stock ? fx(c.a("t5")) : fx(`SUM(${c.a("t1")}:${c.a("t5")})`),
      }),
    })),
  });

  const pn = "PK 2025";
  const s = book.sheet(pn);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERDAGANGAN KABUPATEN LEMBAH SIRIH"]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40, num: "(3)" },
      { key: "t", head: ["Target"], role: "target", year: 2025, num: "(4)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: RS.map((x, i) => ({
      id: `i${i}`,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kualitas sarana dan tertib ukur perdagangan"
            : "Meningkatnya daya saing perdagangan daerah",
        ind: x.ind,
        t: i === 1 ? x.t[1] : x.t[0],
        sat: x.sat,
      },
    })),
  });
  s.gap();
  s.lines(["Program dan anggaran pendukung:"], 1, { bold: true });
  const pr = [
    ["3.30.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 4_812_450_000],
    ["3.30.03", "Program Peningkatan Sarana Distribusi Perdagangan", 6_275_000_000],
    ["3.30.04", "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting", 1_148_600_000],
    ["3.30.05", "Program Pengembangan Ekspor", 736_250_000],
    ["3.30.06", "Program Standardisasi dan Perlindungan Konsumen", 982_300_000],
  ] as const;
  const prog = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "prog", head: ["Program"], role: "lainnya", width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...pr.map(([kode, nama, rp], i) => ({
        id: `p${i}`,
        cells: { no: i + 1, kode, prog: nama, rp, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: (c) => ({
          no: "JUMLAH",
          rp: fx(`SUM(${c.c("rp")}${c.row("p0")}:${c.c("rp")}${c.row("p3")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["Bupati Lembah Sirih"],
    nama: "H. MOH. RIZAL LAKOTA, S.E.",
    nip: "-",
  });
  book.finish();
  book.plant({
    at: {
      anyOf: [
        { sheet: pn, cell: pk.a("t", "i1") },
        { sheet: rn, cell: rt.a("t1", "i1") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of UTTP bertanda tera sah is 83 (Renstra Tahun ke-2); Tahun ke-1 2025 is 80",
    truth: `'${rn}'!${rt.a("t1", "i1")}`,
  });
  book.plant({
    at: { sheet: pn, cell: prog.a("rp", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH =SUM stops one row short and leaves out program 3.30.06",
    truth: `SUM(${prog.c("rp")}${prog.row("p0")}:${prog.c("rp")}${prog.row("p4")})`,
  });
  book.ok({
    sheet: rn,
    cell: rt.a("akhir", "i0"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("t5", "i0"),
    trap: `SUM(${rt.a("t1", "i0")}:${rt.a("t5", "i0")})`,
  });
  book.ok({
    sheet: rn,
    cell: rt.a("akhir", "i2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${rt.a("t1", "i2")}:${rt.a("t5", "i2")})`,
  });
  book.ok({
    sheet: pn,
    cell: pk.a("t", "i3"),
    rules: ["cross-table-mismatch"],
    truth: `'${rn}'!${rt.a("t1", "i3")}`,
  });
  return book;
}
