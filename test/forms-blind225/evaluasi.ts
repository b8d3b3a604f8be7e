// The Renja evaluation (E.81) of the Dinas Perikanan Kabupaten Muara Sengkarang (Bengkulu) and the
// Renstra funding table (T-C.27) of the Dinas Kelautan dan Perikanan Kota Labuhan Tampeng (NTB):
// TPI, ikan dilelang, retribusi lelang, kapal nelayan. Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the Dinas Perikanan Muara Sengkarang, s.d. Triwulan IV 2024, calendar years in the header. */
export function e81Tpi(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-tpi-perikanan-muara-sengkarang.xlsx",
    "E.81 Evaluasi Renja (Dinas Perikanan, TPI)",
    "E.81 2024 with calendar years in the headers (Renstra 2021-2026); three header rows: 'Realisasi Renja 2024 per Triwulan' > I..IV > K | Rp; no No column; a level row (% TPI higienis) above three flows; number row merged over the pairs; Rata-rata and Predikat footer",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN MUARA SENGKARANG",
    "DINAS PERIKANAN",
    "Jl. Pelabuhan Pulau Baai Lama No. 7, Sengkarang Hilir",
  ]);
  s.lines([
    "Tabel E.81 Evaluasi terhadap Hasil Renja Dinas Perikanan Kabupaten Muara Sengkarang",
    "Renstra 2021-2026, Realisasi s.d. Triwulan IV Tahun Anggaran 2024",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "3.25.03.2.03.0002",
      ur: "Pengelolaan Operasional Lelang Ikan di TPI",
      ind: "Jumlah hari lelang ikan yang terselenggara di TPI",
      sat: "hari",
      level: false,
      k5: 1500,
      k6: 880,
      k7: 300,
      q: [72, 75, 76, 74],
      r5: 4_850_000_000,
      r6: 2_910_400_000,
      r7: 1_020_000_000,
      rq: [198_450_000, 246_300_000, 271_880_000, 265_120_000],
    },
    {
      id: "s2",
      kode: "3.25.03.2.03.0004",
      ur: "Fasilitasi Sarana Tambat Labuh dan Bongkar Muat Kapal Nelayan",
      ind: "Jumlah kapal nelayan yang difasilitasi tambat labuh",
      sat: "unit",
      level: false,
      k5: 600,
      k6: 310,
      k7: 120,
      q: [25, 30, 35, 28],
      r5: 2_400_000_000,
      r6: 1_318_750_000,
      r7: 540_000_000,
      rq: [88_200_000, 132_600_000, 149_950_000, 151_300_000],
    },
  ];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "3.25.03.2.03",
    ur: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
    ind: "Volume produksi ikan yang dilelang di TPI",
    sat: "ton",
    level: false,
    k5: 15000,
    k6: 8200,
    k7: 3100,
    q: [640, 720, 810, 880],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "3.25.03",
    ur: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
    ind: "Persentase TPI yang beroperasi sesuai standar higienis",
    sat: "%",
    level: true,
    k5: 100,
    k6: 60,
    k7: 80,
    q: [60, 60, 80, 80],
  };
  const rows = [prog, keg, ...subs];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + sum(e.rq)) / e.r5) * 100);
  const QG = "Realisasi Kinerja dan Anggaran Renja 2024 per Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
  ];
  const pair = (key: string, head: string[], num: string, kr: Col["role"], rr: Col["role"], year?: number) =>
    cols.push(
      { key: `k${key}`, head: [...head, "K"], role: kr, year, num, fmt: DEC, width: 9 },
      { key: `r${key}`, head: [...head, "Rp"], role: rr, year, num, fmt: RP, width: 16 },
    );
  pair("5", ["Target Akhir Renstra (2026)"], "5", "target", "anggaran");
  pair("6", ["Realisasi Renstra s.d. 2023"], "6", "realisasi", "realisasi-anggaran", 2023);
  pair("7", ["Target Renja 2024"], "7", "target", "anggaran", 2024);
  ["I", "II", "III", "IV"].forEach((tw, i) =>
    pair(String(8 + i), [QG, tw], String(8 + i), "realisasi", "realisasi-anggaran", 2024),
  );
  pair("12", ["Realisasi Renja 2024"], "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024);
  pair("13", ["Realisasi Renstra s.d. 2024"], "13 = 6+12", "realisasi", "realisasi-anggaran", 2024);
  pair("14", ["Capaian Renstra s.d. 2024 (%)"], "14 = 13/5 x 100", "capaian", "capaian");
  cols.push({ key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 });
  // planted: column 12 K of sub kegiatan .0004 typed 128; the quarters give 118
  const body: Row[] = rows.map((e) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      ...Object.fromEntries(
        [0, 1, 2, 3].flatMap((i) => [
          [`k${8 + i}`, e.q[i]],
          [`r${8 + i}`, e.rq[i]],
        ]),
      ),
      k12: e.id === "s2" ? 128 : k12(e),
      r12: sum(e.rq),
      k13: k13(e),
      r13: e.r6 + sum(e.rq),
      k14: k14(e),
      r14: r14(e),
      pj: e.level ? "Kepala Dinas" : "Bidang Perikanan Tangkap",
    },
  }));
  const avgK = round(sum(rows.map(k14)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["kode", "sat"],
        cells: { kode: "Rata-rata Capaian Kinerja dan Realisasi Anggaran", k14: avgK, r14: avgR },
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        // planted: 'Sedang' for the K average 76.20 (> 75 is Tinggi)
        cells: { kode: "Predikat Kinerja", k14: "Sedang", r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase TPI higienis adalah posisi (level) pada akhir triwulan, tidak dijumlahkan.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Sengkarang Hilir, 17 Januari 2025",
    jabatan: ["KEPALA DINAS PERIKANAN", "KABUPATEN MUARA SENGKARANG"],
    nama: "Ir. BAHTIAR ZULKARNAIN RASYID, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19720814 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch"],
    note: "Column 12 K of sub kegiatan 3.25.03.2.03.0004 is 128 kapal; the quarters 25 + 30 + 35 + 28 give 118",
    truth: q("k", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sedang' for an average K capaian of 76.20; the band > 75 is Tinggi",
    truth: `PREDIKAT(${a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("r5", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r5", "s1")}+${a("r5", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
};

/** T-C.27 of the DKP Kota Labuhan Tampeng (NTB), Renstra 2025-2029, Rp in thousands, group headers unmerged. */
export function tc27Tpi(): BookW {
  const b = new BookW(
    "tc27-pendanaan-tpi-dkp-labuhan-tampeng.xlsx",
    "T-C.27 Rencana program dan pendanaan (DKP, TPI)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; group headers written once, not merged; Tahun ke-1..5 > Target | Rp (years in the title only); kegiatan Rp = SUM over four sub kegiatan, program Rp = kegiatan; kondisi akhir Rp = sum of the years",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LABUHAN TAMPENG", "DINAS KELAUTAN DAN PERIKANAN"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kelautan dan Perikanan Kota Labuhan Tampeng 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p",
      kode: "3.25.03",
      ur: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Persentase nelayan kecil yang menjual hasil tangkapan melalui TPI",
      sat: "%",
      level: true,
      awal: 58,
      k: [62, 66, 70, 74, 78],
    },
    {
      id: "g",
      kode: "3.25.03.2.03",
      ur: "Pengelolaan dan Penyelenggaraan Tempat Pelelangan Ikan",
      ind: "Jumlah laporan transaksi lelang ikan di TPI",
      sat: "laporan",
      level: false,
      awal: 12,
      k: [12, 12, 12, 12, 12],
    },
    {
      id: "s1",
      kode: "3.25.03.2.03.0001",
      ur: "Pembangunan dan Rehabilitasi Sarana TPI",
      ind: "Jumlah TPI yang direhabilitasi",
      sat: "unit",
      level: false,
      awal: 1,
      k: [1, 1, 2, 1, 1],
      rp: [1_250_000, 1_310_000, 2_480_000, 1_390_000, 1_420_000],
    },
    {
      id: "s2",
      kode: "3.25.03.2.03.0002",
      ur: "Pengelolaan Operasional Lelang Ikan di TPI",
      ind: "Persentase ikan didaratkan yang dijual melalui lelang",
      sat: "%",
      level: true,
      awal: 51,
      k: [55, 60, 65, 70, 75],
      rp: [386_400, 405_700, 426_000, 447_300, 469_600],
    },
    {
      id: "s3",
      kode: "3.25.03.2.03.0003",
      ur: "Penarikan dan Penyetoran Retribusi Tempat Pelelangan Ikan",
      ind: "Jumlah dokumen laporan retribusi lelang",
      sat: "dokumen",
      level: false,
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [92_500, 97_100, 102_000, 107_100, 112_400],
    },
    {
      id: "s4",
      kode: "3.25.03.2.02.0005",
      ur: "Pendataan Kapal Nelayan yang Membongkar di TPI",
      ind: "Jumlah buku data kapal bongkar",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [64_800, 68_000, 71_400, 75_000, 78_700],
    },
  ];
  const G = "Target Kinerja dan Pagu Indikatif";
  const years = [1, 2, 3, 4, 5];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "3", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4" },
    {
      key: "awal",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      fmt: DEC,
    },
    ...years.flatMap((y): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${y}`, "Target"],
        role: "target",
        year: 2024 + y,
        num: String(4 + 2 * y),
        fmt: DEC,
      },
      {
        key: `r${y}`,
        head: [G, `Tahun ke-${y}`, "Rp"],
        role: "anggaran",
        year: 2024 + y,
        num: String(5 + 2 * y),
        fmt: RP,
      },
    ]),
    { key: "akK", head: ["Kondisi Akhir Renstra", "Target"], role: "kondisi-akhir", num: "16", fmt: DEC },
    { key: "akR", head: ["Kondisi Akhir Renstra", "Rp"], role: "anggaran", num: "17", fmt: RP },
    {
      key: "pj",
      head: ["Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "18",
      width: 16,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    groups: "first",
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          // planted: the program's kondisi akhir typed 80 (year 5 target is 78)
          akK: p.id === "p" ? 80 : p.level ? p.k[4] : sum(p.k),
          akR: fx(years.map((y) => x.a(`r${y}`)).join("+")),
          pj: "DKP (Bidang Perikanan Tangkap)",
        };
        years.forEach((y) => {
          out[`k${y}`] = p.k[y - 1];
          if (p.rp) out[`r${y}`] = p.rp[y - 1];
          else if (p.id === "g") out[`r${y}`] = fx(`SUM(${x.a(`r${y}`, "s1")}:${x.a(`r${y}`, "s4")})`);
          else out[`r${y}`] = fx(x.a(`r${y}`, "g"));
        });
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: Tahun ke-1 = 2025 s.d. Tahun ke-5 = 2029."]);
  s.gap();
  signature(s, 13, {
    tempat: "Labuhan Tampeng, 24 Februari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN"],
    nama: "LALU MUHAMMAD SAPTAJI, S.Pi., M.P.",
    nip: "19780302 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "p") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the program % (nelayan menjual melalui TPI) is 80; the Tahun ke-5 target is 78",
    truth: a("k5", "p"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pendataan Kapal Nelayan yang Membongkar di TPI is coded 3.25.03.2.02.0005 under kegiatan 3.25.03.2.03",
    truth: `"3.25.03.2.03"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "s2"),
    trap: ks("s2"),
  });
  for (const id of ["g", "s3"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ks(id),
      trap: a("k5", id),
    });
  b.ok({ sheet: S, cell: a("akK", "s1"), rules: ["kondisi-akhir-mismatch"], truth: ks("s1") });
  for (const id of ["p", "g", "s1", "s2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [1, 3, 5])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4"].map((id) => a(`r${y}`, id)).join("+"),
    });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"3.25.03.2.03"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
