// Budget documents of two offices: the DPA 2025 of a Dinas Pendidikan dan Kebudayaan summed per sub
// kegiatan with its pagu split by sumber dana (and the same money by jenis belanja on a second sheet),
// and the 2024 budget realisation of a Dinas Lingkungan Hidup per program with the quarters, serapan
// and sisa, with the realisation by jenis belanja under it. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { DASH, NEG, d2, rp, sumRange } from "./util";

// ============================================ DPA 2025 Dinas Pendidikan dan Kebudayaan Randuwangi

const DANA = ["pad", "dau", "dakf", "dakn"] as const;
type Dana = (typeof DANA)[number];

type DpIn = {
  id: string;
  lvl: "p" | "k" | "s";
  parent?: string;
  kode: string;
  nama: string;
  ind?: string;
  tgt?: number;
  sat?: string;
  lok?: string;
  dana?: Partial<Record<Dana, number>>;
  pm?: number;
};

/** Ringkasan DPA 2025 per sub kegiatan by sumber dana, and by jenis belanja on a second sheet. */
export function dpaDisdikbud(): BookW {
  const b = new BookW(
    "dpa-sumberdana-disdikbud-randuwangi.xlsx",
    "DPA summary per sub kegiatan by sumber dana (Disdikbud)",
    "Ringkasan DPA 2025 of a Dinas Pendidikan dan Kebudayaan on sheet 'Ringkasan DPA 2025': Kode | Program / Kegiatan / Sub Kegiatan | Indikator Keluaran | Target | Satuan | Lokasi | 'Pagu Menurut Sumber Dana (Rp)' > PAD | DAU | DAK Fisik | DAK Non Fisik | Jumlah Pagu (Rp) | Prakiraan Maju 2026 (Rp); number row 1 .. 12 with '11 = 7 + 8 + 9 + 10'; the year only in the title; sub kegiatan typed, kegiatan SUM, programs SUM of their kegiatan, Jumlah a row SUM on every row; TPG in the gaji sub kegiatan as DAK Non Fisik, BOS and BOP as DAK Non Fisik, classrooms as DAK Fisik; JUMLAH; on sheet 'Rekap Jenis Belanja' the same money by jenis belanja (Belanja Operasi and Belanja Modal as SUM subtotals, JUMLAH BELANJA) with Proporsi (%)",
  );
  const S = "Ringkasan DPA 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RANDUWANGI",
    "DINAS PENDIDIKAN DAN KEBUDAYAAN",
    "Jl. Pahlawan Revolusi No. 14 Randuwangi Telp. (0285) 771 230",
  ]);
  s.lines(
    [
      "RINGKASAN DOKUMEN PELAKSANAAN ANGGARAN (DPA) PER SUB KEGIATAN MENURUT SUMBER DANA",
      "TAHUN ANGGARAN 2025",
    ],
    1,
    { bold: true },
  );
  s.lines(["Organisasi : 1.01.2.22.0.00.01.0000 Dinas Pendidikan dan Kebudayaan"]);
  s.gap();
  const KAB = "Kabupaten Randuwangi";
  const rows: DpIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
    },
    {
      id: "k11",
      lvl: "k",
      parent: "p1",
      kode: "1.01.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
    },
    {
      id: "s111",
      lvl: "s",
      parent: "k11",
      kode: "1.01.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      tgt: 4_215,
      sat: "orang",
      lok: KAB,
      dana: { dau: 312_450_600_000, dakn: 98_760_000_000 },
      pm: 421_900_000_000,
    },
    { id: "k12", lvl: "k", parent: "p1", kode: "1.01.01.2.06", nama: "Administrasi Umum Perangkat Daerah" },
    {
      id: "s121",
      lvl: "s",
      parent: "k12",
      kode: "1.01.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik kantor yang disediakan",
      tgt: 1,
      sat: "paket",
      lok: "Kantor Dinas",
      dana: { pad: 245_800_000 },
      pm: 253_200_000,
    },
    {
      id: "s122",
      lvl: "s",
      parent: "k12",
      kode: "1.01.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi",
      tgt: 12,
      sat: "laporan",
      lok: "Kantor Dinas",
      dana: { pad: 318_500_000 },
      pm: 328_000_000,
    },
    { id: "p2", lvl: "p", kode: "1.01.02", nama: "PROGRAM PENGELOLAAN PENDIDIKAN" },
    { id: "k21", lvl: "k", parent: "p2", kode: "1.01.02.2.01", nama: "Pengelolaan Pendidikan Sekolah Dasar" },
    {
      id: "s211",
      lvl: "s",
      parent: "k21",
      kode: "1.01.02.2.01.0009",
      nama: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SD yang direhabilitasi",
      tgt: 36,
      sat: "unit",
      lok: "18 SD Negeri",
      dana: { dau: 1_250_000_000, dakf: 6_840_000_000 },
      pm: 7_500_000_000,
    },
    {
      id: "s212",
      lvl: "s",
      parent: "k21",
      kode: "1.01.02.2.01.0026",
      nama: "Pembangunan Sarana, Prasarana dan Utilitas Sekolah",
      ind: "Jumlah unit sarana, prasarana dan utilitas SD yang dibangun",
      tgt: 24,
      sat: "unit",
      lok: "12 SD Negeri",
      dana: { pad: 120_000_000, dakf: 2_385_600_000 },
      pm: 2_600_000_000,
    },
    {
      id: "s213",
      lvl: "s",
      parent: "k21",
      kode: "1.01.02.2.01.0034",
      nama: "Pengelolaan Dana BOS Sekolah Dasar",
      ind: "Jumlah SD negeri yang dikelola dana BOS-nya",
      tgt: 312,
      sat: "sekolah",
      lok: KAB,
      dana: { dakn: 64_382_400_000 },
      pm: 64_382_400_000,
    },
    {
      id: "s214",
      lvl: "s",
      parent: "k21",
      kode: "1.01.02.2.01.0036",
      nama: "Penyediaan Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Sekolah Dasar",
      ind: "Jumlah pendidik dan tenaga kependidikan non-ASN SD yang dibayarkan honornya",
      tgt: 630,
      sat: "orang",
      lok: KAB,
      dana: { dau: 7_560_000_000 },
      pm: 7_560_000_000,
    },
    {
      id: "k22",
      lvl: "k",
      parent: "p2",
      kode: "1.01.02.2.02",
      nama: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
    },
    {
      id: "s221",
      lvl: "s",
      parent: "k22",
      kode: "1.01.02.2.02.0009",
      nama: "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah",
      ind: "Jumlah ruang kelas SMP yang direhabilitasi",
      tgt: 18,
      sat: "unit",
      lok: "9 SMP Negeri",
      dana: { dau: 480_000_000, dakf: 4_236_000_000 },
      pm: 4_400_000_000,
    },
    {
      id: "s222",
      lvl: "s",
      parent: "k22",
      kode: "1.01.02.2.02.0034",
      nama: "Pengelolaan Dana BOS Sekolah Menengah Pertama",
      ind: "Jumlah SMP negeri yang dikelola dana BOS-nya",
      tgt: 84,
      sat: "sekolah",
      lok: KAB,
      dana: { dakn: 41_925_600_000 },
      pm: 41_925_600_000,
    },
    {
      id: "k23",
      lvl: "k",
      parent: "p2",
      kode: "1.01.02.2.03",
      nama: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
    },
    {
      id: "s231",
      lvl: "s",
      parent: "k23",
      kode: "1.01.02.2.03.0021",
      nama: "Pengelolaan Dana BOP PAUD",
      ind: "Jumlah lembaga PAUD penerima BOP",
      tgt: 428,
      sat: "lembaga",
      lok: KAB,
      dana: { dakn: 9_876_000_000 },
      pm: 9_876_000_000,
    },
    {
      id: "s232",
      lvl: "s",
      parent: "k23",
      kode: "1.01.02.2.03.0027",
      nama: "Pembinaan Kelembagaan dan Manajemen PAUD",
      ind: "Jumlah lembaga PAUD yang dibina",
      tgt: 120,
      sat: "lembaga",
      lok: KAB,
      dana: { pad: 185_000_000 },
      pm: 190_000_000,
    },
    { id: "p3", lvl: "p", kode: "1.01.04", nama: "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN" },
    {
      id: "k31",
      lvl: "k",
      parent: "p3",
      kode: "1.01.04.2.01",
      nama: "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal",
    },
    {
      id: "s311",
      lvl: "s",
      parent: "k31",
      kode: "1.01.04.2.01.0001",
      nama: "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan",
      ind: "Jumlah dokumen perhitungan dan pemetaan pendidik dan tenaga kependidikan",
      tgt: 1,
      sat: "dokumen",
      lok: KAB,
      dana: { pad: 96_000_000 },
      pm: 98_000_000,
    },
    {
      id: "s312",
      lvl: "s",
      parent: "k31",
      kode: "1.01.04.2.01.0003",
      nama: "Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan",
      ind: "Jumlah pendidik dan tenaga kependidikan yang ditingkatkan kompetensinya",
      tgt: 650,
      sat: "orang",
      lok: KAB,
      dana: { dau: 1_845_000_000 },
      pm: 1_900_000_000,
    },
    { id: "p4", lvl: "p", kode: "2.22.02", nama: "PROGRAM PENGEMBANGAN KEBUDAYAAN" },
    {
      id: "k41",
      lvl: "k",
      parent: "p4",
      kode: "2.22.02.2.01",
      nama: "Pengelolaan Kebudayaan yang Masyarakat Pelakunya dalam Daerah Kabupaten/Kota",
    },
    {
      id: "s411",
      lvl: "s",
      parent: "k41",
      kode: "2.22.02.2.01.0004",
      nama: "Penyelenggaraan Festival Seni dan Budaya",
      ind: "Jumlah festival seni dan budaya yang diselenggarakan",
      tgt: 3,
      sat: "event",
      lok: "Alun-alun Randuwangi",
      dana: { pad: 685_000_000 },
      pm: 700_000_000,
    },
    {
      id: "s412",
      lvl: "s",
      parent: "k41",
      kode: "2.22.02.2.01.0007",
      nama: "Pelestarian Kesenian Tradisional",
      ind: "Jumlah sanggar kesenian tradisional yang dibina",
      tgt: 24,
      sat: "sanggar",
      lok: KAB,
      dana: { pad: 312_000_000 },
      pm: 320_000_000,
    },
  ];
  // planted 1: the Jumlah Pagu of Pembangunan Sarana, Prasarana dan Utilitas Sekolah is a typed
  // 2,570,000,000 (PAD 120,000,000 + the DAK Fisik of the first allocation, 2,450,000,000); the DAK
  // Fisik was cut to 2,385,600,000 after the Juknis and the columns give 2,505,600,000
  const PLANT_J = { id: "s212", v: 2_570_000_000 };
  // planted 2: the honor sub kegiatan copied from the BOS row above keeps its code .0034
  const PLANT_D = { id: "s214", of: "s213" };
  const byId = new Map(rows.map((x) => [x.id, x]));
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const subsOf = (id: string): DpIn[] =>
    byId.get(id)!.lvl === "s" ? [byId.get(id)!] : kids(id).flatMap((q) => subsOf(q.id));
  const val = (id: string, k: Dana | "pm"): number =>
    sum(subsOf(id).map((q) => (k === "pm" ? q.pm! : (q.dana![k] ?? 0))));
  const total = (id: string) => sum(DANA.map((k) => val(id, k)));
  if (total("s212") !== 2_505_600_000) throw new Error("dpa: s212");
  const progs = rows.filter((x) => x.lvl === "p");
  const G = "Pagu Menurut Sumber Dana (Rp)";
  const money = (key: string, head: string[], num: number | string, year: number): Col => ({
    key,
    head,
    role: "anggaran",
    year,
    num,
    fmt: RP,
    width: 16,
  });
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 42 },
    { key: "ind", head: ["Indikator Keluaran"], role: "indikator", num: 3, width: 34 },
    { key: "tgt", head: ["Target"], role: "target", year: 2025, num: 4, fmt: INT, width: 8 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 6, width: 18 },
    money("pad", [G, "PAD"], 7, 2025),
    money("dau", [G, "DAU"], 8, 2025),
    money("dakf", [G, "DAK Fisik"], 9, 2025),
    money("dakn", [G, "DAK Non Fisik"], 10, 2025),
    money("jml", ["Jumlah Pagu (Rp)"], "11 = 7 + 8 + 9 + 10", 2025),
    money("pm", ["Prakiraan Maju 2026 (Rp)"], 12, 2026),
  ];
  const SUMS = [...DANA, "pm"] as const;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl !== "s",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.id === PLANT_D.id ? byId.get(PLANT_D.of)!.kode : x.kode,
            nama: x.nama,
            ind: x.ind,
            tgt: x.tgt,
            sat: x.sat,
            lok: x.lok,
            jml: x.id === PLANT_J.id ? PLANT_J.v : fx(`SUM(${c.a("pad")}:${c.a("dakn")})`),
          };
          for (const k of SUMS) {
            if (!val(x.id, k)) continue;
            if (x.lvl === "s") cells[k] = k === "pm" ? x.pm : x.dana![k];
            else if (x.lvl === "k") {
              const ks = kids(x.id);
              cells[k] = fx(sumRange(c.c(k), c.row(ks[0].id), c.row(ks[ks.length - 1].id)));
            } else
              cells[k] = fx(
                kids(x.id)
                  .map((q) => c.a(k, q.id))
                  .join("+"),
              );
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "lok"],
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: "JUMLAH" };
          for (const k of SUMS) cells[k] = fx(`SUM(${progs.map((p) => c.a(k, p.id)).join(",")})`);
          cells.jml = fx(`SUM(${c.a("pad")}:${c.a("dakn")})`);
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- DAK Non Fisik pada sub kegiatan Penyediaan Gaji dan Tunjangan ASN adalah Tunjangan Profesi Guru (TPG) dan Tambahan Penghasilan Guru ASN Daerah.",
    "- Pagu DAK Fisik sesuai hasil penyesuaian rincian alokasi DAK Fisik Bidang Pendidikan Tahun 2025.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Randuwangi, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN RANDUWANGI,"],
    nama: "Dra. SRI WULANDARI MURTININGSIH, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19690817 199403 2 005",
  });

  // ---------------------------------------------------------- sheet 2: the same money by jenis belanja
  const S2 = "Rekap Jenis Belanja";
  const s2 = b.sheet(S2);
  s2.lines(
    [
      "REKAPITULASI BELANJA MENURUT JENIS BELANJA",
      "DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN RANDUWANGI TAHUN ANGGARAN 2025",
    ],
    1,
    {
      bold: true,
    },
  );
  s2.gap();
  const grand = sum(progs.map((p) => total(p.id)));
  type JbIn = { id: string; kode: string; ur: string; v?: number; of?: string[] };
  const modal = { m2: 3_418_600_000, m3: 10_726_400_000, m5: 412_500_000 };
  const hibah = 9_876_000_000;
  const pegawai = 418_356_000_000;
  const jb: JbIn[] = [
    { id: "o", kode: "5.1", ur: "BELANJA OPERASI", of: ["o1", "o2", "o5"] },
    { id: "o1", kode: "5.1.01", ur: "Belanja Pegawai", v: pegawai },
    {
      id: "o2",
      kode: "5.1.02",
      ur: "Belanja Barang dan Jasa",
      v: grand - pegawai - hibah - modal.m2 - modal.m3 - modal.m5,
    },
    { id: "o5", kode: "5.1.05", ur: "Belanja Hibah", v: hibah },
    { id: "m", kode: "5.2", ur: "BELANJA MODAL", of: ["m2", "m3", "m5"] },
    { id: "m2", kode: "5.2.02", ur: "Belanja Modal Peralatan dan Mesin", v: modal.m2 },
    { id: "m3", kode: "5.2.03", ur: "Belanja Modal Gedung dan Bangunan", v: modal.m3 },
    { id: "m5", kode: "5.2.05", ur: "Belanja Modal Aset Tetap Lainnya", v: modal.m5 },
  ];
  const jv = (x: JbIn): number => x.v ?? sum(x.of!.map((y) => jv(jb.find((z) => z.id === y)!)));
  const share = (v: number) => round((v / grand) * 100);
  // a subtotal's proporsi is the sum of its lines' rounded proporsi: no rounding step to explain
  for (const x of jb.filter((q) => q.of))
    if (share(jv(x)) !== round(sum(x.of!.map((y) => share(jv(jb.find((z) => z.id === y)!))))))
      throw new Error(`dpa: proporsi of ${x.id}`);
  const t2 = s2.table({
    cols: [
      { key: "kode", head: ["Kode Rekening"], role: "kode", width: 12 },
      { key: "ur", head: ["Uraian Jenis Belanja"], width: 40 },
      { key: "v", head: ["Jumlah (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 19 },
      { key: "pct", head: ["Proporsi (%)"], fmt: DEC, width: 11 },
    ],
    headerRows: 1,
    rows: [
      ...jb.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => ({
          kode: x.kode,
          ur: x.ur,
          v: x.of ? fx(sumRange(c.c("v"), c.row(x.of[0]), c.row(x.of[x.of.length - 1]))) : x.v,
          pct: fx(`ROUND(${c.a("v")}/${c.a("v", "jb")}*100,2)`),
        }),
      })),
      {
        id: "jb",
        bold: true,
        cells: (c) => ({
          ur: "JUMLAH BELANJA",
          v: fx(`${c.a("v", "o")}+${c.a("v", "m")}`),
          pct: fx(`ROUND(${c.a("v")}/${c.a("v")}*100,2)`),
        }),
      },
    ],
  });
  s2.gap();
  s2.lines(["Belanja Hibah adalah BOP PAUD yang disalurkan kepada lembaga PAUD swasta."]);

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", PLANT_J.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Jumlah Pagu of sub kegiatan 1.01.02.2.01.0026 is a typed ${rp(PLANT_J.v)} among row SUM formulas (PAD 120,000,000 + the DAK Fisik before the cut, 2,450,000,000); PAD ${rp(val("s212", "pad"))} + DAK Fisik ${rp(val("s212", "dakf"))} give ${rp(total("s212"))}`,
    truth: DANA.map((k) => a(k, PLANT_J.id)).join("+"),
    tol: 0.5,
  });
  const first = a("kode", rows[0].id);
  const last = a("kode", rows[rows.length - 1].id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("kode", PLANT_D.id) },
        { sheet: S, cell: a("kode", PLANT_D.of) },
      ],
    },
    rules: ["duplicate-code"],
    note: `sub kegiatan code ${byId.get(PLANT_D.of)!.kode} is used twice: Pengelolaan Dana BOS Sekolah Dasar, and the honor sub kegiatan copied from it (Penyediaan Pendidik dan Tenaga Kependidikan, ${byId.get(PLANT_D.id)!.kode})`,
    truth: "1",
    actual: `COUNTIF(${first}:${last},${a("kode", PLANT_D.id)})`,
  });
  for (const x of rows) {
    if (x.parent && x.id !== PLANT_D.id && x.id !== PLANT_D.of)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy", "duplicate-code"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    // the row's Jumlah adds its sumber dana (blank ones are nil); not listed where a total follows
    // the planted row as written (kegiatan 1.01.02.2.01, program 1.01.02)
    if (x.id !== PLANT_J.id && x.id !== "k21" && x.id !== "p2")
      b.ok({
        sheet: S,
        cell: a("jml", x.id),
        rules: ["sum-mismatch"],
        truth: DANA.map((k) => a(k, x.id)).join("+"),
        tol: 0.5,
      });
    if (x.lvl === "s") continue;
    for (const k of SUMS) {
      if (!val(x.id, k)) continue;
      b.ok({
        sheet: S,
        cell: a(k, x.id),
        rules: ["sum-mismatch"],
        truth: subsOf(x.id)
          .map((q) => a(k, q.id))
          .join("+"),
        trap: x.lvl === "p" ? [...kids(x.id), ...subsOf(x.id)].map((q) => a(k, q.id)).join("+") : undefined,
        tol: 0.5,
      });
    }
  }
  for (const k of SUMS)
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: rows
        .filter((x) => x.lvl === "s" && val(x.id, k))
        .map((x) => a(k, x.id))
        .join("+"),
      tol: 0.5,
    });
  const q = `'${S}'!`;
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.ok({
    sheet: S2,
    cell: a2("v", "jb"),
    rules: ["cross-table-mismatch", "sum-mismatch"],
    truth: `${q}${a("jml", "j")}`,
    trap: jb
      .filter((x) => x.id !== "o" && x.id !== "m")
      .concat(jb.filter((x) => x.of))
      .map((x) => a2("v", x.id))
      .join("+"),
    tol: 0.5,
  });
  for (const x of jb.filter((y) => y.of))
    b.ok({
      sheet: S2,
      cell: a2("v", x.id),
      rules: ["sum-mismatch"],
      truth: x.of!.map((y) => a2("v", y)).join("+"),
      tol: 0.5,
    });
  for (const x of jb)
    b.ok({
      sheet: S2,
      cell: a2("pct", x.id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a2("v", x.id)}/${a2("v", "jb")}*100,2)`,
    });
  return b.finish();
}

// ========================================= Realisasi per program 2024 Dinas Lingkungan Hidup Candramaya

type PgIn = { id: string; kode: string; nama: string; murni: number; perub: number; tw: number[] };

/** LRA per program s.d. Triwulan IV 2024 with serapan and sisa; by jenis belanja under it. */
export function serapanDlh(): BookW {
  const b = new BookW(
    "serapan-program-dlh-candramaya.xlsx",
    "Budget realisation by program with serapan (DLH)",
    "Laporan realisasi anggaran per program TW IV 2024 of a Dinas Lingkungan Hidup: No | Kode | Nama Program | 'Pagu Anggaran (Rp)' > APBD Murni | APBD Perubahan | 'Realisasi Keuangan (Rp)' > TW I | TW II | TW III | TW IV | Jumlah s.d. TW IV | Serapan (%) | Sisa Anggaran (Rp); number row 1 .. 12 with '10 = 6 + 7 + 8 + 9', '11 = 10 / 5 x 100', '12 = 5 - 10'; programs only; realisasi typed per quarter (reported zeros in TW I), SUM, ROUND and minus formulas; JUMLAH; under it on the same sheet Tabel 2 by jenis belanja: Kode Rekening | Jenis Belanja | Pagu Perubahan (Rp) | Realisasi s.d. TW IV (Rp) | Serapan (%) with SUM subtotals and JUMLAH equal to Tabel 1",
  );
  const S = "Realisasi TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA CANDRAMAYA",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Gatot Subroto Km. 4 Candramaya, Telp. (0341) 552 918",
  ]);
  s.lines(["LAPORAN REALISASI ANGGARAN PER PROGRAM", "TRIWULAN IV TAHUN ANGGARAN 2024"], 1, { bold: true });
  s.lines(["Tabel 1. Realisasi per Program"]);
  s.gap();
  const rows: PgIn[] = [
    {
      id: "p01",
      kode: "1.11.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      murni: 14_862_450_000,
      perub: 15_204_870_000,
      tw: [3_245_118_400, 3_612_904_250, 3_498_225_600, 4_376_510_830],
    },
    {
      id: "p02",
      kode: "1.11.02",
      nama: "PROGRAM PERENCANAAN LINGKUNGAN HIDUP",
      murni: 385_000_000,
      perub: 352_500_000,
      tw: [0, 84_250_000, 118_600_000, 138_415_000],
    },
    {
      id: "p03",
      kode: "1.11.03",
      nama: "PROGRAM PENGENDALIAN PENCEMARAN DAN/ATAU KERUSAKAN LINGKUNGAN HIDUP",
      murni: 1_245_000_000,
      perub: 1_318_750_000,
      tw: [186_420_000, 312_845_000, 355_170_000, 398_612_500],
    },
    {
      id: "p04",
      kode: "1.11.04",
      nama: "PROGRAM PENGELOLAAN KEANEKARAGAMAN HAYATI (KEHATI)",
      murni: 420_000_000,
      perub: 420_000_000,
      tw: [52_300_000, 96_480_000, 104_250_000, 142_935_000],
    },
    {
      id: "p05",
      kode: "1.11.05",
      nama: "PROGRAM PENGENDALIAN BAHAN BERBAHAYA DAN BERACUN (B3) DAN LIMBAH BAHAN BERBAHAYA DAN BERACUN (LIMBAH B3)",
      murni: 275_000_000,
      perub: 262_000_000,
      tw: [28_600_000, 64_150_000, 71_920_000, 84_330_000],
    },
    {
      id: "p09",
      kode: "1.11.09",
      nama: "PROGRAM PENINGKATAN PENDIDIKAN, PELATIHAN DAN PENYULUHAN LINGKUNGAN HIDUP UNTUK MASYARAKAT",
      murni: 310_000_000,
      perub: 298_000_000,
      tw: [0, 72_600_000, 101_450_000, 112_390_000],
    },
    {
      id: "p10",
      kode: "1.11.10",
      nama: "PROGRAM PENGHARGAAN LINGKUNGAN HIDUP UNTUK MASYARAKAT",
      murni: 185_000_000,
      perub: 185_000_000,
      tw: [0, 0, 46_200_000, 128_960_000],
    },
    {
      id: "p11",
      kode: "1.11.11",
      nama: "PROGRAM PENANGANAN PENGADUAN LINGKUNGAN HIDUP",
      murni: 96_000_000,
      perub: 96_000_000,
      tw: [18_450_000, 22_600_000, 24_150_000, 27_980_000],
    },
    {
      id: "p12",
      kode: "1.11.12",
      nama: "PROGRAM PENGELOLAAN PERSAMPAHAN",
      murni: 12_650_000_000,
      perub: 11_940_000_000,
      tw: [2_418_600_000, 3_126_450_000, 3_384_275_000, 3_227_118_500],
    },
  ];
  // planted 1: Pengelolaan Persampahan realised above its APBD Perubahan pagu (cut from the murni)
  const PLANT_O = "p12";
  // planted 2: the serapan of the B3 program divides by the APBD Murni pagu
  const PLANT_M = "p05";
  const real = (x: PgIn) => sum(x.tw);
  for (const x of rows)
    if (real(x) > x.perub !== (x.id === PLANT_O)) throw new Error(`serapan: ${x.id} against its pagu`);
  const TOT = { perub: sum(rows.map((x) => x.perub)), real: sum(rows.map(real)) };
  const PG = "Pagu Anggaran (Rp)";
  const RK = "Realisasi Keuangan (Rp)";
  const money = (key: string, head: string[], role: Col["role"], num: string | number): Col => ({
    key,
    head,
    role,
    year: 2024,
    num,
    fmt: RP,
    width: 16,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 9 },
    { key: "nama", head: ["Nama Program"], num: 3, width: 46 },
    money("murni", [PG, "APBD Murni"], "anggaran", 4),
    money("perub", [PG, "APBD Perubahan"], "anggaran", 5),
    money("tw1", [RK, "TW I"], "realisasi-anggaran", 6),
    money("tw2", [RK, "TW II"], "realisasi-anggaran", 7),
    money("tw3", [RK, "TW III"], "realisasi-anggaran", 8),
    money("tw4", [RK, "TW IV"], "realisasi-anggaran", 9),
    money("jml", [RK, "Jumlah s.d. TW IV"], "realisasi-anggaran", "10 = 6 + 7 + 8 + 9"),
    {
      key: "ser",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "11 = 10 / 5 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "12 = 5 - 10", fmt: NEG, width: 16 },
  ];
  const TW = ["tw1", "tw2", "tw3", "tw4"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: i + 1,
            kode: x.kode,
            nama: x.nama,
            murni: x.murni,
            perub: x.perub,
            jml: fx(`SUM(${c.a("tw1")}:${c.a("tw4")})`),
            ser: fx(`ROUND(${c.a("jml")}/${c.a(x.id === PLANT_M ? "murni" : "perub")}*100,2)`),
            sisa: fx(`${c.a("perub")}-${c.a("jml")}`),
          };
          // a quarter without payment is a reported zero, printed as a dash
          TW.forEach((k, q) => (cells[k] = x.tw[q] === 0 ? fmt(0, DASH) : x.tw[q]));
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["murni", "perub", ...TW, "jml"])
            cells[k] = fx(sumRange(c.c(k), c.row(rows[0].id), c.row(rows[rows.length - 1].id)));
          cells.ser = fx(`ROUND(${c.a("jml")}/${c.a("perub")}*100,2)`);
          cells.sisa = fx(`${c.a("perub")}-${c.a("jml")}`);
          return cells;
        },
      },
    ],
  });

  // ------------------------------------------------------------------- Tabel 2 by jenis belanja
  s.gap(2);
  s.lines(["Tabel 2. Realisasi Anggaran Menurut Jenis Belanja"]);
  s.gap();
  type JbIn = { id: string; kode: string; ur: string; pagu?: number; real?: number; of?: string[] };
  const lines: JbIn[] = [
    { id: "o", kode: "5.1", ur: "BELANJA OPERASI", of: ["o1", "o2", "o5"] },
    { id: "o1", kode: "5.1.01", ur: "Belanja Pegawai", pagu: 9_486_250_000, real: 9_441_862_400 },
    { id: "o2", kode: "5.1.02", ur: "Belanja Barang dan Jasa" },
    { id: "o5", kode: "5.1.05", ur: "Belanja Hibah", pagu: 350_000_000, real: 350_000_000 },
    { id: "m", kode: "5.2", ur: "BELANJA MODAL", of: ["m2", "m3", "m4"] },
    {
      id: "m2",
      kode: "5.2.02",
      ur: "Belanja Modal Peralatan dan Mesin",
      pagu: 2_150_000_000,
      real: 2_084_615_000,
    },
    {
      id: "m3",
      kode: "5.2.03",
      ur: "Belanja Modal Gedung dan Bangunan",
      pagu: 1_185_000_000,
      real: 1_146_270_000,
    },
    {
      id: "m4",
      kode: "5.2.04",
      ur: "Belanja Modal Jalan, Irigasi dan Jaringan",
      pagu: 640_000_000,
      real: 612_480_000,
    },
  ];
  const o2 = lines.find((x) => x.id === "o2")!;
  const rest = lines.filter((x) => x.pagu !== undefined);
  o2.pagu = TOT.perub - sum(rest.map((x) => x.pagu!));
  o2.real = TOT.real - sum(rest.map((x) => x.real!));
  if (o2.real > o2.pagu) throw new Error("serapan: barang dan jasa above its pagu");
  const cols2: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 9 },
    { key: "ur", head: ["Jenis Belanja"], width: 46 },
    { key: "pagu", head: ["Pagu Perubahan (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
    {
      key: "real",
      head: ["Realisasi s.d. TW IV (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...lines.map((x): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: x.kode, ur: x.ur };
          for (const k of ["pagu", "real"] as const)
            cells[k] = x.of ? fx(sumRange(c.c(k), c.row(x.of[0]), c.row(x.of[x.of.length - 1]))) : x[k];
          cells.ser = fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`);
          return cells;
        },
      })),
      {
        id: "jb",
        bold: true,
        span: ["kode", "ur"],
        cells: (c) => ({
          kode: "JUMLAH",
          pagu: fx(`${c.a("pagu", "o")}+${c.a("pagu", "m")}`),
          real: fx(`${c.a("real", "o")}+${c.a("real", "m")}`),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Serapan dihitung terhadap pagu APBD Perubahan (Perda Nomor 9 Tahun 2024).",
    "- Realisasi TW I program yang bertanda (-) nihil karena kegiatan dimulai setelah penetapan DPA dan pengadaan barang/jasa.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Candramaya, 15 Januari 2025",
    jabatan: ["KEPALA DINAS LINGKUNGAN HIDUP", "KOTA CANDRAMAYA,"],
    nama: "ANDREAS TIMOTIUS LUBIS, S.T., M.Eng.",
    pangkat: "Pembina Tingkat I",
    nip: "19790211 200501 1 012",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const o = rows.find((x) => x.id === PLANT_O)!;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("ser", PLANT_O) },
        { sheet: S, cell: a("jml", PLANT_O) },
        { sheet: S, cell: a("sisa", PLANT_O) },
      ],
    },
    rules: ["serapan-over-100"],
    note: `Program Pengelolaan Persampahan is realised ${rp(real(o))} s.d. TW IV against its APBD Perubahan pagu of ${rp(o.perub)} (cut from ${rp(o.murni)}): serapan ${d2((real(o) / o.perub) * 100)} %, sisa -${rp(real(o) - o.perub)}`,
    truth: a("perub", PLANT_O),
    actual: a("jml", PLANT_O),
    tol: 0.5,
  });
  const m = rows.find((x) => x.id === PLANT_M)!;
  b.plant({
    at: { sheet: S, cell: a("ser", PLANT_M) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Serapan of the B3 program is =ROUND(Jumlah/APBD Murni*100,2) = ${d2((real(m) / m.murni) * 100)}, against the murni pagu; the APBD Perubahan pagu gives ${d2((real(m) / m.perub) * 100)}`,
    truth: `ROUND(${a("jml", PLANT_M)}/${a("perub", PLANT_M)}*100,2)`,
  });
  for (const x of rows) {
    b.ok({
      sheet: S,
      cell: a("jml", x.id),
      rules: ["sum-mismatch"],
      truth: TW.map((k) => a(k, x.id)).join("+"),
      tol: 0.5,
    });
    if (x.id === PLANT_O) continue;
    b.ok({
      sheet: S,
      cell: a("sisa", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("perub", x.id)}-${a("jml", x.id)}`,
    });
    if (x.id === PLANT_M) continue;
    b.ok({
      sheet: S,
      cell: a("ser", x.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("jml", x.id)}/${a("perub", x.id)}*100,2)`,
      // realised above the murni pagu, but the pagu in force is the perubahan
      trap: x.murni < real(x) ? `ROUND(${a("jml", x.id)}/${a("murni", x.id)}*100,2)` : undefined,
    });
    x.tw.forEach((v, q) => {
      if (v === 0) b.ok({ sheet: S, cell: a(TW[q], x.id), rules: ["missing-value"], truth: "0" });
    });
  }
  for (const k of ["murni", "perub", ...TW, "jml"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: rows.map((x) => a(k, x.id)).join("+"),
      tol: 0.5,
    });
  // the JUMLAH serapan is the ratio of the totals, not the mean of the programs' serapan
  b.ok({
    sheet: S,
    cell: a("ser", "j"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("jml", "j")}/${a("perub", "j")}*100,2)`,
    trap: `AVERAGE(${a("ser", rows[0].id)}:${a("ser", rows[rows.length - 1].id)})`,
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  for (const x of lines) {
    if (x.of)
      for (const k of ["pagu", "real"])
        b.ok({
          sheet: S,
          cell: a2(k, x.id),
          rules: ["sum-mismatch"],
          truth: x.of.map((y) => a2(k, y)).join("+"),
          tol: 0.5,
        });
    b.ok({
      sheet: S,
      cell: a2("ser", x.id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a2("real", x.id)}/${a2("pagu", x.id)}*100,2)`,
    });
  }
  // Tabel 2 holds the same money as Tabel 1
  for (const [k, k1] of [
    ["pagu", "perub"],
    ["real", "jml"],
  ])
    b.ok({
      sheet: S,
      cell: a2(k, "jb"),
      rules: ["cross-table-mismatch", "sum-mismatch"],
      truth: a(k1, "j"),
      trap: lines.map((x) => a2(k, x.id)).join("+"),
      tol: 0.5,
    });
  b.ok({
    sheet: S,
    cell: a2("ser", "jb"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a2("real", "jb")}/${a2("pagu", "jb")}*100,2)`,
  });
  return b.finish();
}
