// Dinas Koperasi dan UKM tables: the LKjIP 2024 row-wise table of the Diskop UKM of Kota Warembungan
// (Sulawesi Utara), each indicator a block of rows Tgt / Real / % Capaian for 2023 and 2024, and the
// pengukuran kinerja 2024 of the Diskop UKM of Kota Sidangoli Raya (Maluku Utara) against its PK with
// a predikat and the budget beside it. Every office, person and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Blk = { id: string; sas: string; ind: string; sat: string; t: number[]; r: number[]; low?: boolean };

/** LKjIP 2024 Diskop UKM Kota Warembungan, row-wise Tgt / Real / % Capaian for 2023 and 2024. */
export function lkjipBarisDiskopWarembungan(): BookW {
  const b = new BookW(
    "lkjip-2024-diskopukm-kota-warembungan-tabel-per-baris.xlsx",
    "LKjIP row-wise table (Tgt / Real / % Capaian rows, 2023 and 2024)",
    "No | Sasaran | Indikator Kinerja | Satuan | Uraian (Tgt / Real / % Capaian) | 'Tahun Anggaran' > 2023 | 2024 | Keterangan; No, sasaran, indicator and Satuan merged over their three rows; capaian ROUND(Real/Tgt*100,2), the share of koperasi without RAT (lower is better) the refleksi ROUND((2*Tgt-Real)/Tgt*100,2); bounds only",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
    "DINAS KOPERASI DAN UKM KOTA WAREMBUNGAN",
  ]);
  s.lines(["Tabel 3.4 Perbandingan Target, Realisasi dan Capaian Kinerja Tahun 2023 dan 2024"], 1, {
    bold: true,
  });
  const A = "Meningkatnya kualitas kelembagaan koperasi";
  const B = "Meningkatnya daya saing usaha mikro";
  const xs: Blk[] = [
    { id: "i1", sas: A, ind: "Persentase koperasi aktif", sat: "%", t: [58, 62], r: [55.4, 63.1] },
    { id: "i2", sas: A, ind: "Persentase koperasi sehat", sat: "%", t: [22, 25], r: [21.3, 26.4] },
    {
      id: "i3",
      sas: A,
      ind: "Persentase koperasi yang tidak melaksanakan RAT tepat waktu",
      sat: "%",
      t: [35, 30],
      r: [31.2, 33.6],
      low: true,
    },
    {
      id: "i4",
      sas: B,
      ind: "Jumlah wirausaha baru yang difasilitasi",
      sat: "orang",
      t: [150, 180],
      r: [163, 171],
    },
    {
      id: "i5",
      sas: B,
      ind: "Indeks kepuasan pelaku usaha mikro terhadap layanan pendampingan",
      sat: "indeks (1-5)",
      t: [3.8, 3.9],
      r: [3.86, 3.71],
    },
  ];
  const YS = [2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "sas", head: ["Sasaran"], width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], width: 38 },
    { key: "sat", head: ["Satuan"], width: 11 },
    { key: "u", head: ["Uraian"], width: 11 },
    ...YS.map((y): Col => ({ key: `y${y}`, head: ["Tahun Anggaran", String(y)], width: 11 })),
    { key: "ket", head: ["Keterangan"], width: 26 },
  ];
  const body: Row[] = [];
  xs.forEach((d, k) => {
    const base = { no: k + 1, sas: d.sas, ind: d.ind, sat: d.sat };
    const f = d.sat === "orang" ? undefined : DEC;
    const v = (x: number): Cell => (f ? fmt(x, f) : x);
    const tg: Record<string, Cell> = { ...base, u: "Tgt" };
    const rl: Record<string, Cell> = { ...base, u: "Real" };
    YS.forEach((y, i) => {
      tg[`y${y}`] = v(d.t[i]);
      rl[`y${y}`] = v(d.r[i]);
    });
    if (d.low) tg.ket = "semakin kecil semakin baik";
    body.push({ id: `${d.id}t`, cells: tg }, { id: `${d.id}r`, cells: rl });
    body.push({
      id: `${d.id}c`,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = { ...base, u: "% Capaian" };
        YS.forEach((y) => {
          const T = x.a(`y${y}`, `${d.id}t`);
          const R = x.a(`y${y}`, `${d.id}r`);
          // planted: the 2024 capaian of the RAT share (lower is better) as Real / Tgt
          const refl = d.low && y === 2023;
          // planted: the 2023 capaian of the wirausaha baru keeps a stale result (digits swapped)
          const stale = d.id === "i4" && y === 2023 ? 106.87 : undefined;
          c[`y${y}`] = fx(refl ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`, stale);
        });
        return c;
      },
    });
  });
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["no", "sas", "ind", "sat"] });
  s.gap();
  s.lines([
    "% Capaian = Real / Tgt x 100. Untuk indikator yang semakin kecil semakin baik:",
    "% Capaian = (2 x Tgt - Real) / Tgt x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Warembungan, 24 Februari 2025",
    jabatan: ["Kepala Dinas Koperasi dan UKM"],
    nama: "Ir. MARTHEN L. WOWOR, M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19690817 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (y: number, id: string) => `ROUND(${a(`y${y}`, `${id}r`)}/${a(`y${y}`, `${id}t`)}*100,2)`;
  const rf = (y: number, id: string) =>
    `ROUND((2*${a(`y${y}`, `${id}t`)}-${a(`y${y}`, `${id}r`)})/${a(`y${y}`, `${id}t`)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("y2024", "i3c") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "2024 capaian of the share of koperasi without RAT (lower is better) as Real / Tgt: 33.6 / 30 x 100 = 112.00; the refleksi of the note gives (2 x 30 - 33.6) / 30 x 100 = 88.00, and 2023 uses it",
    truth: rf(2024, "i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("y2023", "i4c") },
    rules: ["capaian-mismatch"],
    note: "2023 capaian of the wirausaha baru: formula with a stale cached 106.87; 163 / 150 x 100 = 108.67",
    truth: rt(2023, "i4"),
  });
  b.ok({
    sheet: S,
    cell: a("y2023", "i3c"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: rf(2023, "i3"),
    trap: rt(2023, "i3"),
  });
  b.ok({
    sheet: S,
    cell: a("y2024", "i2c"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(2024, "i2"),
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("y2024", "i5c"), rules: ["capaian-mismatch"], truth: rt(2024, "i5") });
  return b.finish();
}

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  pagu: number;
  real: number;
  low?: boolean;
};

/** Pengukuran kinerja 2024 against the PK, Diskop UKM Kota Sidangoli Raya. */
export function pengukuranDiskopSidangoli(): BookW {
  const b = new BookW(
    "pengukuran-kinerja-pk-2024-diskopukm-kota-sidangoli-raya.xlsx",
    "pengukuran kinerja 2024 against the PK, with predikat and budget",
    "No | Sasaran Strategis | Indikator Kinerja | Satuan | 'Target PK 2024' | 'Realisasi s.d. Triwulan IV' | 'Capaian (%)' | Predikat | 'Anggaran' > Pagu (Rp) | Realisasi (Rp) | Serapan (%); capaian ROUND formulas and one typed value, refleksi for the lower-is-better NPL rate, predikat typed in the Permendagri 86/2017 words",
  );
  const S = "Pengukuran 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SIDANGOLI RAYA",
    "DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
    "PENGUKURAN KINERJA TAHUN 2024",
  ]);
  const A = "Meningkatnya kinerja koperasi";
  const B = "Meningkatnya usaha mikro yang naik kelas";
  const xs: Pk[] = [
    {
      id: "p1",
      sas: A,
      ind: "Persentase koperasi sehat",
      sat: "%",
      t: 20,
      r: 23.4,
      pagu: 684_250_000,
      real: 652_918_400,
    },
    {
      id: "p2",
      sas: A,
      ind: "Rasio kredit macet (NPL) koperasi simpan pinjam",
      sat: "%",
      t: 8,
      r: 7.2,
      pagu: 215_400_000,
      real: 198_760_000,
      low: true,
    },
    {
      id: "p3",
      sas: A,
      ind: "Indeks kualitas tata kelola koperasi (skala 1-5)",
      sat: "indeks",
      t: 3.4,
      r: 2.54,
      pagu: 143_800_000,
      real: 141_230_500,
    },
    {
      id: "p4",
      sas: B,
      ind: "Jumlah usaha mikro yang memiliki NIB dan sertifikat halal",
      sat: "unit",
      t: 850,
      r: 1012,
      pagu: 496_600_000,
      real: 481_395_000,
    },
    {
      id: "p5",
      sas: B,
      ind: "Persentase usaha mikro yang meningkat omzetnya setelah pendampingan",
      sat: "%",
      t: 45,
      r: 33.6,
      pagu: 372_150_000,
      real: 340_227_600,
    },
  ];
  const cap = (x: Pk) => round(x.low ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100, 2);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Target PK 2024"], role: "target", year: 2024, fmt: "0.0#", width: 10 },
    { key: "r", head: ["Realisasi s.d. Triwulan IV"], role: "realisasi", year: 2024, fmt: "0.0#", width: 11 },
    { key: "cp", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pr", head: ["Predikat"], role: "predikat", width: 13 },
    { key: "pg", head: ["Anggaran", "Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "ra",
      head: ["Anggaran", "Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "sp", head: ["Anggaran", "Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c): Record<string, Cell> => {
      const T = c.a("t");
      const R = c.a("r");
      const f = x.low ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
      return {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        t: x.t,
        r: x.r,
        // planted: the tata kelola index capaian typed 47.71 (2.54 / 3.4 x 100 = 74.71)
        cp: x.id === "p3" ? 47.71 : fx(f),
        // planted: the omzet share (74.67) labelled one band too high
        pr: x.id === "p5" ? "Tinggi" : predikat(cap(x)),
        pg: x.pagu,
        ra: x.real,
        sp: fx(`ROUND(${c.a("ra")}/${c.a("pg")}*100,2)`),
      };
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "pr"],
    cells: (c): Record<string, Cell> => ({
      no: "JUMLAH ANGGARAN",
      pg: fx(`SUM(${c.c("pg")}${c.row("p1")}:${c.c("pg")}${c.row("p5")})`),
      ra: fx(`SUM(${c.c("ra")}${c.row("p1")}:${c.c("ra")}${c.row("p5")})`),
      sp: fx(`ROUND(${c.a("ra")}/${c.a("pg")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: rasio kredit macet semakin kecil semakin baik, capaian = (2 x target - realisasi) / target x 100.",
    "Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sidangoli Raya, 20 Januari 2025",
    jabatan: ["Kepala Dinas Koperasi, Usaha Kecil dan Menengah,"],
    nama: "NURLAELA A. BOKI, S.E., M.Si",
    pangkat: "Pembina (IV/a)",
    nip: "19810402 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "p3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "tata kelola index capaian typed 47.71 among formulas; 2.54 / 3.4 x 100 = 74.71 (digits swapped)",
    truth: rt("p3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "p5") },
    rules: ["predikat-mismatch"],
    note: "omzet share capaian 33.6 / 45 x 100 = 74.67 labelled 'Tinggi'; the band > 65 s.d. 75 of the note is 'Sedang'",
    truth: `PREDIKAT(${a("cp", "p5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cp", "p2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "p2")}-${a("r", "p2")})/${a("t", "p2")}*100,2)`,
    trap: rt("p2"),
  });
  b.ok({
    sheet: S,
    cell: a("cp", "p4"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt("p4"),
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("pr", "p4"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cp", "p4")})` });
  b.ok({
    sheet: S,
    cell: a("sp", "jml"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("ra", "jml")}/${a("pg", "jml")}*100,2)`,
    trap: `SUM(${a("sp", "p1")}:${a("sp", "p5")})`,
  });
  b.ok({ sheet: S, cell: a("pr", "p1"), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cp", "p1")})` });
  return b.finish();
}
