// Two five-year plans: a Renstra T-C.27 of a Sulawesi province's Dinas Kelautan dan Perikanan with
// the codes of Kepmendagri 900.1.15.5-1317/2023 (provincial kegiatan carry the digit 1: 3.25.03.1.01)
// and a 'Kondisi Kinerja pada Akhir Periode' column, and an IKU matrix of a Sumatran province's
// DPMPTSP with 'Formulasi Pengukuran', 'Sifat' (Maksimal / Minimal), five yearly targets and
// qualitative targets (SAKIP letters, a public-service category). Every office, person and number is
// invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { plus } from "./common";

const YEARS = [2025, 2026, 2027, 2028, 2029];

// ============================= T-C.27 Renstra 2025-2029, DKP Provinsi Teluk Tomini (Sulawesi)

type RsIn = {
  id: string;
  lvl: "p" | "k" | "s";
  sas: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** kondisi akhir K: the last target (rate, stock, yearly production) or the sum (counts) */
  level: boolean;
  /** the kondisi akhir K typed instead of a formula */
  typed?: boolean;
  /** sub kegiatan Rp per year (typed); kegiatan and programs add their children */
  rp?: number[];
  f: string;
  pj: string;
  lok: string;
};

/** Renstra T-C.27 2025-2029 of the Dinas Kelautan dan Perikanan Provinsi Teluk Tomini. */
export function tc27Tomini(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-provinsi-teluktomini.xlsx",
    "T-C.27 Renstra program plan (province)",
    "T-C.27 Renstra 2025-2029 (DKP, province): Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja Program (Outcome) / Kegiatan (Output) / Sub Kegiatan | Satuan | Data Capaian pada Tahun Awal Perencanaan (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja PD Penanggung Jawab | Lokasi; 'pairs' number row 1 .. 14; codes of Kepmendagri 900.1.15.5-1317/2023 with the provincial digit 1; Rp in full rupiah, program Rp = its kegiatan, kegiatan Rp = its sub kegiatan; kondisi akhir Rp the sum of the years, K the last target for production, percentages and managed area, the sum for counts (note); JUMLAH",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI TELUK TOMINI",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Kompleks Perkantoran Gubernur Blok C, Tinombo Raya",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Dinas Kelautan dan Perikanan Provinsi Teluk Tomini Tahun 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya produksi perikanan tangkap yang berkelanjutan";
  const SB = "Meningkatnya produksi perikanan budidaya";
  const TK = "Bidang Perikanan Tangkap";
  const BD = "Bidang Perikanan Budidaya";
  const rows: RsIn[] = [
    {
      id: "p1",
      lvl: "p",
      sas: SA,
      kode: "3.25.03",
      nama: "PROGRAM PENGELOLAAN PERIKANAN TANGKAP",
      ind: "Produksi perikanan tangkap",
      sat: "ton/tahun",
      awal: 186_420,
      k: [189_500, 193_000, 196_800, 200_500, 204_000],
      level: true,
      typed: true,
      f: "#,##0",
      pj: TK,
      lok: "Provinsi Teluk Tomini",
    },
    {
      id: "k1",
      lvl: "k",
      sas: SA,
      kode: "3.25.03.1.01",
      nama: "Pengelolaan Penangkapan Ikan di Wilayah Laut sampai dengan 12 Mil",
      ind: "Jumlah kelompok nelayan yang difasilitasi sarana dan prasarana penangkapan ikan",
      sat: "kelompok",
      awal: 22,
      k: [24, 26, 28, 30, 32],
      level: false,
      f: "#,##0",
      pj: TK,
      lok: "13 kabupaten/kota pesisir",
    },
    {
      id: "s1",
      lvl: "s",
      sas: SA,
      kode: "3.25.03.1.01.0001",
      nama: "Penyediaan Prasarana Usaha Perikanan Tangkap untuk Nelayan Kecil",
      ind: "Jumlah paket sarana penangkapan ikan yang diserahkan",
      sat: "paket",
      awal: 44,
      k: [48, 52, 56, 60, 64],
      level: false,
      rp: [2_450_000_000, 2_600_000_000, 2_750_000_000, 2_900_000_000, 3_050_000_000],
      f: "#,##0",
      pj: TK,
      lok: "13 kabupaten/kota pesisir",
    },
    {
      id: "s2",
      lvl: "s",
      sas: SA,
      kode: "3.25.03.1.01.0002",
      nama: "Pemberdayaan Nelayan Kecil dalam Daerah Provinsi",
      ind: "Jumlah nelayan kecil yang mengikuti pelatihan dan pendampingan",
      sat: "orang",
      awal: 280,
      k: [300, 320, 340, 360, 380],
      level: false,
      rp: [865_400_000, 910_000_000, 955_500_000, 1_003_250_000, 1_053_400_000],
      f: "#,##0",
      pj: TK,
      lok: "Kab. Tojo Lamala, Kab. Parigi Utara, Kota Tinombo Raya",
    },
    {
      id: "k2",
      lvl: "k",
      sas: SA,
      kode: "3.25.03.1.02",
      nama: "Pengelolaan Pelabuhan Perikanan Provinsi",
      ind: "Persentase pelabuhan perikanan provinsi yang beroperasi sesuai standar",
      sat: "%",
      awal: 33.33,
      k: [40, 50, 60, 70, 80],
      level: true,
      f: DEC,
      pj: TK,
      lok: "PPI Ampana, PPI Moutong, PPI Labuan Sore",
    },
    {
      id: "s3",
      lvl: "s",
      sas: SA,
      kode: "3.25.03.1.02.0001",
      nama: "Pembangunan dan Pengembangan Fasilitas Pokok dan Fungsional Pelabuhan Perikanan",
      ind: "Jumlah fasilitas pelabuhan perikanan yang dibangun/dikembangkan",
      sat: "unit",
      awal: 3,
      k: [2, 2, 3, 3, 2],
      level: false,
      rp: [6_850_000_000, 7_200_000_000, 9_450_000_000, 9_800_000_000, 6_400_000_000],
      f: "#,##0",
      pj: TK,
      lok: "PPI Ampana, PPI Moutong, PPI Labuan Sore",
    },
    {
      id: "p2",
      lvl: "p",
      sas: SB,
      kode: "3.25.04",
      nama: "PROGRAM PENGELOLAAN PERIKANAN BUDIDAYA",
      ind: "Produksi perikanan budidaya",
      sat: "ton/tahun",
      awal: 412_860,
      k: [420_000, 428_500, 437_000, 446_000, 455_000],
      level: true,
      f: "#,##0",
      pj: BD,
      lok: "Provinsi Teluk Tomini",
    },
    {
      id: "k3",
      lvl: "k",
      sas: SB,
      kode: "3.25.04.1.01",
      nama: "Pengelolaan Pembudidayaan Ikan di Laut",
      ind: "Luas kawasan budidaya laut yang dikelola",
      sat: "Ha",
      awal: 1_120,
      k: [1_250, 1_400, 1_550, 1_700, 1_850],
      level: true,
      typed: true,
      f: "#,##0",
      pj: BD,
      lok: "Teluk Tomini bagian barat",
    },
    {
      id: "s4",
      lvl: "s",
      sas: SB,
      kode: "3.25.04.1.01.0001",
      nama: "Penyediaan Sarana Pembudidayaan Ikan di Laut",
      ind: "Jumlah paket sarana budidaya laut yang disalurkan",
      sat: "paket",
      awal: 12,
      k: [15, 18, 20, 22, 25],
      level: false,
      rp: [1_875_000_000, 2_160_000_000, 2_400_000_000, 2_640_000_000, 3_000_000_000],
      f: "#,##0",
      pj: BD,
      lok: "Kab. Tojo Lamala, Kab. Banggai Pesisir",
    },
    {
      id: "s5",
      lvl: "s",
      sas: SB,
      kode: "3.25.04.1.02.0002",
      nama: "Pembinaan dan Pemantauan Pembudidayaan Ikan di Laut",
      ind: "Jumlah pembudidaya ikan yang dibina",
      sat: "orang",
      awal: 230,
      k: [250, 275, 300, 325, 350],
      level: false,
      rp: [612_500_000, 648_000_000, 690_000_000, 725_000_000, 760_000_000],
      f: "#,##0",
      pj: BD,
      lok: "Kab. Tojo Lamala, Kab. Banggai Pesisir",
    },
  ];
  // planted 1: the second sub kegiatan of 3.25.04.1.01 coded under a kegiatan 3.25.04.1.02 (copied code)
  const PLANT_CODE = "s5";
  // planted 2: kondisi akhir Rp of the pemberdayaan nelayan adds 2025-2028 only
  const PLANT_AK = "s2";
  const kids: Record<string, string[]> = {
    p1: ["k1", "k2"],
    k1: ["s1", "s2"],
    k2: ["s3"],
    p2: ["k3"],
    k3: ["s4", "s5"],
  };
  const yk = YEARS.map((_, i) => `y${i}k`);
  const yr = YEARS.map((_, i) => `y${i}r`);
  const TP = "Target Kinerja Program dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 17 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output) / Sub Kegiatan"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "6",
      width: 12,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: yk[i], head: [TP, String(y), "Target"], role: "target", year: y, num: String(7 + i), width: 10 },
      {
        key: yr[i],
        head: [TP, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(7 + i),
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: "12", width: 11 },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", num: "12", fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "13", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "14", width: 22 },
  ];
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const cells: Record<string, Cell> = {
        sas: x.sas,
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        pj: x.pj,
        lok: x.lok,
      };
      x.k.forEach((v, i) => (cells[yk[i]] = fmt(v, x.f)));
      yr.forEach((k, i) => {
        if (x.rp) cells[k] = x.rp[i];
        else {
          const ks = kids[x.id];
          cells[k] = fx(ks.length === 1 ? c.a(k, ks[0]) : plus(ks.map((id) => c.a(k, id))));
        }
      });
      if (x.level) cells.akK = x.typed ? fmt(x.k[4], x.f) : fx(c.a(yk[4]));
      else cells.akK = fx(plus(yk.map((k) => c.a(k))));
      cells.akR = fx(plus((x.id === PLANT_AK ? yr.slice(0, 4) : yr).map((k) => c.a(k))));
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => {
      const cells: Record<string, Cell> = { kode: "JUMLAH PENDANAAN" };
      for (const k of [...yr, "akR"]) cells[k] = fx(plus(["p1", "p2"].map((id) => c.a(k, id))));
      return cells;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "pairs", rows: body, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Kondisi kinerja akhir periode: produksi (ton/tahun), persentase dan luas kawasan yang dikelola = target tahun 2029; jumlah kelompok, paket, orang dan unit = jumlah target 2025-2029.",
    "2. Pagu indikatif tahun 2026-2029 merupakan prakiraan dan dapat berubah sesuai kemampuan keuangan daerah.",
  ]);
  s.gap();
  signature(s, 15, {
    tempat: "Tinombo Raya, 5 Juni 2025",
    jabatan: ["KEPALA DINAS KELAUTAN DAN PERIKANAN", "PROVINSI TELUK TOMINI,"],
    nama: "Ir. MUHAMMAD RIDWAN LAHAMA, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19730612 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE) },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pembinaan dan Pemantauan Pembudidayaan Ikan di Laut is coded 3.25.04.1.02.0002 (the kegiatan part 02 copied from the pelabuhan block) under kegiatan 3.25.04.1.01; its code is 3.25.04.1.01.0002",
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", PLANT_CODE)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akR", PLANT_AK) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `kondisi akhir Rp of the sub kegiatan Pemberdayaan Nelayan Kecil is =${plus(yr.slice(0, 4).map((k) => a(k, PLANT_AK)))}, the years 2025-2028 only: 3,734,150,000; with 2029 (1,053,400,000) the five years give 4,787,550,000`,
    truth: plus(yr.map((k) => a(k, PLANT_AK))),
  });
  for (const x of rows) {
    const id = x.id;
    const tk = yk.map((k) => a(k, id));
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: x.typed ? ["kondisi-akhir-mismatch", "hardcoded-value"] : ["kondisi-akhir-mismatch"],
      truth: x.level ? tk[4] : plus(tk),
      trap: x.level ? plus(tk) : tk[4],
    });
    if (id !== PLANT_AK)
      b.ok({
        sheet: S,
        cell: a("akR", id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: plus(yr.map((k) => a(k, id))),
      });
    if (x.lvl === "p") continue;
    if (id !== PLANT_CODE) {
      const parent = Object.keys(kids).find((p) => kids[p].includes(id))!;
      b.ok({
        sheet: S,
        cell: a("kode", id),
        rules: ["code-hierarchy"],
        truth: a("kode", parent),
        actual: `PARENT(${a("kode", id)})`,
      });
    }
  }
  // program and kegiatan money add only their own children (a program is not the sum of every row under it)
  for (const p of ["p1", "k1", "p2", "k3"])
    for (const k of [yr[0], yr[4]]) {
      const own = plus(kids[p].map((id) => a(k, id)));
      const grand = p.startsWith("p")
        ? plus(kids[p].flatMap((id) => [id, ...(kids[id] ?? [])]).map((id) => a(k, id)))
        : undefined;
      b.ok({ sheet: S, cell: a(k, p), rules: ["sum-mismatch"], truth: own, trap: grand });
    }
  for (const k of [yr[0], yr[2], "akR"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: plus(["p1", "p2"].map((id) => a(k, id))),
    });
  return b.finish();
}

// ======================= Matriks IKU 2025-2029, DPMPTSP Provinsi Bukit Barisan (Sumatra)

type IkuIn = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  sifat: "Maksimal" | "Minimal";
  awal: number | string;
  t: Array<number | string>;
  /** kondisi akhir: "last" (typed last target), "ref" (=2029 cell), "sum" (=SUM of the years) */
  ak: "last" | "ref" | "sum";
  src: string;
  pj: string;
};

/** IKU matrix 2025-2029 of the DPMPTSP Provinsi Bukit Barisan with numeric and qualitative targets. */
export function ikuBukitBarisan(): BookW {
  const b = new BookW(
    "iku-formulasi-dpmptsp-bukitbarisan.xlsx",
    "IKU matrix with formulas and five yearly targets (province)",
    "Matriks IKU 2025-2029 (DPMPTSP, province): No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Pengukuran | Satuan | Sifat Indikator (Maksimal / Minimal) | Kondisi Awal (2024) | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir (2029) | Sumber Data | Penanggung Jawab; no number row; investment in Rp triliun with a cumulative kondisi akhir (=SUM, the formulasi says so), IKM and waktu penyelesaian (Minimal, falling targets), SAKIP letters and a public-service category as qualitative targets",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI BUKIT BARISAN",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
  ]);
  s.lines([
    "MATRIKS INDIKATOR KINERJA UTAMA (IKU)",
    "RENSTRA DPMPTSP PROVINSI BUKIT BARISAN TAHUN 2025-2029",
  ]);
  s.gap();
  const SA = "Meningkatnya realisasi investasi PMA dan PMDN";
  const SB = "Meningkatnya kualitas pelayanan perizinan dan nonperizinan";
  const SC = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const rows: IkuIn[] = [
    {
      id: "i1",
      sas: SA,
      ind: "Nilai realisasi investasi PMA dan PMDN",
      rumus:
        "Jumlah nilai realisasi investasi PMA + PMDN menurut LKPM dalam satu tahun; kondisi akhir = akumulasi 2025-2029",
      sat: "Rp triliun",
      sifat: "Maksimal",
      awal: 21.35,
      t: [22.4, 23.6, 24.9, 26.3, 27.8],
      ak: "sum",
      src: "Sistem OSS-RBA / LKPM",
      pj: "Bidang Pengembangan Iklim dan Promosi Penanaman Modal",
    },
    {
      id: "i2",
      sas: SB,
      ind: "Indeks Kepuasan Masyarakat (IKM) atas layanan perizinan",
      rumus: "Rata-rata tertimbang nilai unsur pelayanan hasil survei x 25",
      sat: "nilai",
      sifat: "Maksimal",
      awal: 82.15,
      t: [83, 84, 85, 85.5, 86],
      ak: "last",
      src: "Laporan Survei Kepuasan Masyarakat",
      pj: "Bidang Pelayanan Perizinan",
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase perizinan berusaha yang diterbitkan tepat waktu sesuai SOP",
      rumus: "(Jumlah izin yang terbit tepat waktu / jumlah izin yang diterbitkan) x 100%",
      sat: "%",
      sifat: "Maksimal",
      awal: 90.2,
      t: [91, 92, 93, 49, 95],
      ak: "ref",
      src: "Aplikasi SiCantik Cloud",
      pj: "Bidang Pelayanan Perizinan",
    },
    {
      id: "i4",
      sas: SB,
      ind: "Rata-rata waktu penyelesaian perizinan berusaha",
      rumus: "Jumlah hari kerja penyelesaian seluruh izin / jumlah izin yang diselesaikan",
      sat: "hari",
      sifat: "Minimal",
      awal: 5.8,
      t: [5.5, 5, 4.5, 4, 3.5],
      ak: "last",
      src: "Aplikasi SiCantik Cloud",
      pj: "Bidang Pengaduan dan Pengendalian Pelaksanaan",
    },
    {
      id: "i5",
      sas: SC,
      ind: "Nilai SAKIP DPMPTSP",
      rumus: "Hasil evaluasi AKIP oleh Inspektorat Provinsi",
      sat: "predikat",
      sifat: "Maksimal",
      awal: "B",
      t: ["BB", "BB", "BB", "A", "A"],
      ak: "last",
      src: "LHE AKIP Inspektorat",
      pj: "Sekretariat",
    },
    {
      id: "i6",
      sas: SC,
      ind: "Kategori hasil evaluasi penyelenggaraan pelayanan publik",
      rumus: "Hasil evaluasi pelayanan publik oleh Kementerian PANRB",
      sat: "kategori",
      sifat: "Maksimal",
      awal: "B",
      t: ["B", "A-", "A-", "A", "A"],
      ak: "last",
      src: "Laporan Evaluasi KemenPANRB",
      pj: "Sekretariat",
    },
  ];
  // planted 1: the 2028 target of the izin tepat waktu typed 49 (94 with its digits swapped)
  const PLANT_TREND = "i3";
  // planted 2: the kondisi akhir of the IKM typed 85.50, the 2028 target, in place of 2029's 86.00
  const PLANT_AK = { id: "i2", v: 85.5 };
  const ty = YEARS.map((y) => `t${y}`);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 32 },
    { key: "rumus", head: ["Formulasi Pengukuran"], role: "rumus", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "sifat", head: ["Sifat Indikator"], role: "polaritas", width: 10 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC, width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: ty[i],
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, fmt: DEC, width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 24 },
  ];
  const nos: Record<string, number> = { [SA]: 1, [SB]: 2, [SC]: 3 };
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    cells: (c) => {
      const cells: Record<string, Cell> = {
        no: nos[x.sas],
        sas: x.sas,
        ind: x.ind,
        rumus: x.rumus,
        sat: x.sat,
        sifat: x.sifat,
        awal: x.awal,
        src: x.src,
        pj: x.pj,
      };
      x.t.forEach((v, i) => (cells[ty[i]] = v));
      if (x.id === PLANT_AK.id) cells.ak = PLANT_AK.v;
      else if (x.ak === "sum") cells.ak = fx(`SUM(${c.a(ty[0])}:${c.a(ty[4])})`);
      else if (x.ak === "ref") cells.ak = fx(c.a(ty[4]));
      else cells.ak = x.t[4];
      return cells;
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows: body, vmerge: ["no", "sas"] });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Sifat Maksimal: semakin tinggi realisasi semakin baik; Minimal: semakin rendah semakin baik.",
    "- Nilai SAKIP: AA, A, BB, B, CC, C, D; kategori pelayanan publik: A, A-, B, B-, C, C-, D, E, F.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Talang Rayo, 2 Mei 2025",
    jabatan: ["Kepala Dinas Penanaman Modal dan PTSP", "Provinsi Bukit Barisan,"],
    nama: "H. ZULKIFLI DATUK MAJOLELO, S.E., M.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19740228 200003 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a(ty[3], PLANT_TREND) },
    rules: ["target-trend", "target-outlier"],
    note: "target 2028 of the persentase perizinan terbit tepat waktu (Maksimal) is 49.00 between 93.00 (2027) and 95.00 (2029): 94 with its digits swapped",
    truth: `(${a(ty[2], PLANT_TREND)}+${a(ty[4], PLANT_TREND)})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("ak", PLANT_AK.id) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir (2029) of the IKM is a typed 85.50, the 2028 target; the 2029 target is 86.00",
    truth: a(ty[4], PLANT_AK.id),
  });
  for (const x of rows) {
    if (x.id === PLANT_AK.id) continue;
    const tk = ty.map((k) => a(k, x.id));
    const numeric = typeof x.t[4] === "number";
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules:
        x.ak === "last" && numeric
          ? ["kondisi-akhir-mismatch", "hardcoded-value"]
          : ["kondisi-akhir-mismatch"],
      truth: x.ak === "sum" ? plus(tk) : tk[4],
      trap: !numeric ? undefined : x.ak === "sum" ? tk[4] : plus(tk),
    });
  }
  // the Minimal indicator's falling targets are its improvement, not a wrong trend
  for (let i = 1; i < 5; i++)
    b.ok({ sheet: S, cell: a(ty[i], "i4"), rules: ["target-trend"], truth: `${a(ty[i - 1], "i4")}-0.5` });
  b.ok({
    sheet: S,
    cell: a(ty[4], "i1"),
    rules: ["target-trend", "target-outlier"],
    truth: `${a(ty[3], "i1")}+1.5`,
  });
  return b.finish();
}
