// Sector recaps of a Dinas Perkebunan in Riau: the planted area of kelapa sawit rakyat per kecamatan
// (TBM / TM / TTM, produksi TBS, produktivitas per hectare of TM: the total row is the ratio of the
// totals, not the mean of the kecamatan), and the peremajaan sawit rakyat (PSR) funds per koperasi
// (dana = luas rekomendasi teknis x Rp 30 juta, tahap I 40 % / tahap II 60 %). Every name and number is
// invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; tbm: number; tm: number; ttm: number; prod: number; kk: number };

export function luasTanamKamparHulu(): BookW {
  const b = new BookW(
    "rekap-luas-tanam-sawit-kecamatan-disbun-kampar-hulu.xlsx",
    "Rekap luas areal dan produksi per kecamatan (Dinas Perkebunan)",
    "Luas areal dan produksi kelapa sawit rakyat 2024 per kecamatan: No | Kecamatan | 'Luas Areal (Ha)' > TBM | TM | TTM | Jumlah | Produksi (Ton TBS) | Produktivitas (Kg/Ha/Th) | Jumlah Petani (KK); number row 1 .. 9 with '6 = 3 + 4 + 5' and '8 = 7 / 4 x 1.000'; JUMLAH row; note on the source (angka tetap)",
  );
  const S = "Sawit Rakyat 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAMPAR HULU",
    "DINAS PERKEBUNAN DAN PETERNAKAN",
    "Jl. Datuk Tabano No. 17 Lipat Kain Raya",
  ]);
  s.lines([
    "LUAS AREAL, PRODUKSI DAN PRODUKTIVITAS KELAPA SAWIT PERKEBUNAN RAKYAT",
    "MENURUT KECAMATAN KEADAAN S.D. 31 DESEMBER 2024 (ANGKA TETAP)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Kampar Kiri Hilir", tbm: 1_284, tm: 12_450, ttm: 386, prod: 221_610, kk: 5_213 },
    { id: "k2", nama: "Gunung Sahilan Raya", tbm: 2_106, tm: 9_873, ttm: 214, prod: 168_840, kk: 4_102 },
    { id: "k3", nama: "Lipat Kain Raya", tbm: 947, tm: 14_620, ttm: 512, prod: 273_394, kk: 6_045 },
    { id: "k4", nama: "Saiti Baru", tbm: 1_530, tm: 7_215, ttm: 168, prod: 118_326, kk: 3_187 },
    { id: "k5", nama: "Subayang Hilir", tbm: 688, tm: 4_902, ttm: 95, prod: 75_491, kk: 2_034 },
    { id: "k6", nama: "Kuntu Darussalam", tbm: 1_912, tm: 10_347, ttm: 301, prod: 190_385, kk: 4_480 },
    { id: "k7", nama: "Tanjung Belit Raya", tbm: 415, tm: 3_066, ttm: 57, prod: 45_070, kk: 1_326 },
  ];
  const L = "Luas Areal (Ha)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 22 },
    { key: "tbm", head: [L, "TBM"], role: "realisasi", year: 2024, num: "3", fmt: INT, width: 10 },
    { key: "tm", head: [L, "TM"], role: "realisasi", year: 2024, num: "4", fmt: INT, width: 10 },
    { key: "ttm", head: [L, "TTM"], role: "realisasi", year: 2024, num: "5", fmt: INT, width: 10 },
    {
      key: "jl",
      head: [L, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "6 = 3 + 4 + 5",
      fmt: INT,
      width: 11,
    },
    {
      key: "prod",
      head: ["Produksi (Ton TBS)"],
      role: "realisasi",
      year: 2024,
      num: "7",
      fmt: INT,
      width: 12,
    },
    {
      key: "pv",
      head: ["Produktivitas (Kg/Ha/Th)"],
      role: "realisasi",
      year: 2024,
      num: "8 = 7 / 4 x 1.000",
      fmt: INT,
      width: 12,
    },
    { key: "kk", head: ["Jumlah Petani (KK)"], num: "9", fmt: INT, width: 11 },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const trueTtm = K.reduce((n, k) => n + k.ttm, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          tbm: k.tbm,
          tm: k.tm,
          ttm: k.ttm,
          // planted: Lipat Kain Raya's Jumlah typed 15,709 (947 + 14,620 + 512 = 16,079)
          jl: k.id === "k3" ? 15_709 : fx(`${x.a("tbm")}+${x.a("tm")}+${x.a("ttm")}`),
          prod: k.prod,
          pv: fx(`ROUND(${x.a("prod")}/${x.a("tm")}*1000,0)`),
          kk: k.kk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          tbm: fx(sumCol("tbm", x)),
          tm: fx(sumCol("tm", x)),
          // planted: stale cached result, before Saiti Baru's TTM was revised from 128 to 168
          ttm: fx(sumCol("ttm", x), trueTtm - 40),
          jl: fx(sumCol("jl", x)),
          prod: fx(sumCol("prod", x)),
          pv: fx(`ROUND(${x.a("prod")}/${x.a("tm")}*1000,0)`),
          kk: fx(sumCol("kk", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: TBM = Tanaman Belum Menghasilkan; TM = Tanaman Menghasilkan; TTM = Tanaman Tidak Menghasilkan / Rusak.",
    "Produktivitas dihitung dari produksi dibagi luas TM; baris JUMLAH dihitung dari jumlah, bukan dirata-ratakan.",
    "Sumber: Laporan Statistik Perkebunan (SP-3) Triwulan IV, UPT dan Penyuluh Kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Lipat Kain Raya, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERKEBUNAN DAN PETERNAKAN", "KABUPATEN KAMPAR HULU,"],
    nama: "Ir. SYAFRIZAL DATUK MAJO, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jl", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah luas of Lipat Kain Raya is a typed 15,709 among 3+4+5 formulas; 947 + 14,620 + 512 give 16,079",
    truth: `${a("tbm", "k3")}+${a("tm", "k3")}+${a("ttm", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ttm", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH TTM is =SUM over the kecamatan with a stale cached ${trueTtm - 40}; the seven rows give ${trueTtm}`,
    truth: `SUM(${a("ttm", "k1")}:${a("ttm", "k7")})`,
  });
  for (const k of K) {
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("jl", k.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: `${a("tbm", k.id)}+${a("tm", k.id)}+${a("ttm", k.id)}`,
      });
  }
  for (const k of ["tbm", "tm", "prod", "kk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  // the total productivity is the ratio of the totals, not the mean of the kecamatan
  b.ok({
    sheet: S,
    cell: a("pv", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(SUM(${a("prod", "k1")}:${a("prod", "k7")})/SUM(${a("tm", "k1")}:${a("tm", "k7")})*1000,0)`,
    trap: `SUM(${a("pv", "k1")}:${a("pv", "k7")})/7`,
  });
  return b.finish();
}

type Kop = { id: string; nama: string; kec: string; kk: number; usul: number; rek: number; t2: boolean };

export function psrSiakTimur(): BookW {
  const b = new BookW(
    "rekap-dana-psr-koperasi-disbun-siak-timur.xlsx",
    "Rekap penyaluran dana PSR per koperasi (Dinas Perkebunan)",
    "Rekap peremajaan sawit rakyat 2024 per koperasi / kelompok tani: No | Koperasi / Poktan | Kecamatan | Pekebun (KK) | 'Luas (Ha)' > Usulan | Rekomtek | Dana PSR (Rp) | 'Penyaluran Dana BPDPKS (Rp)' > Tahap I | Tahap II | Jumlah | % Penyaluran | Status ISPO; no number row; dana = rekomtek x Rp 30.000.000; 'Tahap II' '-' when not disbursed; JUMLAH row",
  );
  const S = "PSR 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PERKEBUNAN KABUPATEN SIAK TIMUR",
    "BIDANG PRODUKSI DAN PENGEMBANGAN USAHA PERKEBUNAN",
  ]);
  s.lines(["REKAPITULASI PENYALURAN DANA PEREMAJAAN SAWIT RAKYAT (PSR) TAHUN 2024"]);
  s.gap();
  const PER = 30_000_000;
  const KP: Kop[] = [
    {
      id: "p1",
      nama: "KUD Tunas Harapan Makmur",
      kec: "Sungai Mandau Hilir",
      kk: 212,
      usul: 486.3,
      rek: 486.3,
      t2: true,
    },
    {
      id: "p2",
      nama: "Koperasi Produsen Sawit Bersama Jaya",
      kec: "Koto Gasib Raya",
      kk: 145,
      usul: 352.8,
      rek: 318.6,
      t2: true,
    },
    {
      id: "p3",
      nama: "Poktan Sinar Kebun Lestari",
      kec: "Lubuk Dalam Timur",
      kk: 61,
      usul: 142.5,
      rek: 142.5,
      t2: false,
    },
    {
      id: "p4",
      nama: "KUD Karya Bakti Mandiri",
      kec: "Sungai Mandau Hilir",
      kk: 178,
      usul: 410.2,
      rek: 404.7,
      t2: true,
    },
    {
      id: "p5",
      nama: "Koperasi Pekebun Tuah Sepakat",
      kec: "Kerinci Kanan Raya",
      kk: 96,
      usul: 236.4,
      rek: 221.9,
      t2: false,
    },
    {
      id: "p6",
      nama: "Gapoktan Rimba Sawit Sejahtera",
      kec: "Koto Gasib Raya",
      kk: 123,
      usul: 287.0,
      rek: 287.0,
      t2: true,
    },
  ];
  const P = "Penyaluran Dana BPDPKS (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Koperasi / Kelompok Tani"], width: 34 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 18 },
    { key: "kk", head: ["Pekebun (KK)"], fmt: INT, width: 9 },
    { key: "usul", head: ["Luas (Ha)", "Usulan"], fmt: DEC, width: 9 },
    { key: "rek", head: ["Luas (Ha)", "Rekomtek"], fmt: DEC, width: 9 },
    { key: "dana", head: ["Dana PSR (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t1", head: [P, "Tahap I (40%)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "t2", head: [P, "Tahap II (60%)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "jm", head: [P, "Jumlah"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 16 },
    { key: "pc", head: ["% Penyaluran"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "ispo", head: ["Status ISPO"], role: "keterangan", width: 18 },
  ];
  const dana = (k: Kop) => Math.round(k.rek * PER);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...KP.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: k.nama,
          kec: k.kec,
          kk: k.kk,
          usul: k.usul,
          rek: k.rek,
          dana: dana(k),
          t1: Math.round(dana(k) * 0.4),
          // planted: KUD Karya Bakti Mandiri's Tahap II typed on the usulan (410.2 ha), not the rekomtek
          t2: !k.t2
            ? "-"
            : k.id === "p4"
              ? Math.round(k.usul * PER * 0.6)
              : dana(k) - Math.round(dana(k) * 0.4),
          jm: fx(`SUM(${x.a("t1")}:${x.a("t2")})`),
          // planted: the % of Koperasi Produsen Sawit Bersama Jaya typed
          pc: k.id === "p2" ? 90.31 : fx(`ROUND(${x.a("jm")}/${x.a("dana")}*100,2)`),
          ispo: k.id === "p1" || k.id === "p6" ? "Bersertifikat ISPO" : "Proses STD-B / ISPO",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["kk", "usul", "rek", "dana", "t1", "t2", "jm"].map((k) => [
              k,
              fx(`SUM(${x.a(k, "p1")}:${x.a(k, "p6")})`),
            ]),
          ),
          pc: fx(`ROUND(${x.a("jm")}/${x.a("dana")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: dana PSR Rp 30.000.000/ha dihitung atas luas hasil rekomendasi teknis (rekomtek), bukan luas usulan.",
    "Tahap II disalurkan setelah verifikasi P0 (land clearing dan penanaman); '-' = belum disalurkan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Siak Timur, 6 Januari 2025",
    jabatan: ["Kepala Bidang Produksi dan Pengembangan Usaha,"],
    nama: "HENDRA SAPUTRA SIREGAR, S.P., M.Si.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820925 200902 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jm", "p4") },
        { sheet: S, cell: a("pc", "p4") },
        { sheet: S, cell: a("t2", "p4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "KUD Karya Bakti Mandiri: Tahap II typed 7,383,600,000 (60 % of the usulan 410.2 ha at Rp 30 juta); 60 % of the dana on the rekomtek 404.7 ha is 7,284,600,000, so the Jumlah 12,240,000,000 is above the dana 12,141,000,000 (100.81 %)",
    truth: a("dana", "p4"),
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "p2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Penyaluran of Koperasi Produsen Sawit Bersama Jaya is a typed 90.31 among ROUND formulas; the Jumlah equals the dana, so 100.00",
    truth: `ROUND(${a("jm", "p2")}/${a("dana", "p2")}*100,2)`,
  });
  for (const k of KP) {
    if (k.id === "p4") continue;
    b.ok({
      sheet: S,
      cell: a("jm", k.id),
      rules: ["sum-mismatch", "serapan-over-100"],
      truth: `SUM(${a("t1", k.id)}:${a("t2", k.id)})`,
    });
    if (k.id !== "p2")
      b.ok({
        sheet: S,
        cell: a("pc", k.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("jm", k.id)}/${a("dana", k.id)}*100,2)`,
        // the dana is on the rekomtek area: where the usulan is larger, the naive % on the usulan is lower
        trap: k.usul !== k.rek ? `ROUND(${a("jm", k.id)}/(${a("usul", k.id)}*30000000)*100,2)` : undefined,
      });
  }
  for (const k of ["kk", "usul", "rek", "dana", "t1"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p6")})` });
  return b.finish();
}
