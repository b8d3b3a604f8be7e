// The SPM air minum and sanitasi recaps of a Dinas Perumahan, Kawasan Permukiman dan Pertanahan (Perkim):
// household access per kecamatan (air minum layak, SPALD) in a Kalimantan Selatan kabupaten, and the
// connection table of a PDAM in Papua Pegunungan (sambungan rumah aktif = s.d. tahun lalu + baru -
// ditutup). Percentages on total rows are the ratio of the totals. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nm: string; kk: number; pip: number; non: number; ter: number; set: number };

export function aksesKecamatanKalsel(): BookW {
  const b = new BookW(
    "rekap-spm-air-minum-spald-kecamatan-batu-mandi-hulu.xlsx",
    "Rekap SPM air minum dan sanitasi per kecamatan (Dinas Perkimtan)",
    "Rekap akses rumah tangga 2024 per kecamatan, Kalimantan Selatan: No | Kecamatan | Jumlah KK | 'Akses Air Minum Layak (KK)' > Jaringan Perpipaan | Bukan Jaringan Perpipaan | Jumlah | % ; 'Akses SPALD (KK)' > Terpusat | Setempat | Jumlah | % ; number row (1)..(11) with (6)=(4)+(5), (7)=(6)/(3)x100; Jumlah row, notes and signature",
  );
  const S = "Rekap Akses 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATU MANDI HULU",
    "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
    "Jl. Ahmad Yani Km. 4,5 Batu Mandi - Kalimantan Selatan",
  ]);
  s.lines([
    "REKAPITULASI CAPAIAN SPM AKSES AIR MINUM LAYAK DAN PENGELOLAAN AIR LIMBAH DOMESTIK (SPALD)",
    "PER KECAMATAN KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nm: "Batu Mandi", kk: 9_842, pip: 6_115, non: 2_630, ter: 412, set: 7_508 },
    { id: "k2", nm: "Lampihong Hulu", kk: 6_317, pip: 2_964, non: 2_471, ter: 0, set: 4_980 },
    { id: "k3", nm: "Awayan Raya", kk: 5_206, pip: 1_873, non: 2_508, ter: 0, set: 3_962 },
    { id: "k4", nm: "Halong Baru", kk: 7_594, pip: 2_046, non: 3_812, ter: 0, set: 5_217 },
    { id: "k5", nm: "Juai Tengah", kk: 4_481, pip: 1_390, non: 2_217, ter: 0, set: 3_304 },
    { id: "k6", nm: "Tebing Tinggi Hilir", kk: 3_128, pip: 702, non: 1_885, ter: 0, set: 2_236 },
    { id: "k7", nm: "Paringin Lama", kk: 8_905, pip: 5_731, non: 2_104, ter: 268, set: 7_011 },
  ];
  const A = "Akses Air Minum Layak (KK)";
  const P = "Akses SPALD (KK)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "kk", head: ["Jumlah KK"], num: "(3)", fmt: INT, width: 10 },
    { key: "pip", head: [A, "Jaringan Perpipaan"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    {
      key: "non",
      head: [A, "Bukan Jaringan Perpipaan"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
    },
    { key: "aj", head: [A, "Jumlah"], role: "realisasi", year: 2024, num: "(6)=(4)+(5)", fmt: INT },
    { key: "ap", head: [A, "%"], num: "(7)=(6)/(3)x100", fmt: DEC, width: 9 },
    { key: "ter", head: [P, "Terpusat"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "set", head: [P, "Setempat"], role: "realisasi", year: 2024, num: "(9)", fmt: INT },
    { key: "sj", head: [P, "Jumlah"], role: "realisasi", year: 2024, num: "(10)=(8)+(9)", fmt: INT },
    { key: "sp", head: [P, "%"], num: "(11)=(10)/(3)x100", fmt: DEC, width: 9 },
  ];
  const tot = (k: string, x: Ctx) => fx(`SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nm,
          kk: k.kk,
          pip: k.pip,
          non: k.non,
          // planted: Awayan Raya's Jumlah typed 4,831 (1,873 + 2,508 = 4,381)
          aj: k.id === "k3" ? 4_831 : fx(`${x.a("pip")}+${x.a("non")}`),
          ap: fx(`ROUND(${x.a("aj")}/${x.a("kk")}*100,2)`),
          ter: k.ter,
          set: k.set,
          sj: fx(`${x.a("ter")}+${x.a("set")}`),
          // planted: Halong Baru's % SPALD divides by the KK with access to air minum (5,858), not by the KK
          sp:
            k.id === "k4"
              ? fx(`ROUND(${x.a("sj")}/${x.a("aj")}*100,2)`)
              : fx(`ROUND(${x.a("sj")}/${x.a("kk")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH KABUPATEN",
          kk: tot("kk", x),
          pip: tot("pip", x),
          non: tot("non", x),
          aj: tot("aj", x),
          ap: fx(`ROUND(${x.a("aj")}/${x.a("kk")}*100,2)`),
          ter: tot("ter", x),
          set: tot("set", x),
          sj: tot("sj", x),
          sp: fx(`ROUND(${x.a("sj")}/${x.a("kk")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Sumber: pendataan STBM dan data pelanggan Perumda Air Minum Batu Mandi, Desember 2024.",
    "- Persentase baris Jumlah dihitung dari total kolom (6) dan (10) terhadap total KK, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Batu Mandi, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN, KAWASAN", "PERMUKIMAN DAN PERTANAHAN,"],
    nama: "H. MUHAMMAD NOOR HIDAYAT, S.T., M.T.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19760814 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("aj", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah akses air minum of Awayan Raya is a typed 4,831 among (4)+(5) formulas; 1,873 + 2,508 = 4,381 (digits swapped)",
    truth: `${a("pip", "k3")}+${a("non", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("sp", "k4") },
    rules: ["percent-out-of-range", "inconsistent-formula"],
    note: "% SPALD of Halong Baru is =ROUND((10)/(6)*100,2) = 89.06, dividing by the KK with air minum access instead of the 7,594 KK of (3) as the other rows do; 5,217 / 7,594 gives 68.70",
    truth: `ROUND(${a("sj", "k4")}/${a("kk", "k4")}*100,2)`,
  });
  for (const k of K) {
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("aj", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("pip", k.id)}+${a("non", k.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("sj", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("ter", k.id)}+${a("set", k.id)}`,
    });
  }
  for (const id of ["k1", "k5", "k7"])
    b.ok({
      sheet: S,
      cell: a("ap", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("aj", id)}/${a("kk", id)}*100,2)`,
    });
  for (const k of ["kk", "pip", "non", "ter", "set", "sj"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  // the total row's percentage is the ratio of the totals, not the sum or the mean of the rows
  b.ok({
    sheet: S,
    cell: a("sp", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sj", "tot")}/${a("kk", "tot")}*100,2)`,
    trap: `SUM(${a("sp", "k1")}:${a("sp", "k7")})`,
  });
  return b.finish();
}

type Zona = { id: string; nm: string; kap: number; sr23: number; baru: number; tutup: number; rt: number };

export function sambunganPdamPapua(): BookW {
  const b = new BookW(
    "sambungan-rumah-pdam-tirta-baliem-mbua-raya.xlsx",
    "Tabel sambungan rumah dan cakupan pelayanan PDAM",
    "PDAM connection table 2024, Papua Pegunungan: No | Zona Pelayanan / Distrik | Kapasitas Terpasang (l/dtk) | 'Sambungan Rumah (SR)' > Aktif s.d. Tahun Lalu | Baru Tahun Berjalan | Ditutup / Diputus | Aktif s.d. Tahun Berjalan | Jiwa Terlayani | Rumah Tangga di Wilayah Pelayanan | Cakupan Pelayanan (%); number row 1..10 with '7 = 4 + 5 - 6', '8 = 7 x 5', '10 = 7 / 9 x 100'; year 2024 in the title; Total row",
  );
  const S = "SR PDAM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PERUSAHAAN UMUM DAERAH AIR MINUM TIRTA BALIEM",
    "KABUPATEN MBUA RAYA - PROVINSI PAPUA PEGUNUNGAN",
  ]);
  s.lines(["DATA SAMBUNGAN RUMAH DAN CAKUPAN PELAYANAN AIR MINUM PERPIPAAN", "TAHUN BUKU 2024"]);
  s.gap();
  const Z: Zona[] = [
    { id: "z1", nm: "Zona I - Distrik Mbua Kota", kap: 40, sr23: 2_318, baru: 214, tutup: 37, rt: 4_906 },
    { id: "z2", nm: "Zona II - Distrik Wosilimo", kap: 20, sr23: 986, baru: 122, tutup: 18, rt: 2_715 },
    { id: "z3", nm: "Zona III - Distrik Kelila Timur", kap: 10, sr23: 412, baru: 95, tutup: 0, rt: 1_884 },
    { id: "z4", nm: "Zona IV - Distrik Yalengga", kap: 10, sr23: 367, baru: 58, tutup: 11, rt: 1_562 },
    { id: "z5", nm: "Zona V - Distrik Bolakme Baru", kap: 5, sr23: 148, baru: 41, tutup: 3, rt: 938 },
  ];
  const G = "Sambungan Rumah (SR)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Zona Pelayanan / Distrik"], role: "lokasi", num: 2, width: 28 },
    { key: "kap", head: ["Kapasitas Terpasang (l/dtk)"], num: 3, fmt: INT, width: 11 },
    { key: "sr23", head: [G, "Aktif s.d. Tahun Lalu"], role: "realisasi", year: 2023, num: 4, fmt: INT },
    { key: "baru", head: [G, "Baru Tahun Berjalan"], role: "realisasi", year: 2024, num: 5, fmt: INT },
    { key: "tut", head: [G, "Ditutup / Diputus"], num: 6, fmt: INT },
    {
      key: "sr24",
      head: [G, "Aktif s.d. Tahun Berjalan"],
      role: "realisasi",
      year: 2024,
      num: "7 = 4 + 5 - 6",
      fmt: INT,
    },
    { key: "jiwa", head: ["Jiwa Terlayani"], num: "8 = 7 x 5", fmt: INT },
    { key: "rt", head: ["Rumah Tangga di Wilayah Pelayanan"], num: 9, fmt: INT },
    { key: "cak", head: ["Cakupan Pelayanan (%)"], num: "10 = 7 / 9 x 100", fmt: DEC, width: 11 },
  ];
  const baruTrue = Z.reduce((n, z) => n + z.baru, 0);
  const tot = (k: string, x: Ctx) => `SUM(${x.a(k, "z1")}:${x.a(k, "z5")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...Z.map((z, i): Row => ({
        id: z.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: z.nm,
          kap: z.kap,
          sr23: z.sr23,
          baru: z.baru,
          tut: z.tutup,
          // planted: Wosilimo's formula forgets the 18 closed connections
          sr24:
            z.id === "z2"
              ? fx(`${x.a("sr23")}+${x.a("baru")}`)
              : fx(`${x.a("sr23")}+${x.a("baru")}-${x.a("tut")}`),
          jiwa: fx(`${x.a("sr24")}*5`),
          rt: z.rt,
          cak: fx(`ROUND(${x.a("sr24")}/${x.a("rt")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          kap: fx(tot("kap", x)),
          sr23: fx(tot("sr23", x)),
          // planted: stale cached result from before Bolakme Baru's 41 new SR were entered
          baru: fx(tot("baru", x), baruTrue - 41),
          tut: fx(tot("tut", x)),
          sr24: fx(tot("sr24", x)),
          jiwa: fx(tot("jiwa", x)),
          rt: fx(tot("rt", x)),
          cak: fx(`ROUND(${x.a("sr24")}/${x.a("rt")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "*) Asumsi 5 jiwa per sambungan rumah (Permen PUPR 27/2016).",
    "Sumber: Bagian Hubungan Langganan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Mbua, 14 Februari 2025",
    jabatan: ["Direktur Perumda Air Minum Tirta Baliem,"],
    nama: "YOHANES WENDA, S.T., M.M.",
    nip: "19790522 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("sr24", "z2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Aktif s.d. tahun berjalan of Zona II is =4+5 (1,108), leaving out the 18 closed connections that '7 = 4 + 5 - 6' and the other rows subtract; truth 1,090 (the Jiwa, Cakupan and totals that follow it are neither planted nor clean)",
    truth: `${a("sr23", "z2")}+${a("baru", "z2")}-${a("tut", "z2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("baru", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL SR baru is =SUM over the zones with a stale cached result of ${baruTrue - 41}; the five rows give ${baruTrue}`,
    truth: `SUM(${a("baru", "z1")}:${a("baru", "z5")})`,
  });
  for (const id of ["z1", "z4", "z5"])
    b.ok({
      sheet: S,
      cell: a("sr24", id),
      rules: ["sum-mismatch"],
      truth: `${a("sr23", id)}+${a("baru", id)}-${a("tut", id)}`,
      trap: `${a("sr23", id)}+${a("baru", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("sr24", "z3"),
    rules: ["sum-mismatch"],
    truth: `${a("sr23", "z3")}+${a("baru", "z3")}`,
  });
  for (const id of ["z1", "z3", "z4", "z5"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("sr24", id)}/${a("rt", id)}*100,2)`,
    });
  for (const k of ["kap", "sr23", "tut", "rt"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "z1")}:${a(k, "z5")})` });
  return b.finish();
}
