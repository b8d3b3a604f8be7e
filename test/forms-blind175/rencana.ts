// Planning and evaluation tables of a Dinas Ketenagakerjaan: the T-C.27 funding table of program
// 2.07.05 Hubungan Industrial in a Banten kabupaten's Renstra 2025-2029 (dalam ribuan rupiah, K | Rp per
// year, kondisi akhir), and the E.81 evaluation of the Renja 2024 of a Kalimantan Timur Disnakertrans
// for program 2.07.06 Pengawasan Ketenagakerjaan (levels take their Triwulan IV value). Every name and
// number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

// ======================= Disnaker Kabupaten Ujung Kulon Raya (Banten), T-C.27 Renstra 2025-2029

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  flow: boolean;
};

export function tc27UjungKulon(): BookW {
  const b = new BookW(
    "tc27-hubungan-industrial-disnaker-ujung-kulon-raya.xlsx",
    "T-C.27 rencana program dan pendanaan indikatif (Disnaker)",
    "T-C.27 of a Banten Disnaker, program 2.07.05, '(dalam ribuan rupiah)': Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row merged over the pairs; kondisi akhir Rp as G+I+K+M+O",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN UJUNG KULON RAYA", "DINAS TENAGA KERJA"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif",
    "Dinas Tenaga Kerja Kabupaten Ujung Kulon Raya Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "s11",
      kode: "2.07.05.2.01.0001",
      nm: "Pengesahan Peraturan Perusahaan bagi Perusahaan yang Beroperasi dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah peraturan perusahaan yang disahkan",
      sat: "dokumen",
      awal: 28,
      k: [30, 31, 33, 34, 36],
      rp: [185_000, 194_250, 203_960, 214_160, 224_870],
      flow: true,
    },
    {
      id: "s12",
      kode: "2.07.05.2.01.0002",
      nm: "Pendaftaran Perjanjian Kerja Bersama untuk Perusahaan yang Beroperasi dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah PKB yang didaftarkan",
      sat: "dokumen",
      awal: 9,
      k: [10, 11, 11, 12, 12],
      rp: [96_500, 101_330, 106_400, 111_720, 117_300],
      flow: true,
    },
    {
      id: "s21",
      kode: "2.07.05.2.02.0001",
      nm: "Pencegahan Perselisihan Hubungan Industrial melalui Pembinaan LKS Bipartit",
      ind: "Jumlah perusahaan yang dibina LKS Bipartit",
      sat: "perusahaan",
      awal: 22,
      k: [25, 30, 35, 40, 45],
      rp: [142_800, 156_400, 171_250, 186_900, 203_650],
      flow: true,
    },
    {
      id: "s22",
      kode: "2.07.05.2.02.0002",
      nm: "Penyelesaian Perselisihan Hubungan Industrial, Mogok Kerja dan Penutupan Perusahaan",
      ind: "Jumlah kasus perselisihan yang difasilitasi penyelesaiannya",
      sat: "kasus",
      awal: 38,
      k: [40, 42, 44, 46, 48],
      rp: [268_300, 281_700, 295_800, 310_600, 326_100],
      flow: true,
    },
  ];
  const keg: Line[] = [
    {
      id: "k1",
      kode: "2.07.05.2.01",
      nm: "Pengesahan Peraturan Perusahaan dan Pendaftaran Perjanjian Kerja Bersama",
      ind: "Jumlah PP dan PKB yang disahkan/didaftarkan",
      sat: "dokumen",
      awal: 37,
      k: [40, 42, 44, 46, 48],
      flow: true,
    },
    {
      id: "k2",
      kode: "2.07.05.2.02",
      nm: "Pencegahan dan Penyelesaian Perselisihan Hubungan Industrial",
      ind: "Persentase kasus perselisihan yang diselesaikan melalui mediasi",
      sat: "%",
      awal: 71.05,
      k: [72, 74, 76, 78, 80],
      flow: false,
    },
  ];
  const prog: Line = {
    id: "p",
    kode: "2.07.05",
    nm: "PROGRAM HUBUNGAN INDUSTRIAL",
    ind: "Persentase perusahaan dengan hubungan industrial yang kondusif",
    sat: "%",
    awal: 64.5,
    k: [66, 68, 70, 72, 74],
    flow: false,
  };
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${y}`, head: [G, `Tahun ${y}`, "Target"], role: "target", year: y, num: 6 + i, width: 9 },
      {
        key: `rp${y}`,
        head: [G, `Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 6 + i,
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "11 = 6 + ... + 10", width: 10 },
    { key: "akRp", head: [AK, "Rp"], num: "11 = 6 + ... + 10", fmt: RP, width: 14 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 12, width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 13, width: 14 },
  ];
  const plantedRp2026 = 733_680 - 50_000;
  const line = (x: Line, kids: string[] | null, bold = false): Row => ({
    id: x.id,
    bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: "Bidang HI dan Jamsos",
        lok: "Kab. Ujung Kulon Raya",
      };
      Y.forEach((y, i) => {
        out[`k${y}`] = x.k[i];
        // planted: the program's Rp 2026 typed, 50,000 (thousand) below its kegiatan
        out[`rp${y}`] =
          x.id === "p" && y === 2026
            ? plantedRp2026
            : kids
              ? fx(kids.map((id) => c.a(`rp${y}`, id)).join("+"))
              : x.rp![i];
      });
      out.akK = x.flow ? fx(Y.map((y) => c.a(`k${y}`)).join("+")) : fx(c.a("k2029"));
      // planted: the s22 kondisi akhir Rp leaves out 2029
      out.akRp = fx((x.id === "s22" ? Y.slice(0, 4) : Y).map((y) => c.a(`rp${y}`)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      line(prog, ["k1", "k2"], true),
      line(keg[0], ["s11", "s12"]),
      line(L[0], null),
      line(L[1], null),
      line(keg[1], ["s21", "s22"]),
      line(L[2], null),
      line(L[3], null),
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: target kegiatan dan sub kegiatan berupa jumlah per tahun; kondisi akhir = jumlah lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Sumur, 20 Maret 2025",
    jabatan: ["KEPALA DINAS TENAGA KERJA", "KABUPATEN UJUNG KULON RAYA,"],
    nama: "Drs. AHMAD SYAFEI, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700117 199503 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const yrs = (k: string, id: string, n = 5) =>
    Y.slice(0, n)
      .map((y) => a(`${k}${y}`, id))
      .join("+");
  b.plant({
    at: { sheet: S, cell: a("rp2026", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rp 2026 of program 2.07.05 is a typed 683,680 (thousand) among kegiatan-sum formulas; its two kegiatan give 295,580 + 438,100 = 733,680",
    truth: `${a("rp2026", "k1")}+${a("rp2026", "k2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("akRp", "s22") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of sub kegiatan 2.07.05.2.02.0002 adds 2025-2028 only (1,156,400); with 2029's 326,100 it is 1,482,500",
    truth: yrs("rp", "s22"),
  });
  for (const id of ["s11", "s12", "s21", "k1", "k2"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: yrs("rp", id),
    });
  // flows: the kondisi akhir K is the five years added; the rates: the last year's target
  b.ok({
    sheet: S,
    cell: a("akK", "s11"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs("k", "s11"),
    trap: a("k2029", "s11"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: yrs("k", "k1"),
    trap: a("k2029", "k1"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "k2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "k2"),
    trap: yrs("k", "k2"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: yrs("k", "p"),
  });
  for (const y of [2025, 2027, 2029]) {
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "p"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "k1")}+${a(`rp${y}`, "k2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "k2"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${y}`, "s21")}+${a(`rp${y}`, "s22")}`,
    });
  }
  for (const id of ["s11", "s12"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "k1"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "k2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "k2")})`,
    actual: a("kode", "p"),
  });
  return b.finish();
}

// ================ Disnakertrans Provinsi Kalimantan Timur, E.81 evaluasi Renja 2024 (pengawasan)

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

export function e81PengawasanKaltim(): BookW {
  const b = new BookW(
    "e81-pengawasan-norma-k3-disnakertrans-kaltim.xlsx",
    "E.81 evaluasi hasil Renja (Disnakertrans, pengawasan)",
    "E.81 of a Kalimantan Timur Disnakertrans, program 2.07.06, Renja 2024 '(dalam ribuan rupiah)': No | Kode | Urusan / Program / Kegiatan | Indikator | Satuan | (5) Target Renstra akhir 2026 | (6) Realisasi s.d. 2023 | (7) Target Renja 2024 | (8)-(11) Triwulan I-IV | (12) Realisasi 2024 | (13) s.d. 2024 | (14) Tingkat capaian (%), each K | Rp; number row merged over the pairs with '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100'; Rata-rata and Predikat rows; Unit PD",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "DINAS TENAGA KERJA DAN TRANSMIGRASI"]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI KALIMANTAN TIMUR",
    "Renja Dinas Tenaga Kerja dan Transmigrasi Tahun 2024 (Renstra 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const subs: Sub[] = [
    {
      id: "s1",
      kode: "2.07.06.2.01.0001",
      nm: "Pemeriksaan Norma Keselamatan dan Kesehatan Kerja",
      ind: "Jumlah perusahaan yang diperiksa norma K3",
      sat: "perusahaan",
      level: false,
      k5: 600,
      rp5: 3_150_000,
      k6: 330,
      rp6: 1_702_400,
      k7: 120,
      rp7: 645_000,
      kq: [22, 35, 38, 29],
      rpq: [98_450, 171_300, 188_620, 162_180],
    },
    {
      id: "s2",
      kode: "2.07.06.2.01.0002",
      nm: "Pemeriksaan Pelaksanaan Upah Minimum",
      ind: "Persentase perusahaan diperiksa yang membayar upah minimum",
      sat: "%",
      level: true,
      k5: 90,
      rp5: 1_850_000,
      k6: 78.5,
      rp6: 1_024_600,
      k7: 84,
      rp7: 382_500,
      kq: [61.2, 64.8, 71.5, 83.6],
      rpq: [52_300, 96_840, 104_250, 117_960],
    },
    {
      id: "s3",
      kode: "2.07.06.2.01.0003",
      nm: "Penegakan Hukum Ketenagakerjaan",
      ind: "Jumlah nota pemeriksaan yang ditindaklanjuti",
      sat: "nota",
      level: false,
      k5: 250,
      rp5: 1_400_000,
      k6: 128,
      rp6: 742_150,
      k7: 55,
      rp7: 296_000,
      kq: [9, 14, 17, 18],
      rpq: [38_600, 71_250, 86_400, 92_170],
    },
  ];
  const pair = (
    key: string,
    head: string,
    num: string,
    kRole: Col["role"],
    rpRole: Col["role"],
    year?: number,
    kf?: string,
  ): Col[] => [
    { key: `k${key}`, head: [head, "K"], role: kRole, year, num, fmt: kf, width: 9 },
    { key: `rp${key}`, head: [head, "Rp"], role: rpRole, year, num, fmt: kf ?? RP, width: 13 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Akhir Periode Renstra (2026)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (2023)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair("7", "Target Kinerja dan Anggaran Renja Tahun Berjalan (2024)", "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja Tahun 2024",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "K"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", "Rp"],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bidang Pengawasan Ketenagakerjaan",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // planted: s2 is a level, yet its (12) K adds the four quarters
      out.k12 = x.level && x.id !== "s2" ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      out.rp12 = fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      // planted: s3's Rp (14) typed 97.44, the Renja ratio 12 / 7
      out.rp14 = x.id === "s3" ? 97.44 : fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  const kegRow: Row = {
    id: "keg",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "2.07.06.2.01",
        nm: "Penyelenggaraan Pengawasan Ketenagakerjaan",
        ind: "Jumlah perusahaan yang diawasi",
        sat: "perusahaan",
        k5: 1100,
        k6: 612,
        k7: 215,
        kq1: 40,
        kq2: 58,
        kq3: 66,
        kq4: 57,
        pj: "Bidang Pengawasan Ketenagakerjaan",
      };
      for (const k of rpKeys) out[k] = fx(`${c.a(k, "s1")}+${c.a(k, "s2")}+${c.a(k, "s3")}`);
      out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
      out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const progRow: Row = {
    id: "prog",
    bold: true,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: "2.07.06",
        nm: "PROGRAM PENGAWASAN KETENAGAKERJAAN",
        ind: "Persentase perusahaan yang mematuhi norma ketenagakerjaan",
        sat: "%",
        k5: 80,
        k6: 71.3,
        k7: 75,
        kq1: "-",
        kq2: 68.4,
        kq3: "-",
        kq4: 76.9,
        pj: "Disnakertrans",
      };
      for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
      out.k12 = fx(c.a("kq4"));
      out.k13 = fx(c.a("k12"));
      out.k14 = fx(`ROUND(${c.a("k13")}/${c.a("k5")}*100,2)`);
      out.rp14 = fx(`ROUND(${c.a("rp13")}/${c.a("rp5")}*100,2)`);
      return out;
    },
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      {
        id: "urs",
        bold: true,
        cells: { kode: "2", nm: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR" },
      },
      { id: "bid", bold: true, cells: { kode: "2.07", nm: "URUSAN PEMERINTAHAN BIDANG TENAGA KERJA" } },
      progRow,
      kegRow,
      ...subs.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s3")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s3")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: "Sangat Tinggi", rp14: "Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: kerja sama dengan BPJS Ketenagakerjaan dalam data perusahaan wajib lapor.",
    "Faktor penghambat: jumlah pengawas ketenagakerjaan (41 orang) tidak sebanding dengan 9.800 perusahaan.",
    "Tindak lanjut: pemeriksaan terpadu norma K3 dan upah minimum mulai Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Samarinda, 24 Januari 2025",
    jabatan: ["Kepala Dinas Tenaga Kerja dan Transmigrasi", "Provinsi Kalimantan Timur,"],
    nama: "Ir. RAHMAT SYAHRANI, M.T.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19690422 199403 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k12", "s2") },
    rules: ["sum-mismatch", "percent-out-of-range"],
    note: "Realisasi K 2024 (12) of the upah minimum rate (a level, %) adds the four quarters, 61.20 + 64.80 + 71.50 + 83.60 = 281.10; the year's value is the Triwulan IV level 83.60",
    truth: a("kq4", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("rp14", "s3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Tingkat capaian Rp (14) of sub kegiatan 2.07.06.2.01.0003 is a typed 97.44 (12 / 7, the Renja ratio 288,420 / 296,000) among 13 / 5 formulas; 1,030,570 / 1,400,000 gives 73.61",
    truth: `ROUND(${a("rp13", "s3")}/${a("rp5", "s3")}*100,2)`,
  });
  // the program's rate is a level: (12) is the Triwulan IV value, (13) the latest level
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("kq2", "prog")}+${a("kq4", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("k14", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k13", "prog")}/${a("k5", "prog")}*100,2)`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["s1", "s2", "keg"])
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch", "hardcoded-value"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  for (const k of ["rp5", "rp6", "rp7", ...qr, "rp12"])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "s1")}+${a(k, "s2")}+${a(k, "s3")}`,
    });
  for (const id of ["s1", "s3"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", "keg"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "keg"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "keg")})`,
    actual: a("kode", "prog"),
  });
  return b.finish();
}
