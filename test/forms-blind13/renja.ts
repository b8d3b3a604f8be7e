// The Renja 2025 of a Kecamatan (unsur kewilayahan, codes 7.01): the rumusan rencana program,
// kegiatan and sub kegiatan with the kelurahan as lokasi, pagu 2025 and prakiraan maju 2026, and
// under it on the same page a second table with other columns (the Kecamatan's indicator targets
// 2025-2026 beside the kondisi 2023 and the realisasi 2024). Every name and number is invented.
import { BookW, DEC, RP, fmt, letterhead, signature, fx, type Cell, type Col, type Row } from "../forms/kit";

type RIn = {
  id: string;
  lvl: "p" | "k" | "s" | "i";
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  lok?: string;
  t25: number;
  t26: number;
  rp25?: number;
  rp26?: number;
  sd?: string;
  f?: string;
};

const KEL = "Kel. Cikandang, Sukaresmi, Margaluyu, Pasirjati, Cibodas, Mekarwangi, Tanjungsari";

/** Renja 2025 of Kecamatan Cikandang, Kabupaten Sindangwangi. */
export function renjaKecamatan(): BookW {
  const b = new BookW(
    "renja-kelurahan-kecamatan-cikandang.xlsx",
    "Renja Kecamatan with a second table under it",
    "Renja 2025 of a Kecamatan: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025' > Lokasi | Target Kinerja | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Rencana Tahun 2026' > Target Kinerja | Kebutuhan Dana (Rp), number row (1) .. (10); codes 7.01.xx (unsur kewilayahan); kegiatan Rp SUM of their sub kegiatan, program Rp SUM of their kegiatan, JUMLAH; the kelurahan as lokasi; a second indicator of a sub kegiatan on a row without code; under it 'Tabel 2' No | Indikator Kinerja | Satuan | Kondisi Kinerja 2023 | Realisasi 2024 *) | Target 2025 | Target 2026 | Keterangan",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SINDANGWANGI",
    "KECAMATAN CIKANDANG",
    "Jl. Raya Cikandang No. 7 Telp. (0263) 512 044",
  ]);
  s.lines([
    "RENCANA KERJA (RENJA) KECAMATAN CIKANDANG TAHUN 2025",
    "Tabel 1. Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
  ]);
  s.gap();
  const rows: RIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "7.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase dokumen perencanaan, keuangan dan pelaporan yang tersusun tepat waktu",
      sat: "%",
      t25: 100,
      t26: 100,
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "7.01.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan, penganggaran dan evaluasi kinerja",
      sat: "dokumen",
      t25: 7,
      t26: 7,
    },
    {
      id: "s111",
      lvl: "s",
      kode: "7.01.01.2.01.0001",
      nama: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      sat: "dokumen",
      lok: "Kantor Kecamatan Cikandang",
      t25: 3,
      t26: 3,
      rp25: 18_450_000,
      rp26: 19_400_000,
      sd: "DAU",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "7.01.01.2.01.0006",
      nama: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja",
      sat: "laporan",
      lok: "Kantor Kecamatan Cikandang",
      t25: 4,
      t26: 4,
      rp25: 12_300_000,
      rp26: 13_000_000,
      sd: "DAU",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "7.01.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan administrasi keuangan perangkat daerah",
      sat: "laporan",
      t25: 12,
      t26: 12,
    },
    {
      id: "s121",
      lvl: "s",
      kode: "7.01.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      sat: "orang",
      lok: "Kantor Kecamatan Cikandang",
      t25: 38,
      t26: 38,
      rp25: 1_865_420_000,
      rp26: 1_958_700_000,
      sd: "DAU",
    },
    {
      id: "k13",
      lvl: "k",
      kode: "7.01.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum perangkat daerah",
      sat: "paket",
      t25: 3,
      t26: 3,
    },
    {
      id: "s131",
      lvl: "s",
      kode: "7.01.01.2.06.0001",
      nama: "Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor",
      ind: "Jumlah paket komponen instalasi listrik/penerangan bangunan kantor",
      sat: "paket",
      lok: "Kantor Kecamatan Cikandang",
      t25: 1,
      t26: 1,
      rp25: 8_750_000,
      rp26: 9_200_000,
      sd: "DAU",
    },
    {
      id: "s132",
      lvl: "s",
      kode: "7.01.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik kantor",
      sat: "paket",
      lok: "Kantor Kecamatan Cikandang",
      t25: 1,
      t26: 1,
      rp25: 24_600_000,
      rp26: 25_800_000,
      sd: "DAU",
    },
    {
      id: "s133",
      lvl: "s",
      kode: "7.01.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi",
      sat: "laporan",
      lok: "Kantor Kecamatan Cikandang",
      t25: 12,
      t26: 12,
      rp25: 46_800_000,
      rp26: 49_000_000,
      sd: "DAU",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "7.01.02",
      nama: "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
      ind: "Indeks Kepuasan Masyarakat (IKM) layanan PATEN",
      sat: "nilai",
      t25: 82.5,
      t26: 83,
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "7.01.02.2.01",
      nama: "Koordinasi Penyelenggaraan Pelayanan Publik Tingkat Kecamatan",
      ind: "Jumlah laporan koordinasi penyelenggaraan pelayanan publik",
      sat: "laporan",
      t25: 4,
      t26: 4,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "7.01.02.2.01.0001",
      nama: "Koordinasi/Sinergi Perencanaan dan Pelaksanaan Kegiatan Pemerintahan dengan Perangkat Daerah dan Instansi Vertikal",
      ind: "Jumlah laporan hasil koordinasi dengan perangkat daerah dan instansi vertikal",
      sat: "laporan",
      lok: "Kecamatan Cikandang",
      t25: 4,
      t26: 4,
      rp25: 32_600_000,
      rp26: 34_200_000,
      sd: "DAU",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "7.01.02.2.01.0003",
      nama: "Pelaksanaan Pelayanan Administrasi Terpadu Kecamatan (PATEN)",
      ind: "Jumlah dokumen layanan PATEN yang diterbitkan",
      sat: "dokumen",
      lok: "Kantor Kecamatan Cikandang",
      t25: 5_400,
      t26: 5_600,
      rp25: 64_250_000,
      rp26: 67_500_000,
      sd: "DAU",
      f: "#,##0",
    },
    {
      id: "i212",
      lvl: "i",
      ind: "Waktu rata-rata penyelesaian layanan PATEN",
      sat: "hari",
      t25: 2,
      t26: 2,
    },
    {
      id: "k22",
      lvl: "k",
      kode: "7.01.02.2.02",
      nama: "Fasilitasi Penyelenggaraan Pemerintahan Kelurahan",
      ind: "Jumlah kelurahan yang difasilitasi",
      sat: "kelurahan",
      t25: 7,
      t26: 7,
    },
    {
      id: "s221",
      lvl: "s",
      kode: "7.01.02.2.02.0002",
      nama: "Fasilitasi Penyusunan Profil dan Monografi Kelurahan",
      ind: "Jumlah kelurahan yang menyusun profil dan monografi",
      sat: "kelurahan",
      lok: KEL,
      t25: 7,
      t26: 7,
      rp25: 21_700_000,
      rp26: 22_800_000,
      sd: "DAU",
    },
    {
      id: "p3",
      lvl: "p",
      kode: "7.01.03",
      nama: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
      ind: "Persentase kelurahan dengan Lembaga Pemberdayaan Masyarakat (LPM) aktif",
      sat: "%",
      t25: 85.71,
      t26: 100,
      f: DEC,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "7.01.03.2.01",
      nama: "Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan",
      ind: "Jumlah musrenbang kelurahan yang difasilitasi",
      sat: "kegiatan",
      t25: 7,
      t26: 7,
    },
    {
      id: "s311",
      lvl: "s",
      kode: "7.01.03.2.01.0001",
      nama: "Fasilitasi Musyawarah Perencanaan Pembangunan Kelurahan",
      ind: "Jumlah musrenbang kelurahan yang terlaksana",
      sat: "kegiatan",
      lok: KEL,
      t25: 7,
      t26: 7,
      rp25: 41_300_000,
      rp26: 43_400_000,
      sd: "DAU",
    },
    {
      id: "k32",
      lvl: "k",
      kode: "7.01.03.2.02",
      nama: "Pembangunan Sarana dan Prasarana Kelurahan",
      ind: "Jumlah paket sarana dan prasarana kelurahan yang dibangun",
      sat: "paket",
      t25: 14,
      t26: 14,
    },
    {
      id: "s321",
      lvl: "s",
      kode: "7.01.03.2.02.0001",
      nama: "Pembangunan Sarana dan Prasarana Kelurahan",
      ind: "Jumlah paket sarana dan prasarana kelurahan yang dibangun",
      sat: "paket",
      lok: KEL,
      t25: 14,
      t26: 14,
      rp25: 1_400_000_000,
      rp26: 1_400_000_000,
      sd: "DAU (Dana Kelurahan)",
    },
    {
      // planted: coded under kegiatan 7.01.03.2.01 although it sits under 7.01.03.2.02
      id: "s322",
      lvl: "s",
      kode: "7.01.03.2.01.0002",
      nama: "Pemberdayaan Masyarakat di Kelurahan",
      ind: "Jumlah kegiatan pemberdayaan masyarakat kelurahan",
      sat: "kegiatan",
      lok: KEL,
      t25: 21,
      t26: 21,
      rp25: 350_000_000,
      rp26: 350_000_000,
      sd: "DAU (Dana Kelurahan)",
    },
  ];
  // planted: the 2025 pagu of kegiatan 7.01.02.2.01 is typed 96,580,000 among SUM formulas; its sub
  // kegiatan add up to 96,850,000
  const PLANT_SUM = { id: "k21", v: 96_580_000 };
  const PLANT_CODE = { id: "s322", parent: "k32" };
  const idx = new Map(rows.map((x, i) => [x.id, i]));
  /** the rows beneath a program or kegiatan down to the next row of its level or above */
  const under = (id: string): RIn[] => {
    const i = idx.get(id)!;
    const lv = rows[i].lvl;
    const out: RIn[] = [];
    for (let j = i + 1; j < rows.length; j++) {
      const l = rows[j].lvl;
      if (l === "p" || (lv === "k" && l === "k")) break;
      out.push(rows[j]);
    }
    return out;
  };
  const parentOf = (id: string): string => {
    const i = idx.get(id)!;
    const want = rows[i].lvl === "s" ? "k" : "p";
    for (let j = i - 1; j >= 0; j--) if (rows[j].lvl === want) return rows[j].id;
    throw new Error(`no parent of ${id}`);
  };
  const RN = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "lok", head: [RN, "Lokasi"], role: "lokasi", num: "(5)", width: 24 },
    { key: "t25", head: [RN, "Target Kinerja"], role: "target", year: 2025, num: "(6)", width: 10 },
    {
      key: "rp25",
      head: [RN, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(7)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [RN, "Sumber Dana"], num: "(8)", width: 14 },
    { key: "t26", head: [PM, "Target Kinerja"], role: "target", year: 2026, num: "(9)", width: 10 },
    {
      key: "rp26",
      head: [PM, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(10)",
      fmt: RP,
      width: 17,
    },
  ];
  const progs = rows.filter((x) => x.lvl === "p").map((x) => x.id);
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c) => {
      const F = (v: number) => (x.f ? fmt(v, x.f) : v);
      const cells: Record<string, Cell> = {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        lok: x.lok,
        t25: F(x.t25),
        t26: F(x.t26),
        sd: x.sd,
      };
      if (x.lvl === "s") {
        cells.rp25 = x.rp25;
        cells.rp26 = x.rp26;
      } else if (x.lvl === "k") {
        const subs = under(x.id);
        const r1 = c.row(subs[0].id);
        const r2 = c.row(subs[subs.length - 1].id);
        for (const k of ["rp25", "rp26"])
          cells[k] =
            x.id === PLANT_SUM.id && k === "rp25" ? PLANT_SUM.v : fx(`SUM(${c.c(k)}${r1}:${c.c(k)}${r2})`);
      } else if (x.lvl === "p") {
        const kegs = under(x.id).filter((y) => y.lvl === "k");
        for (const k of ["rp25", "rp26"]) cells[k] = fx(`SUM(${kegs.map((y) => c.a(k, y.id)).join(",")})`);
      }
      return cells;
    },
  }));
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "sat"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp25: fx(`SUM(${progs.map((p) => c.a("rp25", p)).join(",")})`),
      rp26: fx(`SUM(${progs.map((p) => c.a("rp26", p)).join(",")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });

  // ------------------------------------------------------------------ Tabel 2 under Tabel 1
  s.gap(2);
  s.lines(["Tabel 2. Target Indikator Kinerja Kecamatan Cikandang Tahun 2025 - 2026"]);
  s.gap();
  type T2 = { id: string; src: string; k23: number; r24: number; neg?: boolean; ket: string; f: string };
  const t2rows: T2[] = [
    { id: "n1", src: "p2", k23: 80.12, r24: 81.46, ket: "IKU", f: DEC },
    { id: "n2", src: "p3", k23: 71.43, r24: 85.71, ket: "IKU", f: DEC },
    { id: "n3", src: "p1", k23: 100, r24: 100, ket: "", f: DEC },
    { id: "n4", src: "i212", k23: 3, r24: 2.5, neg: true, ket: "polaritas negatif", f: "0.0" },
  ];
  const aduan = {
    id: "n5",
    ind: "Jumlah pengaduan masyarakat terkait ketenteraman dan ketertiban umum",
    sat: "kasus",
    k23: 46,
    r24: 39,
    t25: 35,
    t26: 30,
  };
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator" },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "k23", head: ["Kondisi Kinerja 2023"], role: "kondisi-awal", year: 2023 },
    { key: "r24", head: ["Realisasi 2024 *)"], role: "realisasi", year: 2024 },
    { key: "t25", head: ["Target 2025"], role: "target", year: 2025 },
    { key: "t26", head: ["Target 2026"], role: "target", year: 2026 },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const t2 = s.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...t2rows.map((y, k): Row => ({
        id: y.id,
        cells: () => {
          const x = rows[idx.get(y.src)!];
          return {
            no: k + 1,
            ind: x.ind,
            sat: x.sat,
            k23: fmt(y.k23, y.f),
            r24: fmt(y.r24, y.f),
            t25: fmt(x.t25, y.f),
            t26: fmt(x.t26, y.f),
            ket: y.ket || undefined,
          };
        },
      })),
      {
        id: aduan.id,
        cells: {
          no: 5,
          ind: aduan.ind,
          sat: aduan.sat,
          k23: aduan.k23,
          r24: aduan.r24,
          t25: aduan.t25,
          t26: aduan.t26,
          ket: "polaritas negatif",
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "*) angka sementara (data s.d. Triwulan III Tahun 2024)",
    "Catatan: pagu sub kegiatan sesuai Pagu Indikatif Kecamatan hasil Forum Perangkat Daerah; pagu kegiatan dan program adalah jumlah dari rincian di bawahnya.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Cikandang, 15 Juni 2024",
    jabatan: ["CAMAT CIKANDANG,"],
    nama: "H. DEDE SUPRIATNA, S.IP., M.Si.",
    pangkat: "Pembina",
    nip: "19760412 199803 1 004",
  });

  // --------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp25", PLANT_SUM.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "the 2025 pagu of kegiatan 7.01.02.2.01 is a typed 96,580,000 among SUM formulas; its two sub kegiatan add up to 96,850,000 (two digits swapped)",
    truth: `${a("rp25", "s211")}+${a("rp25", "s212")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_CODE.id) },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemberdayaan Masyarakat di Kelurahan is coded 7.01.03.2.01.0002 (kegiatan 7.01.03.2.01, the musrenbang) under kegiatan 7.01.03.2.02; its code is 7.01.03.2.02.0002",
    truth: a("kode", PLANT_CODE.parent),
    actual: `PARENT(${a("kode", PLANT_CODE.id)})`,
  });
  for (const x of rows) {
    if (x.lvl === "s" && x.id !== PLANT_CODE.id)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parentOf(x.id)),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.lvl === "k") {
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", parentOf(x.id)),
        actual: `PARENT(${a("kode", x.id)})`,
      });
      const subs = under(x.id).filter((y) => y.lvl === "s");
      for (const k of ["rp25", "rp26"]) {
        if (x.id === PLANT_SUM.id && k === "rp25") continue;
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: subs.map((y) => a(k, y.id)).join("+"),
        });
      }
    }
    if (x.lvl === "p") {
      const kids = under(x.id);
      const kegs = kids.filter((y) => y.lvl === "k");
      const subs = kids.filter((y) => y.lvl === "s");
      for (const k of ["rp25", "rp26"]) {
        if (x.id === "p2" && k === "rp25") continue; // follows the planted kegiatan total
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: subs.map((y) => a(k, y.id)).join("+"),
          // the program is not the sum of every row beneath it (kegiatan and sub kegiatan together)
          trap: [...kegs, ...subs].map((y) => a(k, y.id)).join("+"),
        });
      }
    }
  }
  b.ok({
    sheet: S,
    cell: a("rp26", "jml"),
    rules: ["sum-mismatch"],
    truth: rows
      .filter((x) => x.lvl === "s")
      .map((x) => a("rp26", x.id))
      .join("+"),
  });
  for (const y of [...t2rows.map((z) => ({ id: z.id, src: z.src }))]) {
    for (const k of ["t25", "t26"])
      b.ok({
        sheet: S,
        cell: t2.a(k, y.id),
        rules: ["cross-table-mismatch"],
        truth: a(k, y.src),
      });
  }
  // falling targets of the lower-is-better rows (pengaduan, waktu penyelesaian)
  for (const k of ["t25", "t26"])
    b.ok({
      sheet: S,
      cell: t2.a(k, aduan.id),
      rules: ["target-trend"],
      truth: String(k === "t25" ? 35 : 30),
    });
  return b.finish();
}
