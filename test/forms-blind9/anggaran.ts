// Budget tables of the eleventh unseen set: the "Laporan Realisasi Fisik dan Keuangan" of December
// 2024 of a Dinas Perumahan dan Kawasan Permukiman (s.d. bulan lalu + bulan ini = s.d. bulan ini,
// "Realisasi Fisik (%)" beside the money); the DPPA recap of a Dinas Sosial with "Sebelum Perubahan"
// and "Sesudah Perubahan", each split into Belanja Operasi | Belanja Modal | Jumlah, and
// "Bertambah/(Berkurang)" in Rp and %; and the Laporan Realisasi Anggaran per program of a Dinas
// Perdagangan "(dalam jutaan rupiah)", whose kegiatan rows carry a name and no code and whose JUMLAH is
// split into Belanja Operasi and Belanja Modal under it. Every name and number is invented; the codes
// are Kepmendagri-shaped.
import { BookW, DEC, RP, fx, round, signature, sum, type Cell, type Col, type Row } from "../forms/kit";

const NEG = "#,##0;(#,##0)";
const JUTA = "#,##0.00;(#,##0.00)";

type Kind = "program" | "kegiatan" | "sub";

// ====================================== Realisasi fisik dan keuangan, Desember 2024 (Disperkim)

type FkIn = {
  id: string;
  kind: Kind;
  parent?: string;
  kode: string;
  nama: string;
  /** sub kegiatan: pagu, realisation up to last month and this month, physical progress */
  pagu?: number;
  lalu?: number;
  ini?: number;
  fisik?: number;
  ket?: string;
};

/** Laporan Realisasi Fisik dan Keuangan Bulan Desember 2024, Disperkim Kabupaten Sidorukun. */
export function fisikDisperkim(): BookW {
  const b = new BookW(
    "fisik-keuangan-disperkim-sidorukun.xlsx",
    "monthly report of physical and financial realisation",
    "realisation of December 2024 of a Dinas Perumahan dan Kawasan Permukiman: Pagu Anggaran | Realisasi Keuangan > s.d. Bulan Lalu | Bulan Ini | s.d. Bulan Ini | % | Realisasi Fisik (%) | Sisa Anggaran | Keterangan; number row '7 = 5 + 6', '8 = 7 / 4 x 100', '10 = 4 - 7'; sub kegiatan typed, kegiatan SUM, programs and JUMLAH '+'",
  );
  const S = "Realisasi Des 2024";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KABUPATEN SIDORUKUN",
      "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
      "Jl. Pahlawan No. 112 Sidorukun, Telp. (0351) 472 118",
    ],
    1,
    { bold: true },
  );
  s.gap();
  s.lines(["LAPORAN REALISASI FISIK DAN KEUANGAN", "BULAN DESEMBER TAHUN ANGGARAN 2024"]);
  s.gap();
  const rows: FkIn[] = [
    { id: "pA", kind: "program", kode: "1.04.02", nama: "Program Pengembangan Perumahan" },
    {
      id: "kA1",
      kind: "kegiatan",
      parent: "pA",
      kode: "1.04.02.2.01",
      nama: "Pendataan Penyediaan dan Rehabilitasi Rumah Korban Bencana atau Relokasi Program Kabupaten/Kota",
    },
    {
      id: "sA11",
      kind: "sub",
      parent: "kA1",
      kode: "1.04.02.2.01.0002",
      nama: "Rehabilitasi Rumah bagi Korban Bencana",
      pagu: 1_850_000_000,
      lalu: 1_412_600_000,
      ini: 396_250_000,
      fisik: 100,
    },
    {
      id: "sA12",
      kind: "sub",
      parent: "kA1",
      kode: "1.04.02.2.01.0005",
      nama: "Pendataan Rumah Korban Bencana",
      pagu: 124_500_000,
      lalu: 98_400_000,
      ini: 21_300_000,
      fisik: 100,
    },
    {
      id: "kA2",
      kind: "kegiatan",
      parent: "pA",
      kode: "1.04.02.2.02",
      nama: "Sosialisasi dan Persiapan Penyediaan Rumah bagi Masyarakat Terdampak Relokasi Program Kabupaten/Kota",
    },
    {
      id: "sA21",
      kind: "sub",
      parent: "kA2",
      kode: "1.04.02.2.02.0001",
      nama: "Fasilitasi Penyediaan Rumah Layak Huni bagi Masyarakat Berpenghasilan Rendah",
      pagu: 3_420_000_000,
      lalu: 2_961_300_000,
      ini: 441_850_000,
      fisik: 100,
    },
    { id: "pB", kind: "program", kode: "1.04.03", nama: "Program Kawasan Permukiman" },
    {
      id: "kB1",
      kind: "kegiatan",
      parent: "pB",
      kode: "1.04.03.2.02",
      nama: "Peningkatan Kualitas Kawasan Permukiman Kumuh dengan Luas di Bawah 10 (sepuluh) Ha",
    },
    {
      id: "sB11",
      kind: "sub",
      parent: "kB1",
      kode: "1.04.03.2.02.0002",
      nama: "Perbaikan Drainase Lingkungan dan Jalan Lingkungan Kawasan Kumuh",
      pagu: 2_675_000_000,
      lalu: 1_984_250_000,
      ini: 742_900_000,
      fisik: 100,
    },
    {
      id: "sB12",
      kind: "sub",
      parent: "kB1",
      kode: "1.04.03.2.02.0004",
      nama: "Penyediaan Sarana Air Limbah Domestik Komunal",
      pagu: 935_000_000,
      lalu: 612_700_000,
      ini: 248_450_000,
      fisik: 95,
    },
    {
      id: "pC",
      kind: "program",
      kode: "1.04.05",
      nama: "Program Peningkatan Prasarana, Sarana dan Utilitas Umum (PSU)",
    },
    {
      id: "kC1",
      kind: "kegiatan",
      parent: "pC",
      kode: "1.04.05.2.01",
      nama: "Urusan Penyelenggaraan PSU Perumahan",
    },
    {
      id: "sC11",
      kind: "sub",
      parent: "kC1",
      kode: "1.04.05.2.01.0003",
      nama: "Penyediaan Prasarana Jalan Lingkungan Perumahan",
      pagu: 1_540_000_000,
      lalu: 0,
      ini: 1_386_000_000,
      fisik: 100,
      ket: "Dibayar sekaligus setelah serah terima (PHO)",
    },
    {
      id: "sC12",
      kind: "sub",
      parent: "kC1",
      kode: "1.04.05.2.01.0006",
      nama: "Penyediaan Penerangan Jalan Umum (PJU) Perumahan",
      pagu: 487_500_000,
      lalu: 203_125_000,
      ini: 251_437_500,
      fisik: 100,
    },
    {
      id: "sC13",
      kind: "sub",
      parent: "kC1",
      kode: "1.04.05.2.01.0008",
      nama: "Penyediaan Taman dan Ruang Terbuka Hijau Perumahan",
      pagu: 612_000_000,
      lalu: 346_800_000,
      ini: 142_600_000,
      fisik: 82.5,
      ket: "Pemeliharaan tanaman berlanjut",
    },
  ];
  // planted 1: a sub kegiatan realised above its pagu (2,727,150,000 of 2,675,000,000)
  const PLANT_O = "sB11";
  // planted 2: the % of PJU typed over its formula: last month's 41.67 left standing
  const PLANT_H = "sC12";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const subs = rows.filter((x) => x.kind === "sub");
  const progs = rows.filter((x) => x.kind === "program");
  const spent = (x: FkIn) => x.lalu! + x.ini!;
  for (const x of subs)
    if (spent(x) > x.pagu! !== (x.id === PLANT_O)) throw new Error(`fisik: ${x.id} against its pagu`);
  for (const k of rows.filter((x) => x.kind === "kegiatan"))
    if (sum(kids(k.id).map(spent)) > sum(kids(k.id).map((x) => x.pagu!))) throw new Error(`fisik: ${k.id}`);
  const h = rows.find((x) => x.id === PLANT_H)!;
  const STALE = round((h.lalu! / h.pagu!) * 100);
  const RK = "Realisasi Keuangan";
  const money = (key: string, head: string[], role: Col["role"], num: string | number): Col => ({
    key,
    head,
    role,
    year: 2024,
    num,
    fmt: RP,
    width: 17,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 3, width: 42 },
    money("pagu", ["Pagu Anggaran (Rp)"], "anggaran", 4),
    money("lalu", [RK, "s.d. Bulan Lalu (Rp)"], "realisasi-anggaran", 5),
    money("ini", [RK, "Bulan Ini (Rp)"], "realisasi-anggaran", 6),
    money("sd", [RK, "s.d. Bulan Ini (Rp)"], "realisasi-anggaran", "7 = 5 + 6"),
    { key: "pct", head: [RK, "%"], role: "capaian", year: 2024, num: "8 = 7 / 4 x 100", fmt: DEC, width: 9 },
    {
      key: "fisik",
      head: ["Realisasi Fisik (%)"],
      role: "realisasi",
      year: 2024,
      num: 9,
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], num: "10 = 4 - 7", fmt: NEG, width: 16 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 11, width: 24 },
  ];
  const MONEY = ["pagu", "lalu", "ini", "sd"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
            kode: x.kode,
            nama: x.nama,
            pct: x.id === PLANT_H ? STALE : fx(`ROUND(${c.a("sd")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("sd")}`),
            ket: x.ket,
          };
          if (x.kind === "sub") {
            cells.pagu = x.pagu!;
            cells.lalu = x.lalu!;
            cells.ini = x.ini!;
            cells.sd = fx(`${c.a("lalu")}+${c.a("ini")}`);
            cells.fisik = x.fisik!;
          } else {
            const ks = kids(x.id);
            for (const k of MONEY)
              cells[k] =
                x.kind === "kegiatan"
                  ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                  : fx(ks.map((q) => `${c.c(k)}${c.row(q.id)}`).join("+"));
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: "JUMLAH",
            pct: fx(`ROUND(${c.a("sd")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("sd")}`),
          };
          for (const k of MONEY) cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: realisasi fisik diisi untuk sub kegiatan berdasarkan laporan kemajuan pekerjaan (progres fisik kumulatif).",
    "Realisasi keuangan berdasarkan SP2D yang terbit s.d. 31 Desember 2024.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Sidorukun, 6 Januari 2025",
    jabatan: ["KEPALA DINAS PERUMAHAN DAN", "KAWASAN PERMUKIMAN,"],
    nama: "Ir. BAMBANG SURYO WIBOWO, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19721103 199803 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const o = rows.find((x) => x.id === PLANT_O)!;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pct", PLANT_O) },
        { sheet: S, cell: a("sd", PLANT_O) },
        { sheet: S, cell: a("sisa", PLANT_O) },
      ],
    },
    rules: ["serapan-over-100"],
    note: `Perbaikan Drainase dan Jalan Lingkungan is realised ${spent(o).toLocaleString("en")} s.d. December against a pagu of ${o.pagu!.toLocaleString("en")}: ${round((spent(o) / o.pagu!) * 100)} %, sisa -${(spent(o) - o.pagu!).toLocaleString("en")}`,
    truth: a("pagu", PLANT_O),
    actual: a("sd", PLANT_O),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_H) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% realisasi keuangan of PJU Perumahan typed ${STALE} (November's ${h.lalu!.toLocaleString("en")} / ${h.pagu!.toLocaleString("en")}) in a column of formulas; s.d. Desember ${spent(h).toLocaleString("en")} / ${h.pagu!.toLocaleString("en")} gives ${round((spent(h) / h.pagu!) * 100)}`,
    truth: `ROUND(${a("sd", PLANT_H)}/${a("pagu", PLANT_H)}*100,2)`,
  });
  for (const id of [...rows.map((x) => x.id), "j"]) {
    const x = rows.find((q) => q.id === id);
    const c = (k: string) => a(k, id);
    if (id !== PLANT_O && id !== PLANT_H)
      b.ok({
        sheet: S,
        cell: c("pct"),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${c("sd")}/${c("pagu")}*100,2)`,
      });
    if (x?.kind === "sub") {
      b.ok({ sheet: S, cell: c("sd"), rules: ["sum-mismatch"], truth: `${c("lalu")}+${c("ini")}`, tol: 0.5 });
      if (id !== PLANT_O)
        b.ok({
          sheet: S,
          cell: c("sisa"),
          rules: ["sum-mismatch"],
          truth: `${c("pagu")}-${c("sd")}`,
          tol: 0.5,
        });
      continue;
    }
    const parts = id === "j" ? progs : kids(id);
    const nested = [...parts, ...parts.flatMap((q) => kids(q.id))];
    for (const k of MONEY)
      b.ok({
        sheet: S,
        cell: c(k),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a(k, q.id)).join("+"),
        // a program adds its kegiatan and JUMLAH its programs, not every row beneath them
        trap: x?.kind === "kegiatan" ? undefined : nested.map((q) => a(k, q.id)).join("+"),
        tol: 0.5,
      });
  }
  // physical progress is not the financial percentage: 82.50 % fisik beside 79.97 % keuangan
  b.ok({
    sheet: S,
    cell: a("fisik", "sC13"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: a("fisik", "sC13"),
    trap: `ROUND(${a("sd", "sC13")}/${a("pagu", "sC13")}*100,2)`,
  });
  // a reported zero up to November, all paid in December
  b.ok({ sheet: S, cell: a("lalu", "sC11"), rules: ["missing-value"], truth: "0" });
  return b.finish();
}

// ======================================= Rekapitulasi DPPA 2024, Sebelum / Sesudah Perubahan (Dinsos)

type DpIn = {
  id: string;
  kind: Kind;
  parent?: string;
  kode: string;
  nama: string;
  /** sub kegiatan: belanja operasi and modal before and after the amendment */
  so?: number;
  sm?: number;
  po?: number;
  pm?: number;
};

/** Rekapitulasi DPPA Dinas Sosial Kota Lirboyo TA 2024. */
export function dppaDinsos(): BookW {
  const b = new BookW(
    "dppa-perubahan-dinsos-lirboyo.xlsx",
    "APBD-P recap split by Belanja Operasi and Belanja Modal",
    "DPPA recap 2024 of a Dinas Sosial: Sebelum Perubahan > Belanja Operasi | Belanja Modal | Jumlah, Sesudah Perubahan > the same, Bertambah/(Berkurang) > (Rp) | (%); number row '5 = 3 + 4' .. '10 = 9 / 5 x 100'; sub kegiatan typed, kegiatan SUM, programs and JUMLAH '+'; decreases in brackets",
  );
  const S = "Rekap DPPA 2024";
  const s = b.sheet(S);
  s.lines(["PEMERINTAH KOTA LIRBOYO", "DINAS SOSIAL", "Jl. Brawijaya No. 8 Lirboyo"], 1, { bold: true });
  s.gap();
  s.lines([
    "REKAPITULASI DOKUMEN PELAKSANAAN PERUBAHAN ANGGARAN (DPPA)",
    "PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const rows: DpIn[] = [
    {
      id: "pA",
      kind: "program",
      kode: "1.06.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    },
    {
      id: "kA1",
      kind: "kegiatan",
      parent: "pA",
      kode: "1.06.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
    },
    {
      id: "sA11",
      kind: "sub",
      parent: "kA1",
      kode: "1.06.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      so: 5_864_250_000,
      sm: 0,
      po: 5_712_800_000,
      pm: 0,
    },
    {
      id: "kA2",
      kind: "kegiatan",
      parent: "pA",
      kode: "1.06.01.2.07",
      nama: "Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah",
    },
    {
      id: "sA21",
      kind: "sub",
      parent: "kA2",
      kode: "1.06.01.2.07.0002",
      nama: "Pengadaan Kendaraan Dinas Operasional atau Lapangan",
      so: 0,
      sm: 365_000_000,
      po: 0,
      pm: 342_500_000,
    },
    {
      id: "sA22",
      kind: "sub",
      parent: "kA2",
      kode: "1.06.01.2.07.0006",
      nama: "Pengadaan Peralatan dan Mesin Lainnya",
      so: 12_500_000,
      sm: 248_000_000,
      po: 12_500_000,
      pm: 412_600_000,
    },
    { id: "pB", kind: "program", kode: "1.06.04", nama: "Program Rehabilitasi Sosial" },
    {
      id: "kB1",
      kind: "kegiatan",
      parent: "pB",
      kode: "1.06.04.2.01",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
    },
    {
      id: "sB11",
      kind: "sub",
      parent: "kB1",
      kode: "1.06.04.2.01.0002",
      nama: "Penyediaan Permakanan",
      so: 1_248_000_000,
      sm: 0,
      po: 1_386_450_000,
      pm: 0,
    },
    {
      id: "sB12",
      kind: "sub",
      parent: "kB1",
      kode: "1.06.04.2.01.0006",
      nama: "Pemberian Pelayanan Reunifikasi Keluarga",
      so: 86_400_000,
      sm: 0,
      po: 72_150_000,
      pm: 0,
    },
    {
      id: "sB13",
      kind: "sub",
      parent: "kB1",
      kode: "1.06.04.2.01.0008",
      nama: "Pemberian Alat Bantu bagi Penyandang Disabilitas",
      so: 145_000_000,
      sm: 0,
      po: 362_500_000,
      pm: 0,
    },
    {
      id: "kB2",
      kind: "kegiatan",
      parent: "pB",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
    },
    {
      id: "sB21",
      kind: "sub",
      parent: "kB2",
      kode: "1.06.04.2.02.0001",
      nama: "Penyediaan Kebutuhan Dasar PMKS Lainnya",
      so: 214_600_000,
      sm: 0,
      po: 198_300_000,
      pm: 0,
    },
    { id: "pC", kind: "program", kode: "1.06.05", nama: "Program Perlindungan dan Jaminan Sosial" },
    {
      id: "kC1",
      kind: "kegiatan",
      parent: "pC",
      kode: "1.06.05.2.01",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
    },
    {
      id: "sC11",
      kind: "sub",
      parent: "kC1",
      kode: "1.06.05.2.01.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      so: 324_800_000,
      sm: 0,
      po: 356_900_000,
      pm: 0,
    },
    {
      id: "sC12",
      kind: "sub",
      parent: "kC1",
      kode: "1.06.05.2.01.0002",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      so: 98_750_000,
      sm: 0,
      po: 91_400_000,
      pm: 0,
    },
    { id: "pD", kind: "program", kode: "1.06.06", nama: "Program Penanganan Bencana" },
    {
      id: "kD1",
      kind: "kegiatan",
      parent: "pD",
      kode: "1.06.06.2.01",
      nama: "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
    },
    {
      id: "sD11",
      kind: "sub",
      parent: "kD1",
      kode: "1.06.06.2.01.0001",
      nama: "Penyediaan Makanan",
      so: 275_000_000,
      sm: 0,
      po: 412_500_000,
      pm: 0,
    },
    {
      id: "sD12",
      kind: "sub",
      parent: "kD1",
      kode: "1.06.06.2.01.0004",
      nama: "Penyediaan Logistik Penyelamatan dan Evakuasi Korban Bencana",
      so: 96_000_000,
      sm: 185_000_000,
      po: 118_400_000,
      pm: 0,
    },
  ];
  // planted 1: the Belanja Modal sesudah perubahan of kegiatan 1.06.01.2.07 typed over its SUM
  const PLANT_S = "kA2";
  const PLANT_S_VAL = 751_500_000;
  // planted 2: a sub kegiatan of 1.06.05.2.01 coded with a Penanganan Bencana code
  const PLANT_C = "sC12";
  const BADCODE = "1.06.06.2.01.0002";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const progs = rows.filter((x) => x.kind === "program");
  const val = (x: DpIn, k: string): number =>
    x.kind === "sub" ? (x[k as "so"] ?? 0) : sum(kids(x.id).map((q) => val(q, k)));
  const pmTrue = sum(kids(PLANT_S).map((x) => x.pm!));
  if (pmTrue !== 755_100_000) throw new Error(`dppa: modal of ${PLANT_S} is ${pmTrue}`);
  const SB = "Sebelum Perubahan";
  const SS = "Sesudah Perubahan";
  const BB = "Bertambah/(Berkurang)";
  const money = (key: string, head: string[], num: string | number, role?: Col["role"]): Col => ({
    key,
    head,
    role,
    num,
    fmt: RP,
    width: 16,
  });
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 44 },
    money("so", [SB, "Belanja Operasi"], 3, "anggaran"),
    money("sm", [SB, "Belanja Modal"], 4, "anggaran"),
    money("sj", [SB, "Jumlah"], "5 = 3 + 4", "anggaran"),
    money("po", [SS, "Belanja Operasi"], 6, "anggaran"),
    money("pm", [SS, "Belanja Modal"], 7, "anggaran"),
    money("pj", [SS, "Jumlah"], "8 = 6 + 7", "anggaran"),
    { key: "d", head: [BB, "(Rp)"], num: "9 = 8 - 5", fmt: NEG, width: 15 },
    { key: "dp", head: [BB, "(%)"], num: "10 = 9 / 5 x 100", fmt: "0.00;(0.00)", width: 9 },
  ];
  const SUMS = ["so", "sm", "po", "pm"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind !== "sub",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.id === PLANT_C ? BADCODE : x.kode,
            nama: x.nama,
            sj: fx(`${c.a("so")}+${c.a("sm")}`),
            pj: fx(`${c.a("po")}+${c.a("pm")}`),
            d: fx(`${c.a("pj")}-${c.a("sj")}`),
            dp: fx(`ROUND(${c.a("d")}/${c.a("sj")}*100,2)`),
          };
          if (x.kind === "sub") {
            // a nil amount is left blank, as the DPPA prints it
            for (const k of SUMS) if (x[k as "so"]) cells[k] = x[k as "so"]!;
          } else {
            const ks = kids(x.id);
            for (const k of SUMS)
              if (val(x, k))
                cells[k] =
                  x.kind === "kegiatan"
                    ? fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`)
                    : fx(ks.map((q) => `${c.c(k)}${c.row(q.id)}`).join("+"));
            if (x.id === PLANT_S) cells.pm = PLANT_S_VAL;
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: "JUMLAH BELANJA",
            sj: fx(`${c.a("so")}+${c.a("sm")}`),
            pj: fx(`${c.a("po")}+${c.a("pm")}`),
            d: fx(`${c.a("pj")}-${c.a("sj")}`),
            dp: fx(`ROUND(${c.a("d")}/${c.a("sj")}*100,2)`),
          };
          for (const k of SUMS)
            if (sum(progs.map((p) => val(p, k))))
              cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: angka dalam kurung menunjukkan pengurangan anggaran; pengadaan perahu karet evakuasi dibatalkan dan dialihkan ke penyediaan makanan korban banjir.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Lirboyo, 30 September 2024",
    jabatan: ["KEPALA DINAS SOSIAL", "KOTA LIRBOYO,"],
    nama: "Dra. SRI WAHYUNINGSIH, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19690514 199403 2 008",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pm", PLANT_S) },
    rules: ["sum-mismatch"],
    note: `Belanja Modal sesudah perubahan of kegiatan 1.06.01.2.07 is a typed ${PLANT_S_VAL.toLocaleString("en")} in a column of SUM formulas; its two sub kegiatan give ${pmTrue.toLocaleString("en")} (1 and 5 swapped)`,
    truth: kids(PLANT_S)
      .map((q) => a("pm", q.id))
      .join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_C) },
    rules: ["code-hierarchy"],
    note: `sub kegiatan Pengelolaan Data Fakir Miskin is coded ${BADCODE} (Penanganan Bencana) under kegiatan 1.06.05.2.01`,
    truth: a("kode", "kC1"),
    actual: `PARENT(${a("kode", PLANT_C)})`,
  });
  // the kegiatan, its program and JUMLAH carry the typed modal on: those cells follow the plant
  const follows = new Set(
    [PLANT_S, "pA", "j"].flatMap((id) => ["pm", "pj", "d", "dp"].map((k) => `${id}.${k}`)),
  );
  follows.delete(`${PLANT_S}.pm`);
  for (const id of [...rows.map((x) => x.id), "j"]) {
    const x = rows.find((q) => q.id === id);
    const c = (k: string) => a(k, id);
    if (x?.parent && id !== PLANT_C)
      b.ok({
        sheet: S,
        cell: c("kode"),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${c("kode")})`,
      });
    if (!follows.has(`${id}.pj`))
      b.ok({ sheet: S, cell: c("pj"), rules: ["sum-mismatch"], truth: `${c("po")}+${c("pm")}`, tol: 0.5 });
    b.ok({ sheet: S, cell: c("sj"), rules: ["sum-mismatch"], truth: `${c("so")}+${c("sm")}`, tol: 0.5 });
    if (!follows.has(`${id}.d`))
      b.ok({
        sheet: S,
        cell: c("d"),
        rules: ["sum-mismatch"],
        truth: `${c("pj")}-${c("sj")}`,
        tol: 0.5,
      });
    if (x?.kind === "sub") continue;
    const parts = id === "j" ? progs : kids(id);
    const nested = [...parts, ...parts.flatMap((q) => kids(q.id))];
    for (const k of SUMS) {
      if (follows.has(`${id}.${k}`) || (id === PLANT_S && k === "pm")) continue;
      const v = sum(parts.map((q) => val(q, k)));
      // a nil total is left blank: nothing to check
      if (v === 0) continue;
      b.ok({
        sheet: S,
        cell: c(k),
        rules: ["sum-mismatch"],
        truth: parts.map((q) => a(k, q.id)).join("+"),
        trap: x?.kind === "kegiatan" ? undefined : nested.map((q) => a(k, q.id)).join("+"),
        tol: 0.5,
      });
    }
  }
  // more than doubled (+150.00 %), cut back (in brackets) and the modal dropped: all right by the form
  b.ok({
    sheet: S,
    cell: a("dp", "sB13"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("d", "sB13")}/${a("sj", "sB13")}*100,2)`,
  });
  for (const id of ["sA11", "sB12", "sD12"])
    b.ok({
      sheet: S,
      cell: a("dp", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("d", id)}/${a("sj", id)}*100,2)`,
      // a decrease is a negative change, not its size
      trap: `ROUND(ABS(${a("d", id)})/${a("sj", id)}*100,2)`,
    });
  return b.finish();
}

// =========================== Laporan Realisasi Anggaran per program, dalam jutaan rupiah (Disdag)

type LrIn = {
  id: string;
  kind: "program" | "kegiatan";
  parent?: string;
  kode?: string;
  nama: string;
  /** kegiatan: anggaran, realisasi 2024 and realisasi 2023, millions of rupiah; the modal part */
  ang?: number;
  real?: number;
  r23?: number;
  angM?: number;
  realM?: number;
  r23M?: number;
};

/** Laporan Realisasi Anggaran per Program dan Kegiatan TA 2024, Dinas Perdagangan Kota Mandalagiri. */
export function lraDisdag(): BookW {
  const b = new BookW(
    "lra-jutaan-disdag-mandalagiri.xlsx",
    "budget realisation report per program in millions",
    "LRA 2024 per program of a Dinas Perdagangan '(dalam jutaan rupiah)': No | Kode | Uraian | Anggaran Setelah Perubahan | Realisasi | Lebih/(Kurang) | % Realisasi | Realisasi 2023; programs with a code, kegiatan rows with a name and no code; JUMLAH BELANJA split into Belanja Operasi and Belanja Modal rows under it; amounts with two decimals",
  );
  const S = "LRA per Program";
  const s = b.sheet(S);
  s.lines(["PEMERINTAH KOTA MANDALAGIRI", "DINAS PERDAGANGAN"], 1, { bold: true });
  s.gap();
  s.lines([
    "LAPORAN REALISASI ANGGARAN BELANJA PER PROGRAM DAN KEGIATAN",
    "UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2024",
    "(dalam jutaan rupiah)",
  ]);
  s.gap();
  const rows: LrIn[] = [
    {
      id: "p1",
      kind: "program",
      kode: "3.30.01",
      nama: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    },
    {
      id: "k11",
      kind: "kegiatan",
      parent: "p1",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ang: 186.4,
      real: 179.25,
      r23: 171.8,
    },
    {
      id: "k12",
      kind: "kegiatan",
      parent: "p1",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ang: 6_842.75,
      real: 6_715.38,
      r23: 6_504.12,
    },
    {
      id: "k13",
      kind: "kegiatan",
      parent: "p1",
      nama: "Administrasi Umum Perangkat Daerah",
      ang: 512.6,
      real: 488.91,
      r23: 470.35,
      angM: 120,
      realM: 117.35,
      r23M: 96.5,
    },
    {
      id: "p2",
      kind: "program",
      kode: "3.30.03",
      nama: "Program Peningkatan Sarana Distribusi Perdagangan",
    },
    {
      id: "k21",
      kind: "kegiatan",
      parent: "p2",
      nama: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ang: 4_275,
      real: 3_986.42,
      r23: 2_640.5,
      angM: 3_650,
      realM: 3_402.58,
      r23M: 2_115.4,
    },
    {
      id: "k22",
      kind: "kegiatan",
      parent: "p2",
      nama: "Pembinaan terhadap Pengelola Sarana Distribusi Perdagangan",
      ang: 148.3,
      real: 141.87,
      r23: 135.2,
    },
    {
      id: "p3",
      kind: "program",
      kode: "3.30.04",
      nama: "Program Stabilisasi Harga Barang Kebutuhan Pokok dan Barang Penting",
    },
    {
      id: "k31",
      kind: "kegiatan",
      parent: "p3",
      nama: "Menjamin Ketersediaan Barang Kebutuhan Pokok dan Barang Penting",
      ang: 1_286.45,
      real: 1_219.64,
      r23: 942.18,
    },
    {
      id: "k32",
      kind: "kegiatan",
      parent: "p3",
      nama: "Pengendalian Harga, Informasi Ketersediaan Stok dan Pasokan Barang Kebutuhan Pokok dan Barang Penting",
      ang: 364.2,
      real: 351.06,
      r23: 330.75,
    },
    {
      id: "p4",
      kind: "program",
      kode: "3.30.06",
      nama: "Program Standardisasi dan Perlindungan Konsumen",
    },
    {
      id: "k41",
      kind: "kegiatan",
      parent: "p4",
      nama: "Pelaksanaan Metrologi Legal, berupa Tera, Tera Ulang dan Pengawasan",
      ang: 428.9,
      real: 402.15,
      r23: 388.4,
      angM: 210,
      realM: 196.8,
      r23M: 0,
    },
  ];
  // planted 1: a kegiatan's realisation typed in thousands of rupiah in a table in millions
  const PLANT_N = "k31";
  // planted 2: the % realisasi of one kegiatan divides by last year's realisation
  const PLANT_F = "k21";
  const kids = (id: string) => rows.filter((x) => x.parent === id);
  const keg = rows.filter((x) => x.kind === "kegiatan");
  const progs = rows.filter((x) => x.kind === "program");
  const written = (x: LrIn) => (x.id === PLANT_N ? round(x.real! * 1000, 0) : x.real!);
  const split = (k: "ang" | "real" | "r23", modal: boolean) =>
    round(
      sum(
        keg.map((x) => {
          const m = x[`${k}M` as "angM"] ?? 0;
          return modal ? m : x[k]! - m;
        }),
      ),
    );
  const R = "Realisasi";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 10 },
    { key: "nama", head: ["Uraian"], num: 3, width: 48 },
    {
      key: "ang",
      head: ["Tahun 2024", "Anggaran Setelah Perubahan"],
      role: "anggaran",
      year: 2024,
      num: 4,
      fmt: JUTA,
      width: 14,
    },
    {
      key: "real",
      head: ["Tahun 2024", R],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: JUTA,
      width: 14,
    },
    { key: "lk", head: ["Tahun 2024", "Lebih/(Kurang)"], num: "6 = 5 - 4", fmt: JUTA, width: 13 },
    {
      key: "pct",
      head: ["Tahun 2024", "% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "7 = 5 / 4 x 100",
      fmt: DEC,
      width: 10,
    },
    {
      key: "r23",
      head: ["Tahun 2023", R],
      role: "realisasi-anggaran",
      year: 2023,
      num: 8,
      fmt: JUTA,
      width: 14,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.kind === "program",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.kind === "program" ? progs.indexOf(x) + 1 : undefined,
            kode: x.kode,
            nama: x.nama,
            lk: fx(`${c.a("real")}-${c.a("ang")}`),
            pct: fx(`ROUND(${c.a("real")}/${c.a(x.id === PLANT_F ? "r23" : "ang")}*100,2)`),
          };
          if (x.kind === "kegiatan") {
            cells.ang = x.ang!;
            cells.real = written(x);
            cells.r23 = x.r23!;
          } else {
            const ks = kids(x.id);
            for (const k of ["ang", "real", "r23"])
              cells[k] = fx(`SUM(${c.c(k)}${c.row(ks[0].id)}:${c.c(k)}${c.row(ks[ks.length - 1].id)})`);
          }
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nama"],
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: "JUMLAH BELANJA",
            lk: fx(`${c.a("real")}-${c.a("ang")}`),
            pct: fx(`ROUND(${c.a("real")}/${c.a("ang")}*100,2)`),
          };
          for (const k of ["ang", "real", "r23"])
            cells[k] = fx(progs.map((p) => `${c.c(k)}${c.row(p.id)}`).join("+"));
          return cells;
        },
      },
      ...(["op", "mo"] as const).map((id): Row => ({
        id,
        cells: (c) => ({
          nama: id === "op" ? "Terdiri dari: Belanja Operasi" : "Belanja Modal",
          ang: split("ang", id === "mo"),
          real: split("real", id === "mo"),
          lk: fx(`${c.a("real")}-${c.a("ang")}`),
          pct: fx(`ROUND(${c.a("real")}/${c.a("ang")}*100,2)`),
          r23: split("r23", id === "mo"),
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Belanja Modal 2024 terutama untuk revitalisasi Pasar Rakyat Sukasari (DAK Fisik) dan peralatan metrologi.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Mandalagiri, 20 Januari 2025",
    jabatan: ["Kepala Dinas Perdagangan", "Kota Mandalagiri,"],
    nama: "H. ASEP SUPRIATNA, S.E., M.M.",
    pangkat: "Pembina Tingkat I",
    nip: "19750617 200003 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const n = rows.find((x) => x.id === PLANT_N)!;
  const f = rows.find((x) => x.id === PLANT_F)!;
  b.plant({
    at: { sheet: S, cell: a("real", PLANT_N) },
    rules: ["number-scale", "serapan-over-100"],
    note: `realisasi of Menjamin Ketersediaan Barang Kebutuhan Pokok is ${written(n).toLocaleString("en")}, typed in thousands in a table in millions (against an anggaran of ${n.ang}); ${n.real} makes Belanja Operasi + Belanja Modal add up to the JUMLAH`,
    // what the split rows leave for this kegiatan
    truth: `${a("real", "op")}+${a("real", "mo")}-(${keg
      .filter((x) => x.id !== PLANT_N)
      .map((x) => a("real", x.id))
      .join("+")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", PLANT_F) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `% realisasi of Pembangunan dan Pengelolaan Sarana Distribusi is =ROUND(realisasi/realisasi 2023*100,2) = ${round((f.real! / f.r23!) * 100)}; against its anggaran ${f.real} / ${f.ang} gives ${round((f.real! / f.ang!) * 100)}`,
    truth: `ROUND(${a("real", PLANT_F)}/${a("ang", PLANT_F)}*100,2)`,
  });
  // the realisation of program 3.30.04 and of JUMLAH add the typed thousands: they follow the plant,
  // and so do their Lebih/(Kurang) and % and those of the planted row
  const follows = (id: string) => id === PLANT_N || id === "p3" || id === "j";
  for (const x of [...rows, { id: "j" } as LrIn, { id: "op" } as LrIn, { id: "mo" } as LrIn]) {
    const id = x.id;
    const c = (k: string) => a(k, id);
    if (!follows(id) && id !== PLANT_F)
      b.ok({
        sheet: S,
        cell: c("pct"),
        rules: ["capaian-mismatch", "serapan-over-100"],
        truth: `ROUND(${c("real")}/${c("ang")}*100,2)`,
      });
    if (!follows(id))
      b.ok({ sheet: S, cell: c("lk"), rules: ["sum-mismatch"], truth: `${c("real")}-${c("ang")}` });
    if (x.kind === "program" || id === "j") {
      const parts = id === "j" ? progs : kids(id);
      for (const k of ["ang", "real", "r23"]) {
        if (k === "real" && follows(id)) continue;
        // JUMLAH anggaran and realisasi 2023 are checked against the Operasi + Modal split below
        if (id === "j") continue;
        b.ok({
          sheet: S,
          cell: c(k),
          rules: ["sum-mismatch"],
          truth: parts.map((q) => a(k, q.id)).join("+"),
        });
      }
    }
  }
  // Belanja Operasi and Belanja Modal split the JUMLAH; they are no rows to add into it
  for (const k of ["ang", "r23"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "op")}+${a(k, "mo")}`,
      // and JUMLAH adds the programs, not the programs and their kegiatan together
      trap: [...progs, ...keg].map((q) => a(k, q.id)).join("+"),
    });
  // kegiatan rows carry a name and no code: nothing to nest, and their amounts are in millions
  for (const x of keg.filter((q) => q.id !== PLANT_N))
    b.ok({ sheet: S, cell: a("real", x.id), rules: ["number-scale"], truth: a("real", x.id) });
  return b.finish();
}
