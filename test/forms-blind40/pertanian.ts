// An LKjIP measurement table of the Dinas Pertanian of Kabupaten Bonto Lempangan (Sulawesi Selatan)
// with production, harvested area and productivity (a ratio of the two rows above it), and a T-C.29
// Renja review of the Dinas Perikanan of Kabupaten Nangaroro Raya (NTT). Every office, person and
// number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, predikat, signature, type Cell, type Col } from "../forms/kit";

type C = { a(k: string, id?: string): string };

export function lkjipPertanianBontoLempangan(): BookW {
  const b = new BookW(
    "lkjip-distan-bonto-lempangan-2024.xlsx",
    "LKjIP pengukuran kinerja (Dinas Pertanian)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | Tahun 2024: Target / Realisasi / Capaian (%) | Predikat (typed); productivity rows are produksi / luas panen; the puso rate is lower-is-better with refleksi",
  );
  const S = "Pengukuran Kinerja";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS PERTANIAN KABUPATEN BONTO LEMPANGAN",
    "Tabel 3.1 Pengukuran Kinerja Sasaran Strategis",
  ]);
  const s1 = "Meningkatnya produksi dan produktivitas tanaman pangan";
  type R = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    r23: Cell;
    t: Cell;
    r: Cell;
    cap?: "refleksi";
    pred?: string;
  };
  const ratio = (p: string, l: string) => (k: string) => (c: C) => fx(`ROUND(${c.a(k, p)}/${c.a(k, l)},2)`);
  const pv = ratio("pp", "lp");
  const jv = ratio("pj", "lj");
  const rows: Array<
    Omit<R, "r23" | "t" | "r"> & {
      r23: Cell | ((c: C) => Cell);
      t: Cell | ((c: C) => Cell);
      r: Cell | ((c: C) => Cell);
    }
  > = [
    { id: "pp", sas: s1, ind: "Produksi padi (GKG)", sat: "ton", r23: 182_640, t: 190_000, r: 186_420 },
    { id: "lp", sas: s1, ind: "Luas panen padi", sat: "ha", r23: 35_880, t: 36_500, r: 36_150 },
    { id: "yp", sas: s1, ind: "Produktivitas padi", sat: "ton/ha", r23: pv("r23"), t: pv("t"), r: 5.75 },
    {
      id: "pj",
      sas: s1,
      ind: "Produksi jagung pipilan kering",
      sat: "ton",
      r23: 64_215,
      t: 72_000,
      r: 53_710,
      pred: "Tinggi",
    },
    { id: "lj", sas: s1, ind: "Luas panen jagung", sat: "ha", r23: 11_420, t: 12_000, r: 10_215 },
    { id: "yj", sas: s1, ind: "Produktivitas jagung", sat: "ton/ha", r23: jv("r23"), t: jv("t"), r: jv("r") },
    {
      id: "ntp",
      sas: "Meningkatnya kesejahteraan petani",
      ind: "Nilai Tukar Petani (NTP)",
      sat: "indeks",
      r23: 104.12,
      t: 105,
      r: 106.38,
    },
    {
      id: "puso",
      sas: "Menurunnya kerugian akibat bencana pertanian",
      ind: "Persentase luas tanam terdampak puso",
      sat: "%",
      r23: 2.74,
      t: 2.5,
      r: 1.85,
      cap: "refleksi",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 32 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: "#,##0.00", width: 13 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: "#,##0.00", width: 13 },
    {
      key: "r",
      head: ["Tahun 2024", "Realisasi"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 13,
    },
    { key: "cap", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 11 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  // predikat typed from the computed capaian, except the planted one
  const capOf = (x: (typeof rows)[number], vals: Map<string, { t: number; r: number }>) => {
    const v = vals.get(x.id)!;
    return x.cap === "refleksi" ? ((2 * v.t - v.r) / v.t) * 100 : (v.r / v.t) * 100;
  };
  const vals = new Map<string, { t: number; r: number }>([
    ["pp", { t: 190_000, r: 186_420 }],
    ["lp", { t: 36_500, r: 36_150 }],
    ["yp", { t: 5.21, r: 5.75 }],
    ["pj", { t: 72_000, r: 53_710 }],
    ["lj", { t: 12_000, r: 10_215 }],
    ["yj", { t: 6, r: 5.26 }],
    ["ntp", { t: 105, r: 106.38 }],
    ["puso", { t: 2.5, r: 1.85 }],
  ]);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i) => ({
      id: x.id,
      cells: (c: C) => ({
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: typeof x.r23 === "function" ? x.r23(c) : x.r23,
        t: typeof x.t === "function" ? x.t(c) : x.t,
        r: typeof x.r === "function" ? x.r(c) : x.r,
        cap:
          x.cap === "refleksi"
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        pred: x.pred ?? predikat(Math.round(capOf(x, vals) * 100) / 100),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: produktivitas = produksi / luas panen; indikator puso bersifat negatif,",
    "capaian dihitung (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Bonto Lempangan, 10 Februari 2025",
    jabatan: ["KEPALA DINAS PERTANIAN,"],
    nama: "Ir. H. MUH. SYUKUR DAENG NGAI, M.P.",
    pangkat: "Pembina Utama Muda",
    nip: "19690312 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r", "yp") },
    rules: ["ratio-components-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "realisasi produktivitas padi typed 5.75 ton/ha; produksi 186,420 ton / luas panen 36,150 ha = 5.16 (the other cells of the row and the jagung row are =produksi/luas)",
    truth: `ROUND(${a("r", "pp")}/${a("r", "lp")},2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "pj") },
    rules: ["predikat-mismatch"],
    note: "produksi jagung capaian 74.60 (53,710 / 72,000) is 'Sedang' (65 < x <= 75) but the predikat says 'Tinggi'",
    truth: `PREDIKAT(${a("cap", "pj")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "puso"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "puso")}-${a("r", "puso")})/${a("t", "puso")}*100,2)`,
    trap: `ROUND(${a("r", "puso")}/${a("t", "puso")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pred", "puso"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "puso")})`,
  });
  for (const k of ["r23", "t", "r"])
    b.ok({
      sheet: S,
      cell: a(k, "yj"),
      rules: ["ratio-components-mismatch", "hardcoded-value"],
      truth: `ROUND(${a(k, "pj")}/${a(k, "lj")},2)`,
      trap: k === "r" ? `${a(k, "pj")}+${a(k, "lj")}` : undefined,
    });
  b.ok({
    sheet: S,
    cell: a("t", "yp"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("t", "pp")}/${a("t", "lp")},2)`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "ntp"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "ntp")}/${a("t", "ntp")}*100,2)`,
  });
  for (const id of ["pp", "lj", "ntp"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  return b.finish();
}

type Ev = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  level?: boolean;
  tk: number; // target akhir Renstra K
  trp: number;
  sk: number; // realisasi s.d. 2023
  srp: number;
  rk: number; // target renja 2024
  rrp: number;
  xk: number; // realisasi 2024
  xrp: number;
};

export function tc29PerikananNangaroro(): BookW {
  const b = new BookW(
    "tc29-renja-dkp-nangaroro-raya-2024.xlsx",
    "T-C.29 evaluasi Renja dan capaian Renstra (Dinas Perikanan)",
    "No | Kode | Program / Kegiatan | Indikator | Satuan | Target akhir Renstra 2026 (K, Rp) | Realisasi s.d. 2023 (K, Rp) | Target Renja 2024 (K, Rp) | Realisasi 2024 (K, Rp) | Capaian Renja (K, Rp) | Realisasi s.d. 2024 (K, Rp) | Capaian Renstra (K, Rp); Rp in thousands; level indicators carry the latest value into s.d.",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NANGARORO RAYA",
    "DINAS KELAUTAN DAN PERIKANAN",
    "EVALUASI HASIL PELAKSANAAN RENJA TAHUN 2024 DAN PENCAPAIAN RENSTRA 2021-2026",
    "(Anggaran dalam ribuan rupiah)",
  ]);
  const rows: Ev[] = [
    {
      id: "p1",
      kode: "3.25.03",
      nama: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Persentase nelayan yang naik kelas",
      sat: "%",
      level: true,
      tk: 30,
      trp: 14_850_000,
      sk: 18.4,
      srp: 7_126_450,
      rk: 24,
      rrp: 2_985_000,
      xk: 23.1,
      xrp: 2_803_615,
    },
    {
      id: "k11",
      kode: "3.25.03.2.01",
      nama: "Pengelolaan Penangkapan Ikan di Wilayah Sungai dan Laut Kabupaten",
      ind: "Jumlah kapal perikanan bantuan",
      sat: "unit",
      tk: 60,
      trp: 9_200_000,
      sk: 34,
      srp: 4_412_300,
      rk: 12,
      rrp: 1_840_000,
      xk: 12,
      xrp: 1_762_480,
    },
    {
      id: "k12",
      kode: "3.25.03.2.02",
      nama: "Pemberdayaan Nelayan Kecil",
      ind: "Jumlah nelayan kecil yang dilatih",
      sat: "orang",
      tk: 1_500,
      trp: 5_650_000,
      sk: 872,
      srp: 2_714_150,
      rk: 300,
      rrp: 1_145_000,
      xk: 285,
      xrp: 1_041_135,
    },
    {
      id: "p2",
      kode: "3.25.04",
      nama: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Persentase luas lahan budidaya yang produktif",
      sat: "%",
      level: true,
      tk: 65,
      trp: 11_400_000,
      sk: 52.5,
      srp: 5_806_200,
      rk: 58,
      rrp: 2_310_000,
      xk: 58.75,
      xrp: 2_214_880,
    },
    {
      id: "k21",
      kode: "3.25.03.2.03",
      nama: "Pembudidayaan Ikan di Air Payau dan Laut",
      ind: "Jumlah paket benih dan pakan tersalurkan",
      sat: "paket",
      tk: 2_400,
      trp: 11_400_000,
      sk: 1_380,
      srp: 5_806_200,
      rk: 480,
      rrp: 2_310_000,
      xk: 512,
      xrp: 2_214_880,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], role: "indikator", num: 3, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
    {
      key: "tk",
      head: ["Target Akhir Renstra (2026)", "K"],
      role: "target",
      year: 2026,
      num: 6,
      fmt: "#,##0.##",
    },
    {
      key: "trp",
      head: ["Target Akhir Renstra (2026)", "Rp"],
      role: "anggaran",
      year: 2026,
      num: 6,
      fmt: RP,
    },
    { key: "sk", head: ["Realisasi s.d. 2023", "K"], role: "realisasi", year: 2023, num: 7, fmt: "#,##0.##" },
    {
      key: "srp",
      head: ["Realisasi s.d. 2023", "Rp"],
      role: "realisasi-anggaran",
      year: 2023,
      num: 7,
      fmt: RP,
    },
    { key: "rk", head: ["Target Renja 2024", "K"], role: "target", year: 2024, num: 8, fmt: "#,##0.##" },
    { key: "rrp", head: ["Target Renja 2024", "Rp"], role: "anggaran", year: 2024, num: 8, fmt: RP },
    {
      key: "xk",
      head: ["Realisasi Renja 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: 9,
      fmt: "#,##0.##",
    },
    {
      key: "xrp",
      head: ["Realisasi Renja 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 9,
      fmt: RP,
    },
    {
      key: "ck",
      head: ["Tingkat Capaian Renja 2024 (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 8",
      fmt: DEC,
    },
    {
      key: "crp",
      head: ["Tingkat Capaian Renja 2024 (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "10 = 9 / 8",
      fmt: DEC,
    },
    {
      key: "zk",
      head: ["Realisasi s.d. 2024", "K"],
      role: "realisasi",
      year: 2024,
      num: "11 = 7 + 9",
      fmt: "#,##0.##",
    },
    {
      key: "zrp",
      head: ["Realisasi s.d. 2024", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "11 = 7 + 9",
      fmt: RP,
    },
    {
      key: "gk",
      head: ["Capaian Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "12 = 11 / 6",
      fmt: DEC,
    },
    {
      key: "grp",
      head: ["Capaian Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "12 = 11 / 6",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: rows.map((x, i) => ({
      id: x.id,
      bold: x.level,
      cells: (c: C) => ({
        no: i + 1,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        tk: x.tk,
        trp: x.trp,
        sk: x.sk,
        srp: x.srp,
        rk: x.rk,
        rrp: x.rrp,
        xk: x.xk,
        xrp: x.xrp,
        ck: fx(`ROUND(${c.a("xk")}/${c.a("rk")}*100,2)`),
        crp: fx(`ROUND(${c.a("xrp")}/${c.a("rrp")}*100,2)`),
        zk: x.level ? fx(c.a("xk")) : fx(`${c.a("sk")}+${c.a("xk")}`),
        zrp:
          x.id === "k12" ? fx(`${c.a("srp")}+${c.a("xrp")}`, 3_676_935) : fx(`${c.a("srp")}+${c.a("xrp")}`),
        gk: fx(`ROUND(${c.a("zk")}/${c.a("tk")}*100,2)`),
        grp: fx(`ROUND(${c.a("zrp")}/${c.a("trp")}*100,2)`),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator persentase (tingkat) s.d. 2024 diisi realisasi tahun terakhir, bukan dijumlahkan.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Nangaroro Raya, 15 Januari 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN,"],
    nama: "MARSELINUS B. TEKE DHAE, S.Pi., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19780509 200312 1 007",
  });
  void INT;
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("zrp", "k12") },
    rules: ["sum-mismatch", "inconsistent-formula", "hardcoded-value"],
    note: "realisasi s.d. 2024 Rp of Pemberdayaan Nelayan Kecil shows the stale cached result 3,676,935 (from the earlier realisasi 2024 of 962,785); 2,714,150 (s.d. 2023) + 1,041,135 (2024) = 3,755,285",
    truth: `${a("srp", "k12")}+${a("xrp", "k12")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k21") },
    rules: ["code-hierarchy"],
    note: "kegiatan under PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA (3.25.04) carries the code 3.25.03.2.03 of the perikanan tangkap program; it should be 3.25.04.2.01",
    truth: `"3.25.04"`,
    actual: `PARENT(${a("kode", "k21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("zk", "p1"),
    rules: ["sum-mismatch"],
    truth: a("xk", "p1"),
    trap: `${a("sk", "p1")}+${a("xk", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("zk", "p2"),
    rules: ["sum-mismatch"],
    truth: a("xk", "p2"),
    trap: `${a("sk", "p2")}+${a("xk", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("zk", "k11"),
    rules: ["sum-mismatch"],
    truth: `${a("sk", "k11")}+${a("xk", "k11")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "k21"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("xk", "k21")}/${a("rk", "k21")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "p2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("xk", "p2")}/${a("rk", "p2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k11"),
    rules: ["code-hierarchy"],
    truth: `"3.25.03"`,
    actual: `PARENT(${a("kode", "k11")})`,
  });
  b.ok({
    sheet: S,
    cell: a("gk", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("zk", "p1")}/${a("tk", "p1")}*100,2)`,
  });
  return b.finish();
}
