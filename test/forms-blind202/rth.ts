// The Dinas Lingkungan Hidup of Kota Sukomulyo (Jawa Tengah) on ruang terbuka hijau: an RTH recap per
// kecamatan (taman kota, jalur hijau, hutan kota, proporsi against the kecamatan's area), the T-C.27 of
// its Renstra 2025-2029 "(dalam ribuan rupiah)" with Tahun ke-1..5, and a PK 2025 beside the Renstra
// targets. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const KOTA = "PEMERINTAH KOTA SUKOMULYO";
const DINAS = "DINAS LINGKUNGAN HIDUP";

export function rthKecamatan(): BookW {
  const b = new BookW(
    "rekap-rth-publik-per-kecamatan-dlh-kota-sukomulyo.xlsx",
    "Rekap RTH publik per kecamatan (DLH)",
    "No | Kecamatan | Luas Wilayah (ha) | 'Luas RTH Publik (ha)' > Taman Kota | Jalur Hijau | Hutan Kota | Jumlah | Proporsi RTH Publik (%); number row with '7 = 4+5+6' and '8 = 7/3 x 100'; '-' for no hutan kota; JUMLAH row",
  );
  const S = "RTH Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, [KOTA, DINAS, "Jl. Pemuda No. 17 Sukomulyo"]);
  s.lines([
    "REKAPITULASI LUAS RUANG TERBUKA HIJAU (RTH) PUBLIK MENURUT KECAMATAN",
    "KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sukomulyo Utara", luas: 1248, tm: 28.45, jh: 61.2, hk: 40.1 as number | string },
    { id: "k2", nm: "Sukomulyo Selatan", luas: 1530, tm: 22.8, jh: 74.35, hk: 55 },
    { id: "k3", nm: "Banyuputih", luas: 986, tm: 15.1, jh: 38.9, hk: "-" },
    { id: "k4", nm: "Gedangan", luas: 1712, tm: 19.65, jh: 52.4, hk: 88.75 },
    { id: "k5", nm: "Karangrejo", luas: 2104, tm: 12.3, jh: 47.85, hk: 126.4 },
  ];
  const G = "Luas RTH Publik (ha)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 20 },
    { key: "luas", head: ["Luas Wilayah (ha)"], num: "3", fmt: DEC },
    { key: "tm", head: [G, "Taman Kota"], role: "realisasi", year: 2024, num: "4", fmt: DEC },
    { key: "jh", head: [G, "Jalur Hijau"], role: "realisasi", year: 2024, num: "5", fmt: DEC },
    { key: "hk", head: [G, "Hutan Kota"], role: "realisasi", year: 2024, num: "6", fmt: DEC },
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 4+5+6", fmt: DEC },
    {
      key: "p",
      head: ["Proporsi RTH Publik (%)"],
      role: "capaian",
      year: 2024,
      num: "8 = 7/3 x 100",
      fmt: DEC,
    },
  ];
  const col = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k5")})`;
  const hkTrue = 40.1 + 55 + 88.75 + 126.4;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          kec: k.nm,
          luas: k.luas,
          tm: k.tm,
          jh: k.jh,
          hk: k.hk,
          j: fx(`SUM(${x.a("tm")}:${x.a("hk")})`),
          p: fx(`ROUND(${x.a("j")}/${x.a("luas")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x) => ({
          no: "JUMLAH",
          luas: fx(col("luas", x)),
          tm: fx(col("tm", x)),
          jh: fx(col("jh", x)),
          // planted: cached before the hutan kota of Sukomulyo Utara was entered
          hk: fx(col("hk", x), Math.round((hkTrue - 40.1) * 100) / 100),
          j: fx(col("j", x)),
          p: fx(`ROUND(${x.a("j")}/${x.a("luas")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: proporsi baris JUMLAH dihitung dari jumlah RTH dibagi luas kota, bukan penjumlahan persentase.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sukomulyo, 20 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA SUKOMULYO,"],
    nama: "Ir. BAMBANG SETYO WIDODO, M.T.",
    nip: "19720814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("hk", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Hutan Kota is =SUM over the kecamatan with a stale cached 270.15 (before Sukomulyo Utara's 40.10 ha were entered); the rows give 310.25",
    truth: `SUM(${a("hk", "k1")}:${a("hk", "k5")})`,
  });
  for (const k of K)
    b.ok({
      sheet: S,
      cell: a("j", k.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("tm", k.id)}:${a("hk", k.id)})`,
    });
  for (const k of ["luas", "tm", "jh"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("p", "k3"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "k3")}/${a("luas", "k3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("j", "k1")}:${a("j", "k5")})/${a("luas", "tot")}*100,2)`,
    trap: `SUM(${a("p", "k1")}:${a("p", "k5")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  rp?: number[];
  akK: number | "sum";
};

export function tc27Rth(): BookW {
  const b = new BookW(
    "tc27-rth-renstra-dlh-kota-sukomulyo.xlsx",
    "T-C.27 Renstra DLH 2025-2029 (RTH)",
    "Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | Kondisi Kinerja Akhir Periode > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); years only in the title",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [KOTA, DINAS]);
  s.lines([
    "Tabel 6.1 Rencana Program, Kegiatan dan Sub Kegiatan serta Pendanaan Indikatif",
    "Rencana Strategis Dinas Lingkungan Hidup Kota Sukomulyo Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 20 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, `Tahun ke-${i + 1}`, "Target"], role: "target", year: y, width: 9 },
      { key: `r${i}`, head: [G, `Tahun ke-${i + 1}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 13 },
    ]),
    {
      key: "akk",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
    },
    {
      key: "akr",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      fmt: RP,
      width: 14,
    },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 12 },
  ];
  const rows: P[] = [
    {
      id: "prog",
      kode: "2.11.06",
      nm: "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)",
      ind: "Proporsi RTH publik terhadap luas wilayah kota",
      sat: "%",
      aw: 6.72,
      k: [7.05, 7.4, 7.8, 8.25, 8.7],
      akK: 8.7,
    },
    {
      id: "keg",
      kode: "2.11.06.2.01",
      nm: "Pengelolaan Keanekaragaman Hayati Kabupaten/Kota",
      ind: "Luas RTH publik yang dikelola",
      sat: "ha",
      aw: 508.35,
      k: [530, 555, 585, 615, 650],
      akK: 650,
    },
    {
      id: "s1",
      kode: "2.11.06.2.01.0002",
      nm: "Pembangunan Taman Kota dan Taman Lingkungan",
      ind: "Jumlah taman kota yang dibangun",
      sat: "unit",
      aw: 3,
      k: [2, 2, 3, 3, 2],
      rp: [2_450_000, 2_380_000, 3_620_000, 3_710_000, 2_540_000],
      akK: 2,
    },
    {
      id: "s2",
      kode: "2.11.05.2.01.0003",
      nm: "Pemeliharaan RTH dan Taman Kota",
      ind: "Luas RTH publik yang dipelihara",
      sat: "ha",
      aw: 462.5,
      k: [480, 505, 530, 560, 590],
      rp: [4_150_000, 4_320_000, 4_480_000, 4_650_000, 4_820_000],
      akK: 590,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((p): Row => ({
      id: p.id,
      bold: !p.rp,
      cells: (x: Ctx) => {
        const c: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          nm: p.nm,
          ind: p.ind,
          sat: p.sat,
          aw: p.aw,
          akk: p.akK as number,
          akr: fx(Y.map((_, i) => x.a(`r${i}`)).join("+")),
          unit: "Bidang Pertamanan dan RTH",
          lok: "Kota Sukomulyo",
        };
        Y.forEach((_, i) => {
          c[`k${i}`] = p.k[i];
          c[`r${i}`] =
            p.id === "prog"
              ? fx(x.a(`r${i}`, "keg"))
              : p.id === "keg"
                ? fx(`${x.a(`r${i}`, "s1")}+${x.a(`r${i}`, "s2")}`)
                : p.rp![i];
        });
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: target indikator luas dan proporsi merupakan kondisi (stok), bukan akumulasi."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => Y.map((_, i) => a(`k${i}`, id)).join("+");
  const rs = (id: string) => Y.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akk", "s1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of 'Jumlah taman kota yang dibangun' (a yearly flow) is the last year's 2; the five years add up to 12",
    truth: ks("s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemeliharaan RTH is coded 2.11.05.2.01.0003 under kegiatan 2.11.06.2.01 (should be 2.11.06.2.01.0003)",
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s1"),
    rules: ["code-hierarchy"],
    truth: a("kode", "keg"),
    actual: `PARENT(${a("kode", "s1")})`,
  });
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("akk", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: ks(id),
    });
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({ sheet: S, cell: a("akr", id), rules: ["kondisi-akhir-mismatch"], truth: rs(id) });
  for (const i of [0, 2])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
  return b.finish();
}

export function pkRth(): BookW {
  const b = new BookW(
    "pk-2025-bidang-rth-renstra-dlh-kota-sukomulyo.xlsx",
    "PK 2025 and Renstra targets (DLH, RTH)",
    "sheet PK 2025: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH of the programs; sheet Renstra: Indikator | Satuan | Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra 2025-2029";
  const r = b.sheet(R);
  letterhead(r, [KOTA, DINAS]);
  r.lines(["Tabel 5.2 Target Kinerja Sasaran Dinas Lingkungan Hidup Kota Sukomulyo 2025-2029"]);
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const RS = [
    {
      id: "a",
      ind: "Proporsi RTH publik terhadap luas wilayah kota",
      sat: "%",
      aw: 6.72,
      t: [7.05, 7.4, 7.8, 8.25, 8.7],
      flow: false,
    },
    {
      id: "b",
      ind: "Persentase taman kota dalam kondisi baik",
      sat: "%",
      aw: 76,
      t: [80, 82, 85, 88, 90],
      flow: false,
    },
    {
      id: "c",
      ind: "Luas RTH publik yang dikelola",
      sat: "ha",
      aw: 508.35,
      t: [530, 555, 585, 615, 650],
      flow: false,
    },
    {
      id: "d",
      ind: "Jumlah pohon peneduh yang ditanam",
      sat: "batang",
      aw: 2100,
      t: [2500, 2600, 2750, 29000, 3000],
      flow: true,
    },
  ];
  const rt = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: RS.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(Y.map((y, k) => [`y${y}`, x.t[k]])),
        ak: x.flow ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : x.t[4],
      }),
    })),
  });
  const P = "PK 2025";
  const s = b.sheet(P);
  letterhead(s, [KOTA, DINAS]);
  s.lines(["PERJANJIAN KINERJA TAHUN 2025", "KEPALA BIDANG PERTAMANAN DAN RUANG TERBUKA HIJAU"]);
  s.gap();
  const PK = [
    { id: "a", t: 7.05 },
    { id: "b", t: 82 },
    { id: "c", t: 530 },
  ];
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: PK.map((x, i): Row => {
      const rs = RS.find((q) => q.id === x.id)!;
      return {
        id: x.id,
        cells: {
          no: i + 1,
          sas: "Meningkatnya kualitas dan ketersediaan RTH publik",
          ind: rs.ind,
          sat: rs.sat,
          tg: x.t,
        },
      };
    }),
  });
  s.gap();
  const at = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 16 },
      { key: "nm", head: ["Program / Kegiatan"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 16 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        cells: (x) => ({
          no: 1,
          kode: "2.11.06",
          nm: "Program Pengelolaan Keanekaragaman Hayati",
          rp: fx(x.a("rp", "g1")),
          ket: "APBD",
        }),
      },
      {
        id: "g1",
        cells: {
          kode: "2.11.06.2.01",
          nm: "Pengelolaan Keanekaragaman Hayati Kabupaten/Kota",
          rp: 6_600_000_000,
        },
      },
      {
        id: "p2",
        cells: (x) => ({
          no: 2,
          kode: "2.11.10",
          nm: "Program Peningkatan Pendidikan, Pelatihan dan Penyuluhan LH",
          rp: fx(x.a("rp", "g2")),
          ket: "APBD",
        }),
      },
      {
        id: "g2",
        cells: {
          kode: "2.11.10.2.01",
          nm: "Penyelenggaraan Pendidikan, Pelatihan dan Penyuluhan LH",
          rp: 420_000_000,
        },
      },
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({ no: "JUMLAH", rp: fx(`${x.a("rp", "p1")}+${x.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Sukomulyo, 2 Januari 2025",
    jabatan: ["Kepala Bidang Pertamanan dan RTH,"],
    nama: "SRI WAHYUNINGSIH, S.T., M.Eng.",
    nip: "19800312 200501 2 014",
  });
  const ra = (k: string, id: string) => rt.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: ra("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of taman kota dalam kondisi baik is 82 (the Renstra 2026 target); the Renstra 2025 target is 80",
    truth: `'${R}'!${ra("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: R, cell: ra("y2028", "d") },
    rules: ["target-outlier"],
    note: "Target 2028 of pohon peneduh is 29,000 among 2,500 .. 3,000 (a zero typed too many; 2,900 meant); the kondisi akhir SUM follows it",
    truth: "2900",
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${ra("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: ra("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ra("y2029", id),
      trap: `SUM(${ra("y2025", id)}:${ra("y2029", id)})`,
    });
  b.ok({
    sheet: P,
    cell: at.a("rp", "j"),
    rules: ["sum-mismatch"],
    truth: `${at.a("rp", "g1")}+${at.a("rp", "g2")}`,
    trap: `SUM(${at.a("rp", "p1")}:${at.a("rp", "g2")})`,
  });
  return b.finish();
}
