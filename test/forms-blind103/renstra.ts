// Two plan tables of the theme: a T-C.27 (Renstra 2025-2029, "(dalam ribuan rupiah)") of the Dinas
// Komunikasi, Informatika, Statistik dan Persandian of Provinsi Papua Selatan, with "Tahun-n (yyyy)"
// year headers, SUM formulas for kegiatan and program Rp and a kondisi akhir per row; and the IKU
// matrix of the Banten office (formulasi, satuan, kondisi awal, targets 2025-2029, kondisi akhir).
// Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Ln = {
  id: string;
  sas: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
  kids?: string[];
  unit: string;
  lok: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27PapuaSelatan(): BookW {
  const b = new BookW(
    "renstra-tc27-diskominfosp-papua-selatan-2025-2029.xlsx",
    "T-C.27 Renstra 2025-2029 (Diskominfo SP)",
    "T-C.27 of a provincial Diskominfo SP, Renstra 2025-2029, (dalam ribuan rupiah): Sasaran (merged) | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 'Tahun-1 (2025)' .. 'Tahun-5 (2029)' > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; number row; SUM formulas for kegiatan / program Rp; kondisi akhir Rp = the five years",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI PAPUA SELATAN",
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN",
  ]);
  s.lines([
    "Tabel 6.1",
    "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF",
    "RENSTRA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN PROVINSI PAPUA SELATAN 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas penyelenggaraan SPBE dan jangkauan akses internet kampung";
  const SAS2 = "Meningkatnya keamanan informasi pemerintah daerah";
  const AI = "Bidang Aplikasi Informatika";
  const PS = "Bidang Persandian";
  const PROV = "Provinsi Papua Selatan";
  const L: Ln[] = [
    {
      id: "p1",
      sas: SAS1,
      kode: "2.16.03",
      nm: "PROGRAM PENGELOLAAN APLIKASI INFORMATIKA",
      ind: "Indeks SPBE Provinsi",
      sat: "indeks",
      flow: false,
      awal: 1.92,
      tg: [2.15, 2.4, 2.6, 2.8, 3.0],
      kids: ["g1"],
      unit: AI,
      lok: PROV,
    },
    {
      id: "g1",
      sas: SAS1,
      kode: "2.16.03.1.02",
      nm: "Pengelolaan e-Government di Lingkup Pemerintah Daerah Provinsi",
      ind: "Persentase kampung yang terjangkau akses internet",
      sat: "%",
      flow: false,
      awal: 38.5,
      tg: [45, 52, 60, 68, 75],
      kids: ["s1", "s2"],
      unit: AI,
      lok: PROV,
    },
    {
      id: "s1",
      sas: SAS1,
      kode: "2.16.03.1.02.0003",
      nm: "Penyelenggaraan Sistem Jaringan Intra Pemerintah Daerah",
      ind: "Jumlah kampung yang dibangun akses internet (VSAT / BTS)",
      sat: "kampung",
      flow: true,
      awal: 112,
      tg: [40, 45, 50, 55, 60],
      rp: [9_450_000, 10_380_500, 11_240_000, 12_115_750, 12_960_000],
      unit: AI,
      lok: "Kab. Bian Raya, Kab. Digul Tengah, Kab. Eilanden Hilir, Kab. Kumbe Hulu",
    },
    {
      id: "s2",
      sas: SAS1,
      kode: "2.16.03.1.02.0005",
      nm: "Pengembangan Aplikasi dan Proses Bisnis Pemerintahan Berbasis Elektronik",
      ind: "Jumlah aplikasi layanan yang dikembangkan",
      sat: "aplikasi",
      flow: true,
      awal: 9,
      tg: [4, 5, 5, 6, 6],
      rp: [1_875_000, 2_140_500, 2_215_000, 2_560_250, 2_690_000],
      unit: AI,
      lok: PROV,
    },
    {
      id: "p2",
      sas: SAS2,
      kode: "2.18.02",
      nm: "PROGRAM PENYELENGGARAAN PERSANDIAN UNTUK PENGAMANAN INFORMASI",
      ind: "Persentase perangkat daerah yang menerapkan standar keamanan informasi",
      sat: "%",
      flow: false,
      awal: 35,
      tg: [45, 55, 65, 75, 85],
      kids: ["g2"],
      unit: PS,
      lok: PROV,
    },
    {
      id: "g2",
      sas: SAS2,
      kode: "2.18.02.1.01",
      nm: "Penyelenggaraan Persandian untuk Pengamanan Informasi Pemerintah Daerah Provinsi",
      ind: "Persentase insiden keamanan informasi yang ditangani",
      sat: "%",
      flow: false,
      awal: 60,
      tg: [70, 75, 80, 85, 90],
      kids: ["s3", "s4"],
      unit: PS,
      lok: PROV,
    },
    {
      id: "s3",
      sas: SAS2,
      kode: "2.18.02.1.01.0002",
      nm: "Pelaksanaan Analisis Kebutuhan dan Pengelolaan Sumber Daya Sandi",
      ind: "Jumlah dokumen analisis kebutuhan persandian",
      sat: "dokumen",
      flow: true,
      awal: 1,
      tg: [2, 2, 2, 2, 2],
      rp: [645_000, 672_500, 698_000, 721_250, 750_000],
      unit: PS,
      lok: PROV,
    },
    // planted: coded under program 2.18.01 although it stands under kegiatan 2.18.02.1.01
    {
      id: "s4",
      sas: SAS2,
      kode: "2.18.01.1.01.0004",
      nm: "Penyelenggaraan Layanan Tim Tanggap Insiden Siber (CSIRT) Provinsi",
      ind: "Jumlah layanan penanganan insiden siber",
      sat: "layanan",
      flow: true,
      awal: 18,
      tg: [24, 28, 32, 36, 40],
      rp: [1_120_000, 1_236_750, 1_318_000, 1_405_500, 1_492_000],
      unit: PS,
      lok: PROV,
    },
  ];
  const ys = YEARS.map((y, i) => ({ y, i, head: `Tahun-${i + 1} (${y})` }));
  const TG = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: "1", width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Program, Kegiatan dan Sub Kegiatan"], num: "3", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      num: "6",
      fmt: DEC,
      width: 11,
    },
    ...ys.flatMap(({ y, i, head }): Col[] => [
      {
        key: `t${i}`,
        head: [TG, head, "Target"],
        role: "target",
        year: y,
        num: String(7 + 2 * i),
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [TG, head, "Rp"],
        role: "anggaran",
        year: y,
        num: String(8 + 2 * i),
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "kat", head: [KA, "Target"], role: "kondisi-akhir", num: "17", fmt: DEC, width: 10 },
    { key: "kar", head: [KA, "Rp"], num: "18", fmt: INT, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "19", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "20", width: 22 },
  ];
  const byId = new Map(L.map((l) => [l.id, l]));
  const rows: Row[] = L.map((l): Row => ({
    id: l.id,
    bold: !!l.kids,
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = {
        sas: l.sas,
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: l.awal,
        unit: l.unit,
        lok: l.lok,
      };
      l.tg.forEach((v, i) => (c[`t${i}`] = v));
      YEARS.forEach((_, i) => {
        if (l.kids) {
          const ks = l.kids.map((k) => x.a(`r${i}`, k));
          c[`r${i}`] = fx(
            l.kids.length > 1 && byId.get(l.kids[0])!.rp
              ? `SUM(${ks[0]}:${ks[ks.length - 1]})`
              : ks.join("+"),
          );
        } else c[`r${i}`] = l.rp![i];
      });
      // planted: the kondisi akhir of the persandian program is its 2028 target
      c.kat =
        l.id === "p2"
          ? 75
          : l.flow
            ? fx(`SUM(${x.a("t0")},${x.a("t1")},${x.a("t2")},${x.a("t3")},${x.a("t4")})`)
            : l.tg[4];
      c.kar = fx(YEARS.map((_, i) => x.a(`r${i}`)).join("+"));
      return c;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator berupa indeks/persentase = target tahun 2029; indikator berupa jumlah = akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Merauke, 3 Maret 2025",
    jabatan: ["KEPALA DINAS KOMUNIKASI, INFORMATIKA, STATISTIK", "DAN PERSANDIAN PROVINSI PAPUA SELATAN,"],
    nama: "YOHANES K. NDIKEN, S.Kom., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790625 200501 1 014",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kat", "p2") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of program 2.18.02 (a percentage, a level) is 75.00, the 2028 target; the 2029 target is 85.00",
    truth: a("t4", "p2"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan CSIRT is coded 2.18.01.1.01.0004 under kegiatan 2.18.02.1.01 (program digits 01 for 02)",
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  for (const id of ["p1", "g1", "g2"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", id),
      trap: `SUM(${YEARS.map((_, i) => a(`t${i}`, id)).join(",")})`,
    });
  for (const id of ["s1", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((_, i) => a(`t${i}`, id)).join("+"),
      trap: a("t4", id),
    });
  for (const id of ["p1", "g1", "s1", "s2", "p2", "g2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((_, i) => a(`r${i}`, id)).join("+"),
    });
  for (const i of [0, 2, 4]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "s1")}+${a(`r${i}`, "s2")}`,
    });
    b.ok({ sheet: S, cell: a(`r${i}`, "p1"), rules: ["sum-mismatch"], truth: a(`r${i}`, "g1") });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s2"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g1"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  return b.finish();
}

type Iku = {
  id: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number;
  tg: Cell[];
  ka: Cell;
  src: string;
  pj: string;
};

export function ikuBanten(): BookW {
  const b = new BookW(
    "matriks-iku-diskominfosp-banten-2025-2029.xlsx",
    "Matriks IKU 2025-2029 (Diskominfo SP)",
    "IKU matrix of a Diskominfo SP, 2025-2029: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Formulasi Perhitungan | Satuan | Kondisi Awal 2024 | 'Target Tahun' > 2025 .. 2029 | Kondisi Akhir 2029 | Sumber Data | Penanggung Jawab; no number row; a lower-is-better rate, a yearly count whose kondisi akhir is the sum",
  );
  const S = "IKU 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI BANTEN", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"]);
  s.lines([
    "LAMPIRAN KEPUTUSAN KEPALA DINAS NOMOR 800/117-DISKOMINFOSP/2025",
    "INDIKATOR KINERJA UTAMA (IKU) PERIODE 2025-2029",
  ]);
  s.gap();
  const S1 = "Meningkatnya tata kelola pemerintahan berbasis elektronik";
  const S2 = "Meningkatnya keterbukaan informasi dan ketersediaan data statistik sektoral";
  const S3 = "Meningkatnya keamanan informasi pemerintah daerah";
  const I: Iku[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks SPBE Provinsi Banten",
      rumus: "Nilai indeks hasil evaluasi SPBE KemenPANRB",
      sat: "indeks",
      awal: 2.95,
      tg: [3.1, 3.25, 3.4, 3.55, 3.7],
      ka: 3.7,
      src: "Laporan Evaluasi SPBE",
      pj: "Bidang Aplikasi Informatika",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase desa/kelurahan yang terhubung jaringan internet",
      rumus: "(Jumlah desa/kelurahan terhubung internet / Jumlah desa/kelurahan) x 100%",
      sat: "%",
      awal: 81.2,
      tg: [84, "87,00", 90, 93, 96],
      ka: 96,
      src: "Data Bidang Infrastruktur TIK",
      pj: "Bidang Infrastruktur TIK",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Nilai Keterbukaan Informasi Publik (KIP)",
      rumus: "Nilai hasil monitoring dan evaluasi Komisi Informasi",
      sat: "nilai",
      awal: 86.4,
      tg: [88, 89, 9.05, 91, 92],
      ka: 92,
      src: "Laporan Monev Komisi Informasi",
      pj: "Bidang Informasi dan Komunikasi Publik",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Jumlah dataset statistik sektoral yang dipublikasikan di Portal Satu Data",
      rumus: "Jumlah dataset baru yang terbit dalam tahun berjalan",
      sat: "dataset",
      awal: 412,
      tg: [150, 160, 170, 180, 190],
      ka: 0,
      src: "Portal Satu Data Banten",
      pj: "Bidang Statistik",
    },
    {
      id: "i5",
      sas: S3,
      ind: "Persentase insiden keamanan siber yang tidak tertangani (semakin kecil semakin baik)",
      rumus: "(Insiden tidak tertangani / Seluruh insiden yang dilaporkan) x 100%",
      sat: "%",
      awal: 12.5,
      tg: [10, 8, 6, 5, 4],
      ka: 4,
      src: "Laporan Banten-CSIRT",
      pj: "Bidang Persandian",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 34 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", fmt: DEC, width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: `t${i}`,
      head: ["Target Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 9,
    })),
    { key: "ka", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", fmt: DEC, width: 10 },
    { key: "src", head: ["Sumber Data"], role: "sumber-data", width: 20 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", width: 22 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((r, n): Row => ({
      id: r.id,
      cells: (x: Ctx) => {
        const c: Record<string, Cell> = {
          no: n + 1,
          sas: r.sas,
          ind: r.ind,
          rumus: r.rumus,
          sat: r.sat,
          awal: r.awal,
          src: r.src,
          pj: r.pj,
        };
        r.tg.forEach((v, i) => (c[`t${i}`] = v));
        c.ka = r.id === "i4" ? fx(`SUM(${x.a("t0")}:${x.a("t4")})`) : r.ka;
        return c;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: kondisi akhir jumlah dataset merupakan akumulasi dataset baru 2025-2029."]);
  s.gap();
  signature(s, 10, {
    tempat: "Serang, 6 Februari 2025",
    jabatan: ["KEPALA DINAS,"],
    nama: "Ir. HENDRA SURYADIPURA, M.T.",
    nip: "19720914 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("t2", "i3") },
    rules: ["target-outlier", "target-trend"],
    note: "The 2027 target of the Nilai KIP is 9.05 among 88, 89, 91, 92 (a slipped decimal point for 90.5)",
    truth: `(${a("t1", "i3")}+${a("t3", "i3")})/2`,
    tol: 1,
  });
  b.plant({
    at: { sheet: S, cell: a("t1", "i2") },
    rules: ["text-number"],
    note: 'The 2026 target of the desa terhubung internet is the text "87,00" among numbers',
    truth: "87",
  });
  b.ok({
    sheet: S,
    cell: a("ka", "i5"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("t4", "i5"),
    trap: `SUM(${a("t0", "i5")}:${a("t4", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "i4"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t0", "i4")}:${a("t4", "i4")})`,
    trap: a("t4", "i4"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "i1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t4", "i1"),
    trap: `SUM(${a("t0", "i1")}:${a("t4", "i1")})`,
  });
  b.ok({ sheet: S, cell: a("ka", "i2"), rules: ["kondisi-akhir-mismatch"], truth: a("t4", "i2") });
  b.ok({ sheet: S, cell: a("t3", "i5"), rules: ["target-outlier", "target-trend"], truth: "5" });
  b.ok({ sheet: S, cell: a("t2", "i1"), rules: ["target-outlier", "target-trend"], truth: "3.4" });
  return b.finish();
}
