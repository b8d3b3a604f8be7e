// Food-security recaps of a Dinas Ketahanan Pangan: the per-kecamatan distribution of the cadangan
// pangan pemerintah (CPP) of an NTT kabupaten and the T-C.27 Renstra funding table of a Riau kabupaten.
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

// ====================================== DKP Kabupaten Amanuban Raya (NTT), penyaluran CPP 2024

type Kec = { id: string; kec: string; desa: number; al: number; t1: number; t2: number | string };

export function distribusiCpp(): BookW {
  const b = new BookW(
    "distribusi-cpp-per-kecamatan-dkp-amanuban-raya.xlsx",
    "rekap penyaluran cadangan pangan per kecamatan",
    "No | Kecamatan | Desa Rawan Pangan | Alokasi CPP (kg) | 'Penyaluran Beras CPP (kg)' > Tahap I | Tahap II | Jumlah | % Penyaluran; number row '7 = 5 + 6', '8 = 7 / 4 x 100'; TOTAL row",
  );
  const S = "Penyaluran CPP 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN AMANUBAN RAYA",
    "DINAS KETAHANAN PANGAN",
    "Jl. El Tari No. 14, Niki-Niki",
  ]);
  s.lines(["REKAPITULASI PENYALURAN CADANGAN PANGAN PEMERINTAH DAERAH PER KECAMATAN", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const ks: Kec[] = [
    { id: "k1", kec: "Amanuban Tengah", desa: 6, al: 18000, t1: 10800, t2: 7200 },
    { id: "k2", kec: "Kuanfatu Raya", desa: 4, al: 12000, t1: 7200, t2: 3900 },
    { id: "k3", kec: "Oenino Selatan", desa: 7, al: 21000, t1: 12600, t2: 6300 },
    { id: "k4", kec: "Kie Lama", desa: 3, al: 9000, t1: 5400, t2: "-" },
    { id: "k5", kec: "Toianas Barat", desa: 5, al: 15000, t1: 9000, t2: 6000 },
    { id: "k6", kec: "Boking Hilir", desa: 8, al: 24000, t1: 14400, t2: 8150 },
  ];
  const G = "Penyaluran Beras CPP (kg)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "desa", head: ["Jumlah Desa Rawan Pangan"], num: 3, fmt: INT, width: 11 },
    { key: "al", head: ["Alokasi CPP (kg)"], role: "target", year: 2024, num: 4, fmt: INT, width: 13 },
    { key: "t1", head: [G, "Tahap I"], role: "realisasi", year: 2024, num: 5, fmt: INT, width: 12 },
    { key: "t2", head: [G, "Tahap II"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 12 },
    { key: "j", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "7 = 5 + 6", fmt: INT, width: 12 },
    {
      key: "p",
      head: ["% Penyaluran"],
      role: "capaian",
      year: 2024,
      num: "8 = 7 / 4 x 100",
      fmt: DEC,
      width: 11,
    },
  ];
  const first = "k1";
  const last = "k6";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...ks.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          kec: k.kec,
          desa: k.desa,
          al: k.al,
          t1: k.t1,
          t2: k.t2,
          j: fx(`SUM(${c.a("t1")}:${c.a("t2")})`),
          // planted: a stale % in Oenino Selatan (cached before Tahap II)
          p: fx(`ROUND(${c.a("j")}/${c.a("al")}*100,2)`, k.id === "k3" ? 60 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "TOTAL",
          desa: fx(`SUM(${c.a("desa", first)}:${c.a("desa", last)})`),
          al: fx(`SUM(${c.a("al", first)}:${c.a("al", last)})`),
          // planted: the range stops at Toianas Barat
          t1: fx(`SUM(${c.a("t1", first)}:${c.a("t1", "k5")})`),
          t2: fx(`SUM(${c.a("t2", first)}:${c.a("t2", last)})`),
          j: fx(`SUM(${c.a("j", first)}:${c.a("j", last)})`),
          p: fx(`ROUND(${c.a("j")}/${c.a("al")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: Tahap II Kecamatan Kie Lama belum disalurkan menunggu verifikasi data penerima.",
    "Sumber: Berita Acara Serah Terima CPP dari Gudang Perum BULOG Kantor Cabang Soe.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Niki-Niki, 20 Januari 2025",
    jabatan: ["Kepala Dinas Ketahanan Pangan,"],
    nama: "Ir. YOHANES B. NENOBAIS, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700312 199703 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch"],
    note: "% Penyaluran of Oenino Selatan has a stale cached 60.00 (Tahap I alone); 18,900 / 21,000 gives 90.00",
    truth: `ROUND(${a("j", "k3")}/${a("al", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("t1", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Tahap I is SUM over the first five kecamatan (45,000); with Boking Hilir's 14,400 it is 59,400",
    truth: `SUM(${a("t1", first)}:${a("t1", last)})`,
  });
  for (const k of ks) {
    if (k.id !== "k3")
      b.ok({
        sheet: S,
        cell: a("p", k.id),
        rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("j", k.id)}/${a("al", k.id)}*100,2)`,
      });
    if (typeof k.t2 === "number")
      b.ok({
        sheet: S,
        cell: a("j", k.id),
        rules: ["sum-mismatch"],
        truth: `${a("t1", k.id)}+${a("t2", k.id)}`,
      });
  }
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("al", "tot")}*100,2)`,
    // the total is the ratio of the totals, not the sum of the kecamatan percentages
    trap: `SUM(${a("p", first)}:${a("p", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("j", first)}:${a("j", last)})`,
  });
  return b.finish();
}

// ====================================== DKP Kabupaten Kampar Hilir (Riau), T-C.27 Renstra 2025-2029

type Prog = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  sub?: string[];
  lvl?: boolean;
};

export function tc27Pangan(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-dkp-kampar-hilir.xlsx",
    "T-C.27 Renstra funding (Dinas Ketahanan Pangan)",
    "T-C.27 of a Riau DKP, (dalam ribuan rupiah): Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Perangkat Daerah Penanggung Jawab; program Rp = its kegiatan, JUMLAH = the programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KETAHANAN PANGAN KABUPATEN KAMPAR HILIR"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Dinas Ketahanan Pangan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const ps: Prog[] = [
    {
      id: "p1",
      kode: "2.09.02",
      nm: "PROGRAM PENGELOLAAN SUMBER DAYA EKONOMI UNTUK KEDAULATAN DAN KEMANDIRIAN PANGAN",
      ind: "Persentase cadangan pangan pemerintah daerah terhadap kebutuhan minimal",
      sat: "%",
      awal: 64.5,
      k: [70, 75, 80, 85, 90],
      sub: ["k1", "k2"],
      lvl: true,
    },
    {
      id: "k1",
      kode: "2.09.02.2.01",
      nm: "Penyediaan dan Penyaluran Pangan Pokok atau Pangan Lainnya sesuai dengan Kebutuhan Daerah",
      ind: "Jumlah beras cadangan pangan yang disalurkan",
      sat: "ton",
      awal: 42,
      k: [45, 48, 50, 52, 55],
      rp: [1450000, 1525000, 1600000, 1680000, 1760000],
    },
    {
      id: "k2",
      kode: "2.09.02.2.02",
      nm: "Pengelolaan dan Keseimbangan Cadangan Pangan Kabupaten/Kota",
      ind: "Jumlah lumbung pangan masyarakat yang dibina",
      sat: "unit",
      awal: 12,
      k: [4, 4, 5, 5, 6],
      rp: [385000, 410000, 435000, 460000, 490000],
    },
    {
      id: "p2",
      kode: "2.09.03",
      nm: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
      ind: "Skor Pola Pangan Harapan (PPH)",
      sat: "poin",
      awal: 82.4,
      k: [84, 85.5, 87, 88.5, 90],
      sub: ["k3"],
      lvl: true,
    },
    {
      id: "k3",
      kode: "2.09.04.2.01",
      nm: "Pelaksanaan Pencapaian Target Konsumsi Pangan Perkapita/Tahun sesuai dengan Angka Kecukupan Gizi",
      ind: "Jumlah desa yang melaksanakan gerakan B2SA",
      sat: "desa",
      awal: 20,
      k: [10, 12, 12, 14, 15],
      rp: [520000, 545000, 570000, 600000, 625000],
    },
  ];
  const T = "Target Kinerja dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
    ...Y.flatMap((y): Col[] => [
      { key: `k${y}`, head: [T, `Tahun ${y}`, "K"], role: "target", year: y, width: 8 },
      { key: `r${y}`, head: [T, `Tahun ${y}`, "Rp"], role: "anggaran", year: y, fmt: RP, width: 13 },
    ]),
    { key: "ka", head: [A, "K"], role: "kondisi-akhir", year: 2029, width: 9 },
    { key: "ra", head: [A, "Rp"], role: "kondisi-akhir", year: 2029, fmt: RP, width: 14 },
    { key: "pj", head: ["Perangkat Daerah Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const rkeys = Y.map((y) => `r${y}`);
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...ps.map((p): Row => ({
        id: p.id,
        bold: !!p.sub,
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string | number> = {
            kode: p.kode,
            nm: p.nm,
            ind: p.ind,
            sat: p.sat,
            awal: p.awal,
            pj: "Dinas Ketahanan Pangan",
          };
          Y.forEach((y, i) => {
            out[`k${y}`] = p.k[i];
            out[`r${y}`] = p.sub ? fx(p.sub.map((id) => c.a(`r${y}`, id)).join("+")) : p.rp![i];
          });
          out.ka = p.lvl ? p.k[4] : p.k.reduce((x, v) => x + v, 0);
          // planted: the kondisi akhir Rp of kegiatan 2.09.02.2.02 leaves out 2029
          out.ra = fx(
            p.id === "k2" ? `SUM(${c.a("r2025")}:${c.a("r2028")})` : rkeys.map((k) => c.a(k)).join("+"),
          );
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { kode: "JUMLAH PENDANAAN" };
          for (const k of [...rkeys, "ra"]) out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ra", "k2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of kegiatan 2.09.02.2.02 is SUM(2025:2028) = 1,690,000; with 2029's 490,000 the five years give 2,180,000",
    truth: rkeys.map((k) => a(k, "k2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pelaksanaan Pencapaian Target Konsumsi Pangan is coded 2.09.04.2.01 under program 2.09.03",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r2025", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("r2025", "p1")}+${a("r2025", "p2")}`,
    // the programs already hold their kegiatan: adding every row counts them twice
    trap: `SUM(${a("r2025", "p1")}:${a("r2025", "k3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p2"),
    // the PPH score is a level: the end condition is the 2029 target, not the sum
    trap: Y.map((y) => a(`k${y}`, "p2")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => a(`k${y}`, "k1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ra", "k1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: rkeys.map((k) => a(k, "k1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("r2027", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r2027", "k1")}+${a("r2027", "k2")}`,
  });
  return b.finish();
}
