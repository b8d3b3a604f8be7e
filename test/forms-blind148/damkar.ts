// The fire brigade side of a Satpol PP dan Damkar: a per-kapanewon fire incident recap of a DI Yogyakarta
// kabupaten (kejadian per jenis, waktu tanggap, share handled within 15 minutes, taksiran kerugian in
// thousands), the T-C.27 of its Renstra 2025-2029 (ordinal years, "(dalam ribuan rupiah)"), and the PK
// 2025 of a Kalimantan Barat Bidang Damkar beside its Renstra targets. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ================================= Kabupaten Progo Wetan (DIY), rekap kejadian kebakaran per kapanewon

type Kap = { id: string; nama: string; c: [number, number, number]; wkt: number; le: number; rug: number };

export function rekapKebakaranProgoWetan(): BookW {
  const b = new BookW(
    "rekap-kejadian-kebakaran-per-kapanewon-progo-wetan.xlsx",
    "Rekap kejadian kebakaran per kapanewon (Satpol PP dan Damkar)",
    "Rekap kejadian kebakaran 2024 per kapanewon of a DIY kabupaten: No | Kapanewon | 'Jumlah Kejadian Kebakaran (kali)' > Permukiman | Lahan / Kebun | Kendaraan & Lainnya | Jumlah | 'Waktu Tanggap' > Rata-rata (menit) | Kejadian <= 15 menit | % <= 15 menit | Taksiran Kerugian (dalam ribuan rupiah); number row (1) .. '(6) = 3+4+5', '(9) = 8/6 x 100'; JUMLAH / RATA-RATA row (waktu tanggap averaged, not added)",
  );
  const S = "Rekap Kebakaran 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN PROGO WETAN",
    "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN",
    "Jl. Bhayangkara No. 17, Wates Kulon, Progo Wetan, Daerah Istimewa Yogyakarta",
  ]);
  s.lines(["REKAPITULASI KEJADIAN KEBAKARAN MENURUT KAPANEWON", "TAHUN 2024"]);
  s.gap();
  const K: Kap[] = [
    { id: "k1", nama: "Wates Kulon", c: [14, 9, 3], wkt: 11.4, le: 23, rug: 1_845_000 },
    { id: "k2", nama: "Pengasih Lor", c: [9, 12, 2], wkt: 13.2, le: 19, rug: 962_500 },
    { id: "k3", nama: "Sentolo Wetan", c: [17, 6, 4], wkt: 12.8, le: 22, rug: 2_310_750 },
    { id: "k4", nama: "Galur Kidul", c: [6, 15, 1], wkt: 16.5, le: 14, rug: 415_000 },
    // planted: 13 within 15 minutes out of 12 kejadian (the Pusdalops log gives 11)
    { id: "k5", nama: "Nanggulan Raya", c: [7, 3, 2], wkt: 14.1, le: 13, rug: 538_200 },
    { id: "k6", nama: "Samigaluh Hulu", c: [4, 8, 1], wkt: 18.9, le: 7, rug: 287_400 },
  ];
  const J = "Jumlah Kejadian Kebakaran (kali)";
  const W = "Waktu Tanggap";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kap", head: ["Kapanewon"], role: "lokasi", num: "(2)", width: 18 },
    { key: "c1", head: [J, "Permukiman"], role: "realisasi", year: 2024, num: "(3)", fmt: INT, width: 11 },
    { key: "c2", head: [J, "Lahan / Kebun"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 11 },
    {
      key: "c3",
      head: [J, "Kendaraan & Lainnya"],
      role: "realisasi",
      year: 2024,
      num: "(5)",
      fmt: INT,
      width: 11,
    },
    {
      key: "jml",
      head: [J, "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(6) = 3+4+5",
      fmt: INT,
      width: 10,
    },
    {
      key: "wkt",
      head: [W, "Rata-rata (menit)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: DEC,
      width: 11,
    },
    { key: "le", head: [W, "Kejadian ≤ 15 menit"], num: "(8)", fmt: INT, width: 11 },
    { key: "pct", head: [W, "% ≤ 15 menit"], num: "(9) = 8/6 x 100", fmt: DEC, width: 11 },
    { key: "rug", head: ["Taksiran Kerugian (dalam ribuan rupiah)"], num: "(10)", fmt: RP, width: 16 },
  ];
  const rng = (k: string, x: Ctx) => `${x.a(k, "k1")}:${x.a(k, "k6")}`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kap: k.nama,
          c1: k.c[0],
          c2: k.c[1],
          c3: k.c[2],
          // planted: Sentolo Wetan's Jumlah typed 72 (17 + 6 + 4 = 27)
          jml: k.id === "k3" ? 72 : fx(`SUM(${x.a("c1")}:${x.a("c3")})`),
          wkt: k.wkt,
          le: k.le,
          pct: fx(`ROUND(${x.a("le")}/${x.a("jml")}*100,2)`),
          rug: k.rug,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kap"],
        cells: (x: Ctx) => ({
          no: "JUMLAH / RATA-RATA",
          c1: fx(`SUM(${rng("c1", x)})`),
          c2: fx(`SUM(${rng("c2", x)})`),
          c3: fx(`SUM(${rng("c3", x)})`),
          jml: fx(`SUM(${rng("jml", x)})`),
          wkt: fx(`ROUND(AVERAGE(${rng("wkt", x)}),2)`),
          le: fx(`SUM(${rng("le", x)})`),
          pct: fx(`ROUND(${x.a("le")}/${x.a("jml")}*100,2)`),
          rug: fx(`SUM(${rng("rug", x)})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Waktu tanggap dihitung sejak laporan diterima Pusdalops Damkar sampai unit pertama tiba di lokasi (SPM: ≤ 15 menit).",
    "- Baris JUMLAH kolom (7) adalah rata-rata kapanewon; kolom (9) dihitung dari jumlah, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Wates Kulon, 8 Januari 2025",
    jabatan: ["KEPALA SATUAN POLISI PAMONG PRAJA", "DAN PEMADAM KEBAKARAN,"],
    nama: "Drs. BAMBANG WIDYATMOKO, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700615 199203 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kejadian of Sentolo Wetan is a typed 72 among SUM formulas; 17 + 6 + 4 give 27 (digits swapped)",
    truth: `SUM(${a("c1", "k3")}:${a("c3", "k3")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", "k5") },
        { sheet: S, cell: a("le", "k5") },
      ],
    },
    rules: ["percent-out-of-range"],
    note: "Nanggulan Raya: 13 kejadian handled within 15 minutes out of 12 kejadian, so the share is 108.33 %; a share of the kejadian cannot pass 100 (the Pusdalops log gives 11 of 12, 91.67 %)",
    truth: "91.67",
  });
  for (const k of K) {
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("jml", k.id),
        rules: ["sum-mismatch"],
        truth: `SUM(${a("c1", k.id)}:${a("c3", k.id)})`,
      });
    if (k.id !== "k3" && k.id !== "k5")
      b.ok({
        sheet: S,
        cell: a("pct", k.id),
        rules: ["percent-out-of-range"],
        truth: `ROUND(${a("le", k.id)}/${a("jml", k.id)}*100,2)`,
      });
  }
  for (const k of ["c1", "c2", "c3", "rug"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  // the footer's waktu tanggap is the average of the kapanewon, not their sum
  b.ok({
    sheet: S,
    cell: a("wkt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("wkt", "k1")}:${a("wkt", "k6")}),2)`,
    trap: `SUM(${a("wkt", "k1")}:${a("wkt", "k6")})`,
  });
  return b.finish();
}

// ============================= Kabupaten Menoreh Kidul (DIY), Renstra 2025-2029 T-C.27 Bidang Damkar

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  rp?: number[];
  flow?: boolean;
  unit: string;
};

export function tc27DamkarMenoreh(): BookW {
  const b = new BookW(
    "tc27-renstra-damkar-menoreh-kidul-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Satpol PP dan Damkar)",
    "T-C.27 of a DIY Satpol PP dan Damkar, Renstra 2025-2029 in the title, '(dalam ribuan rupiah)': Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) dan Kegiatan (output) | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. Tahun ke-5 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; number row 1 .. 18; program Rp = its kegiatan, kondisi akhir Rp = the five years, K = the last year for levels, the sum for flows",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MENOREH KIDUL", "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Indikatif Satpol PP dan Damkar Kabupaten Menoreh Kidul",
    "RENSTRA 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const L: Line[] = [
    {
      id: "p",
      kode: "1.05.03",
      nm: "PROGRAM PENANGGULANGAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
      ind: "Rata-rata waktu tanggap (response time) penanganan kebakaran",
      sat: "menit",
      awal: 15.2,
      tg: [14.5, 14, 13.5, 13, 12],
      unit: "Bidang Damkar",
    },
    {
      id: "k1",
      kode: "1.05.03.2.01",
      nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Persentase kejadian kebakaran tertangani ≤ 15 menit",
      sat: "%",
      awal: 78.4,
      tg: [80, 82.5, 85, 87.5, 90],
      rp: [3_412_500, 3_585_000, 3_760_250, 3_948_000, 4_145_500],
      unit: "Seksi Operasi dan Penyelamatan",
    },
    {
      id: "k2",
      kode: "1.05.03.2.02",
      nm: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan gedung yang diinspeksi sarana proteksi kebakarannya",
      sat: "unit",
      awal: 64,
      tg: [70, 75, 80, 85, 90],
      rp: [286_400, 301_750, 318_200, 334_600, 352_900],
      flow: true,
      unit: "Seksi Pencegahan",
    },
    {
      id: "k3",
      // planted: the kegiatan of program 1.05.03 coded under 1.05.02 (trantibum)
      kode: "1.05.02.2.03",
      nm: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
      ind: "Jumlah relawan pemadam kebakaran (Redkar) yang dilatih",
      sat: "orang",
      awal: 120,
      tg: [150, 150, 175, 175, 200],
      rp: [418_750, 425_000, 462_300, 470_800, 505_600],
      flow: true,
      unit: "Seksi Pencegahan",
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        fmt: DEC,
        width: 9,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, fmt: DEC, width: 9 },
    { key: "akRp", head: [AK, "Rp"], role: "kondisi-akhir", num: 17, fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 14 },
  ];
  const keg = ["k1", "k2", "k3"];
  const k2True = L[2].rp!.reduce((n, v) => n + v, 0);
  const k2Typed = L[2].rp!.slice(0, 4).reduce((n, v) => n + v, 0);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: L.map((x): Row => ({
      id: x.id,
      bold: x.id === "p",
      cells: (c: Ctx) => {
        const out: Record<string, Cell> = {
          kode: x.kode,
          nm: x.nm,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          unit: x.unit,
          lok: "Kabupaten",
        };
        YEARS.forEach((y, i) => {
          out[`k${y}`] = x.tg[i];
          out[`rp${y}`] = x.rp ? x.rp[i] : fx(keg.map((k) => c.a(`rp${y}`, k)).join("+"));
        });
        out.akK = x.flow ? fx(`SUM(${YEARS.map((y) => c.a(`k${y}`)).join(",")})`) : fx(c.a("k2029"));
        // planted: Inspeksi's kondisi akhir Rp typed as Tahun ke-1 .. ke-4 only
        out.akRp = x.id === "k2" ? k2Typed : fx(YEARS.map((y) => c.a(`rp${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator program semakin kecil semakin baik; kondisi akhir indikator persentase dan rata-rata = target tahun ke-5.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Menoreh Kidul, 20 Juni 2025",
    jabatan: ["Kepala Satuan Polisi Pamong Praja", "dan Pemadam Kebakaran,"],
    nama: "RR. SRI HANDAYANI PUSPITASARI, S.H., M.H.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740822 199803 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akRp", "k2") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: `kondisi akhir Rp of Inspeksi Peralatan Proteksi Kebakaran is a typed ${k2Typed.toLocaleString("en")} (Tahun ke-1 .. ke-4); the five years give ${k2True.toLocaleString("en")}`,
    truth: YEARS.map((y) => a(`rp${y}`, "k2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran is coded 1.05.02.2.03 (program 1.05.02, trantibum) under program 1.05.03; its code is 1.05.03.2.03",
    truth: `${a("kode", "p")}&".2.03"`,
  });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "p"),
    });
  for (const id of ["p", "k1", "k3"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`rp${y}`, id)).join("+"),
    });
  // levels: the kondisi akhir K is the Tahun ke-5 target, not the five years added
  for (const id of ["p", "k1"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const id of ["k2", "k3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`k${y}`, id)).join("+"),
    });
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: keg.map((k) => a(`rp${y}`, k)).join("+"),
    });
  // the response time falls on purpose (lower is better)
  b.ok({ sheet: S, cell: a("k2029", "p"), rules: ["target-trend"], truth: "12" });
  return b.finish();
}

// ======================== Kabupaten Kapuas Hilir Raya (Kalimantan Barat), PK 2025 and Renstra targets

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[] };

export function pkDamkarKapuasHilir(): BookW {
  const b = new BookW(
    "pk-2025-kabid-damkar-renstra-kapuas-hilir-raya.xlsx",
    "PK 2025 and Renstra 2025-2029 targets (Bidang Damkar)",
    "sheet 'PK Damkar 2025': statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025; then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with a JUMLAH of the kegiatan; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029); response time lower is better, a cumulative count of desa (a stock)",
  );
  const S = "PK Damkar 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KAPUAS HILIR RAYA",
    "SATUAN POLISI PAMONG PRAJA DAN PEMADAM KEBAKARAN",
  ]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BIDANG PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Pihak pertama: YOHANES ATENG, S.T. - Kepala Bidang Pemadam Kebakaran dan Penyelamatan",
    "Pihak kedua: H. SYARIF ABDURRAHMAN ALKADRIE, S.Sos., M.Si. - Kepala Satuan Polisi Pamong Praja dan Pemadam Kebakaran",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Rata-rata waktu tanggap penanganan kebakaran",
      sat: "menit",
      awal: 17.5,
      tg: [16, 15, 14.5, 13.5, 12.5],
    },
    {
      id: "r2",
      ind: "Persentase kejadian kebakaran yang tertangani sesuai SPM",
      sat: "%",
      awal: 74.6,
      tg: [76, 78, 80, 82.5, 85],
    },
    {
      id: "r3",
      ind: "Persentase penyelamatan non kebakaran (rescue) yang tertangani",
      sat: "%",
      awal: 88.2,
      tg: [89, 90, 91, 92, 93],
    },
    {
      id: "r4",
      ind: "Jumlah desa yang memiliki Sistem Ketahanan Kebakaran Lingkungan (kumulatif)",
      sat: "desa",
      awal: 8,
      tg: [12, 18, 24, 30, 36],
    },
  ];
  // planted: the PK 2025 target of r2 is 78.00, the Renstra 2026 target (2025: 76.00)
  const pkT = (x: PkInd) => (x.id === "r2" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 3
            ? "Meningkatnya kecepatan dan ketepatan penanganan kebakaran dan penyelamatan"
            : "Meningkatnya ketahanan masyarakat terhadap kebakaran",
        ind: x.ind,
        sat: x.sat,
        tg: fmt(pkT(x), x.sat === "desa" ? "0" : DEC),
      },
    })),
  });
  s.gap();
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 14 },
      { key: "nm", head: ["Program / Kegiatan"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      // planted: the program typed 2,845,600,000 (the kegiatan give 2,485,600,000)
      {
        id: "p",
        cells: {
          no: 1,
          kode: "1.05.03",
          nm: "Program Penanggulangan Kebakaran dan Penyelamatan Non Kebakaran",
          rp: 2_845_600_000,
          ket: "APBD",
        },
      },
      {
        id: "k1",
        cells: {
          kode: "1.05.03.2.01",
          nm: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan B3 Kebakaran",
          rp: 1_624_350_000,
          ket: "APBD",
        },
      },
      {
        id: "k2",
        cells: {
          kode: "1.05.03.2.02",
          nm: "Inspeksi Peralatan Proteksi Kebakaran",
          rp: 548_900_000,
          ket: "APBD",
        },
      },
      {
        id: "k3",
        cells: {
          kode: "1.05.03.2.03",
          nm: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
          rp: 312_350_000,
          ket: "APBD",
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k3")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Kapuas Hilir, 3 Januari 2025",
    jabatan: ["Pihak Kedua / Pihak Pertama"],
    nama: "YOHANES ATENG, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830911 200902 1 003",
  });

  const r = b.sheet(R);
  r.lines(
    [
      "RENSTRA SATPOL PP DAN DAMKAR KABUPATEN KAPUAS HILIR RAYA 2025-2029",
      "Target Indikator Bidang Pemadam Kebakaran",
    ],
    1,
    { bold: true },
  );
  r.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...YEARS.map((y): Col => ({
        key: `t${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 9,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => {
        const f = x.sat === "desa" ? "0" : DEC;
        const out: Record<string, Cell> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: fmt(x.awal, f),
          ak: fx(c.a("t2029")),
        };
        YEARS.forEach((y, k) => (out[`t${y}`] = fmt(x.tg[k], f)));
        return out;
      },
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: t3.a("t2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the kebakaran tertangani sesuai SPM is 78.00, the Renstra 2026 target; the Renstra 2025 target is 76.00",
    truth: `'${R}'!${t3.a("t2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "the program's anggaran is a typed 2,845,600,000; its three kegiatan give 2,485,600,000 (digits swapped), as the JUMLAH computes",
    truth: `SUM(${t2.a("rp", "k1")}:${t2.a("rp", "k3")})`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: S,
      cell: t1.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${t3.a("t2025", id)}`,
    });
  // the JUMLAH adds the kegiatan, not every row (the program would count twice)
  b.ok({
    sheet: S,
    cell: t2.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("rp", "k1")}+${t2.a("rp", "k2")}+${t2.a("rp", "k3")}`,
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "k3")})`,
  });
  for (const id of ["k1", "k2", "k3"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", "p"),
    });
  // rates, a level and a stock: the kondisi akhir is the 2029 target, not the sum
  for (const x of rows)
    b.ok({
      sheet: R,
      cell: t3.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: t3.a("t2029", x.id),
      trap: YEARS.map((y) => t3.a(`t${y}`, x.id)).join("+"),
    });
  b.ok({ sheet: R, cell: t3.a("t2029", "r1"), rules: ["target-trend"], truth: "12.5" });
  return b.finish();
}
