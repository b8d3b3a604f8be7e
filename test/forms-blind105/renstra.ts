// Plan tables of two RSUD run as BLUD: the T-C.27 of the Renstra 2026-2030 of an East Java kota's
// RSUD (ordinal "Tahun ke-1 .. ke-5" with the period only in the title, Rp "(dalam ribuan rupiah)",
// three header rows, SUM formulas for kegiatan and program, a JUMLAH that adds the programs only) and
// the Renja 2025 of a Kalimantan Tengah provincial RSUD (T-C.30-like: lokasi, target, pagu, sumber dana
// BLUD / APBD and prakiraan maju 2026). Every name and number is invented.
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

// ============================================= RSUD dr. R. Soetjipto Kota Kaliwaru, T-C.27 2026-2030

type P = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  tg: number[];
  flow: boolean;
  rp?: number[];
  kids?: string[];
  f?: string;
  bold?: boolean;
};

export function tc27Rsud(): BookW {
  const b = new BookW(
    "renstra-tc27-rsud-soetjipto-kaliwaru-2026-2030.xlsx",
    "T-C.27 Renstra (RSUD BLUD)",
    "T-C.27 of the Renstra 2026-2030 of an East Java kota's RSUD: Tujuan | Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2025) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1..ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode > Target | Rp | Unit Kerja | Lokasi; (dalam ribuan rupiah); kegiatan and program Rp are SUM formulas, sub kegiatan typed; kondisi akhir Rp typed; JUMLAH adds the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA KALIWARU", "RUMAH SAKIT UMUM DAERAH dr. R. SOETJIPTO"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif RSUD dr. R. Soetjipto Kota Kaliwaru Tahun 2026-2030",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const rows: P[] = [
    {
      id: "p1",
      kode: "1.02.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Cost recovery rate BLUD (pendapatan BLUD terhadap biaya operasional)",
      sat: "%",
      awal: 82.4,
      tg: [84, 86, 88, 90, 92],
      flow: false,
      kids: ["k1"],
      f: DEC,
      bold: true,
    },
    {
      id: "k1",
      kode: "1.02.01.2.10",
      nm: "Peningkatan Pelayanan BLUD",
      ind: "Jumlah laporan keuangan dan kinerja BLUD yang disusun",
      sat: "dokumen",
      awal: 14,
      tg: [14, 14, 14, 14, 14],
      flow: true,
      kids: ["s1"],
    },
    {
      id: "s1",
      kode: "1.02.01.2.10.0001",
      nm: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah pasien rawat jalan dan rawat inap yang dilayani",
      sat: "orang",
      awal: 198_640,
      tg: [201_000, 204_500, 208_000, 211_500, 215_000],
      flow: true,
      rp: [118_450_000, 124_372_500, 130_591_100, 137_120_600, 143_976_700],
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Rata-rata waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      awal: 78,
      tg: [70, 65, 60, 55, 50],
      flow: false,
      kids: ["k2", "k3"],
      bold: true,
    },
    {
      id: "k2",
      kode: "1.02.02.2.01",
      nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Persentase alat kesehatan yang terkalibrasi",
      sat: "%",
      awal: 86.5,
      tg: [90, 92, 94, 96, 98],
      flow: false,
      kids: ["s2", "s3"],
      f: DEC,
    },
    {
      id: "s2",
      kode: "1.02.02.2.01.0014",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang diadakan",
      sat: "unit",
      awal: 68,
      tg: [70, 75, 80, 85, 90],
      flow: true,
      rp: [6_450_000, 6_900_000, 7_250_000, 7_800_000, 8_150_000],
    },
    {
      id: "s3",
      // planted: coded under kegiatan 1.02.02.2.02 while it stands under 1.02.02.2.01
      kode: "1.02.02.2.02.0026",
      nm: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang dipelihara dan dikalibrasi",
      sat: "unit",
      awal: 980,
      tg: [1_020, 1_060, 1_100, 1_140, 1_180],
      flow: true,
      rp: [1_725_000, 1_810_000, 1_905_500, 2_000_000, 2_100_000],
    },
    {
      id: "k3",
      kode: "1.02.02.2.02",
      nm: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Gross Death Rate (GDR)",
      sat: "‰",
      awal: 43.2,
      // planted: 2029 (Tahun ke-4) target typed 4.00 for 40.00
      tg: [42, 41, 40, 4, 38],
      flow: false,
      kids: ["s4"],
      f: DEC,
    },
    {
      id: "s4",
      kode: "1.02.02.2.02.0033",
      nm: "Operasional Pelayanan Rumah Sakit",
      ind: "Jumlah rumah sakit yang beroperasi sesuai standar",
      sat: "unit",
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      flow: false,
      rp: [9_840_000, 10_332_000, 10_848_600, 11_391_000, 11_960_500],
    },
  ];
  const byId = new Map(rows.map((x) => [x.id, x]));
  const rpOf = (x: P): number[] =>
    x.rp ??
    x.kids!.map((k) => rpOf(byId.get(k)!)).reduce((a, v) => a.map((n, j) => n + v[j]), [0, 0, 0, 0, 0]);
  const Y = [1, 2, 3, 4, 5];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "tj", head: ["Tujuan"], role: "tujuan", width: 22 },
    { key: "ss", head: ["Sasaran"], role: "sasaran", width: 22 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2025)"],
      role: "kondisi-awal",
      year: 2025,
      width: 11,
    },
    ...Y.flatMap((i): Col[] => [
      { key: `t${i}`, head: [G, `Tahun ke-${i}`, "Target"], role: "target", year: 2025 + i, width: 9 },
      {
        key: `r${i}`,
        head: [G, `Tahun ke-${i}`, "Rp"],
        role: "anggaran",
        year: 2025 + i,
        fmt: RP,
        width: 14,
      },
    ]),
    { key: "kat", head: [KA, "Target"], role: "kondisi-akhir", width: 10 },
    { key: "kar", head: [KA, "Rp"], fmt: RP, width: 15 },
    { key: "uk", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 12 },
  ];
  const TJ = "Meningkatnya derajat kesehatan masyarakat melalui pelayanan rujukan yang bermutu";
  const SS = "Meningkatnya mutu dan kemandirian pelayanan RSUD";
  // planted: kondisi akhir Rp of sub kegiatan 0014 typed 36,850,000; the five years add up to 36,550,000
  const s2Ka = 36_850_000;
  if (rpOf(byId.get("s2")!).reduce((n, v) => n + v, 0) !== 36_550_000) throw new Error("s2 ka");
  const bodyRow = (x: P): Row => ({
    id: x.id,
    bold: x.bold,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        tj: TJ,
        ss: SS,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.f ? { v: x.awal, fmt: x.f } : x.awal,
        uk: x.id.startsWith("p") ? "Direktur" : x.id.endsWith("1") ? "Bagian Keuangan" : "Bidang Penunjang",
        lok: "Kota Kaliwaru",
      };
      Y.forEach((i) => {
        const v = x.tg[i - 1];
        out[`t${i}`] = x.f ? { v, fmt: x.f } : v;
        out[`r${i}`] = x.rp
          ? x.rp[i - 1]
          : x.kids!.length === 1
            ? fx(c.a(`r${i}`, x.kids![0]))
            : fx(x.kids!.map((k) => c.a(`r${i}`, k)).join("+"));
      });
      const ka = x.flow ? x.tg.reduce((n, v) => n + v, 0) : x.tg[4];
      out.kat = x.f ? { v: ka, fmt: x.f } : ka;
      const kar = rpOf(x).reduce((n, v) => n + v, 0);
      out.kar =
        x.id === "s2"
          ? s2Ka
          : x.rp
            ? kar
            : fx(`SUM(${c.a("r1")},${c.a("r2")},${c.a("r3")},${c.a("r4")},${c.a("r5")})`);
      return out;
    },
  });
  // kegiatan k2: SUM over its sub kegiatan rows
  const rowsOut: Row[] = rows.map((x) => {
    if (x.id !== "k2") return bodyRow(x);
    const base = bodyRow(x);
    return {
      ...base,
      cells: (c: Ctx) => {
        const out = (base.cells as (c: Ctx) => Record<string, Cell>)(c);
        Y.forEach((i) => (out[`r${i}`] = fx(`SUM(${c.a(`r${i}`, "s2")}:${c.a(`r${i}`, "s3")})`)));
        return out;
      },
    };
  });
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["tj", "ss"],
    rows: [
      ...rowsOut,
      {
        id: "jml",
        bold: true,
        span: ["tj", "sat"],
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { tj: "JUMLAH" };
          for (const i of Y) out[`r${i}`] = fx(`${c.a(`r${i}`, "p1")}+${c.a(`r${i}`, "p2")}`);
          out.kar = fx(`${c.a("kar", "p1")}+${c.a("kar", "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: waktu tunggu rawat jalan dan GDR semakin kecil semakin baik."]);
  s.gap();
  signature(s, 14, {
    tempat: "Kaliwaru, 20 Oktober 2025",
    jabatan: ["Direktur RSUD dr. R. Soetjipto", "Kota Kaliwaru,"],
    nama: "dr. HENDRA WISNUBROTO, Sp.PD., M.M.R.S.",
    nip: "19730611 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kar", "s2") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 1.02.02.2.01.0014 is 36,850,000; the five years add up to 36,550,000",
    truth: Y.map((i) => a(`r${i}`, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemeliharaan Rutin dan Berkala Alat Kesehatan is coded 1.02.02.2.02.0026 (kegiatan 1.02.02.2.02) but stands under kegiatan 1.02.02.2.01 and is summed into it",
    truth: `${a("kode", "k2")}&".0026"`,
  });
  b.plant({
    at: { sheet: S, cell: a("t4", "k3") },
    rules: ["target-outlier"],
    note: "GDR target Tahun ke-4 (2029) is 4.00 among 42, 41, 40 and 38 per mil; the neighbours put it near 39.00-40.00 (a slipped digit)",
    truth: `(${a("t3", "k3")}+${a("t5", "k3")})/2`,
  });
  // kondisi akhir K: a rate, a lower-is-better level and a stock take the last target; flows the sum
  for (const id of ["p1", "p2", "k2", "s4"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: Y.map((i) => a(`t${i}`, id)).join("+"),
    });
  for (const id of ["k1", "s1"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: Y.map((i) => a(`t${i}`, id)).join("+"),
      trap: a("t5", id),
    });
  b.ok({ sheet: S, cell: a("t5", "p2"), rules: ["target-trend"], truth: "50" });
  for (const i of [1, 3])
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "p1")}+${a(`r${i}`, "p2")}`,
      trap: `SUM(${a(`r${i}`, "p1")}:${a(`r${i}`, "s4")})`,
    });
  b.ok({
    sheet: S,
    cell: a("kar", "s1"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: Y.map((i) => a(`r${i}`, "s1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s2")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}

// ======================================= RSUD Jaya Tingang Provinsi Kalimantan Tengah, Renja 2025

type R = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  tg: string | number;
  pagu?: number;
  dana?: string;
  tg26: string | number;
  rp26?: number;
  bold?: boolean;
};

export function renjaRsud(): BookW {
  const b = new BookW(
    "renja-2025-rsud-jaya-tingang-kalteng.xlsx",
    "Renja T-C.30-like rencana program dan kegiatan (RSUD BLUD)",
    "Renja 2025 of a Kalimantan Tengah provincial RSUD: No | Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Pagu Indikatif (Rp) | Sumber Dana | Catatan Penting | 'Prakiraan Maju Rencana Tahun 2026' > Target Capaian Kinerja | Kebutuhan Dana (Rp); number row (1)-(11); targets typed as text with units; kegiatan and program pagu SUM formulas; a Jumlah that adds the programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TENGAH",
    "RUMAH SAKIT UMUM DAERAH JAYA TINGANG",
    "Jl. Tjilik Riwut Km. 4,5 Palangka Raya",
  ]);
  s.lines([
    "Tabel 3.2",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Provinsi Kalimantan Tengah - RSUD Jaya Tingang",
  ]);
  s.gap();
  const rows: R[] = [
    {
      id: "u",
      kode: "1.02",
      nm: "URUSAN PEMERINTAHAN BIDANG KESEHATAN",
      ind: "",
      tg: "",
      tg26: "",
      bold: true,
    },
    {
      id: "p1",
      kode: "1.02.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      ind: "Persentase pendapatan BLUD terhadap target",
      tg: "100 %",
      tg26: "100 %",
      bold: true,
    },
    {
      id: "k1",
      kode: "1.02.01.1.10",
      nm: "Peningkatan Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      tg: "1 unit",
      tg26: "1 unit",
    },
    {
      id: "s1",
      kode: "1.02.01.1.10.0001",
      nm: "Pelayanan dan Penunjang Pelayanan BLUD",
      ind: "Jumlah BLUD yang menyediakan pelayanan dan penunjang pelayanan",
      tg: "1 unit",
      pagu: 186_420_500_000,
      dana: "Pendapatan BLUD",
      tg26: "1 unit",
      rp26: 195_741_525_000,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Indeks kepuasan pasien",
      tg: "82,50 indeks",
      tg26: "83,50 indeks",
      bold: true,
    },
    {
      id: "k2",
      kode: "1.02.02.1.01",
      nm: "Penyediaan Fasilitas Pelayanan, Sarana, Prasarana dan Alat Kesehatan untuk UKP Rujukan, UKM dan UKM Rujukan Tingkat Daerah Provinsi",
      ind: "Jumlah fasilitas pelayanan kesehatan rujukan yang disediakan",
      tg: "1 unit",
      tg26: "1 unit",
    },
    {
      id: "s2",
      kode: "1.02.02.1.01.0007",
      nm: "Pengembangan Rumah Sakit",
      ind: "Jumlah rumah sakit yang ditingkatkan sarana, prasarana, alat kesehatan dan SDM agar sesuai standar",
      tg: "1 unit",
      pagu: 14_275_000_000,
      dana: "DAK Fisik",
      tg26: "1 unit",
      rp26: 12_500_000_000,
    },
    {
      id: "s3",
      kode: "1.02.02.1.01.0016",
      nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan/alat penunjang medik yang disediakan",
      tg: "145 unit",
      pagu: 9_812_340_000,
      dana: "APBD",
      tg26: "160 unit",
      rp26: 10_450_000_000,
    },
    {
      id: "s4",
      // planted: the same code as the sub kegiatan above
      kode: "1.02.02.1.01.0016",
      nm: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan/alat penunjang medik yang terpelihara sesuai standar",
      tg: "1.240 unit",
      pagu: 2_368_750_000,
      dana: "APBD",
      tg26: "1.280 unit",
      rp26: 2_487_000_000,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "(2)", width: 18 },
    {
      key: "nm",
      head: ["Urusan/Bidang Urusan Pemerintahan Daerah dan Program/Kegiatan/Sub Kegiatan"],
      num: "(3)",
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program/Kegiatan/Sub Kegiatan"],
      role: "indikator",
      num: "(4)",
      width: 36,
    },
    { key: "lok", head: ["Rencana Tahun 2025", "Lokasi"], role: "lokasi", num: "(5)", width: 14 },
    {
      key: "tg",
      head: ["Rencana Tahun 2025", "Target Capaian Kinerja"],
      role: "target",
      year: 2025,
      num: "(6)",
      width: 13,
    },
    {
      key: "pagu",
      head: ["Rencana Tahun 2025", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(7)",
      fmt: RP,
      width: 18,
    },
    { key: "sd", head: ["Rencana Tahun 2025", "Sumber Dana"], num: "(8)", width: 14 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(9)", width: 14 },
    {
      key: "tg26",
      head: ["Prakiraan Maju Rencana Tahun 2026", "Target Capaian Kinerja"],
      role: "target",
      year: 2026,
      num: "(10)",
      width: 13,
    },
    {
      key: "rp26",
      head: ["Prakiraan Maju Rencana Tahun 2026", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(11)",
      fmt: RP,
      width: 18,
    },
  ];
  let np = 0;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.bold,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = { kode: x.kode, nm: x.nm };
          if (x.id === "u") return out;
          if (x.id.startsWith("p")) out.no = String(++np);
          out.ind = x.ind;
          out.lok = "Kota Palangka Raya";
          out.tg = x.tg;
          out.tg26 = x.tg26;
          if (x.pagu !== undefined) {
            out.pagu = x.pagu;
            out.rp26 = x.rp26;
            out.sd = x.dana;
            out.cat = x.dana === "DAK Fisik" ? "Menu DAK RS rujukan regional" : "-";
          } else if (x.id === "k1" || x.id === "p1") {
            for (const k of ["pagu", "rp26"]) out[k] = fx(c.a(k, x.id === "k1" ? "s1" : "k1"));
          } else if (x.id === "k2") {
            // planted: the kegiatan pagu stops one row short (s2:s3, without the pemeliharaan row)
            out.pagu = fx(`SUM(${c.a("pagu", "s2")}:${c.a("pagu", "s3")})`);
            out.rp26 = fx(`SUM(${c.a("rp26", "s2")}:${c.a("rp26", "s4")})`);
          } else if (x.id === "p2") {
            for (const k of ["pagu", "rp26"]) out[k] = fx(c.a(k, "k2"));
          }
          return out;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "ind"],
        cells: (c: Ctx) => ({
          no: "Jumlah",
          pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
          rp26: fx(`${c.a("rp26", "p1")}+${c.a("rp26", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Palangka Raya, 24 Juni 2024",
    jabatan: ["Direktur RSUD Jaya Tingang", "Provinsi Kalimantan Tengah,"],
    nama: "dr. SELVIANA DEWI NAHAN, Sp.A., M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19760402 200312 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "k2") },
    rules: ["sum-mismatch"],
    note: "pagu of kegiatan 1.02.02.1.01 is =SUM over two of its three sub kegiatan (24,087,340,000); with the pemeliharaan row it is 26,456,090,000 (the prakiraan maju column sums all three)",
    truth: `SUM(${a("pagu", "s2")}:${a("pagu", "s4")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("kode", "s4") },
        { sheet: S, cell: a("kode", "s3") },
      ],
    },
    rules: ["duplicate-code"],
    note: "sub kegiatan Pemeliharaan Rutin dan Berkala Alat Kesehatan repeats the code 1.02.02.1.01.0016 of the pengadaan row above it; its own code is 1.02.02.1.01.0017",
    truth: `${a("kode", "k2")}&".0017"`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "s2")}+${a("rp26", "s3")}+${a("rp26", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "j"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "p1")}+${a("rp26", "p2")}`,
    trap: `SUM(${a("rp26", "p1")}:${a("rp26", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: a("pagu", "s1"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "k2"),
  });
  return b.finish();
}
