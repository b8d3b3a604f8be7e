// Performance tables of a DP3A: the LKjIP 2024 measurement of an NTB kabupaten (IPG, IDG, cases handled,
// the rasio of violence against children lower is better, DRPPA, PUSPAGA), the PK 2025 of a Kalimantan
// Timur kabupaten beside its Renstra 2025-2029 (ordinal years), and the IKU matrix of another NTB
// kabupaten with KLA and PUSPAGA. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, round, signature, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ================================================= DP3A Kabupaten Lombok Tenggara, LKjIP 2024

type Ind = {
  id: string;
  ind: string;
  sat: string;
  r22: number;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
};

export function lkjipLombokTenggara(): BookW {
  const b = new BookW(
    "lkjip-ipg-idg-dp3a-lombok-tenggara.xlsx",
    "LKjIP pengukuran kinerja (DP3A)",
    "LKjIP 2024 Tabel 3.1 of a DP3A in NTB: No | Indikator Kinerja Sasaran | Satuan | 'Realisasi' > 2022 | 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori; refleksi for the lower-is-better rasio; Kategori typed (Sangat Tinggi .. Sangat Rendah); Rata-rata and predikat footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK", "KABUPATEN LOMBOK TENGGARA"]);
  s.lines([
    "Tabel 3.1 Capaian Indikator Kinerja Sasaran Strategis Tahun 2024",
    "Sasaran: Meningkatnya kesetaraan gender dan perlindungan perempuan dan anak",
  ]);
  s.gap();
  const rows: Ind[] = [
    {
      id: "i1",
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      r22: 89.74,
      r23: 90.12,
      t: 90.85,
      r: 90.51,
    },
    {
      id: "i2",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      r22: 66.41,
      r23: 67.9,
      t: 68.5,
      r: 70.12,
    },
    {
      id: "i3",
      ind: "Persentase kasus kekerasan terhadap perempuan dan anak yang ditangani sesuai SOP",
      sat: "%",
      r22: 91.3,
      r23: 94.05,
      t: 100,
      r: 96.4,
    },
    {
      id: "i4",
      ind: "Rasio kasus kekerasan terhadap anak per 10.000 penduduk usia anak",
      sat: "rasio",
      r22: 4.12,
      r23: 3.67,
      t: 3.4,
      r: 2.85,
      neg: true,
    },
    {
      id: "i5",
      ind: "Jumlah Desa Ramah Perempuan dan Peduli Anak (DRPPA)",
      sat: "desa",
      r22: 3,
      r23: 6,
      t: 12,
      r: 9,
    },
    {
      id: "i6",
      ind: "Persentase keluarga yang mendapat layanan PUSPAGA",
      sat: "%",
      r22: 41.2,
      r23: 52.85,
      t: 65,
      r: 71.3,
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  const STALE = 96.33;
  const avg = round(rows.reduce((n, x) => n + capOf(x), 0) / rows.length);
  if (capOf(rows[0]) !== 99.63 || predikat(STALE) !== predikat(99.63)) throw new Error("lkjip i1");
  const R = "Realisasi";
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r22", head: [R, "2022"], role: "realisasi", year: 2022, fmt: DEC, width: 9 },
    { key: "r23", head: [R, "2023"], role: "realisasi", year: 2023, fmt: DEC, width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          ind: x.ind,
          sat: x.sat,
          r22: x.r22,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the IPG capaian keeps a stale cached 96.33 from the provisional realisasi
          c: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t")), x.id === "i1" ? STALE : undefined),
          // planted: "Tinggi" for 96.40 (> 90 is Sangat Tinggi)
          p: x.id === "i3" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja Sasaran",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: predikat(avg),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator nomor 4 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch"],
    note: "Capaian of the IPG is =ROUND(R/T*100,2) with a stale cached 96.33 (the provisional realisasi 87.52); 90.51 / 90.85 gives 99.63",
    truth: rt(a("r", "i1"), a("t", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for a capaian of 96.40 (96.4 against 100); above 90 the note's band is Sangat Tinggi",
    truth: `PREDIKAT(${a("c", "i3")})`,
  });
  for (const x of rows.filter((y) => y.id !== "i1"))
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: ["capaian-mismatch"],
      truth: x.neg ? refl(a("r", x.id), a("t", x.id)) : rt(a("r", x.id), a("t", x.id)),
      trap: x.neg ? rt(a("r", x.id), a("t", x.id)) : undefined,
    });
  for (const id of ["i2", "i4", "i5", "i6"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  // IDG and PUSPAGA above their targets: capaian over 100 is fine, not a percentage out of range
  for (const id of ["i2", "i6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["percent-out-of-range"], truth: rt(a("r", id), a("t", id)) });
  return b.finish();
}

// =============================================== DP3A Kabupaten Paser Hulu, PK 2025 and Renstra

type RInd = { id: string; ind: string; sat: string; base: number; tg: number[]; cum?: boolean };

export function pkPaserHulu(): BookW {
  const b = new BookW(
    "pk-kadis-dp3a-renstra-paser-hulu.xlsx",
    "PK 2025 and Renstra 2025-2029 (DP3A)",
    "sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) with JUMLAH = the programs; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir Periode Renstra; number row 1 .. 10",
  );
  const RS = "Renstra 2025-2029";
  const PS = "PK 2025";
  const ind: RInd[] = [
    {
      id: "i1",
      ind: "Indeks Pembangunan Gender (IPG)",
      sat: "indeks",
      base: 86.42,
      tg: [86.9, 87.35, 87.8, 88.25, 88.7],
    },
    {
      id: "i2",
      ind: "Indeks Pemberdayaan Gender (IDG)",
      sat: "indeks",
      base: 68.11,
      tg: [68.75, 69.1, 69.6, 70.05, 70.5],
    },
    {
      id: "i3",
      ind: "Persentase perempuan dan anak korban kekerasan yang mendapat layanan komprehensif",
      sat: "%",
      base: 88.5,
      tg: [90, 92, 94, 96, 98],
    },
    {
      id: "i4",
      ind: "Jumlah desa/kelurahan yang menjadi DRPPA (kumulatif)",
      sat: "desa",
      base: 4,
      tg: [8, 13, 18, 24, 30],
      cum: true,
    },
    {
      id: "i5",
      ind: "Predikat Kabupaten Layak Anak (KLA) (1 Pratama .. 5 KLA)",
      sat: "level",
      base: 2,
      tg: [2, 3, 3, 4, 4],
    },
  ];
  const rs = b.sheet(RS);
  letterhead(rs, [
    "RENCANA STRATEGIS DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "KABUPATEN PASER HULU 2025-2029",
  ]);
  rs.lines(["Tabel 5.1 Target Kinerja Indikator Sasaran"]);
  rs.gap();
  const TK = "Target Kinerja Tahun ke-";
  const ord = ["I", "II", "III", "IV", "V"];
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Indikator Sasaran"], role: "indikator", num: 2, width: 46 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 3, width: 9 },
    {
      key: "base",
      head: ["Kondisi Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 4,
      fmt: DEC,
      width: 10,
    },
    ...ord.map((o, i): Col => ({
      key: `y${i}`,
      head: [TK, `${o} (${2025 + i})`],
      role: "target",
      year: 2025 + i,
      num: 5 + i,
      fmt: DEC,
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Akhir Periode Renstra"],
      role: "kondisi-akhir",
      year: 2029,
      num: 10,
      fmt: DEC,
      width: 11,
    },
  ];
  const rt5 = rs.table({
    cols: rcols,
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        base: x.base,
        ...Object.fromEntries(x.tg.map((v, i) => [`y${i}`, v])),
        // planted: the kondisi akhir of the layanan komprehensif is the year-IV target 96
        ka: x.id === "i3" ? 96 : fx(c.a("y4")),
      }),
    })),
  });

  const ps = b.sheet(PS);
  letterhead(ps, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN PASER HULU",
  ]);
  ps.gap();
  const SAS = "Meningkatnya kesetaraan gender dan perlindungan perempuan dan anak";
  const t1 = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, k): Row => ({
      id: x.id,
      // planted: the IDG is the Renstra's year-II target 69.10
      cells: { no: k + 1, sas: SAS, ind: x.ind, sat: x.sat, tg: x.id === "i2" ? x.tg[1] : x.tg[0] },
    })),
  });
  ps.gap();
  const prog: Array<[string, string, string, number | null]> = [
    ["p1", "2.08.02", "Program Pengarusutamaan Gender dan Pemberdayaan Perempuan", null],
    ["k11", "2.08.02.2.01", "Pelembagaan PUG pada Lembaga Pemerintah Kewenangan Kabupaten/Kota", 412_350_000],
    ["k12", "2.08.02.2.02", "Pemberdayaan Perempuan Bidang Politik, Hukum, Sosial, dan Ekonomi", 286_900_000],
    ["p2", "2.08.03", "Program Perlindungan Perempuan", null],
    [
      "k21",
      "2.08.03.2.01",
      "Pencegahan Kekerasan terhadap Perempuan Lingkup Daerah Kabupaten/Kota",
      318_475_000,
    ],
    [
      "k22",
      "2.08.03.2.02",
      "Penyediaan Layanan Rujukan Lanjutan bagi Perempuan Korban Kekerasan",
      527_140_000,
    ],
    ["p3", "2.08.07", "Program Pemenuhan Hak Anak (PHA)", null],
    [
      "k31",
      "2.08.07.2.01",
      "Pelembagaan PHA pada Lembaga Pemerintah, Nonpemerintah, dan Dunia Usaha",
      604_260_000,
    ],
  ];
  const kids: Record<string, string[]> = { p1: ["k11", "k12"], p2: ["k21", "k22"], p3: ["k31"] };
  const t2 = ps.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "u", head: ["Program / Kegiatan"], width: 52 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map(([id, kode, u, v], k): Row => ({
        id,
        bold: v === null,
        cells: (c) => ({
          no: k + 1,
          kode,
          u,
          rp: v === null ? fx(kids[id].map((q) => c.a("rp", q)).join("+")) : v,
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "u"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}+${c.a("rp", "p3")}`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI PASER HULU,"],
    nama: "H. ANDI MUHAMMAD YAMIN, S.E.",
    nip: "-",
  });

  const R = (k: string, id: string) => `'${RS}'!${rt5.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: PS, cell: t1.a("tg", "i2") },
        { sheet: RS, cell: rt5.a("y0", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IDG is 69.10, the Renstra's year-II (2026) target; the Renstra year-I (2025) target is 68.75",
    truth: R("y0", "i2"),
  });
  b.plant({
    at: { sheet: RS, cell: rt5.a("ka", "i3") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the layanan komprehensif is a typed 96.00, the year-IV (2028) target; the rate's kondisi akhir is the year-V (2029) target 98.00",
    truth: rt5.a("y4", "i3"),
  });
  for (const x of ind.filter((y) => y.id !== "i2"))
    b.ok({ sheet: PS, cell: t1.a("tg", x.id), rules: ["cross-table-mismatch"], truth: R("y0", x.id) });
  for (const x of ind.filter((y) => y.id !== "i3"))
    b.ok({
      sheet: RS,
      cell: rt5.a("ka", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt5.a("y4", x.id),
      trap: `SUM(${rt5.a("y0", x.id)}:${rt5.a("y4", x.id)})`,
    });
  for (const [p, ks] of Object.entries(kids))
    b.ok({
      sheet: PS,
      cell: t2.a("rp", p),
      rules: ["sum-mismatch"],
      truth: ks.map((q) => t2.a("rp", q)).join("+"),
    });
  b.ok({
    sheet: PS,
    cell: t2.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: ["k11", "k12", "k21", "k22", "k31"].map((q) => t2.a("rp", q)).join("+"),
    trap: `SUM(${t2.a("rp", "p1")}:${t2.a("rp", "k31")})`,
  });
  for (const q of ["k11", "k21", "k31"])
    b.ok({
      sheet: PS,
      cell: t2.a("kode", q),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", q)})`,
      actual: t2.a("kode", `p${q[1]}`),
    });
  return b.finish();
}

// ====================================================== DP3A Kabupaten Dompu Utara, IKU 2025-2029

type IkuRow = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  base: number;
  tg: number[];
  pj: string;
};

export function ikuDompuUtara(): BookW {
  const b = new BookW(
    "iku-dp3a-kla-puspaga-dompu-utara.xlsx",
    "IKU matrix (DP3A)",
    "Indikator Kinerja Utama DP3A 2025-2029 of an NTB kabupaten: No | Sasaran | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir 2029 | Penanggung Jawab; number row (1) .. (13) with (12) = (11)",
  );
  const S = "IKU DP3A";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN DOMPU UTARA", "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK"]);
  s.lines([
    "INDIKATOR KINERJA UTAMA (IKU) TAHUN 2025-2029",
    "Keputusan Kepala Dinas Nomor 050/112/DP3A/2025",
  ]);
  s.gap();
  const S1 = "Meningkatnya kualitas hidup dan peran perempuan";
  const S2 = "Meningkatnya pemenuhan hak dan perlindungan anak";
  const rows: IkuRow[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Pembangunan Gender (IPG)",
      rumus: "IPM perempuan / IPM laki-laki x 100 (BPS)",
      sat: "indeks",
      base: 84.36,
      tg: [84.9, 85.4, 85.9, 86.4, 86.9],
      pj: "Bidang PUG",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Indeks Pemberdayaan Gender (IDG)",
      rumus: "komposit keterwakilan parlemen, manajer/profesional, sumbangan pendapatan (BPS)",
      sat: "indeks",
      base: 61.72,
      tg: [62.5, 63.3, 64.1, 64.9, 65.7],
      pj: "Bidang PUG",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase keluarga yang memanfaatkan layanan PUSPAGA",
      rumus: "keluarga yang dilayani PUSPAGA / keluarga sasaran x 100%",
      sat: "%",
      base: 55,
      tg: [60, 65, 70, 75, 80],
      pj: "Bidang PHA",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rasio kasus kekerasan terhadap anak per 10.000 anak",
      rumus: "kasus kekerasan terhadap anak / jumlah anak x 10.000",
      sat: "rasio",
      base: 3.8,
      tg: [3.6, 3.4, 3.2, 3.0, 2.8],
      pj: "UPTD PPA",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Nilai evaluasi Kabupaten Layak Anak (KLA)",
      rumus: "skor evaluasi KLA KemenPPPA (skala 1.000)",
      sat: "nilai",
      base: 612,
      tg: [640, 670, 700, 730, 760],
      pj: "Bidang PHA",
    },
  ];
  const TG = "Target";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: "(4)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(5)", width: 8 },
    { key: "base", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: "(6)", width: 10 },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `y${i}`,
      head: [TG, String(2025 + i)],
      role: "target",
      year: 2025 + i,
      num: `(${7 + i})`,
      width: 9,
    })),
    {
      key: "ka",
      head: ["Kondisi Akhir 2029"],
      role: "kondisi-akhir",
      year: 2029,
      num: "(12) = (11)",
      width: 10,
    },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: "(13)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => {
        const tg = [...x.tg];
        // planted: the PUSPAGA 2027 target typed 7.0 (70 with a lost digit)
        if (x.id === "i3") tg[2] = 7;
        // planted: the rasio (lower is better) goes up to 3.50 in 2027 between 3.40 and 3.00
        if (x.id === "i4") tg[2] = 3.5;
        return {
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          base: x.base,
          ...Object.fromEntries(tg.map((v, i) => [`y${i}`, v])),
          ka: fx(c.a("y4")),
          pj: x.pj,
        };
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: indikator rasio kasus kekerasan terhadap anak semakin kecil semakin baik."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2", "i3") },
    rules: ["target-outlier"],
    note: "2027 target of the PUSPAGA percentage is 7.00 between 65 and 75 (a lost digit); the steady +5 path gives 70.00",
    truth: `(${a("y1", "i3")}+${a("y3", "i3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2", "i4") },
    rules: ["target-trend"],
    note: "2027 target of the rasio kasus kekerasan terhadap anak (lower is better) is 3.50, above the 2026 target 3.40; the steady -0.2 path gives 3.20",
    truth: `(${a("y1", "i4")}+${a("y3", "i4")})/2`,
  });
  for (const id of ["i1", "i2", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("y4", id),
      trap: `SUM(${a("y0", id)}:${a("y4", id)})`,
    });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("y4", id),
      rules: ["target-trend", "target-outlier"],
      truth: `${a("y3", id)}+(${a("y1", id)}-${a("y0", id)})`,
    });
  return b.finish();
}
