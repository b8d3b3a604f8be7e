// Planning tables: the T-C.27 of the Renstra 2025-2029 of a Badan Pengelola Perbatasan Daerah in
// Kalimantan Barat (K | Rp pairs per year, kondisi akhir: the last level for rates, the sum of the years
// for flows and money), and the IKU matrix 2025-2029 of a Dinas Transmigrasi (targets per year, kondisi
// akhir = the 2029 target). Every name and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type Prg = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level?: boolean;
};

export function tc27Perbatasan(): BookW {
  const b = new BookW(
    "tc27-renstra-bpp-kapuas-perbatasan.xlsx",
    "T-C.27 Renstra pendanaan (Badan Pengelola Perbatasan)",
    "T-C.27 of the Renstra BPPD 2025-2029 of a Kalimantan Barat kabupaten: Kode | Program / Kegiatan | Indikator | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 (2025) .. Tahun ke-5 (2029), each K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' K | Rp | Penanggung Jawab; number row merged over the pairs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENGELOLA PERBATASAN DAERAH", "KABUPATEN KAPUAS PERBATASAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Badan Pengelola Perbatasan Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const P: Prg[] = [
    {
      id: "p1",
      kode: "4.01.06",
      nm: "PROGRAM PENGELOLAAN DAN PEMBANGUNAN KAWASAN PERBATASAN",
      ind: "Persentase desa perbatasan berstatus mandiri",
      sat: "%",
      awal: 12.5,
      k: [15, 18.5, 22, 26, 30],
      level: true,
    },
    {
      id: "k1",
      kode: "4.01.06.2.01",
      nm: "Pengembangan Sarana dan Prasarana Pos Lintas Batas",
      ind: "Jumlah pos lintas batas pendukung PLBN yang dibangun / direhabilitasi",
      sat: "unit",
      awal: 2,
      k: [1, 2, 2, 1, 1],
      rp: [4_250_000, 6_800_000, 7_150_000, 3_900_000, 4_100_000],
    },
    {
      id: "k2",
      kode: "4.01.06.2.02",
      nm: "Fasilitasi Pembangunan Desa Perbatasan",
      ind: "Jumlah desa perbatasan yang difasilitasi",
      sat: "desa",
      awal: 10,
      // planted: the 2027 target typed 160 (16 between 14 and 18)
      k: [12, 14, 160, 18, 20],
      rp: [1_850_000, 2_050_000, 2_200_000, 2_400_000, 2_600_000],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "nm", head: ["Program dan Kegiatan"], num: 2, width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "awal",
      head: ["Kondisi Kinerja pada Awal Periode Renstra (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
    },
  ];
  const ord = ["ke-1", "ke-2", "ke-3", "ke-4", "ke-5"];
  YEARS.forEach((y, i) => {
    const h = `Tahun ${ord[i]} (${y})`;
    cols.push({
      key: `k${y}`,
      head: [G, h, "K"],
      role: "target",
      year: y,
      num: String(6 + i),
      fmt: "#,##0.00",
      width: 9,
    });
    cols.push({
      key: `r${y}`,
      head: [G, h, "Rp"],
      role: "anggaran",
      year: y,
      num: String(6 + i),
      fmt: RP,
      width: 13,
    });
  });
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  cols.push({
    key: "ka",
    head: [KA, "K"],
    role: "kondisi-akhir",
    year: 2029,
    num: "11",
    fmt: "#,##0.00",
    width: 9,
  });
  cols.push({
    key: "ra",
    head: [KA, "Rp"],
    role: "kondisi-akhir",
    year: 2029,
    num: "11",
    fmt: RP,
    width: 14,
  });
  cols.push({
    key: "pj",
    head: ["Perangkat Daerah Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 12,
    width: 16,
  });
  const rpSum = (x: Ctx, ys = YEARS) => ys.map((y) => x.a(`r${y}`)).join("+");
  const rows: Row[] = P.map((p) => ({
    id: p.id,
    bold: p.level,
    cells: (x: Ctx) => {
      const c: Record<string, ReturnType<typeof fx> | number | string> = {
        kode: p.kode,
        nm: p.nm,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        pj: "BPPD",
      };
      YEARS.forEach((y, i) => {
        c[`k${y}`] = p.k[i];
        c[`r${y}`] = p.rp ? p.rp[i] : fx(`${x.a(`r${y}`, "k1")}+${x.a(`r${y}`, "k2")}`);
      });
      c.ka = p.level ? fx(x.a("k2029")) : fx(YEARS.map((y) => x.a(`k${y}`)).join("+"));
      // planted: the kondisi akhir Rp of kegiatan 4.01.06.2.01 leaves out 2029
      c.ra = fx(p.id === "k1" ? rpSum(x, YEARS.slice(0, 4)) : rpSum(x));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah dan pendanaan = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Putussibau Utara, 30 Desember 2024",
    jabatan: ["Kepala Badan Pengelola Perbatasan Daerah,"],
    nama: "Drs. FRANSISKUS XAVERIUS LUNGAN, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690917 199403 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k2027", "k2") },
    rules: ["target-outlier"],
    note: "target 2027 of the desa perbatasan difasilitasi is 160 between 14 (2026) and 18 (2028): a zero too many, 16 was meant",
    truth: `(${a("k2026", "k2")}+${a("k2028", "k2")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ra", "k1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir Rp of kegiatan 4.01.06.2.01 adds 2025-2028 only (22,100,000); with 2029's 4,100,000 the five years give 26,200,000",
    truth: YEARS.map((y) => a(`r${y}`, "k1")).join("+"),
  });
  // the program's rate ends at its 2029 level, not the sum of the years
  b.ok({
    sheet: S,
    cell: a("ka", "p1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p1"),
    trap: YEARS.map((y) => a(`k${y}`, "p1")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YEARS.map((y) => a(`k${y}`, "k1")).join("+"),
  });
  for (const id of ["p1", "k2"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
      // a range over the pairs would add the K columns too
      trap: `SUM(${a("r2025", id)}:${a("r2029", id)})`,
    });
  for (const y of YEARS)
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "k1")}+${a(`r${y}`, "k2")}`,
    });
  b.ok({ sheet: S, cell: a("k2029", "p1"), rules: ["target-trend"], truth: "30" });
  return b.finish();
}

// ================================================ IKU Dinas Transmigrasi Provinsi Papua Pegunungan

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  pol: string;
  awal: number;
  tg: number[];
  ka: number;
};

export function ikuTransmigrasi(): BookW {
  const b = new BookW(
    "iku-dinas-transmigrasi-papua-pegunungan-2025-2029.xlsx",
    "Matriks IKU 2025-2029 (Dinas Transmigrasi)",
    "Indikator Kinerja Utama 2025-2029 of a Dinas Transmigrasi in Papua Pegunungan: No | Sasaran Strategis | Indikator Kinerja Utama | Formulasi | Satuan | Polaritas | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir 2029 | Penanggung Jawab; typed kondisi akhir; a lower-is-better row with falling targets",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI PAPUA PEGUNUNGAN", "DINAS TRANSMIGRASI DAN KAWASAN PERMUKIMAN"]);
  s.lines([
    "Lampiran Keputusan Kepala Dinas Nomor 800.1/114/DTKP/2025",
    "INDIKATOR KINERJA UTAMA TAHUN 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya kesejahteraan masyarakat di kawasan transmigrasi";
  const S2 = "Meningkatnya kepastian hukum lahan transmigrasi";
  const rows: Iku[] = [
    {
      id: "a1",
      sas: S1,
      ind: "Persentase KK transmigran berpendapatan di atas UMP",
      rumus: "KK transmigran berpendapatan > UMP / seluruh KK transmigran x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 32.5,
      tg: [35, 38, 41, 44, 47],
      ka: 47,
    },
    {
      id: "a2",
      sas: S1,
      ind: "Indeks Perkembangan Kawasan Transmigrasi (IPKT)",
      rumus: "Rata-rata tertimbang indeks dimensi sosial, ekonomi, lingkungan dan kelembagaan",
      sat: "indeks",
      pol: "Maksimal",
      awal: 44.8,
      tg: [46, 47.5, 49, 50.5, 52],
      ka: 52,
    },
    {
      id: "a3",
      sas: S2,
      ind: "Persentase lahan usaha transmigran yang bersertifikat",
      rumus: "Bidang lahan usaha bersertifikat / bidang lahan usaha dibagikan x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 61.2,
      // planted: 2027 typed 60 among rising targets (75 between 70 and 80)
      tg: [65, 70, 60, 80, 85],
      ka: 85,
    },
    {
      id: "a4",
      sas: S2,
      ind: "Jumlah sengketa lahan di kawasan transmigrasi",
      rumus: "Jumlah kasus sengketa lahan yang tercatat dalam tahun berjalan",
      sat: "kasus",
      pol: "Minimal",
      awal: 14,
      tg: [12, 10, 8, 6, 5],
      ka: 5,
    },
    {
      id: "a5",
      sas: S1,
      ind: "Persentase desa eks-UPT yang berstatus desa mandiri",
      rumus: "Desa eks-UPT berstatus mandiri (IDM) / seluruh desa eks-UPT x 100%",
      sat: "%",
      pol: "Maksimal",
      awal: 18,
      tg: [20, 23, 26, 29, 32],
      // planted: kondisi akhir typed 30 (the 2029 target is 32)
      ka: 30,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
    ...YEARS.map((y): Col => ({
      key: `t${y}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: rows.map((x, i): Row => {
      const f = x.sat === "kasus" ? "0" : DEC;
      const c: Record<string, ReturnType<typeof fmt> | number | string> = {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        pol: x.pol,
        awal: fmt(x.awal, f),
        ka: fmt(x.ka, f),
        pj: x.id === "a3" || x.id === "a4" ? "Bidang Pertanahan Transmigrasi" : "Bidang Pengembangan Kawasan",
      };
      YEARS.forEach((y, j) => (c[`t${y}`] = fmt(x.tg[j], f)));
      return { id: x.id, cells: c };
    }),
  });
  s.gap();
  s.lines([
    "Sumber data: Sistem Informasi Transmigrasi (SITRANS) dan hasil survei IPKT.",
    "Kondisi akhir = target tahun 2029.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Jayawijaya Baru, 6 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "MARTHEN KOGOYA, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740301 200003 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2027", "a3") },
    rules: ["target-trend"],
    note: "the 2027 target of the lahan bersertifikat (polaritas maksimal) falls to 60.00 between 70.00 and 80.00; 75.00 keeps the rising line",
    truth: `(${a("t2026", "a3")}+${a("t2028", "a3")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ka", "a5") },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the desa eks-UPT mandiri is 30.00; the 2029 target is 32.00",
    truth: a("t2029", "a5"),
  });
  for (const id of ["a1", "a2", "a3", "a4"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  // falling targets of the lower-is-better sengketa row
  for (const y of [2026, 2029])
    b.ok({ sheet: S, cell: a(`t${y}`, "a4"), rules: ["target-trend"], truth: a(`t${y}`, "a4") });
  b.ok({ sheet: S, cell: a("t2029", "a2"), rules: ["target-trend", "target-outlier"], truth: "52" });
  return b.finish();
}
