// The performance tables: the LKjIP 2024 of the Dinas Kesehatan of Kabupaten Ogan Lematang (indicators
// per program, maternal mortality and stunting lower-is-better with the refleksi), and the Perjanjian
// Kinerja 2025 of the head of the Dinas PPKB of Kabupaten Belitung Selatan with its budget per program
// and the Renstra targets on a second sheet. Every office, region, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type I = {
  id: string;
  prog: string;
  ind: string;
  sat: string;
  arah: "Turun" | "Naik";
  t: number;
  y: number;
  wrong?: boolean;
  pred?: string;
};

/** LKjIP 2024 Dinas Kesehatan Kabupaten Ogan Lematang: capaian per program. */
export function lkjipDinkesOganLematang(): BookW {
  const b = new BookW(
    "lkjip-dinkes-ogan-lematang-2024.xlsx",
    "LKjIP capaian kinerja per program (Dinas Kesehatan kabupaten)",
    "No | Program (merged over its indicators) | Indikator Kinerja Program | Satuan | Sifat Indikator (Negatif / Positif) | Target 2024 | Realisasi 2024 | Capaian (%) | Kategori; refleksi for Negatif rows, kategori typed",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.4 Pengukuran Capaian Kinerja Program Dinas Kesehatan Kabupaten Ogan Lematang Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const P1 = "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat";
  const P2 = "Program Pemberdayaan Masyarakat Bidang Kesehatan";
  const rows: I[] = [
    { id: "i1", prog: P1, ind: "Angka Kematian Ibu", sat: "per 100.000 KH", arah: "Turun", t: 98, y: 87.4 },
    { id: "i2", prog: P1, ind: "Angka Kematian Bayi", sat: "per 1.000 KH", arah: "Turun", t: 12, y: 10.6 },
    {
      id: "i3",
      prog: P1,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      arah: "Turun",
      t: 16.5,
      y: 17.8,
      wrong: true,
    },
    { id: "i4", prog: P1, ind: "Cakupan imunisasi dasar lengkap", sat: "%", arah: "Naik", t: 95, y: 91.36 },
    {
      id: "i5",
      prog: P1,
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      arah: "Naik",
      t: 96,
      y: 93.2,
    },
    {
      id: "i6",
      prog: P2,
      ind: "Persentase desa yang melaksanakan STBM (Sanitasi Total Berbasis Masyarakat)",
      sat: "%",
      arah: "Naik",
      t: 80,
      y: 57.9,
      pred: "Tinggi",
    },
    {
      id: "i7",
      prog: P2,
      ind: "Persentase posyandu aktif (purnama dan mandiri)",
      sat: "%",
      arah: "Naik",
      t: 72,
      y: 74.85,
    },
  ];
  const sifat = (x: I) => (x.arah === "Turun" ? "Negatif" : "Positif");
  const capOf = (x: I) =>
    x.arah === "Turun" && !x.wrong ? round(((2 * x.t - x.y) / x.t) * 100) : round((x.y / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 32 },
    { key: "ind", head: ["Indikator Kinerja Program"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "sif", head: ["Sifat Indikator"], role: "polaritas", width: 10 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "y", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "kat", head: ["Kategori"], role: "predikat", width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["prog"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const ratio = `${c.a("y")}/${c.a("t")}*100`;
        const cells: Record<string, Cell> = {
          no: i + 1,
          prog: x.prog,
          ind: x.ind,
          sat: x.sat,
          sif: sifat(x),
          t: x.t,
          y: x.y,
          cap:
            x.arah === "Turun" && !x.wrong
              ? fx(`ROUND((2*${c.a("t")}-${c.a("y")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${ratio},2)`),
          kat: x.pred ?? predikat(capOf(x)),
        };
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bersifat Negatif (semakin kecil semakin baik) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
    "Kategori: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; ≤ 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Lematang Ulu, 20 Februari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Ogan Lematang,"],
    nama: "dr. RATNA KOMALASARI HARAHAP, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19750923 200501 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "stunting is a Negatif indicator but its capaian is Realisasi / Target = 17.8 / 16.5 x 100 = 107.88 (rewarding a prevalence above target); the refleksi used on the other Negatif rows gives (33 - 17.8) / 16.5 x 100 = 92.12",
    truth: `ROUND((2*${a("t", "i3")}-${a("y", "i3")})/${a("t", "i3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kat", "i6") },
    rules: ["predikat-mismatch"],
    note: "desa STBM 57.9 of 80 is 72.38 %, band > 65 - 75 (Sedang); the row says Tinggi",
    truth: `PREDIKAT(${a("cap", "i6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i1")}-${a("y", "i1")})/${a("t", "i1")}*100,2)`,
    trap: `ROUND(${a("y", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "i2")}-${a("y", "i2")})/${a("t", "i2")}*100,2)`,
    trap: `ROUND(${a("y", "i2")}/${a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i1"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "i1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i7"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("y", "i7")}/${a("t", "i7")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kat", "i4"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "i4")})`,
  });
  return b.finish();
}

type K = { id: string; sas: string; ind: string; sat: string; y: number[]; f: string };

/** Perjanjian Kinerja 2025 Kepala Dinas PPKB Kabupaten Belitung Selatan, Renstra 2021-2026 on sheet 2. */
export function pkKadisPpkbBelitungSelatan(): BookW {
  const b = new BookW(
    "pk-kadis-ppkb-belitung-selatan-2025.xlsx",
    "PK of the head of the Dinas PPKB with budget per program and Renstra targets",
    "sheet 'PK 2025': No | Sasaran (merged) | Indikator Kinerja | Satuan | Target Tahun 2025 (typed), then No | Program | Anggaran (Rp) | Keterangan with a Jumlah row; sheet 'Renstra 2021-2026': No | Indikator Kinerja | Satuan | 'Target Kinerja' > 2022 .. 2026",
  );
  const P = "PK 2025";
  const R = "Renstra 2021-2026";
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  const S1 = "Terkendalinya pertumbuhan penduduk";
  const S2 = "Meningkatnya ketahanan keluarga";
  const inds: K[] = [
    {
      id: "k1",
      sas: S1,
      ind: "Angka kelahiran total (Total Fertility Rate)",
      sat: "anak per WUS",
      y: [2.38, 2.34, 2.3, 2.26, 2.22],
      f: DEC,
    },
    {
      id: "k2",
      sas: S1,
      ind: "Angka prevalensi kontrasepsi modern (mCPR)",
      sat: "%",
      y: [61.2, 61.8, 62.4, 63.1, 63.8],
      f: DEC,
    },
    {
      id: "k3",
      sas: S1,
      ind: "Persentase kebutuhan ber-KB yang tidak terpenuhi (unmet need)",
      sat: "%",
      y: [10.4, 9.9, 9.3, 8.8, 8.2],
      f: DEC,
    },
    {
      id: "k4",
      sas: S2,
      ind: "Persentase keluarga berisiko stunting yang mendapat pendampingan",
      sat: "%",
      y: [60, 70, 80, 90, 95],
      f: "0",
    },
    {
      id: "k5",
      sas: S2,
      ind: "Indeks Pembangunan Keluarga (iBangga)",
      sat: "indeks",
      y: [55.4, 57.1, 58.9, 60.6, 62.3],
      f: DEC,
    },
  ];
  // Renstra sheet
  letterhead(sr, ["TARGET KINERJA RENSTRA DINAS PPKB KABUPATEN BELITUNG SELATAN 2021-2026"]);
  const years = [2022, 2023, 2024, 2025, 2026];
  const rt = sr.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      ...years.map((y, i): Col => ({
        key: `y${i}`,
        head: ["Target Kinerja", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
    ],
    headerRows: 2,
    rows: inds.map((x, i): Row => {
      const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat };
      x.y.forEach((v, j) => (cells[`y${j}`] = { v, fmt: x.f }));
      return { id: x.id, cells };
    }),
  });
  // PK sheet
  letterhead(sp, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA KABUPATEN BELITUNG SELATAN",
  ]);
  const PK_WRONG = "k2";
  const pt = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: { v: x.id === PK_WRONG ? x.y[1] : x.y[3], fmt: x.f },
      },
    })),
  });
  sp.gap();
  const progs: Array<[string, number]> = [
    ["Program Pengendalian Penduduk", 486_250_000],
    ["Program Pembinaan Keluarga Berencana (KB)", 2_318_740_000],
    ["Program Pemberdayaan dan Peningkatan Keluarga Sejahtera (KS)", 1_127_385_000],
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 5_904_612_500],
  ];
  const TYPED_SUM = 9_863_987_500;
  const bt = sp.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, v], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: p, ang: v, ket: "APBD" } })),
      {
        id: "gj",
        bold: true,
        span: ["no", "prog"],
        cells: { no: "Jumlah", ang: TYPED_SUM, ket: "APBD + DAK" },
      },
    ],
  });
  sp.gap();
  signature(sp, 4, {
    tempat: "Toboali Selatan, 3 Februari 2025",
    jabatan: ["Kepala Dinas PPKB", "Kabupaten Belitung Selatan,"],
    nama: "SYAMSUL BAHRI ZULKARNAEN, S.Sos., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19740416 199803 1 005",
  });
  const p = (k: string, id: string) => pt.a(k, id);
  const r = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: { sheet: P, cell: p("t", PK_WRONG) },
    rules: ["cross-table-mismatch"],
    note: "PK target mCPR 2025 is 61.80, the Renstra's 2023 target copied; the Renstra gives 63.10 for 2025",
    truth: r("y3", PK_WRONG),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("ang", "gj") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah typed 9,863,987,500; the four programs add to 9,836,987,500 (6 and 3 swapped)",
    truth: `SUM(${bt.a("ang", "g0")}:${bt.a("ang", "g3")})`,
  });
  // traps: a falling TFR / unmet need target is the plan, not a trend mistake
  b.ok({ sheet: P, cell: p("t", "k1"), rules: ["cross-table-mismatch"], truth: r("y3", "k1") });
  b.ok({ sheet: P, cell: p("t", "k3"), rules: ["cross-table-mismatch"], truth: r("y3", "k3") });
  b.ok({
    sheet: R,
    cell: rt.a("y4", "k1"),
    rules: ["target-trend"],
    truth: `${rt.a("y3", "k1")}-0.04`,
    trap: `${rt.a("y3", "k1")}+0.04`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("y4", "k3"),
    rules: ["target-trend"],
    truth: `${rt.a("y3", "k3")}-0.6`,
    trap: rt.a("y3", "k3"),
  });
  return b.finish();
}
