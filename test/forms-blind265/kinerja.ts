// The LKjIP capaian table, the Perjanjian Kinerja beside its Renstra, and two recaps of the DP3A
// offices (UPTD PPA cases per kecamatan; PUSPAGA and dispensasi kawin per triwulan). Invented data.
import { BookW, DEC, INT, RP, fx, letterhead, predikatBaik, round, signature, type Col } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the DP3A Kabupaten Watu Lanang: IPG, IDG, perkawinan anak, kekerasan. */
export function lkjipDp3a(): BookW {
  const b = new BookW(
    "lkjip-2024-dp3a-watu-lanang-ipg-idg.xlsx",
    "LKjIP capaian (DP3A)",
    "LKjIP 2024 Tabel 3.2; ROUND formulas, refleksi (2T-R)/T on the negative indicators marked (-); predikat words; an extra Realisasi 2023 column at the right; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH TAHUN 2024",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN WATU LANANG",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  type L = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    neg: boolean;
    t: number;
    r: number;
    r23: number;
  };
  const S1 = "Meningkatnya kesetaraan gender dalam pembangunan";
  const S2 = "Meningkatnya perlindungan perempuan dan anak";
  const ls: L[] = [
    {
      id: "ipg",
      sas: S1,
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      neg: false,
      t: 92.1,
      r: 92.64,
      r23: 91.87,
    },
    {
      id: "idg",
      sas: S1,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      neg: false,
      t: 71.5,
      r: 69.8,
      r23: 70.12,
    },
    {
      id: "pka",
      sas: S2,
      ind: "Persentase perkawinan anak (-)",
      sat: "%",
      neg: true,
      t: 8.5,
      r: 7.9,
      r23: 9.1,
    },
    {
      id: "rkk",
      sas: S2,
      ind: "Rasio kasus kekerasan terhadap perempuan dan anak per 10.000 penduduk (-)",
      sat: "rasio",
      neg: true,
      t: 3.2,
      r: 3.6,
      r23: 3.45,
    },
    {
      id: "tgn",
      sas: S2,
      ind: "Persentase kasus kekerasan yang ditangani tuntas",
      sat: "%",
      neg: false,
      t: 95,
      r: 94.1,
      r23: 90.4,
    },
    {
      id: "kla",
      sas: S2,
      ind: "Persentase desa/kelurahan layak anak",
      sat: "%",
      neg: false,
      t: 40,
      r: 30.5,
      r23: 26,
    },
  ];
  const cap = (l: L) => round(l.neg ? ((2 * l.t - l.r) / l.t) * 100 : (l.r / l.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...ls.map((l, i) => ({
        id: l.id,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          sas: l.sas,
          ind: l.ind,
          sat: l.sat,
          t: l.t,
          r: l.r,
          // planted: the kekerasan ratio (negative) is computed with R/T
          c:
            l.neg && l.id !== "rkk"
              ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
              : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          // planted: 'Cukup' for the KLA capaian 76.25 (Baik)
          p:
            l.id === "kla"
              ? "Cukup"
              : l.id === "rkk"
                ? predikatBaik(round((l.r / l.t) * 100))
                : predikatBaik(cap(l)),
          r23: l.r23,
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"] as [string, string],
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.a("c", "ipg")}:${x.a("c", "kla")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator bertanda (-) bersifat negatif: capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75-90 Baik; > 65-75 Cukup; > 50-65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "rkk") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rasio kekerasan (negative) is computed with R/T = 112.50; refleksi gives 87.50",
    truth: refl("rkk"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "kla") },
    rules: ["predikat-mismatch"],
    note: "'Cukup' for a capaian of 76.25; the band > 75-90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "kla")})`,
  });
  b.ok({ sheet: S, cell: a("c", "pka"), rules: ["capaian-mismatch"], truth: refl("pka"), trap: rt("pka") });
  for (const id of ["ipg", "idg", "tgn", "kla"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["ipg", "idg", "pka", "tgn"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the DP3A Kota Sungai Karang with its Renstra 2025-2029 sheet. */
export function pkDp3a(): BookW {
  const b = new BookW(
    "pk-2025-dp3a-sungai-karang-renstra.xlsx",
    "Perjanjian Kinerja (DP3A)",
    "PK 2025: statement lines, indicator table, program table with Jumlah (SUM); sheet 'Renstra 2025-2029' with kondisi awal, five targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  type I = { id: string; ind: string; sat: string; awal: number; k: number[] };
  const is: I[] = [
    {
      id: "ipg",
      ind: "Indeks Pembangunan Gender",
      sat: "indeks",
      awal: 90.85,
      k: [91.2, 91.55, 91.9, 92.25, 92.6],
    },
    {
      id: "idg",
      ind: "Indeks Pemberdayaan Gender",
      sat: "indeks",
      awal: 68.4,
      k: [69.1, 69.85, 70.6, 71.35, 72.1],
    },
    {
      id: "tgn",
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani",
      sat: "%",
      awal: 88,
      k: [90, 92, 94, 96, 98],
    },
    { id: "kla", ind: "Persentase kelurahan layak anak", sat: "%", awal: 35, k: [40, 45, 52.5, 60, 67.5] },
  ];
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran, dan Target Kinerja DP3A Kota Sungai Karang 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `k${i}`,
        head: ["Target Kinerja", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: is.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        k0: x.k[0],
        k1: x.k[1],
        k2: x.k[2],
        k3: x.k[3],
        k4: x.k[4],
        ka: x.k[4],
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA SUNGAI KARANG",
  ]);
  ps.lines(["Pihak pertama berjanji mewujudkan target kinerja tahunan sebagai berikut:"]);
  ps.gap();
  const it = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: is.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya kesetaraan gender" : "Meningkatnya perlindungan perempuan dan anak",
        ind: x.ind,
        sat: x.sat,
        // planted: the IDG target is the Renstra 2026 target
        t: x.id === "idg" ? x.k[1] : x.k[0],
      },
    })),
  });
  ps.gap();
  const progs: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_412_850_000],
    ["Program Pengarusutamaan Gender dan Pemberdayaan Perempuan", 1_186_400_000],
    ["Program Perlindungan Perempuan", 1_742_650_000],
    ["Program Pemenuhan Hak Anak (PHA)", 978_300_000],
    ["Program Perlindungan Khusus Anak", 1_355_900_000],
  ];
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([n, v], i) => ({ id: `p${i}`, cells: { no: i + 1, prog: n, rp: v, ket: "APBD" } })),
      // planted: Jumlah misses the last program
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Sungai Karang, 2 Januari 2025",
    jabatan: ["Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"],
    nama: "Hj. NURHAYATI SYAFRIL, S.Sos., M.AP",
    nip: "19750809 199903 2 004",
  });
  const q = `'${R}'!`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: it.a("t", "idg") },
        { sheet: R, cell: rt.a("k0", "idg") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK IDG target 69.85 is the Renstra 2026 target; the Renstra 2025 target is 69.10",
    truth: `${q}${rt.a("k0", "idg")}`,
  });
  b.plant({
    at: { sheet: P, cell: pt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over four of five programs (10,320,200,000); the five give 11,676,100,000",
    truth: `SUM(${pt.a("rp", "p0")}:${pt.a("rp", "p4")})`,
  });
  for (const id of ["ipg", "tgn", "kla"])
    b.ok({ sheet: P, cell: it.a("t", id), rules: ["cross-table-mismatch"], truth: `${q}${rt.a("k0", id)}` });
  for (const id of ["ipg", "idg", "tgn", "kla"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("k4", id),
      trap: [0, 1, 2, 3, 4].map((i) => rt.a(`k${i}`, id)).join("+"),
    });
  return b.finish();
}

/** UPTD PPA cases per kecamatan, Kabupaten Watu Lanang 2024. */
export function rekapKasusPpa(): BookW {
  const b = new BookW(
    "rekap-kasus-uptd-ppa-per-kecamatan-watu-lanang.xlsx",
    "Rekap kasus UPTD PPA per kecamatan",
    "Per kecamatan: KtP, KtA, '(5) = (3)+(4)', ditangani tuntas, '(7) = (6)/(5) x 100'; typed sums with a few formulas; JUMLAH row whose % is the ratio of totals",
  );
  const S = "Rekap Kasus 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "UPTD PERLINDUNGAN PEREMPUAN DAN ANAK KABUPATEN WATU LANANG",
    "Rekapitulasi Kasus Kekerasan Menurut Kecamatan Tahun 2024",
  ]);
  const ks: Array<[string, number, number, number]> = [
    ["Watu Lanang Kota", 14, 21, 33],
    ["Gempol Sari", 6, 11, 15],
    ["Kali Putih", 9, 8, 16],
    ["Ngadirejo Wetan", 5, 9, 12],
    ["Sumber Gede", 7, 6, 13],
    ["Tegal Arum", 3, 7, 9],
    ["Pagerwangi", 4, 5, 8],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    {
      key: "p",
      head: ["Jumlah Kasus", "Kekerasan terhadap Perempuan"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "a",
      head: ["Jumlah Kasus", "Kekerasan terhadap Anak"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "j",
      head: ["Jumlah Kasus", "Total"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3)+(4)",
      fmt: INT,
    },
    { key: "d", head: ["Ditangani Tuntas"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "pc", head: ["% Ditangani"], role: "capaian", year: 2024, num: "(7) = (6)/(5) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ks.map(([n, p, a, d], i) => ({
        id: `k${i}`,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: i + 1,
          kec: n,
          p,
          a,
          // planted: Kali Putih total typed 19 (9 + 8 = 17)
          j: i === 2 ? 19 : p + a,
          d,
          // planted: Sumber Gede % keeps a stale result
          pc: fx(`ROUND(${x.a("d")}/${x.a("j")}*100,2)`, i === 4 ? 92.31 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"] as [string, string],
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          no: "JUMLAH",
          p: fx(`SUM(${x.a("p", "k0")}:${x.a("p", "k6")})`),
          a: fx(`SUM(${x.a("a", "k0")}:${x.a("a", "k6")})`),
          j: fx(`${x.a("p")}+${x.a("a")}`),
          d: fx(`SUM(${x.a("d", "k0")}:${x.a("d", "k6")})`),
          pc: fx(`ROUND(${x.a("d")}/${x.a("j")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIMFONI-PPA dan register UPTD PPA, diolah 31 Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Kali Putih total typed 19; (3)+(4) = 9+8 = 17",
    truth: `${a("p", "k2")}+${a("a", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "k4") },
    rules: ["capaian-mismatch"],
    note: "Sumber Gede % caches a stale 92.31; 13/13 x 100 = 100.00",
    truth: `ROUND(${a("d", "k4")}/${a("j", "k4")}*100,2)`,
  });
  for (const i of [0, 1, 3, 5, 6]) {
    b.ok({
      sheet: S,
      cell: a("j", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("p", `k${i}`)}+${a("a", `k${i}`)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pc", `k${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("d", `k${i}`)}/${a("j", `k${i}`)}*100,2)`,
    });
  }
  for (const k of ["p", "a", "d"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k0")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("d", "tot")}/${a("j", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pc", "k0")}:${a("pc", "k6")})`,
  });
  return b.finish();
}

/** PUSPAGA services and dispensasi kawin per triwulan, Kota Sungai Karang 2024. */
export function rekapPuspaga(): BookW {
  const b = new BookW(
    "puspaga-dispensasi-kawin-triwulan-sungai-karang.xlsx",
    "Rekap PUSPAGA per triwulan",
    "Per triwulan: three PUSPAGA services, '(5) = (2)+(3)+(4)', rekomendasi dispensasi kawin, tidak direkomendasikan, '(8) = (7)/(6) x 100', a cumulative kelurahan layak anak column; Jumlah row",
  );
  const S = "PUSPAGA 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI LAYANAN PUSAT PEMBELAJARAN KELUARGA (PUSPAGA) DAN PENCEGAHAN PERKAWINAN ANAK",
    "DP3A Kota Sungai Karang Tahun 2024",
  ]);
  s.gap();
  const qs: Array<[string, number, number, number, number, number, number]> = [
    ["Triwulan I", 46, 31, 120, 18, 11, 9],
    ["Triwulan II", 52, 38, 145, 22, 15, 11],
    ["Triwulan III", 49, 42, 160, 15, 12, 14],
    ["Triwulan IV", 58, 35, 138, 20, 16, 16],
  ];
  const cols: Col[] = [
    { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
    {
      key: "kk",
      head: ["Layanan PUSPAGA (orang)", "Konseling Keluarga"],
      role: "realisasi",
      year: 2024,
      num: "(2)",
      fmt: INT,
    },
    {
      key: "kr",
      head: ["Layanan PUSPAGA (orang)", "Konseling Anak/Remaja"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "ep",
      head: ["Layanan PUSPAGA (orang)", "Edukasi Pranikah"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "jl",
      head: ["Layanan PUSPAGA (orang)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (2)+(3)+(4)",
      fmt: INT,
    },
    {
      key: "dk",
      head: ["Dispensasi Kawin", "Permohonan Rekomendasi"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: INT,
    },
    {
      key: "tr",
      head: ["Dispensasi Kawin", "Tidak Direkomendasikan"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: INT,
    },
    {
      key: "pc",
      head: ["Dispensasi Kawin", "% Dicegah"],
      role: "capaian",
      year: 2024,
      num: "(8) = (7)/(6) x 100",
      fmt: DEC,
    },
    {
      key: "kla",
      head: ["Kelurahan Layak Anak (kumulatif)"],
      role: "realisasi",
      year: 2024,
      num: "(9)",
      fmt: INT,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...qs.map(([tw, kk, kr, ep, dk, tr, kla], i) => ({
        id: `q${i}`,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          tw,
          kk,
          kr,
          ep,
          // planted: Triwulan III sums (2):(3) only
          jl: i === 2 ? fx(`SUM(${x.a("kk")}:${x.a("kr")})`) : fx(`SUM(${x.a("kk")}:${x.a("ep")})`),
          dk,
          tr,
          pc: fx(`ROUND(${x.a("tr")}/${x.a("dk")}*100,2)`),
          kla,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x: { a: (k: string, id?: string) => string }) => ({
          tw: "Jumlah",
          kk: fx(`SUM(${x.a("kk", "q0")}:${x.a("kk", "q3")})`),
          kr: fx(`SUM(${x.a("kr", "q0")}:${x.a("kr", "q3")})`),
          // planted: typed 573 (120+145+160+138 = 563)
          ep: 573,
          jl: fx(`SUM(${x.a("jl", "q0")}:${x.a("jl", "q3")})`),
          dk: fx(`SUM(${x.a("dk", "q0")}:${x.a("dk", "q3")})`),
          tr: fx(`SUM(${x.a("tr", "q0")}:${x.a("tr", "q3")})`),
          pc: fx(`ROUND(${x.a("tr")}/${x.a("dk")}*100,2)`),
          kla: fx(x.a("kla", "q3")),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Kolom (9) adalah posisi akhir triwulan; jumlahnya adalah posisi Triwulan IV."]);
  s.gap();
  signature(s, 6, {
    tempat: "Sungai Karang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pemenuhan Hak Anak"],
    nama: "RAHMAWATI DEWI SAPUTRI, S.Psi.",
    nip: "19830522 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jl", "q2") },
    rules: ["sum-mismatch"],
    note: "Triwulan III Jumlah =SUM over (2):(3) only (91); (2)+(3)+(4) = 251",
    truth: `${a("kk", "q2")}+${a("kr", "q2")}+${a("ep", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ep", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah edukasi pranikah typed 573; the quarters add up to 563",
    truth: `SUM(${a("ep", "q0")}:${a("ep", "q3")})`,
  });
  for (const i of [0, 1, 3])
    b.ok({
      sheet: S,
      cell: a("jl", `q${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("kk", `q${i}`)}+${a("kr", `q${i}`)}+${a("ep", `q${i}`)}`,
    });
  for (const i of [0, 1, 2, 3])
    b.ok({
      sheet: S,
      cell: a("pc", `q${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("tr", `q${i}`)}/${a("dk", `q${i}`)}*100,2)`,
    });
  for (const k of ["kk", "kr", "dk", "tr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q0")}:${a(k, "q3")})` });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tr", "tot")}/${a("dk", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "q0")}:${a("pc", "q3")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kla", "tot"),
    rules: ["sum-mismatch"],
    truth: a("kla", "q3"),
    trap: `SUM(${a("kla", "q0")}:${a("kla", "q3")})`,
  });
  return b.finish();
}
