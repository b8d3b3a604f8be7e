// LKjIP, Perjanjian Kinerja and two recaps (per kecamatan, per triwulan) of the two invented Dinas
// Kesehatan offices, bidang kesehatan ibu dan anak. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 Tabel 3.1 of the Dinas Kesehatan Kabupaten Lembah Sawang (Renstra 2021-2026). */
export function lkjipKia(): BookW {
  const b = new BookW(
    "lkjip-2024-dinkes-kia-lembah-sawang-324.xlsx",
    "LKjIP capaian (Dinkes KIA)",
    "LKjIP 2024 without a No column, Sasaran merged over its indicators, 'Tahun 2024' group over Target / Realisasi / Capaian, number row with '(6) = (5)/(4) x 100', refleksi formulas for AKI and AKB, predikat words, target akhir Renstra 2026",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1 Pengukuran Kinerja Sasaran Dinas Kesehatan Kabupaten Lembah Sawang Tahun 2024"]);
  s.gap();
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    r23: number;
    t: number;
    r: number;
    ta: number;
    pred?: string;
  };
  const S1 = "Meningkatnya derajat kesehatan ibu dan anak";
  const S2 = "Meningkatnya akses dan mutu pelayanan kesehatan ibu dan bayi baru lahir";
  const ls: L[] = [
    {
      id: "aki",
      sas: S1,
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      neg: true,
      r23: 132.4,
      t: 120,
      r: 114.6,
      ta: 102,
    },
    {
      id: "akb",
      sas: S1,
      ind: "Angka Kematian Bayi (AKB)",
      sat: "per 1.000 KH",
      neg: true,
      r23: 9.8,
      t: 8.5,
      r: 9.1,
      ta: 7.5,
    },
    {
      id: "pf",
      sas: S2,
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      neg: false,
      r23: 89.6,
      t: 93,
      r: 91.8,
      ta: 95,
    },
    {
      id: "k6",
      sas: S2,
      ind: "Cakupan pelayanan ibu hamil K6",
      sat: "%",
      neg: false,
      r23: 71.4,
      t: 80,
      r: 68.2,
      ta: 88,
      pred: "Sangat Baik",
    },
    {
      id: "kn",
      sas: S2,
      ind: "Cakupan kunjungan neonatal lengkap (KN lengkap)",
      sat: "%",
      neg: false,
      r23: 84,
      t: 88,
      r: 86.7,
      ta: 92,
    },
  ];
  const cap = (l: L, t: number) => round(l.neg ? ((2 * t - l.r) / t) * 100 : (l.r / t) * 100);
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(1)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(2)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, num: "(4)", fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", num: "(7) = (6)/(5) x 100", fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(8)" },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(9)", fmt: DEC },
    {
      key: "ca",
      head: ["Capaian terhadap Target Akhir Renstra (%)"],
      role: "capaian",
      num: "(10) = (6)/(9) x 100",
      fmt: DEC,
    },
  ];
  const rows: Row[] = ls.map((l) => ({
    id: l.id,
    cells: (x) => {
      const T = x.a("t");
      const R = x.a("r");
      const TA = x.a("ta");
      const neg = l.neg && l.id !== "akb"; // the AKB row got the positive formula copied down
      return {
        sas: l.sas,
        ind: l.ind,
        sat: l.sat,
        r23: l.r23,
        t: l.t,
        r: l.r,
        c: fx(neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`),
        p: l.pred ?? predikatBaik(cap(l, l.t)),
        ta: l.ta,
        ca: fx(l.neg ? `ROUND((2*${TA}-${R})/${TA}*100,2)` : `ROUND(${R}/${TA}*100,2)`),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan: AKI dan AKB adalah indikator negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const ref = (id: string, T = "t") => `=ROUND((2*${t.a(T, id)}-${t.a("r", id)})/${t.a(T, id)}*100,2)`;
  const pos = (id: string, T = "t") => `=ROUND(${t.a("r", id)}/${t.a(T, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: t.a("c", "akb") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: ref("akb"),
    note: "AKB (lower is better) computed R/T = 107.06; refleksi (2T-R)/T gives 92.94",
  });
  b.plant({
    at: { sheet: S, cell: t.a("p", "k6") },
    rules: ["predikat-mismatch"],
    truth: `=PREDIKAT_BAIK(${t.a("c", "k6")})`,
    note: '"Sangat Baik" for a capaian of 85.25; > 75 - 90 is Baik',
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "aki"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: ref("aki"),
    trap: pos("aki"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ca", "aki"),
    rules: ["capaian-mismatch"],
    truth: ref("aki", "ta"),
    trap: pos("aki", "ta"),
  });
  b.ok({
    sheet: S,
    cell: t.a("ca", "akb"),
    rules: ["capaian-mismatch"],
    truth: ref("akb", "ta"),
    trap: pos("akb", "ta"),
  });
  for (const id of ["pf", "k6", "kn"]) {
    b.ok({ sheet: S, cell: t.a("c", id), rules: ["capaian-mismatch"], truth: pos(id) });
    b.ok({ sheet: S, cell: t.a("ca", id), rules: ["capaian-mismatch"], truth: pos(id, "ta") });
  }
  for (const id of ["aki", "pf", "kn"])
    b.ok({
      sheet: S,
      cell: t.a("p", id),
      rules: ["predikat-mismatch"],
      truth: `=PREDIKAT_BAIK(${t.a("c", id)})`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Kesehatan Kota Teluk Raniai, beside the IKU Renstra 2025-2029. */
export function pkKia(): BookW {
  const b = new BookW(
    "pk-2025-dinkes-kia-teluk-raniai-324.xlsx",
    "Perjanjian Kinerja (Dinkes KIA)",
    "PK 2025 statement, indicator table (Target before Satuan, no Sasaran merge), program table with a SUM Jumlah; sheet 'IKU Renstra' with calendar years 2025-2029 and Kondisi Akhir",
  );
  const R = "IKU Renstra";
  const rs = b.sheet(R);
  type I = { id: string; ind: string; sat: string; awal: number; k: number[] };
  const iku: I[] = [
    { id: "aki", ind: "Angka Kematian Ibu", sat: "per 100.000 KH", awal: 118, k: [112, 106, 100, 95, 90] },
    { id: "akb", ind: "Angka Kematian Bayi", sat: "per 1.000 KH", awal: 10.4, k: [9.8, 9.2, 8.7, 8.2, 7.8] },
    {
      id: "pf",
      ind: "Persentase persalinan di fasilitas pelayanan kesehatan",
      sat: "%",
      awal: 91.2,
      k: [92.5, 93.5, 94.5, 95.5, 96.5],
    },
    { id: "k6", ind: "Cakupan pelayanan ibu hamil K6", sat: "%", awal: 74.6, k: [78, 81, 84, 87, 90] },
    { id: "kn", ind: "Cakupan kunjungan neonatal lengkap", sat: "%", awal: 85.3, k: [88, 90, 92, 93, 95] },
  ];
  rs.lines(["Indikator Kinerja Utama Dinas Kesehatan Kota Teluk Raniai", "Renstra Tahun 2025-2029"]);
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `y${i}`,
      head: ["Target Kinerja", String(2025 + i)],
      role: "target",
      year: 2025 + i,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ...Object.fromEntries(e.k.map((v, j) => [`y${j}`, v])),
        ka: e.k[4],
      },
    })),
  });

  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KOTA TELUK RANIAI", "DINAS KESEHATAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["PERJANJIAN KINERJA TAHUN 2025 DINAS KESEHATAN KOTA TELUK RANIAI"]);
  s.gap();
  const sas = "Menurunnya kematian ibu dan bayi";
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
    { key: "sat", head: ["Satuan"], role: "satuan" },
  ];
  const pkT = (e: I) => (e.id === "akb" ? e.k[1] : e.k[0]); // AKB copied from 2026
  const pt = s.table({
    cols: pcols,
    headerRows: 1,
    rows: iku.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? sas : "Meningkatnya mutu pelayanan kesehatan ibu dan bayi",
        ind: e.ind,
        t: pkT(e),
        sat: e.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["1.02.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 18_742_350_000],
    [
      "1.02.02",
      "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      46_915_800_000,
    ],
    ["1.02.03", "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_284_600_000],
    ["1.02.04", "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman", 612_450_000],
    ["1.02.05", "Program Pemberdayaan Masyarakat Bidang Kesehatan", 905_200_000],
  ];
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 40 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const gt = s.table({
    cols: gcols,
    headerRows: 1,
    rows: [
      ...progs.map(([k, n, v], i): Row => ({
        id: `p${i}`,
        cells: { no: i + 1, prog: `${k} ${n}`, rp: v, ket: "APBD" },
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Teluk Raniai, 2 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan"],
    nama: "dr. Hasan Lamasitudju, MPH",
    nip: "19750309 200501 1 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "akb") },
        { sheet: R, cell: rt.a("y0", "akb") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `='${R}'!${rt.a("y0", "akb")}`,
    note: "PK 2025 target AKB 9.2 is the Renstra 2026 target; the Renstra 2025 target is 9.8",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    truth: `=SUM(${gt.a("rp", "p0")}:${gt.a("rp", "p4")})`,
    note: "Jumlah =SUM one row short (67,555,200,000); the five programs add up to 68,460,400,000",
  });
  for (const id of ["aki", "pf", "k6", "kn"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `='${R}'!${rt.a("y0", id)}`,
    });
  for (const id of ["aki", "akb", "pf", "k6", "kn"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `=${rt.a("y4", id)}`,
      trap: `=${[0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, id)).join("+")}`,
    });
  return b.finish();
}

/** Rekap SPM KIA per kecamatan 2024 (Kabupaten Lembah Sawang) with a kematian ibu/bayi table beside it. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-spm-kia-per-kecamatan-lembah-sawang-324.xlsx",
    "Rekap per kecamatan (Dinkes KIA)",
    "SPM KIA per kecamatan: K6, persalinan di faskes, KN lengkap with '(4) = (3)/(2) x 100' number row and JUMLAH row (ratio of totals); a kematian ibu / bayi table side by side after one empty column, without number row",
  );
  const S = "Rekap KIA 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI CAPAIAN SPM KESEHATAN IBU DAN ANAK PER KECAMATAN",
    "KABUPATEN LEMBAH SAWANG TAHUN 2024",
  ]);
  s.gap();
  type K = {
    n: string;
    bh: number;
    k6: number;
    bl: number;
    pf: number;
    lh: number;
    kn: number;
    mi: number;
    mb: number;
  };
  const ks: K[] = [
    { n: "Koto Sawang", bh: 1_184, k6: 903, bl: 1_131, pf: 1_072, lh: 1_098, kn: 1_012, mi: 2, mb: 9 },
    { n: "Lubuk Alai", bh: 842, k6: 611, bl: 804, pf: 741, lh: 781, kn: 688, mi: 1, mb: 8 },
    { n: "Batang Sawang", bh: 967, k6: 702, bl: 923, pf: 866, lh: 896, kn: 797, mi: 1, mb: 7 },
    { n: "Sungai Rumbai Hilir", bh: 615, k6: 428, bl: 587, pf: 529, lh: 570, kn: 506, mi: 0, mb: 6 },
    { n: "Pauh Gadang", bh: 1_326, k6: 1_019, bl: 1_266, pf: 1_211, lh: 1_229, kn: 1_140, mi: 2, mb: 11 },
    { n: "Tanjung Ampalu Baru", bh: 538, k6: 377, bl: 514, pf: 462, lh: 499, kn: 431, mi: 1, mb: 5 },
    { n: "Lareh Nan Panjang", bh: 704, k6: 534, bl: 672, pf: 630, lh: 652, kn: 583, mi: 0, mb: 6 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 22 },
    {
      key: "bh",
      head: ["Pelayanan Ibu Hamil (K6)", "Sasaran Bumil"],
      role: "target",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "k6",
      head: ["Pelayanan Ibu Hamil (K6)", "Bumil K6"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "pk6",
      head: ["Pelayanan Ibu Hamil (K6)", "%"],
      role: "capaian",
      num: "(5) = (4)/(3) x 100",
      fmt: DEC,
    },
    {
      key: "bl",
      head: ["Persalinan di Faskes", "Sasaran Bulin"],
      role: "target",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    {
      key: "pf",
      head: ["Persalinan di Faskes", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
    },
    {
      key: "ppf",
      head: ["Persalinan di Faskes", "%"],
      role: "capaian",
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    {
      key: "lh",
      head: ["Kunjungan Neonatal Lengkap", "Lahir Hidup"],
      role: "target",
      year: 2024,
      num: "(9)",
      fmt: INT,
    },
    {
      key: "kn",
      head: ["Kunjungan Neonatal Lengkap", "KN Lengkap"],
      role: "realisasi",
      year: 2024,
      num: "(10)",
      fmt: INT,
    },
    {
      key: "pkn",
      head: ["Kunjungan Neonatal Lengkap", "%"],
      role: "capaian",
      num: "(11) = (10)/(9) x 100",
      fmt: DEC,
    },
  ];
  const PLANT_KN = 112.4;
  const pct = (x: { a(k: string, id?: string): string }, n: string, d: string, id?: string) =>
    fx(`ROUND(${x.a(n, id)}/${x.a(d, id)}*100,2)`);
  const rows: Row[] = ks.map((k, i) => ({
    id: `k${i}`,
    cells: (x) => ({
      no: i + 1,
      kec: k.n,
      bh: k.bh,
      k6: k.k6,
      pk6: pct(x, "k6", "bh"),
      bl: k.bl,
      pf: k.pf,
      ppf: pct(x, "pf", "bl"),
      lh: k.lh,
      kn: k.kn,
      pkn: i === 3 ? PLANT_KN : pct(x, "kn", "lh"),
    }),
  }));
  const last = `k${ks.length - 1}`;
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const S_ = (k: string, to = last) => fx(`SUM(${x.a(k, "k0")}:${x.a(k, to)})`);
      return {
        no: "JUMLAH KABUPATEN",
        bh: S_("bh"),
        k6: S_("k6", `k${ks.length - 2}`),
        pk6: pct(x, "k6", "bh"),
        bl: S_("bl"),
        pf: S_("pf"),
        ppf: pct(x, "pf", "bl"),
        lh: S_("lh"),
        kn: S_("kn"),
        pkn: pct(x, "kn", "lh"),
      };
    },
  });
  const top = s.r;
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  const right = t.right + 2;
  const mcols: Col[] = [
    { key: "kec", head: ["Kecamatan"], width: 22 },
    { key: "mi", head: ["Jumlah Kematian", "Ibu"], role: "realisasi", year: 2024, fmt: INT },
    { key: "mb", head: ["Jumlah Kematian", "Bayi"], role: "realisasi", year: 2024, fmt: INT },
    { key: "lh", head: ["Lahir Hidup"], fmt: INT },
    { key: "akb", head: ["AKB per 1.000 KH"], role: "realisasi", year: 2024, fmt: DEC },
  ];
  const m = s.table(
    {
      cols: mcols,
      headerRows: 2,
      rows: [
        ...ks.map((k, i): Row => ({
          id: `m${i}`,
          cells: (x) => ({
            kec: k.n,
            mi: k.mi,
            mb: k.mb,
            lh: k.lh,
            akb: fx(`ROUND(${x.a("mb")}/${x.a("lh")}*1000,2)`),
          }),
        })),
        {
          id: "mj",
          bold: true,
          cells: (x) => ({
            kec: "Kabupaten",
            mi: fx(`SUM(${x.a("mi", "m0")}:${x.a("mi", `m${ks.length - 1}`)})`),
            mb: fx(`SUM(${x.a("mb", "m0")}:${x.a("mb", `m${ks.length - 1}`)})`),
            lh: fx(`SUM(${x.a("lh", "m0")}:${x.a("lh", `m${ks.length - 1}`)})`),
            akb: fx(`ROUND(${x.a("mb")}/${x.a("lh")}*1000,2)`),
          }),
        },
      ],
    },
    right,
    top,
  );
  s.gap();
  s.lines(["Sumber: Laporan PWS-KIA Puskesmas, diolah Seksi Kesehatan Keluarga dan Gizi."]);
  const sumRows = (key: string, a = 0, z = ks.length - 1, tb = t) =>
    `=SUM(${tb.a(key, `${tb === t ? "k" : "m"}${a}`)}:${tb.a(key, `${tb === t ? "k" : "m"}${z}`)})`;
  b.plant({
    at: { sheet: S, cell: t.a("k6", "jml") },
    rules: ["sum-mismatch"],
    truth: sumRows("k6"),
    note: "JUMLAH Bumil K6 =SUM stops one row short (Lareh Nan Panjang left out): 4,040 instead of 4,574",
  });
  b.plant({
    at: { sheet: S, cell: t.a("pkn", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `=ROUND(${t.a("kn", "k3")}/${t.a("lh", "k3")}*100,2)`,
    note: "typed 112.40 % KN lengkap for Sungai Rumbai Hilir; 506 / 570 gives 88.77 (a coverage of live births cannot pass 100)",
  });
  const avg = (key: string) => `=ROUND(AVERAGE(${t.a(key, "k0")}:${t.a(key, last)}),2)`;
  b.ok({
    sheet: S,
    cell: t.a("ppf", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `=ROUND(${t.a("pf", "jml")}/${t.a("bl", "jml")}*100,2)`,
    trap: avg("ppf"),
  });
  b.ok({ sheet: S, cell: t.a("bh", "jml"), rules: ["sum-mismatch"], truth: sumRows("bh") });
  b.ok({ sheet: S, cell: t.a("pf", "jml"), rules: ["sum-mismatch"], truth: sumRows("pf") });
  b.ok({ sheet: S, cell: t.a("kn", "jml"), rules: ["sum-mismatch"], truth: sumRows("kn") });
  for (const i of [0, 2, 5])
    b.ok({
      sheet: S,
      cell: t.a("pkn", `k${i}`),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `=ROUND(${t.a("kn", `k${i}`)}/${t.a("lh", `k${i}`)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: m.a("mb", "mj"),
    rules: ["sum-mismatch"],
    truth: sumRows("mb", 0, ks.length - 1, m),
  });
  b.ok({
    sheet: S,
    cell: m.a("akb", "mj"),
    rules: ["ratio-components-mismatch"],
    truth: `=ROUND(${m.a("mb", "mj")}/${m.a("lh", "mj")}*1000,2)`,
    trap: `=ROUND(AVERAGE(${m.a("akb", "m0")}:${m.a("akb", `m${ks.length - 1}`)}),2)`,
  });
  return b.finish();
}

/** Realisasi anggaran sub kegiatan KIA per triwulan 2024 (Dinas Kesehatan Kota Teluk Raniai). */
export function rekapTriwulan(): BookW {
  const b = new BookW(
    "realisasi-anggaran-kia-per-triwulan-teluk-raniai-324.xlsx",
    "Rekap per triwulan (Dinkes KIA)",
    "Realisasi anggaran sub kegiatan KIA per triwulan: no No column, merged 'Realisasi Anggaran (Rp)' over TW I-IV, typed Jumlah realisasi from the SP2D recap, serapan formulas, typed total row",
  );
  const S = "Realisasi TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK RANIAI", "DINAS KESEHATAN", "Jl. Sam Ratulangi No. 7, Teluk Raniai"]);
  s.lines([
    "Rekapitulasi Realisasi Anggaran Sub Kegiatan Kesehatan Ibu dan Anak per Triwulan Tahun Anggaran 2024",
  ]);
  s.gap();
  type Q = { id: string; kode: string; n: string; pagu: number; q: number[] };
  const qs: Q[] = [
    {
      id: "a",
      kode: "1.02.02.2.02.0001",
      n: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      pagu: 1_198_400_000,
      q: [184_250_000, 296_410_000, 318_760_000, 352_905_000],
    },
    {
      id: "b",
      kode: "1.02.02.2.02.0002",
      n: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
      pagu: 178_600_000,
      q: [21_300_000, 44_850_000, 46_125_000, 58_940_000],
    },
    {
      id: "c",
      kode: "1.02.02.2.02.0003",
      n: "Pengelolaan Pelayanan Kesehatan Bayi Baru Lahir",
      pagu: 846_500_000,
      q: [112_640_000, 203_375_000, 226_810_000, 248_115_000],
    },
    {
      id: "d",
      kode: "1.02.02.2.02.0004",
      n: "Pengelolaan Pelayanan Kesehatan Balita",
      pagu: 512_300_000,
      q: [68_420_000, 119_560_000, 134_270_000, 157_930_000],
    },
    {
      id: "e",
      kode: "1.02.02.2.02.0020",
      n: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      pagu: 634_750_000,
      q: [79_510_000, 146_230_000, 171_880_000, 196_405_000],
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode" },
    { key: "n", head: ["Sub Kegiatan"], width: 36 },
    { key: "pagu", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    ...["I", "II", "III", "IV"].map((tw, i): Col => ({
      key: `q${i}`,
      head: ["Realisasi Anggaran (Rp)", `Triwulan ${tw}`],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    })),
    { key: "j", head: ["Jumlah Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "sp", head: ["Serapan (%)"], role: "capaian", fmt: DEC },
  ];
  const Q4 = [0, 1, 2, 3];
  const rows: Row[] = qs.map((e) => ({
    id: e.id,
    cells: (x) => ({
      kode: e.kode,
      n: e.n,
      pagu: e.pagu,
      ...Object.fromEntries(Q4.map((i) => [`q${i}`, e.id === "c" && i === 1 ? e.q[i] * 10 : e.q[i]])),
      j: sum(e.q),
      sp:
        e.id === "e"
          ? fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`, 92.48)
          : fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
    }),
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "n"],
    cells: (x) => ({
      kode: "Total",
      pagu: sum(qs.map((e) => e.pagu)),
      ...Object.fromEntries(Q4.map((i) => [`q${i}`, sum(qs.map((e) => e.q[i]))])),
      j: sum(qs.map((e) => sum(e.q))),
      sp: fx(`ROUND(${x.a("j")}/${x.a("pagu")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  signature(s, 7, {
    tempat: "Teluk Raniai, 10 Januari 2025",
    jabatan: ["Pejabat Penatausahaan Keuangan"],
    nama: "Ni Made Sriasih, SE",
    nip: "19830412 200901 2 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("q1", "c") },
    rules: ["number-scale", "sum-mismatch"],
    truth: `=${t.a("j", "c")}-${t.a("q0", "c")}-${t.a("q2", "c")}-${t.a("q3", "c")}`,
    note: "Triwulan II of Bayi Baru Lahir typed 2,033,750,000, ten times off; its Jumlah and the Total row agree on 203,375,000",
  });
  b.plant({
    at: { sheet: S, cell: t.a("sp", "e") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `=ROUND(${t.a("j", "e")}/${t.a("pagu", "e")}*100,2)`,
    note: "serapan of Gizi Masyarakat has a stale cached 92.48; 594,025,000 / 634,750,000 gives 93.58",
  });
  for (const id of ["a", "b", "d", "e"])
    b.ok({
      sheet: S,
      cell: t.a("j", id),
      rules: ["sum-mismatch"],
      truth: `=${Q4.map((i) => t.a(`q${i}`, id)).join("+")}`,
    });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: S,
      cell: t.a("sp", id),
      rules: ["capaian-mismatch", "ratio-components-mismatch", "serapan-over-100"],
      truth: `=ROUND(${t.a("j", id)}/${t.a("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: t.a("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${t.a("j", "a")}:${t.a("j", "e")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `=SUM(${t.a("pagu", "a")}:${t.a("pagu", "e")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("sp", "tot"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `=ROUND(${t.a("j", "tot")}/${t.a("pagu", "tot")}*100,2)`,
    trap: `=ROUND(AVERAGE(${t.a("sp", "a")}:${t.a("sp", "d")}),2)`,
  });
  return b.finish();
}
