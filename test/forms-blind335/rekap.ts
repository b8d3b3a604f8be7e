// PK 2025 beside its Renstra, the dana desa recap per kecamatan (with the IDM status table beside it)
// and the realisasi anggaran per bidang per triwulan of two invented DPMD. All names and numbers invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

/** PK 2025 DPMD Kota Batu Lintang, indicator and program tables, beside sheet Renstra (Tahun ke-1..5). */
export function pkDpmd(): BookW {
  const b = new BookW(
    "pk-2025-dpmd-batu-lintang-335.xlsx",
    "Perjanjian Kinerja + Renstra (DPMD)",
    "PK 2025 statement page, No | Sasaran (merged) | Indikator | Target 2025 | Satuan with a (1)..(5) row, program table with Jumlah below; sheet Renstra with Tahun ke-1..5 of Renstra 2025-2029 and Kondisi Akhir",
  );
  const P = "PK 2025";
  const RS = "Renstra";
  const IKU = [
    {
      id: "u1",
      sas: "Meningkatnya kemandirian desa",
      ind: "Rata-rata nilai Indeks Desa Membangun (IDM)",
      sat: "indeks",
      awal: 0.6612,
      t: [0.675, 0.689, 0.7031, 0.7175, 0.7322],
      flow: false,
    },
    {
      id: "u2",
      sas: "Meningkatnya kemandirian desa",
      ind: "Persentase desa berstatus Mandiri",
      sat: "%",
      awal: 16,
      t: [20, 24, 28, 32, 36],
      flow: false,
    },
    {
      id: "u3",
      sas: "Meningkatnya kapasitas kelembagaan ekonomi dan kader desa",
      ind: "Persentase BUMDes berklasifikasi maju",
      sat: "%",
      awal: 18,
      t: [22, 26, 30, 34, 38],
      flow: false,
    },
    {
      id: "u4",
      sas: "Meningkatnya kapasitas kelembagaan ekonomi dan kader desa",
      ind: "Jumlah kader pemberdayaan masyarakat desa yang bersertifikat",
      sat: "orang",
      awal: 35,
      t: [40, 45, 50, 55, 60],
      flow: true,
    },
    {
      id: "u5",
      sas: "Meningkatnya akuntabilitas pengelolaan dana desa",
      ind: "Persentase desa yang menyampaikan laporan realisasi dana desa tepat waktu",
      sat: "%",
      awal: 85,
      t: [88, 91, 94, 97, 100],
      flow: false,
    },
  ];
  // the Renstra sheet first in the code (the PK refers to it), second in the workbook order
  const p = b.sheet(P);
  const r = b.sheet(RS);
  r.lines([
    "Tabel 4.2 Indikator Kinerja Utama dan Target Renstra",
    "Dinas Pemberdayaan Masyarakat dan Desa Kota Batu Lintang 2025-2029",
  ]);
  r.gap();
  const rt = r.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `t${i}`,
        head: ["Target Kinerja", `Tahun ke-${i + 1}`],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: IKU.map((u, n) => ({
      id: u.id,
      cells: {
        no: n + 1,
        ind: u.ind,
        sat: u.sat,
        awal: u.awal,
        ...Object.fromEntries(u.t.map((v, i) => [`t${i}`, v])),
        ak: u.flow ? sum(u.t) : u.t[4],
      },
    })),
  });
  letterhead(p, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KOTA BATU LINTANG",
  ]);
  p.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama    : Hj. RATNA DEWI LAMAKARATE, S.Sos., M.AP",
    "Jabatan : Kepala Dinas Pemberdayaan Masyarakat dan Desa, selanjutnya disebut pihak pertama",
    "Nama    : Drs. ANDI MAPPASESSU TOMBOLOTUTU, M.Si",
    "Jabatan : Wali Kota Batu Lintang, selaku atasan pihak pertama, selanjutnya disebut pihak kedua",
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  p.gap();
  p.lines(["Lampiran Perjanjian Kinerja Tahun 2025"], 1, { bold: true });
  p.gap();
  const pt = p.table({
    cols: [
      { key: "no", head: ["No"], num: "(1)", role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], num: "(2)", role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], num: "(3)", role: "indikator", width: 44 },
      { key: "t", head: ["Target 2025"], num: "(4)", role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], num: "(5)", role: "satuan" },
    ],
    headerRows: 1,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: IKU.map((u, n) => ({
      id: u.id,
      cells: { no: n + 1, sas: u.sas, ind: u.ind, t: u.id === "u3" ? u.t[1] : u.t[0], sat: u.sat },
    })),
  });
  p.gap();
  const PROG = [
    ["2.13.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["2.13.02 Program Penataan Desa", 1_184_620_000],
    ["2.13.04 Program Administrasi Pemerintahan Desa", 2_365_480_000],
    [
      "2.13.05 Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat",
      1_903_275_000,
    ],
  ] as const;
  const gt = p.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 32 },
      { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 44 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...PROG.map(([n, v], i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: n, ang: v, ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        cells: (x) => ({ prog: "Jumlah", ang: fx(`SUM(${x.a("ang", "g0")}:${x.a("ang", "g2")})`) }),
      },
    ],
  });
  p.gap();
  const r0 = p.r;
  signature(p, 2, {
    tempat: "Batu Lintang, 6 Januari 2025",
    jabatan: ["Pihak Kedua,", "WALI KOTA BATU LINTANG"],
    nama: "Drs. ANDI MAPPASESSU TOMBOLOTUTU, M.Si",
    nip: "-",
  });
  p.r = r0;
  signature(p, 3, {
    tempat: "",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PMD"],
    nama: "Hj. RATNA DEWI LAMAKARATE, S.Sos., M.AP",
    pangkat: "Pembina Tingkat I",
    nip: "19750823 200003 2 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "u3") },
        { sheet: RS, cell: rt.a("t0", "u3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `${RS}!${rt.a("t0", "u3")}`,
    note: "PK target 26 for BUMDes maju is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 22",
  });
  b.plant({
    at: { sheet: P, cell: gt.a("ang", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("ang", "g0")}:${gt.a("ang", "g3")})`,
    note: "Jumlah =SUM one row short (10,392,415,000); the four programs give 12,295,690,000",
  });
  for (const id of ["u1", "u2", "u4", "u5"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `${RS}!${rt.a("t0", id)}`,
      tol: 0.0001,
    });
  for (const id of ["u1", "u2", "u3", "u5"])
    b.ok({
      sheet: RS,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t4", id),
      trap: [0, 1, 2, 3, 4].map((i) => rt.a(`t${i}`, id)).join("+"),
      tol: 0.0001,
    });
  b.ok({
    sheet: RS,
    cell: rt.a("ak", "u4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [0, 1, 2, 3, 4].map((i) => rt.a(`t${i}`, "u4")).join("+"),
  });
  return b.finish();
}

const KEC = [
  { kec: "Lubuk Sarimbun", jd: 34, pagu: 33_518_240_000, sisa: 87_240_000, idm: [6, 12, 14, 2, 0] },
  { kec: "Koto Baringin", jd: 41, pagu: 41_267_905_000, sisa: 412_600_000, idm: [3, 11, 21, 5, 1] },
  { kec: "Sungai Talang", jd: 29, pagu: 28_904_118_000, sisa: 12_900_000, idm: [2, 7, 15, 4, 1] },
  { kec: "Batang Pulai", jd: 38, pagu: 37_652_470_000, sisa: 1_185_300_000, idm: [4, 10, 19, 5, 0] },
  { kec: "Tanjung Ampalu", jd: 46, pagu: 45_880_312_000, sisa: 236_480_000, idm: [5, 14, 22, 4, 1] },
  { kec: "Palembayan Ilia", jd: 40, pagu: 39_975_604_000, sisa: 46_315_000, idm: [3, 9, 21, 6, 1] },
];

/** Dana desa 2024 per kecamatan, Kabupaten Lembah Sarimbun, with the IDM status per kecamatan beside it. */
export function rekapDanaDesa(): BookW {
  const b = new BookW(
    "rekap-penyaluran-dana-desa-idm-per-kecamatan-lembah-sarimbun-335.xlsx",
    "Rekap dana desa + status IDM per kecamatan (DPMD)",
    "Penyaluran dana desa per kecamatan (pagu, tahap I-III, jumlah, %, sisa; number row 8 = 5+6+7, 9 = 8/4 x 100) and, one empty column to the right, status IDM per kecamatan with a merged group header; JUMLAH rows",
  );
  const S = "Dana Desa 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARIMBUN", "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA"]);
  s.lines([
    "REKAPITULASI PENYALURAN DANA DESA DAN STATUS INDEKS DESA MEMBANGUN PER KECAMATAN TAHUN ANGGARAN 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const top = s.r;
  const th = ["I", "II", "III"];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], num: "1", role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], num: "2", width: 20 },
        { key: "jd", head: ["Jumlah Desa"], num: "3", fmt: INT },
        {
          key: "pagu",
          head: ["Pagu Dana Desa (Rp)"],
          num: "4",
          role: "anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        ...th.map((t, i): Col => ({
          key: `th${i}`,
          head: ["Penyaluran RKUD ke RKDes", `Tahap ${t}`],
          num: String(5 + i),
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        })),
        {
          key: "jml",
          head: ["Jumlah Tersalur (Rp)"],
          num: "8 = 5+6+7",
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
        { key: "pct", head: ["% Penyaluran"], num: "9 = 8/4 x 100", role: "capaian", fmt: DEC },
        { key: "sisa", head: ["Sisa Pagu (Rp)"], num: "10 = 4-8", fmt: RP, width: 16 },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...KEC.map((k, i): Row => {
          const t0 = Math.round((k.pagu * 0.4) / 1000) * 1000;
          return {
            id: `k${i}`,
            cells: (x) => ({
              no: i + 1,
              kec: k.kec,
              jd: k.jd,
              pagu: k.pagu,
              th0: t0,
              th1: t0,
              th2: k.pagu - 2 * t0 - k.sisa,
              jml: fx(`${x.a("th0")}+${x.a("th1")}+${x.a("th2")}`),
              pct: i === 3 ? 103.15 : fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
              sisa: fx(`${x.a("pagu")}-${x.a("jml")}`),
            }),
          };
        }),
        {
          id: "tot",
          bold: true,
          cells: (x) => {
            const col = (k: string) => fx(`SUM(${x.a(k, "k0")}:${x.a(k, "k5")})`);
            return {
              kec: "JUMLAH",
              jd: col("jd"),
              pagu: col("pagu"),
              th0: col("th0"),
              th1: col("th1"),
              th2: col("th2"),
              jml: col("jml"),
              pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
              sisa: col("sisa"),
            };
          },
        },
      ],
    },
    1,
    top,
  );
  const ST = ["Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal"];
  const t2 = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], width: 20 },
        ...ST.map((n, i): Col => ({
          key: `s${i}`,
          head: ["Status Desa Hasil IDM 2024 (desa)", n],
          fmt: INT,
        })),
        { key: "tot", head: ["Jumlah Desa"], fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...KEC.map((k, i): Row => ({
          id: `k${i}`,
          cells: (x) => ({
            kec: k.kec,
            ...Object.fromEntries(k.idm.map((v, j) => [`s${j}`, v])),
            tot: fx(`SUM(${x.a("s0")}:${x.a("s4")})`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            kec: "JUMLAH",
            ...Object.fromEntries(
              ST.map((_, j) => [
                `s${j}`,
                fx(`SUM(${x.a(`s${j}`, "k0")}:${x.a(`s${j}`, j === 1 ? "k4" : "k5")})`),
              ]),
            ),
            tot: fx(`SUM(${x.a("tot", "k0")}:${x.a("tot", "k5")})`),
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.gap();
  s.lines(
    [
      "Sumber: OM-SPAN dan aplikasi Siskeudes per 31 Desember 2024; status IDM hasil pemutakhiran Kemendes PDTT 2024.",
    ],
    2,
  );
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S, cell: a1("pct", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `ROUND(${a1("jml", "k3")}/${a1("pagu", "k3")}*100,2)`,
    note: "Batang Pulai % penyaluran typed 103.15 although 1,185,300,000 of the pagu is still unpaid; 8/4 x 100 gives 96.85",
  });
  b.plant({
    at: { sheet: S, cell: a2("s1", "tot") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("s1", "k0")}:${a2("s1", "k5")})`,
    note: "JUMLAH desa Maju =SUM one row short (54); the six kecamatan give 63",
  });
  b.ok({
    sheet: S,
    cell: a1("pct", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a1("jml", "tot")}/${a1("pagu", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a1("pct", "k0")}:${a1("pct", "k5")}),2)`,
  });
  for (const k of ["k0", "k1", "k4"])
    b.ok({
      sheet: S,
      cell: a1("pct", k),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a1("jml", k)}/${a1("pagu", k)}*100,2)`,
    });
  for (const k of ["k0", "k2", "k3", "k5"])
    b.ok({
      sheet: S,
      cell: a1("jml", k),
      rules: ["sum-mismatch"],
      truth: `${a1("th0", k)}+${a1("th1", k)}+${a1("th2", k)}`,
    });
  for (const c of ["jd", "pagu", "th2", "jml", "sisa"])
    b.ok({
      sheet: S,
      cell: a1(c, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a1(c, "k0")}:${a1(c, "k5")})`,
    });
  for (const c of ["s0", "s2", "tot"])
    b.ok({
      sheet: S,
      cell: a2(c, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2(c, "k0")}:${a2(c, "k5")})`,
    });
  for (const k of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: a2("tot", k),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2("s0", k)}:${a2("s4", k)})`,
    });
  return b.finish();
}

/** Realisasi anggaran per bidang per triwulan 2024, DPMD Kota Batu Lintang, in thousands, no No column. */
export function realisasiBidang(): BookW {
  const b = new BookW(
    "realisasi-anggaran-per-bidang-triwulan-dpmd-batu-lintang-335.xlsx",
    "Rekap realisasi anggaran per bidang per triwulan (DPMD)",
    "Unit kerja | Pagu | Realisasi Triwulan I..IV (group header repeated in every cell) | Jumlah | Serapan (%) | Sisa; (dalam ribuan rupiah); typed sisa beside formula jumlah; JUMLAH row",
  );
  const S = "Realisasi TW 2024";
  const s = b.sheet(S);
  s.lines([
    "LAPORAN REALISASI ANGGARAN PER UNIT KERJA PER TRIWULAN",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA KOTA BATU LINTANG TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const U = [
    { u: "Sekretariat", pagu: 4_218_650, f: [0.19, 0.24, 0.25, 0.29] },
    { u: "Bidang Penataan dan Administrasi Pemerintahan Desa", pagu: 1_642_300, f: [0.08, 0.21, 0.29, 0.36] },
    { u: "Bidang Kelembagaan dan Ekonomi Desa (BUMDes)", pagu: 2_085_470, f: [0.06, 0.18, 0.33, 0.35] },
    { u: "Bidang Pemberdayaan Masyarakat dan Kader (KPMD)", pagu: 1_376_820, f: [0.11, 0.23, 0.27, 0.31] },
    { u: "Bidang Keuangan dan Aset Desa", pagu: 962_540, f: [0.12, 0.2, 0.26, 0.33] },
  ];
  const TW = ["I", "II", "III", "IV"];
  const t = s.table({
    cols: [
      { key: "u", head: ["Unit Kerja"], num: "(1)", width: 40 },
      { key: "pagu", head: ["Pagu Anggaran"], num: "(2)", role: "anggaran", year: 2024, fmt: RP },
      ...TW.map((w, i): Col => ({
        key: `w${i}`,
        head: ["Realisasi", `Triwulan ${w}`],
        num: `(${3 + i})`,
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
      })),
      {
        key: "jml",
        head: ["Jumlah Realisasi"],
        num: "(7)=(3)+(4)+(5)+(6)",
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
      },
      { key: "ser", head: ["Serapan (%)"], num: "(8)=(7)/(2)x100", role: "capaian", fmt: DEC },
      { key: "sisa", head: ["Sisa Anggaran"], num: "(9)=(2)-(7)", fmt: RP },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "repeat",
    rows: [
      ...U.map((d, i): Row => {
        const w = d.f.map((f) => Math.round(d.pagu * f));
        return {
          id: `u${i}`,
          cells: (x) => ({
            u: d.u,
            pagu: d.pagu,
            ...Object.fromEntries(w.map((v, j) => [`w${j}`, v])),
            jml: fx(`SUM(${x.a("w0")}:${x.a("w3")})`),
            ser: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
            sisa: d.pagu - sum(w),
          }),
        };
      }),
      {
        id: "tot",
        bold: true,
        cells: (x) => {
          const col = (k: string, last = "u4") => fx(`SUM(${x.a(k, "u0")}:${x.a(k, last)})`);
          return {
            u: "JUMLAH",
            pagu: col("pagu"),
            w0: col("w0"),
            w1: col("w1"),
            w2: col("w2", "u3"),
            w3: col("w3"),
            jml: col("jml"),
            ser: fx(`ROUND(AVERAGE(${x.a("ser", "u0")}:${x.a("ser", "u4")}),2)`),
            sisa: col("sisa"),
          };
        },
      },
    ],
  });
  s.gap();
  signature(s, 7, {
    tempat: "Batu Lintang, 10 Januari 2025",
    jabatan: ["Sekretaris Dinas PMD"],
    nama: "MOH. RIZAL LATADJUDDIN, S.E., M.M",
    pangkat: "Pembina",
    nip: "19800217 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("w2", "tot") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("w2", "u0")}:${a("w2", "u4")})`,
    note: "JUMLAH Triwulan III =SUM stops at the fourth unit; Bidang Keuangan dan Aset Desa (250,260) is left out",
  });
  b.plant({
    at: { sheet: S, cell: a("ser", "tot") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("pagu", "tot")}*100,2)`,
    note: "JUMLAH serapan is the average of the units' serapan; the ratio of the totals (7)/(2) is the form's",
  });
  for (let i = 0; i < U.length; i++) {
    const id = `u${i}`;
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("w0", id)}:${a("w3", id)})`,
    });
    b.ok({
      sheet: S,
      cell: a("ser", id),
      rules: ["ratio-components-mismatch", "capaian-mismatch"],
      truth: `ROUND(${a("jml", id)}/${a("pagu", id)}*100,2)`,
    });
    b.ok({
      sheet: S,
      cell: a("sisa", id),
      rules: ["sum-mismatch"],
      truth: `${a("pagu", id)}-${a("jml", id)}`,
    });
  }
  for (const c of ["pagu", "w0", "w1", "w3", "jml", "sisa"])
    b.ok({ sheet: S, cell: a(c, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(c, "u0")}:${a(c, "u4")})` });
  return b.finish();
}
