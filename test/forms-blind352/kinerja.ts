// LKjIP 2025 and PK 2025 (+ Renstra sheet) of set 352, Dinas Kelautan dan Perikanan.
import { BookW, fx, letterhead, signature, predikatBaik, round, RP, DEC, type Row } from "../forms/kit";

type Ind = {
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  r24: number;
  akhir: number;
};

/** LKjIP 2025 Tabel 3.1: merged Sasaran, Tahun 2025 > Target / Realisasi / Capaian, refleksi for a negative. */
export function lkjipKelautan(): BookW {
  const book = new BookW(
    "lkjip-2025-dkp-pantai-serunai-352.xlsx",
    "LKjIP",
    "LKjIP 2025 Tabel 3.1, merged Sasaran, ROUND capaian, refleksi on kecelakaan kapal, predikat words",
  );
  const s = book.sheet("Tabel 3.1");
  letterhead(s, [
    "Tabel 3.1",
    "Capaian Indikator Kinerja Utama Dinas Kelautan dan Perikanan Kota Pantai Serunai Tahun 2025",
  ]);
  const S1 = "Meningkatnya produksi perikanan";
  const S2 = "Meningkatnya kesejahteraan dan keselamatan nelayan";
  const inds: Ind[] = [
    {
      sas: S1,
      ind: "Produksi perikanan tangkap",
      sat: "ton",
      t: 18400,
      r: 17920.5,
      r24: 17105.2,
      akhir: 19500,
    },
    { sas: S1, ind: "Produksi perikanan budidaya", sat: "ton", t: 9600, r: 10110, r24: 9012.8, akhir: 11000 },
    { sas: S1, ind: "Angka konsumsi ikan", sat: "kg/kapita/tahun", t: 38.5, r: 36.9, r24: 36.1, akhir: 40 },
    { sas: S2, ind: "Persentase nelayan berasuransi", sat: "%", t: 45, r: 41.2, r24: 38.4, akhir: 50 },
    {
      sas: S2,
      ind: "Persentase kapal perikanan yang mengalami kecelakaan di laut",
      sat: "%",
      t: 2.5,
      r: 2.1,
      neg: true,
      r24: 2.9,
      akhir: 1.5,
    },
    { sas: S2, ind: "Nilai Tukar Nelayan (NTN)", sat: "indeks", t: 104, r: 93.6, r24: 101.7, akhir: 106 },
  ];
  const cap = (i: Ind) => round(i.neg ? ((2 * i.t - i.r) / i.t) * 100 : (i.r / i.t) * 100, 2);
  const rows: Row[] = inds.map((i, n) => ({
    id: `i${n + 1}`,
    cells: (x) => ({
      no: n + 1,
      sas: i.sas,
      ind: i.ind,
      sat: i.sat,
      t: i.t,
      r: i.r,
      c: i.neg
        ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
        : n === 2
          ? fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`, 104.34)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      p: n === 0 ? "Baik" : predikatBaik(cap(i)),
      r24: i.r24,
      akhir: i.akhir,
    }),
  }));
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Tahun 2025", "Target"], role: "target", year: 2025, fmt: DEC },
      { key: "r", head: ["Tahun 2025", "Realisasi"], role: "realisasi", year: 2025, fmt: DEC },
      { key: "c", head: ["Tahun 2025", "Capaian (%)"], role: "capaian", year: 2025, fmt: DEC },
      { key: "p", head: ["Predikat"], role: "predikat" },
      { key: "r24", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
      { key: "akhir", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC },
    ],
    headerRows: 2,
    rows,
    vmerge: ["sas"],
  });
  s.gap();
  s.lines([
    "Catatan: indikator kecelakaan kapal bersifat negatif (semakin kecil semakin baik), capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const S = s.name;
  const ratio = (id: string) => `ROUND(${t.a("r", id)}/${t.a("t", id)}*100,2)`;
  book.plant({
    at: { sheet: S, cell: t.a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "stale cached 104.34 for konsumsi ikan; 36.9 / 38.5 gives 95.84",
    truth: ratio("i3"),
  });
  book.plant({
    at: { sheet: S, cell: t.a("p", "i1") },
    rules: ["predikat-mismatch"],
    note: "produksi tangkap 97.39 graded Baik; > 90 is Sangat Baik",
    truth: `PREDIKAT_BAIK(${t.a("c", "i1")})`,
  });
  book.ok({
    sheet: S,
    cell: t.a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "i5")}-${t.a("r", "i5")})/${t.a("t", "i5")}*100,2)`,
    trap: ratio("i5"),
  });
  book.ok({
    sheet: S,
    cell: t.a("p", "i6"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i6")})`,
    trap: '"Sangat Baik"',
  });
  book.ok({
    sheet: S,
    cell: t.a("c", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: ratio("i2"),
  });
  return book.finish();
}

/** PK 2025 of the Kepala Dinas (indicator table, program table with JUMLAH) + sheet Renstra 2022-2026. */
export function pkKelautan(): BookW {
  const book = new BookW(
    "pk-2025-dkp-teluk-damar-biru-352.xlsx",
    "PK",
    "PK 2025 Kepala DKP: Satuan before Target; program table with typed JUMLAH; Renstra 2022-2026 sheet",
  );
  const r = book.sheet("Renstra 2022-2026");
  letterhead(r, [
    "Indikator Kinerja Utama Renstra Dinas Kelautan dan Perikanan Kabupaten Teluk Damar Biru 2022-2026",
  ]);
  const yrs = [2022, 2023, 2024, 2025, 2026];
  const data: Array<[string, string, string, number, number[]]> = [
    ["ts", "Produksi perikanan tangkap", "ton", 16800, [17300, 17800, 18400, 18900, 19500]],
    ["bd", "Produksi perikanan budidaya", "ton", 8200, [8700, 9200, 9600, 10400, 11000]],
    ["ki", "Angka konsumsi ikan", "kg/kapita/tahun", 34.1, [35.2, 36.5, 37.4, 38.6, 39.8]],
    ["na", "Persentase nelayan berasuransi", "%", 30, [34, 38, 42, 46, 50]],
  ];
  const rt = r.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC },
      ...yrs.map((y, i) => ({
        key: `y${i}`,
        head: ["Target Kinerja", `Tahun ke-${i + 1}`, String(y)],
        role: "target" as const,
        year: y,
        fmt: DEC,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir Renstra (2026)"],
        role: "kondisi-akhir" as const,
        year: 2026,
        fmt: DEC,
      },
    ],
    headerRows: 3,
    rows: data.map(([id, ind, sat, awal, k]) => ({
      id,
      cells: (x) => ({
        ind,
        sat,
        awal,
        ...Object.fromEntries(k.map((v, i) => [`y${i}`, v])),
        ak: fx(x.a("y4")),
      }),
    })),
  });
  const s = book.sheet("PK Kadis 2025");
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KELAUTAN DAN PERIKANAN KABUPATEN TELUK DAMAR BIRU"]);
  s.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  s.gap();
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30, num: "(2)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34, num: "(3)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, num: "(5)" },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      {
        id: "ts",
        cells: {
          no: 1,
          sas: "Meningkatnya produksi perikanan",
          ind: "Produksi perikanan tangkap",
          sat: "ton",
          t: 18900,
        },
      },
      {
        id: "bd",
        cells: {
          sas: "Meningkatnya produksi perikanan",
          ind: "Produksi perikanan budidaya",
          sat: "ton",
          t: 10400,
        },
      },
      {
        id: "ki",
        cells: {
          no: 2,
          sas: "Meningkatnya konsumsi ikan masyarakat",
          ind: "Angka konsumsi ikan",
          sat: "kg/kapita/tahun",
          t: 39.2,
        },
      },
      {
        id: "na",
        cells: {
          no: 3,
          sas: "Meningkatnya perlindungan nelayan",
          ind: "Persentase nelayan berasuransi",
          sat: "%",
          t: 46,
        },
      },
    ],
    vmerge: ["sas"],
  });
  s.gap();
  s.lines(["Program dan anggaran:"]);
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_482_350_000],
    ["Program Pengelolaan Perikanan Tangkap", 4_915_600_000],
    ["Program Pengelolaan Perikanan Budidaya", 3_270_400_000],
    ["Program Pengolahan dan Pemasaran Hasil Perikanan", 1_846_250_000],
  ];
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "prog", head: ["Program"], role: "lainnya", width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([prog, rp], i) => ({
        id: `g${i + 1}`,
        cells: { no: i + 1, prog, rp, ket: "APBD 2025" },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        cells: { no: "JUMLAH", rp: 16_541_600_000 },
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Teluk Damar Biru, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala Dinas Kelautan dan Perikanan"],
    nama: "Ir. La Ode Mustafa Rahim, M.Si.",
    nip: "19710318 199803 1 006",
  });
  const R = `'${r.name}'`;
  book.plant({
    at: {
      anyOf: [
        { sheet: s.name, cell: pk.a("t", "ki") },
        { sheet: r.name, cell: rt.a("y3", "ki") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK konsumsi ikan 39.2 vs Renstra Tahun ke-4 (2025) 38.6",
    truth: `${R}!${rt.a("y3", "ki")}`,
  });
  book.plant({
    at: { sheet: s.name, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed JUMLAH 16,541,600,000; the four programs give 16,514,600,000",
    truth: progs.map((_, i) => pt.a("rp", `g${i + 1}`)).join("+"),
  });
  book.ok({
    sheet: s.name,
    cell: pk.a("t", "ts"),
    rules: ["cross-table-mismatch"],
    truth: `${R}!${rt.a("y3", "ts")}`,
  });
  book.ok({
    sheet: r.name,
    cell: rt.a("ak", "na"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y4", "na"),
    trap: yrs.map((_, i) => rt.a(`y${i}`, "na")).join("+"),
  });
  return book.finish();
}
