// Village funds of a Dinas PMD: the rekap penyaluran Dana Desa tahap I-III per desa of a Sulawesi
// Tenggara kabupaten (desa mandiri take two stages of 60 / 40 %, the others 40 / 40 / 20 %), and the ADD
// realisation per kecamatan beside the BUMDes recap of a Jawa Timur kabupaten (two tables side by side).
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Desa = { id: string; kec: string; desa: string; idm: string; pagu: number; t3: boolean };

export function danaDesaSultra(): BookW {
  const b = new BookW(
    "penyaluran-dd-tahap-dpmd-laiwoi-raya.xlsx",
    "Rekap penyaluran Dana Desa per desa (DPMD)",
    "Rekap penyaluran Dana Desa 2024 per desa of a DPMD in Sulawesi Tenggara: No | Kecamatan | Desa | Status IDM 2024 | Pagu Dana Desa (Rp) | 'Penyaluran RKUN ke RKDes (Rp)' > Tahap I | Tahap II | Tahap III | Jumlah | % Penyaluran | Sisa Pagu (Rp); number row '9 = 6 + 7 + 8', '10 = 9 / 5 x 100', '11 = 5 - 9'; desa mandiri in two stages (60/40), '-' for an undisbursed tahap; JUMLAH row",
  );
  const S = "Penyaluran DD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LAIWOI RAYA",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Poros Unaaha - Lalonggasu Km. 4, Laiwoi",
  ]);
  s.lines(["REKAPITULASI PENYALURAN DANA DESA TAHUN ANGGARAN 2024", "Keadaan s.d. 31 Desember 2024"]);
  s.gap();
  const D: Desa[] = [
    { id: "d1", kec: "Lalonggasu", desa: "Ambekaeri", idm: "Maju", pagu: 912_436_000, t3: true },
    { id: "d2", kec: "Lalonggasu", desa: "Puuwonua", idm: "Mandiri", pagu: 1_084_712_000, t3: false },
    { id: "d3", kec: "Lalonggasu", desa: "Wawolemo", idm: "Berkembang", pagu: 798_150_000, t3: false },
    { id: "d4", kec: "Abuki Raya", desa: "Asolu Jaya", idm: "Berkembang", pagu: 845_320_000, t3: true },
    { id: "d5", kec: "Abuki Raya", desa: "Tanggobu", idm: "Tertinggal", pagu: 763_905_000, t3: true },
    { id: "d6", kec: "Abuki Raya", desa: "Meraka Baru", idm: "Maju", pagu: 931_480_000, t3: true },
    { id: "d7", kec: "Tongauna Utara", desa: "Lambuiya", idm: "Mandiri", pagu: 1_126_064_000, t3: false },
    {
      id: "d8",
      kec: "Tongauna Utara",
      desa: "Ulu Sanggona",
      idm: "Sangat Tertinggal",
      pagu: 742_518_000,
      t3: true,
    },
  ];
  const G = "Penyaluran RKUN ke RKDes (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 16 },
    { key: "desa", head: ["Desa"], num: "3", width: 16 },
    { key: "idm", head: ["Status IDM 2024"], num: "4", width: 14 },
    {
      key: "pagu",
      head: ["Pagu Dana Desa (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 17,
    },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi-anggaran", year: 2024, num: "6", fmt: RP, width: 16 },
    {
      key: "t2",
      head: [G, "Tahap II"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "7",
      fmt: RP,
      width: 16,
    },
    {
      key: "t3",
      head: [G, "Tahap III"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8",
      fmt: RP,
      width: 16,
    },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "9 = 6 + 7 + 8",
      fmt: RP,
      width: 17,
    },
    {
      key: "pct",
      head: ["% Penyaluran"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 5 x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "sisa", head: ["Sisa Pagu (Rp)"], num: "11 = 5 - 9", fmt: RP, width: 16 },
  ];
  const share = (d: Desa) => (d.idm === "Mandiri" ? [0.6, 0.4, 0] : [0.4, 0.4, 0.2]);
  const rows: Row[] = D.map((d, i) => ({
    id: d.id,
    cells: (x: Ctx) => {
      const [a1, a2, a3] = share(d).map((p) => round(d.pagu * p, 0));
      const t3 = d.idm === "Mandiri" ? "-" : d.t3 ? (d.id === "d6" ? 2 * a3 : a3) : "-";
      return {
        no: i + 1,
        kec: d.kec,
        desa: d.desa,
        idm: d.idm,
        pagu: d.pagu,
        t1: a1,
        t2: a2,
        // planted (d6): Tahap III entered twice, 40 % instead of 20 %
        t3,
        // planted (d3): Jumlah typed 683,520,000 (digits swapped); Tahap I + II give 638,520,000
        jml: d.id === "d3" ? 683_520_000 : fx(`SUM(${x.a("t1")}:${x.a("t3")})`),
        pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
        // a Sisa of zero is written "-"
        sisa: d.id === "d3" || d.id === "d6" ? fx(`${x.a("pagu")}-${x.a("jml")}`) : "-",
      };
    },
  }));
  const sc = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "d1")}:${x.a(k, "d8")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["no", "idm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          pagu: sc("pagu", x),
          t1: sc("t1", x),
          t2: sc("t2", x),
          t3: sc("t3", x),
          jml: sc("jml", x),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("pagu")}*100,2)`),
          sisa: sc("sisa", x),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Desa berstatus Mandiri disalurkan dalam dua tahap (60% dan 40%), desa lainnya tiga tahap (40%, 40%, 20%).",
    "2. Tahap III Desa Wawolemo dan Lambuiya belum/tidak disalurkan karena laporan realisasi tahap II belum lengkap.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Unaaha Baru, 8 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN MASYARAKAT DAN DESA", "KABUPATEN LAIWOI RAYA,"],
    nama: "LA ODE MUH. SYAHRIR TOMBILI, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780619 199912 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Desa Wawolemo is a typed 683,520,000 among SUM formulas; Tahap I 319,260,000 + Tahap II 319,260,000 (Tahap III '-') give 638,520,000 (digits swapped)",
    truth: `SUM(${a("t1", "d3")}:${a("t3", "d3")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jml", "d6") },
        { sheet: S, cell: a("pct", "d6") },
        { sheet: S, cell: a("t3", "d6") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Desa Meraka Baru: Tahap III entered twice (372,592,000, 40 % instead of 20 % = 186,296,000), so the Jumlah 1,117,776,000 is above the pagu of 931,480,000 (120.00 %, Sisa -186,296,000)",
    truth: a("pagu", "d6"),
  });
  for (const d of D) {
    if (d.id === "d3") continue;
    if (d.id !== "d6")
      b.ok({
        sheet: S,
        cell: a("jml", d.id),
        rules: ["sum-mismatch", "serapan-over-100"],
        truth: `SUM(${a("t1", d.id)}:${a("t3", d.id)})`,
      });
  }
  // desa mandiri: two stages of 60 / 40 % reach the whole pagu (100 %), Tahap III stays "-"
  for (const id of ["d2", "d7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: "100",
      // the 40 / 40 / 20 schedule without its Tahap III would give 80 %
      trap: "80",
    });
  for (const k of ["pagu", "t1", "t2"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d8")})` });
  return b.finish();
}

type Kec = {
  id: string;
  kec: string;
  desa: number;
  add: number;
  real: number;
  bh: number;
  dsr: number;
  bkb: number;
  mj: number;
};

export function addBumdesJatim(): BookW {
  const b = new BookW(
    "add-bumdes-kecamatan-dpmd-ngrowo-kidul.xlsx",
    "ADD realisation and BUMDes recap per kecamatan, side by side (DPMD)",
    "Two tables side by side on one sheet of a DPMD in Jawa Timur, 2024: Tabel A No | Kecamatan | Jumlah Desa | Pagu ADD | Realisasi s.d. Triwulan IV | Serapan (%) '(dalam ribuan rupiah)'; Tabel B Kecamatan | BUMDes Berbadan Hukum | 'Klasifikasi BUMDes' > Dasar | Berkembang | Maju | % BUMDes Berbadan Hukum thd Desa; one empty column between; Jumlah rows",
  );
  const S = "ADD dan BUMDes 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NGROWO KIDUL",
    "DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
    "Jl. Panglima Sudirman No. 27 Ngrowo Kidul - Jawa Timur",
  ]);
  s.lines(["DATA ALOKASI DANA DESA DAN BADAN USAHA MILIK DESA MENURUT KECAMATAN", "Tahun 2024"]);
  s.put(s.r, 1, "Tabel A. Realisasi ADD (dalam ribuan rupiah)");
  s.put(s.r, 8, "Tabel B. Keadaan BUMDes (hasil pemeringkatan Kemendes PDTT 2024)");
  s.gap(2);
  const K: Kec[] = [
    {
      id: "k1",
      kec: "Bandarkidul",
      desa: 18,
      add: 8_412_650,
      real: 8_396_210,
      bh: 15,
      dsr: 7,
      bkb: 6,
      mj: 2,
    },
    {
      id: "k2",
      kec: "Sumberwaru",
      desa: 22,
      add: 10_018_300,
      real: 9_874_915,
      bh: 19,
      dsr: 9,
      bkb: 7,
      mj: 3,
    },
    {
      id: "k3",
      kec: "Kaliwungu Wetan",
      desa: 14,
      add: 6_207_480,
      real: 6_207_480,
      bh: 14,
      dsr: 4,
      bkb: 7,
      mj: 3,
    },
    {
      id: "k4",
      kec: "Ngadirejo",
      desa: 25,
      add: 11_356_920,
      real: 10_402_117,
      bh: 17,
      dsr: 11,
      bkb: 5,
      mj: 1,
    },
    { id: "k5", kec: "Tugurejo", desa: 16, add: 7_183_045, real: 7_069_386, bh: 12, dsr: 6, bkb: 5, mj: 1 },
    { id: "k6", kec: "Pucangsari", desa: 20, add: 8_947_760, real: 8_811_502, bh: 16, dsr: 8, bkb: 6, mj: 2 },
  ];
  const top = s.r;
  const tA = s.table(
    {
      cols: [
        { key: "no", head: ["No."], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
        { key: "desa", head: ["Jumlah Desa"], width: 8 },
        { key: "add", head: ["Pagu ADD"], role: "anggaran", year: 2024, fmt: RP, width: 14 },
        {
          key: "real",
          head: ["Realisasi s.d. Triwulan IV"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 14,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      ],
      headerRows: 2,
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            kec: k.kec,
            desa: k.desa,
            add: k.add,
            real: k.real,
            // planted (k4): a typed 97.59 among ROUND formulas; 10,402,117 / 11,356,920 gives 91.59
            ser: k.id === "k4" ? 97.59 : fx(`ROUND(${x.a("real")}/${x.a("add")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "kec"],
          cells: (x: Ctx) => ({
            no: "Jumlah",
            desa: fx(`SUM(${x.a("desa", "k1")}:${x.a("desa", "k6")})`),
            add: fx(`SUM(${x.a("add", "k1")}:${x.a("add", "k6")})`),
            real: fx(`SUM(${x.a("real", "k1")}:${x.a("real", "k6")})`),
            ser: fx(`ROUND(${x.a("real")}/${x.a("add")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const KB = "Klasifikasi BUMDes";
  const tB = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
        { key: "desa", head: ["Jml Desa"], width: 8 },
        { key: "bh", head: ["BUMDes Berbadan Hukum"], role: "realisasi", year: 2024, width: 11 },
        { key: "dsr", head: [KB, "Dasar"], width: 8 },
        { key: "bkb", head: [KB, "Berkembang"], width: 10 },
        { key: "mj", head: [KB, "Maju"], width: 8 },
        { key: "pbh", head: ["% Berbadan Hukum thd Desa"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
      ],
      headerRows: 2,
      groups: "first",
      rows: [
        ...K.map((k): Row => ({
          id: k.id,
          cells: (x: Ctx) => ({
            kec: k.kec,
            desa: fx(tA.a("desa", k.id)),
            bh: k.bh,
            dsr: k.dsr,
            bkb: k.bkb,
            mj: k.mj,
            pbh: fx(`ROUND(${x.a("bh")}/${x.a("desa")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          cells: (x: Ctx) => ({
            kec: "Jumlah",
            desa: fx(`SUM(${x.a("desa", "k1")}:${x.a("desa", "k6")})`),
            bh: fx(`SUM(${x.a("bh", "k1")}:${x.a("bh", "k6")})`),
            dsr: fx(`SUM(${x.a("dsr", "k1")}:${x.a("dsr", "k6")})`),
            // planted: one row short (Pucangsari left out)
            bkb: fx(`SUM(${x.a("bkb", "k1")}:${x.a("bkb", "k5")})`),
            mj: fx(`SUM(${x.a("mj", "k1")}:${x.a("mj", "k6")})`),
            pbh: fx(`ROUND(${x.a("bh")}/${x.a("desa")}*100,2)`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: Aplikasi Siskeudes dan pemeringkatan BUMDes Kemendes PDTT (data diolah).",
    "Serapan = realisasi / pagu x 100; persentase pada baris Jumlah dihitung dari jumlah, bukan rata-rata kecamatan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Ngrowo Kidul, 15 Januari 2025",
    jabatan: ["Kepala Bidang Pemerintahan Desa,"],
    nama: "Dra. ENDANG SRI WAHYUNINGSIH, M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19720514 199803 2 006",
  });

  b.plant({
    at: { sheet: S, cell: tA.a("ser", "k4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Serapan of Kecamatan Ngadirejo is a typed 97.59 among ROUND formulas; 10,402,117 / 11,356,920 gives 91.59",
    truth: `ROUND(${tA.a("real", "k4")}/${tA.a("add", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: tB.a("bkb", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah of the BUMDes Berkembang is =SUM one row short (Pucangsari's 6 left out): 30 instead of 36",
    truth: `SUM(${tB.a("bkb", "k1")}:${tB.a("bkb", "k6")})`,
  });
  for (const k of K) {
    if (k.id !== "k4")
      b.ok({
        sheet: S,
        cell: tA.a("ser", k.id),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${tA.a("real", k.id)}/${tA.a("add", k.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: tB.a("pbh", k.id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${tB.a("bh", k.id)}/${tB.a("desa", k.id)}*100,2)`,
    });
  }
  // the Jumlah rows' percentages are ratios of the totals, not averages of the kecamatan
  b.ok({
    sheet: S,
    cell: tA.a("ser", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${tA.a("real", "j")}/${tA.a("add", "j")}*100,2)`,
    trap: `AVERAGE(${tA.a("ser", "k1")}:${tA.a("ser", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: tB.a("pbh", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${tB.a("bh", "j")}/${tB.a("desa", "j")}*100,2)`,
    trap: `AVERAGE(${tB.a("pbh", "k1")}:${tB.a("pbh", "k6")})`,
  });
  for (const k of ["desa", "add", "real"])
    b.ok({
      sheet: S,
      cell: tA.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${tA.a(k, "k1")}:${tA.a(k, "k6")})`,
    });
  for (const k of ["bh", "dsr", "mj"])
    b.ok({
      sheet: S,
      cell: tB.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${tB.a(k, "k1")}:${tB.a(k, "k6")})`,
    });
  // the three classes add up to the BUMDes berbadan hukum of each kecamatan
  for (const k of K)
    b.ok({
      sheet: S,
      cell: tB.a("bh", k.id),
      rules: ["sum-mismatch"],
      truth: `${tB.a("dsr", k.id)}+${tB.a("bkb", k.id)}+${tB.a("mj", k.id)}`,
    });
  return b.finish();
}
