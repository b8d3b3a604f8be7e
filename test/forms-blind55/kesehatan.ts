// The Dinas Kesehatan of two invented kabupaten (Kabupaten Nias Hilisimae, Sumatera Utara, and
// Kabupaten Sungai Embaloh, Kalimantan Barat, on the border): a recap of immunisation per puskesmas
// per month, an E.80 evaluation of the Renstra with K / Rp pairs per year, and an IKU matrix whose
// angka kesakitan DBD is lower is better. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const M6 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun"];

/** Recap of IDL per puskesmas, January .. June 2024, Dinkes Kabupaten Nias Hilisimae. */
export function imunisasiNias(): BookW {
  const b = new BookW(
    "rekap-idl-puskesmas-jan-jun-2024-dinkes-nias-hilisimae.xlsx",
    "recap of immunisation (IDL) per puskesmas per month",
    "No | Nama Puskesmas | Sasaran Bayi (Surviving Infant) | 'Jumlah Bayi Diimunisasi Dasar Lengkap (IDL)' > Jan .. Jun | Kumulatif s.d. Juni | % Cakupan thd Sasaran | Ket.; TOTAL KABUPATEN row of SUM and a ratio of totals",
  );
  const S = "IDL 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN NIAS HILISIMAE",
    "Seksi Surveilans dan Imunisasi",
    "REKAPITULASI CAKUPAN IMUNISASI DASAR LENGKAP (IDL) PER PUSKESMAS",
    "Bulan Januari s.d. Juni Tahun 2024",
  ]);
  const P: Array<[string, string, number, number[]]> = [
    ["p1", "Puskesmas Hilisimae", 412, [31, 36, 33, 35, 38, 34]],
    ["p2", "Puskesmas Lahusa Hulu", 286, [22, 19, 25, 23, 24, 21]],
    ["p3", "Puskesmas Bawolato Raya", 354, [27, 30, 26, 31, 29, 33]],
    ["p4", "Puskesmas Sirombu Dalam", 198, [14, 15, 17, 13, 16, 18]],
    ["p5", "Puskesmas Onolalu", 241, [18, 21, 19, 20, 22, 19]],
    ["p6", "Puskesmas Tuhemberua Selatan", 327, [24, 26, 29, 27, 25, 28]],
    ["p7", "Puskesmas Amandraya", 176, [12, 14, 13, 15, 14, 12]],
  ];
  const G = "Jumlah Bayi Diimunisasi Dasar Lengkap (IDL)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "pkm", head: ["Nama Puskesmas"], role: "lokasi", num: "2", width: 28 },
    { key: "sas", head: ["Sasaran Bayi (Surviving Infant)"], role: "target", year: 2024, num: "3", fmt: INT },
    ...M6.map((m, i): Col => ({
      key: `m${i}`,
      head: [G, m],
      role: "realisasi",
      year: 2024,
      num: String(4 + i),
      fmt: INT,
      width: 7,
    })),
    { key: "kum", head: ["Kumulatif s.d. Juni"], role: "realisasi", year: 2024, num: "10", fmt: INT },
    { key: "pct", head: ["% Cakupan thd Sasaran"], role: "capaian", year: 2024, num: "11 = 10/3", fmt: DEC },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "12", width: 20 },
  ];
  const rows: Row[] = P.map(([id, nm, sas, ms], i) => ({
    id,
    cells: (x) => {
      const c: Record<string, Cell> = { no: i + 1, pkm: nm, sas };
      ms.forEach((v, j) => (c[`m${j}`] = v));
      c.kum = fx(`SUM(${x.a("m0")}:${x.a("m5")})`);
      // planted: p4's cakupan typed with two digits swapped (46.97 -> 64.97)
      c.pct = id === "p4" ? 64.97 : fx(`ROUND(${x.a("kum")}/${x.a("sas")}*100,2)`);
      c.ket = id === "p2" ? "2 posyandu tanpa vaksinator Mei" : "-";
      return c;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    cells: (x) => {
      const c: Record<string, Cell> = { pkm: "TOTAL KABUPATEN" };
      const f = x.row("p1");
      for (const k of ["sas", ...M6.map((_, j) => `m${j}`), "kum"]) {
        // planted: the March total stops at Puskesmas Onolalu (p5) and misses two rows
        const l = k === "m2" ? x.row("p5") : x.row("p7");
        c[k] = fx(`SUM(${x.c(k)}${f}:${x.c(k)}${l})`);
      }
      c.pct = fx(`ROUND(${x.a("kum")}/${x.a("sas")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Catatan: target cakupan IDL semester I = 50 % dari sasaran bayi setahun.",
    "Persentase kabupaten dihitung dari total kumulatif dibagi total sasaran (bukan penjumlahan persentase).",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Hilisimae, 8 Juli 2024",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Nias Hilisimae"],
    nama: "dr. YAFETI ZEBUA LAOWO, M.K.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780411 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => `${t.c(k)}${t.row("p1")}:${t.c(k)}${t.row("p7")}`;
  b.plant({
    at: { sheet: S, cell: a("m2", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL KABUPATEN of March is SUM over the first five puskesmas (120); with Tuhemberua Selatan (29) and Amandraya (13) it is 162",
    truth: `SUM(${col("m2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "p4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "cakupan of Puskesmas Sirombu Dalam typed 64.97 among ROUND formulas; 93 / 198 gives 46.97 (digits swapped)",
    truth: `ROUND(${a("kum", "p4")}/${a("sas", "p4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("kum", "tot")}/${a("sas", "tot")}*100,2)`,
    trap: `SUM(${col("pct")})`,
  });
  b.ok({ sheet: S, cell: a("sas", "tot"), rules: ["sum-mismatch"], truth: `SUM(${col("sas")})` });
  b.ok({ sheet: S, cell: a("kum", "tot"), rules: ["sum-mismatch"], truth: `SUM(${col("kum")})` });
  b.ok({ sheet: S, cell: a("m5", "tot"), rules: ["sum-mismatch"], truth: `SUM(${col("m5")})` });
  b.ok({
    sheet: S,
    cell: a("kum", "p3"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m0", "p3")}:${a("m5", "p3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "p1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("kum", "p1")}/${a("sas", "p1")}*100,2)`,
  });
  return b.finish();
}

type E80R = {
  id: string;
  kode: string;
  uraian: string;
  ind: string;
  neg?: boolean;
  aw: number;
  akK: number;
  akRp?: number;
  t: [number, number];
  tRp?: [number, number];
  r: [number, number];
  rRp?: [number, number];
  kids?: string[];
  pj: string;
};

/** E.80 evaluation of the Renstra 2023-2026, years 2023 and 2024, Dinkes Kabupaten Sungai Embaloh. */
export function e80DinkesEmbaloh(): BookW {
  const b = new BookW(
    "evaluasi-e80-renstra-dinkes-sungai-embaloh-2023-2024.xlsx",
    "E.80 evaluation of the Renstra with K / Rp per year",
    "No | Kode | Program / Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) | Capaian Awal 2022 | 'Target Akhir Renstra (2026)' > K / Rp | 'Target Renstra' > 2023 > K / Rp, 2024 > K / Rp | 'Realisasi' > 2023, 2024 (K / Rp) | 'Rasio Capaian (%)' > 2023, 2024 (K / Rp) | Unit Penanggung Jawab; three header rows; programme Rp = SUM of its kegiatan; refleksi rasio for the AKB",
  );
  const S = "E.80";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel E.80",
    "EVALUASI TERHADAP HASIL RENSTRA DINAS KESEHATAN KABUPATEN SUNGAI EMBALOH",
    "Renstra Perangkat Daerah Periode 2023-2026 (s.d. Tahun 2024)",
  ]);
  const rs: E80R[] = [
    {
      id: "pr1",
      kode: "1.02.02",
      uraian: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Angka Kematian Bayi (per 1.000 kelahiran hidup)",
      neg: true,
      aw: 14.2,
      akK: 11.5,
      akRp: 0,
      t: [13.6, 13.0],
      r: [13.9, 12.4],
      kids: ["k1", "k2"],
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      uraian: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas perbatasan yang sarana prasarananya sesuai standar",
      aw: 6,
      akK: 14,
      akRp: 31_640_000_000,
      t: [8, 10],
      tRp: [7_250_000_000, 8_120_000_000],
      r: [8, 9],
      rRp: [6_984_350_000, 7_603_918_000],
      pj: "Bidang Pelayanan Kesehatan",
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      uraian: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar",
      aw: 78.5,
      akK: 95,
      akRp: 23_880_000_000,
      t: [84, 88],
      tRp: [5_460_000_000, 5_910_000_000],
      r: [85.2, 86.9],
      rRp: [5_318_226_000, 5_702_448_500],
      pj: "Bidang Kesehatan Masyarakat",
    },
    {
      id: "pr2",
      kode: "1.02.03",
      uraian: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan 9 jenis tenaga kesehatan sesuai standar",
      aw: 42.86,
      akK: 85.71,
      akRp: 0,
      t: [57.14, 64.29],
      r: [50, 64.29],
      kids: ["k3"],
      pj: "Bidang Sumber Daya Kesehatan",
    },
    {
      id: "k3",
      // planted: the kegiatan of the SDM programme carries the code of programme 1.02.02
      kode: "1.02.02.2.03",
      uraian: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan strategis yang ditempatkan di puskesmas perbatasan (orang)",
      aw: 12,
      akK: 96,
      akRp: 4_720_000_000,
      t: [22, 24],
      tRp: [1_085_000_000, 1_160_000_000],
      r: [18, 25],
      rRp: [912_400_000, 1_148_375_000],
      pj: "Bidang Sumber Daya Kesehatan",
    },
  ];
  const Y = [2023, 2024];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      width: 36,
    },
    { key: "aw", head: ["Capaian Awal 2022"], role: "kondisi-awal", year: 2022, fmt: DEC, width: 9 },
    { key: "akK", head: ["Target Akhir Renstra (2026)", "K"], role: "target", fmt: DEC, width: 9 },
    { key: "akR", head: ["Target Akhir Renstra (2026)", "Rp"], role: "anggaran", fmt: RP, width: 16 },
  ];
  const grp: Array<
    [string, string, "target" | "realisasi" | "capaian", "anggaran" | "realisasi-anggaran" | "capaian"]
  > = [
    ["t", "Target Renstra", "target", "anggaran"],
    ["r", "Realisasi", "realisasi", "realisasi-anggaran"],
    ["q", "Rasio Capaian (%)", "capaian", "capaian"],
  ];
  for (const [p, g, rk, rr] of grp)
    Y.forEach((y) => {
      cols.push({ key: `${p}K${y}`, head: [g, String(y), "K"], role: rk, year: y, fmt: DEC, width: 9 });
      cols.push({
        key: `${p}R${y}`,
        head: [g, String(y), "Rp"],
        role: rr,
        year: y,
        fmt: p === "q" ? DEC : RP,
        width: 15,
      });
    });
  cols.push({ key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 22 });
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    bold: !!r.kids,
    cells: (x) => {
      const c: Record<string, Cell> = {
        no: ["1", "1.1", "1.2", "2", "2.1"][i],
        kode: r.kode,
        ur: r.uraian,
        ind: r.ind,
        aw: r.aw,
        akK: r.akK,
        pj: r.pj,
      };
      const kidSum = (k: string) => fx(r.kids!.map((id) => x.a(k, id)).join("+"));
      c.akR = r.kids ? kidSum("akR") : r.akRp!;
      Y.forEach((y, j) => {
        c[`tK${y}`] = r.t[j];
        c[`rK${y}`] = r.r[j];
        c[`tR${y}`] = r.kids ? kidSum(`tR${y}`) : r.tRp![j];
        c[`rR${y}`] = r.kids ? kidSum(`rR${y}`) : r.rRp![j];
        const T = x.a(`tK${y}`);
        const R = x.a(`rK${y}`);
        c[`qK${y}`] = fx(r.neg ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`);
        // planted: the 2024 Rp rasio of k2 divides by the 2023 Rp target
        const den = r.id === "k2" && y === 2024 ? x.a("tR2023") : x.a(`tR${y}`);
        c[`qR${y}`] = fx(`ROUND(${x.a(`rR${y}`)}/${den}*100,2)`);
      });
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan: Angka Kematian Bayi adalah indikator negatif; rasio capaian = (2 x target - realisasi) / target x 100.",
    "Pagu program = jumlah pagu kegiatan di bawahnya.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Embaloh Hulu, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Sungai Embaloh"],
    nama: "dr. FLORENSIA JAWAI INGKONG, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750203 200312 2 007",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("qR2024", "k2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rp rasio 2024 of the ANC kegiatan divides by the 2023 target: 5,702,448,500 / 5,460,000,000 = 104.44; by the 2024 target 5,910,000,000 it is 96.49",
    truth: `ROUND(${a("rR2024", "k2")}/${a("tR2024", "k2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k3") },
    rules: ["code-hierarchy"],
    note: "kegiatan 1.02.02.2.03 stands under programme 1.02.03 (SDM Kesehatan); its own code is 1.02.03.2.02",
    truth: `"${"1.02.03"}"`,
    actual: `PARENT(${a("kode", "k3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("qK2024", "pr1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tK2024", "pr1")}-${a("rK2024", "pr1")})/${a("tK2024", "pr1")}*100,2)`,
    trap: `${a("rK2024", "pr1")}/${a("tK2024", "pr1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("qK2023", "pr1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tK2023", "pr1")}-${a("rK2023", "pr1")})/${a("tK2023", "pr1")}*100,2)`,
    trap: `${a("rK2023", "pr1")}/${a("tK2023", "pr1")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("tR2024", "pr1"),
    rules: ["sum-mismatch"],
    truth: `${a("tR2024", "k1")}+${a("tR2024", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rR2023", "pr1"),
    rules: ["sum-mismatch"],
    truth: `${a("rR2023", "k1")}+${a("rR2023", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("qK2024", "k3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rK2024", "k3")}/${a("tK2024", "k3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: `"1.02.02"`,
    actual: `PARENT(${a("kode", "k2")})`,
  });
  return b.finish();
}

type IkuR = { id: string; ind: string; rumus: string; sat: string; aw: number; k: number[]; src: string };

/** IKU matrix 2025-2029, Dinkes Kabupaten Nias Hilisimae, angka kesakitan DBD lower is better. */
export function ikuDinkesNias(): BookW {
  const b = new BookW(
    "iku-dinas-kesehatan-nias-hilisimae-2025-2029-dbd.xlsx",
    "IKU matrix with kondisi awal, targets 2025-2029 and kondisi akhir",
    "No | Sasaran (merged) | Indikator Kinerja Utama (IKU) | Formulasi Pengukuran | Satuan | Kondisi Awal Th. 2024 | 'Target Kinerja' > 2025 .. 2029 | Target Akhir Periode RPJMD | Sumber Data; no number row; angka kesakitan DBD per 100.000 penduduk with falling targets; kondisi akhir typed",
  );
  const S = "IKU Dinkes";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN NIAS HILISIMAE",
    "DINAS KESEHATAN",
    "INDIKATOR KINERJA UTAMA (IKU) DINAS KESEHATAN TAHUN 2025-2029",
  ]);
  const SAS = [
    "Meningkatnya derajat kesehatan masyarakat",
    "Meningkatnya derajat kesehatan masyarakat",
    "Meningkatnya derajat kesehatan masyarakat",
    "Meningkatnya mutu dan akses pelayanan kesehatan",
    "Meningkatnya mutu dan akses pelayanan kesehatan",
  ];
  const rs: IkuR[] = [
    {
      id: "dbd",
      ind: "Angka kesakitan Demam Berdarah Dengue (DBD) per 100.000 penduduk",
      rumus: "jumlah kasus DBD / jumlah penduduk x 100.000 (semakin kecil semakin baik)",
      sat: "per 100.000",
      aw: 44,
      k: [41, 38, 35, 32, 29],
      src: "Seksi P2PM",
    },
    {
      id: "stn",
      ind: "Prevalensi balita stunting",
      rumus: "balita pendek dan sangat pendek / balita diukur x 100",
      sat: "%",
      aw: 24.6,
      k: [22.4, 20.2, 18, 15.8, 13.6],
      src: "e-PPGBM",
    },
    {
      id: "uci",
      ind: "Persentase desa/kelurahan UCI",
      rumus: "desa/kelurahan UCI / seluruh desa/kelurahan x 100",
      sat: "%",
      aw: 71.3,
      k: [76, 81, 86, 91, 95],
      src: "Seksi Surveilans dan Imunisasi",
    },
    {
      id: "akr",
      ind: "Persentase puskesmas terakreditasi paripurna",
      rumus: "puskesmas terakreditasi paripurna / seluruh puskesmas x 100",
      sat: "%",
      aw: 14.29,
      k: [19.05, 23.81, 28.57, 33.33, 38.1],
      src: "Seksi Yankes Primer",
    },
    {
      id: "ikm",
      ind: "Indeks Kepuasan Masyarakat terhadap layanan puskesmas",
      rumus: "survei kepuasan masyarakat (PermenPANRB 14/2017)",
      sat: "indeks",
      aw: 78.4,
      k: [79.5, 80.5, 81.5, 82.5, 83.5],
      src: "Sub Bagian Perencanaan",
    },
  ];
  const Y5 = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama (IKU)"], role: "indikator", width: 34 },
    { key: "rm", head: ["Formulasi Pengukuran"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "aw", head: ["Kondisi Awal Th. 2024"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...Y5.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 8,
    })),
    { key: "ak", head: ["Target Akhir Periode RPJMD"], role: "kondisi-akhir", fmt: DEC, width: 11 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
  ];
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    cells: () => {
      const c: Record<string, Cell> = {
        no: i + 1,
        sas: SAS[i],
        ind: r.ind,
        rm: r.rumus,
        sat: r.sat,
        aw: r.aw,
        src: r.src,
      };
      Y5.forEach((y, j) => {
        // planted: the 2027 DBD target typed 53 (35 with its digits swapped) in a falling series
        c[`t${y}`] = r.id === "dbd" && y === 2027 ? 53 : r.k[j];
      });
      // planted: the kondisi akhir of the desa UCI copied from the 2028 target (91) instead of 2029 (95)
      c.ak = r.id === "uci" ? 91 : r.k[4];
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines(["* Angka kesakitan DBD dan prevalensi stunting: indikator negatif, target menurun setiap tahun."]);
  s.gap();
  signature(s, 11, {
    tempat: "Hilisimae, 3 Maret 2025",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Nias Hilisimae"],
    nama: "dr. YAFETI ZEBUA LAOWO, M.K.M.",
    nip: "19780411 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "dbd") },
    rules: ["target-trend", "target-outlier"],
    note: "the 2027 target of the angka kesakitan DBD (lower is better) is 53 between 38 (2026) and 32 (2028); the series falls by 3 a year, so 35 (digits swapped)",
    truth: `(${a("t2026", "dbd")}+${a("t2028", "dbd")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", "uci") },
    rules: ["kondisi-akhir-mismatch"],
    note: "target akhir of the persentase desa/kelurahan UCI typed 91.00 (the 2028 target); the 2029 target is 95.00",
    truth: a("t2029", "uci"),
  });
  b.ok({
    sheet: S,
    cell: a("ak", "dbd"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "dbd"),
    trap: `SUM(${a("t2025", "dbd")}:${a("t2029", "dbd")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t2029", "stn"),
    rules: ["target-trend"],
    truth: `2*${a("t2028", "stn")}-${a("t2027", "stn")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "akr"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "akr"),
    trap: `SUM(${a("t2025", "akr")}:${a("t2029", "akr")})`,
  });
  b.ok({ sheet: S, cell: a("ak", "ikm"), rules: ["kondisi-akhir-mismatch"], truth: a("t2029", "ikm") });
  return b.finish();
}
