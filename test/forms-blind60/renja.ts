// Plan tables: the RKPD 2026 plan (T-C.30 shape) of the Bappelitbangda of Provinsi Sulawesi Tengah
// with pagu indikatif per program / kegiatan / sub kegiatan and the prakiraan maju 2027, and the
// T-C.27 funding table of the Renstra 2025-2029 of the Dinas Perindustrian dan Perdagangan of Kota
// Pardomuan (Sumatera Utara) in thousands of rupiah. Codes follow Kepmendagri 050 (provincial
// kegiatan carry a 1, kota kegiatan a 2). Every person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type PlR = {
  id: string;
  kode?: string;
  ur?: string;
  ind: string;
  lok?: string;
  tk: string;
  rp?: Cell;
  sd?: string;
  tk1: string;
  rp1?: Cell;
  bold?: boolean;
};

/** RKPD 2026 rencana program, kegiatan dan sub kegiatan, Bappelitbangda Provinsi Sulawesi Tengah. */
export function rkpdSulteng(): BookW {
  const b = new BookW(
    "rkpd-2026-rencana-program-kegiatan-bappelitbangda-provinsi-sulawesi-tengah.xlsx",
    "RKPD / Renja T-C.30 plan with pagu indikatif and prakiraan maju",
    "Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2026' > Lokasi / Target Kinerja / Pagu Indikatif (Rp) / Sumber Dana | 'Prakiraan Maju Tahun 2027' > Target Kinerja / Kebutuhan Dana (Rp); number row (1)..(9); kegiatan SUM their sub kegiatan, programs add their kegiatan, a second indicator without code or pagu, JUMLAH of programs",
  );
  const S = "Renja 2026";
  const s = b.sheet(S);
  letterhead(s, ["BAPPELITBANGDA PROVINSI SULAWESI TENGAH"]);
  s.lines(
    ["RUMUSAN RENCANA PROGRAM, KEGIATAN DAN SUB KEGIATAN TAHUN 2026", "DAN PRAKIRAAN MAJU TAHUN 2027"],
    1,
    { bold: true },
  );
  s.gap();
  const L = "Provinsi Sulawesi Tengah";
  const D = "PAD";
  const subs: Record<string, [number, number]> = {
    s11: [1_245_600_000, 1_310_000_000],
    s12: [2_684_350_000, 1_950_000_000],
    s13: [987_150_000, 1_036_500_000],
    s21: [1_532_800_000, 1_609_400_000],
    s22: [846_250_000, 888_560_000],
    s31: [612_400_000, 643_000_000],
    s32: [455_900_000, 478_700_000],
    s33: [538_750_000, 565_680_000],
    s41: [724_300_000, 760_500_000],
    s42: [398_600_000, 418_530_000],
    s43: [276_450_000, 290_270_000],
  };
  const sumOf = (ids: string[]) => (c: { a(k: string, id?: string): string }, k: string) =>
    fx(`SUM(${c.a(k, ids[0])}:${c.a(k, ids[ids.length - 1])})`);
  const rs: PlR[] = [
    {
      id: "p1",
      kode: "5.01.02",
      ur: "PROGRAM PERENCANAAN, PENGENDALIAN DAN EVALUASI PEMBANGUNAN DAERAH",
      ind: "Persentase dokumen perencanaan yang ditetapkan tepat waktu",
      tk: "100%",
      tk1: "100%",
      bold: true,
    },
    {
      id: "k1",
      kode: "5.01.02.1.01",
      ur: "Penyusunan Perencanaan dan Pendanaan",
      ind: "Jumlah dokumen perencanaan pembangunan daerah",
      tk: "4 dokumen",
      tk1: "4 dokumen",
    },
    {
      id: "s11",
      kode: "5.01.02.1.01.0001",
      ur: "Analisis Data dan Informasi Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen hasil analisis data dan informasi",
      tk: "2 dokumen",
      tk1: "2 dokumen",
    },
    {
      id: "s12",
      kode: "5.01.02.1.01.0003",
      ur: "Penyusunan Dokumen Perencanaan Pembangunan Daerah",
      ind: "Jumlah dokumen RKPD dan Perubahan RKPD",
      tk: "2 dokumen",
      tk1: "2 dokumen",
    },
    {
      id: "s13",
      kode: "5.01.02.1.01.0006",
      ur: "Koordinasi Penyusunan Dokumen Pendanaan Pembangunan Daerah",
      ind: "Jumlah dokumen KUA-PPAS",
      tk: "2 dokumen",
      tk1: "2 dokumen",
    },
    {
      id: "k2",
      kode: "5.01.02.1.02",
      ur: "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
      ind: "Jumlah laporan pengendalian dan evaluasi",
      tk: "6 laporan",
      tk1: "6 laporan",
    },
    {
      id: "s21",
      kode: "5.01.02.1.02.0001",
      ur: "Pengendalian dan Evaluasi Pelaksanaan RKPD",
      ind: "Jumlah laporan evaluasi RKPD triwulanan",
      tk: "4 laporan",
      tk1: "4 laporan",
    },
    {
      id: "s22",
      kode: "5.01.02.1.02.0004",
      ur: "Penyusunan Laporan Kinerja Pembangunan Daerah",
      ind: "Jumlah dokumen LKPJ",
      tk: "1 dokumen",
      tk1: "1 dokumen",
    },
    { id: "s22b", ind: "Jumlah dokumen evaluasi RPJMD", tk: "1 dokumen", tk1: "1 dokumen" },
    {
      id: "p2",
      kode: "5.01.03",
      ur: "PROGRAM KOORDINASI DAN SINKRONISASI PERENCANAAN PEMBANGUNAN DAERAH",
      ind: "Persentase usulan musrenbang yang terakomodasi dalam RKPD",
      tk: "65%",
      tk1: "67%",
      bold: true,
    },
    {
      id: "k3",
      kode: "5.01.03.1.01",
      ur: "Koordinasi Perencanaan Bidang Pemerintahan dan Pembangunan Manusia",
      ind: "Jumlah dokumen hasil koordinasi perencanaan bidang",
      tk: "3 dokumen",
      tk1: "3 dokumen",
    },
    {
      id: "s31",
      kode: "5.01.03.1.01.0002",
      ur: "Koordinasi Perencanaan Bidang Pendidikan dan Kesehatan",
      ind: "Jumlah rapat koordinasi",
      tk: "8 kali",
      tk1: "8 kali",
    },
    {
      id: "s32",
      kode: "5.01.03.1.02.0005",
      ur: "Sinkronisasi Perencanaan Bidang Sosial dan Kependudukan",
      ind: "Jumlah dokumen sinkronisasi",
      tk: "1 dokumen",
      tk1: "1 dokumen",
    },
    {
      id: "s33",
      kode: "5.01.03.1.01.0006",
      ur: "Koordinasi Perencanaan Bidang Pemerintahan",
      ind: "Jumlah rapat koordinasi",
      tk: "6 kali",
      tk1: "6 kali",
    },
    {
      id: "p3",
      kode: "5.05.02",
      ur: "PROGRAM PENELITIAN DAN PENGEMBANGAN DAERAH",
      ind: "Persentase rekomendasi kajian yang dimanfaatkan",
      tk: "45%",
      tk1: "50%",
      bold: true,
    },
    {
      id: "k4",
      kode: "5.05.02.1.01",
      ur: "Penelitian dan Pengembangan Pembangunan Daerah",
      ind: "Jumlah kajian yang diselesaikan",
      tk: "7 kajian",
      tk1: "7 kajian",
    },
    {
      id: "s41",
      kode: "5.05.02.1.01.0002",
      ur: "Kajian Kebijakan Ekonomi dan Pembangunan",
      ind: "Jumlah dokumen kajian ekonomi",
      tk: "3 dokumen",
      tk1: "3 dokumen",
    },
    {
      id: "s42",
      kode: "5.05.02.1.01.0004",
      ur: "Kajian Kebijakan Sosial dan Pemerintahan",
      ind: "Jumlah dokumen kajian sosial",
      tk: "2 dokumen",
      tk1: "2 dokumen",
    },
    {
      id: "s43",
      kode: "5.05.02.1.01.0007",
      ur: "Fasilitasi Inovasi Daerah",
      ind: "Jumlah inovasi daerah yang difasilitasi",
      tk: "25 inovasi",
      tk1: "30 inovasi",
    },
  ];
  const kegiatan: Record<string, string[]> = {
    k1: ["s11", "s13"],
    k2: ["s21", "s22"],
    k3: ["s31", "s33"],
    k4: ["s41", "s43"],
  };
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 17 },
    {
      key: "ur",
      head: ["Urusan / Bidang / Program / Kegiatan / Sub Kegiatan"],
      role: "lainnya",
      num: "(2)",
      width: 40,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "lok", head: ["Rencana Tahun 2026", "Lokasi"], role: "lokasi", num: "(4)", width: 16 },
    {
      key: "tk",
      head: ["Rencana Tahun 2026", "Target Kinerja"],
      role: "target",
      year: 2026,
      num: "(5)",
      width: 11,
    },
    {
      key: "rp",
      head: ["Rencana Tahun 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(6)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: ["Rencana Tahun 2026", "Sumber Dana"], role: "keterangan", num: "(7)", width: 9 },
    {
      key: "tk1",
      head: ["Prakiraan Maju Tahun 2027", "Target Kinerja"],
      role: "target",
      year: 2027,
      num: "(8)",
      width: 11,
    },
    {
      key: "rp1",
      head: ["Prakiraan Maju Tahun 2027", "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2027,
      num: "(9)",
      fmt: RP,
      width: 17,
    },
  ];
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: x.bold,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { kode: x.kode, ur: x.ur, ind: x.ind, tk: x.tk, tk1: x.tk1 };
      if (x.id in subs) {
        out.rp = subs[x.id][0];
        out.rp1 = subs[x.id][1];
        out.lok = L;
        out.sd = D;
      } else if (x.id in kegiatan) {
        out.rp = sumOf(kegiatan[x.id])(c, "rp");
        // planted: the 2027 need of kegiatan 5.05.02.1.01 stops before the last sub kegiatan
        out.rp1 = x.id === "k4" ? sumOf(["s41", "s42"])(c, "rp1") : sumOf(kegiatan[x.id])(c, "rp1");
        out.lok = L;
        out.sd = D;
      } else if (x.id === "p1") {
        out.rp = fx(`${c.a("rp", "k1")}+${c.a("rp", "k2")}`);
        out.rp1 = fx(`${c.a("rp1", "k1")}+${c.a("rp1", "k2")}`);
      } else if (x.id === "p2") {
        out.rp = fx(c.a("rp", "k3"));
        out.rp1 = fx(c.a("rp1", "k3"));
      } else if (x.id === "p3") {
        out.rp = fx(c.a("rp", "k4"));
        out.rp1 = fx(c.a("rp1", "k4"));
      }
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "ind"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}+${c.a("rp", "p3")}`),
      rp1: fx(`${c.a("rp1", "p1")}+${c.a("rp1", "p2")}+${c.a("rp1", "p3")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber dana: PAD = Pendapatan Asli Daerah Provinsi Sulawesi Tengah."]);
  s.gap();
  signature(s, 8, {
    tempat: "Palu, 21 Mei 2025",
    jabatan: ["Kepala Bappelitbangda"],
    nama: "Ir. MOH. RIZAL LAMASIGI, M.T.",
    nip: "19700611 199603 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp1", "k4") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "prakiraan maju 2027 of kegiatan 5.05.02.1.01 SUMs only 0002 and 0004 (1,179,030,000); with Fasilitasi Inovasi Daerah (290,270,000) it is 1,469,300,000",
    truth: `SUM(${a("rp1", "s41")}:${a("rp1", "s43")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s32") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 5.01.03.1.02.0005 (of kegiatan 5.01.03.1.02) listed and added under kegiatan 5.01.03.1.01",
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s32")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "k1")}+${a("rp", "k2")}`,
    trap: `SUM(${a("rp", "k1")}:${a("rp", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "s21")}:${a("rp", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s33"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s33")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "p1")}+${a("rp", "p2")}+${a("rp", "p3")}`,
    trap: `SUM(${a("rp", "p1")}:${a("rp", "s43")})`,
  });
  return b.finish();
}

type TcR = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  flow?: boolean;
  rp?: number[];
  kids?: string[];
};

/** T-C.27 Renstra 2025-2029, Dinas Perindustrian dan Perdagangan Kota Pardomuan (ribuan rupiah). */
export function tc27Pardomuan(): BookW {
  const b = new BookW(
    "tc27-renstra-2025-2029-pendanaan-indikatif-disperindag-kota-pardomuan.xlsx",
    "T-C.27 program and funding table in thousands of rupiah",
    "Kode | Program dan Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Awal 2024 | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target / Rp | 'Kondisi Kinerja Akhir Periode Renstra' > Target / Rp | Unit Kerja; '(dalam ribuan rupiah)'; programs SUM their kegiatan each year; kondisi akhir K the 2029 target for rates, the sum for counts; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PARDOMUAN", "DINAS PERINDUSTRIAN DAN PERDAGANGAN"]);
  s.lines(
    [
      "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Indikatif",
      "Renstra Dinas Perindustrian dan Perdagangan Kota Pardomuan Tahun 2025-2029",
      "(dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rs: TcR[] = [
    {
      id: "p1",
      kode: "3.30.03",
      ur: "PROGRAM PENINGKATAN SARANA DISTRIBUSI PERDAGANGAN",
      ind: "Persentase pasar rakyat dalam kondisi baik",
      sat: "%",
      aw: 62.5,
      k: [65, 68, 71, 74, 77],
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "3.30.03.2.01",
      ur: "Pembangunan dan Pengelolaan Sarana Distribusi Perdagangan",
      ind: "Jumlah pasar rakyat yang direvitalisasi",
      sat: "unit",
      aw: 1,
      k: [1, 1, 2, 1, 1],
      flow: true,
      rp: [1_850_000, 2_100_000, 3_450_000, 2_275_000, 2_400_000],
    },
    {
      id: "k12",
      kode: "3.30.03.2.02",
      ur: "Pembinaan terhadap Pengelola Sarana Distribusi Perdagangan",
      ind: "Jumlah pengelola pasar yang dibina",
      sat: "orang",
      aw: 40,
      k: [45, 50, 55, 60, 65],
      flow: true,
      rp: [185_500, 196_000, 210_250, 224_800, 238_400],
    },
    {
      id: "p2",
      kode: "3.30.04",
      ur: "PROGRAM STABILISASI HARGA BARANG KEBUTUHAN POKOK DAN BARANG PENTING",
      ind: "Koefisien variasi harga barang kebutuhan pokok",
      sat: "%",
      aw: 6.8,
      k: [6.5, 6.2, 5.9, 5.6, 5.3],
      kids: ["k21", "k22"],
    },
    {
      id: "k21",
      kode: "3.30.04.2.01",
      ur: "Menjamin Ketersediaan, Stabilitas dan Kepastian Harga Barang Kebutuhan Pokok dan Barang Penting",
      ind: "Jumlah laporan pemantauan harga dan stok",
      sat: "laporan",
      aw: 48,
      k: [52, 52, 52, 52, 52],
      flow: true,
      rp: [312_400, 328_000, 344_500, 361_700, 379_800],
    },
    {
      id: "k22",
      kode: "3.30.04.2.02",
      ur: "Pengendalian Harga dan Informasi Ketersediaan Stok Barang Kebutuhan Pokok di Tingkat Pasar",
      ind: "Jumlah operasi pasar murah",
      sat: "kali",
      aw: 10,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [845_000, 880_500, 915_250, 952_000, 990_600],
    },
    {
      id: "p3",
      kode: "3.31.02",
      ur: "PROGRAM PERENCANAAN DAN PEMBANGUNAN INDUSTRI",
      ind: "Persentase pertumbuhan unit usaha industri kecil dan menengah",
      sat: "%",
      aw: 3.1,
      k: [3.5, 3.8, 4.1, 4.4, 4.7],
      kids: ["k31"],
    },
    {
      id: "k31",
      kode: "3.31.02.2.01",
      ur: "Penyusunan, Penerapan dan Evaluasi Rencana Pembangunan Industri Kabupaten/Kota",
      ind: "Jumlah dokumen RPIK yang dievaluasi",
      sat: "dokumen",
      aw: 1,
      k: [1, 1, 1, 1, 1],
      flow: true,
      rp: [152_300, 160_000, 168_400, 176_800, 185_600],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const F = "#,##0.##";
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "ur", head: ["Program dan Kegiatan"], role: "lainnya", width: 38 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: ["Data Capaian Awal 2024"], role: "kondisi-awal", year: 2024, fmt: F, width: 9 },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "Target"], role: "target", year: y, fmt: F, width: 8 },
      { key: `r${i}`, head: [G, String(y), "Rp"], role: "anggaran", year: y, fmt: RP, width: 12 },
    ]),
    { key: "ka", head: [KA, "Target"], role: "kondisi-akhir", year: 2029, fmt: F, width: 8 },
    { key: "rka", head: [KA, "Rp"], role: "anggaran", year: 2029, fmt: RP, width: 13 },
    { key: "unit", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: !!x.kids,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        unit: x.kode.startsWith("3.31") ? "Bidang Perindustrian" : "Bidang Perdagangan",
      };
      x.k.forEach((v, i) => (out[`k${i}`] = v));
      Y.forEach((_, i) => {
        const k = `r${i}`;
        if (x.rp) out[k] = x.rp[i];
        else {
          const kids = x.kids!;
          // planted: the 2027 pagu of the price programme takes only its first kegiatan
          out[k] =
            x.id === "p2" && i === 2
              ? fx(c.a(k, kids[0]))
              : fx(`SUM(${c.a(k, kids[0])}:${c.a(k, kids[kids.length - 1])})`);
        }
      });
      // (the five targets one by one: a range k0:k4 would add the Rp columns between them)
      out.ka = x.flow
        ? fx(`${c.a("k0")}+${c.a("k1")}+${c.a("k2")}+${c.a("k3")}+${c.a("k4")}`)
        : fx(c.a("k4"));
      // planted: the kondisi akhir Rp of kegiatan 3.30.03.2.02 typed with two digits swapped
      out.rka =
        x.id === "k12" ? 1_045_950 : fx(`${c.a("r0")}+${c.a("r1")}+${c.a("r2")}+${c.a("r3")}+${c.a("r4")}`);
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["kode", "aw"],
    cells: (c) => {
      const out: Record<string, Cell> = { kode: "JUMLAH PENDANAAN INDIKATIF" };
      for (const k of ["r0", "r1", "r2", "r3", "r4", "rka"])
        out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}+${c.a(k, "p3")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase/koefisien = target tahun 2029; indikator jumlah = akumulasi 2025-2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pardomuan, 14 Juli 2025",
    jabatan: ["KEPALA DINAS PERINDUSTRIAN DAN PERDAGANGAN", "KOTA PARDOMUAN"],
    nama: "Drs. PANGIHUTAN MANURUNG, M.AP",
    pangkat: "Pembina Tingkat I",
    nip: "19690827 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("r2", "p2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "2027 Rp of programme 3.30.04 is = the first kegiatan only (344,500); with 3.30.04.2.02 (915,250) it is 1,259,750 (ribu Rp)",
    truth: `SUM(${a("r2", "k21")}:${a("r2", "k22")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rka", "k12") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of kegiatan 3.30.03.2.02 typed 1,045,950; the five years add to 185,500 + 196,000 + 210,250 + 224,800 + 238,400 = 1,054,950 (ribu Rp)",
    truth: `SUM(${a("r0", "k12")},${a("r1", "k12")},${a("r2", "k12")},${a("r3", "k12")},${a("r4", "k12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ka", "k11"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("k0", "k11")},${a("k1", "k11")},${a("k2", "k11")},${a("k3", "k11")},${a("k4", "k11")})`,
    trap: a("k4", "k11"),
  });
  b.ok({
    sheet: S,
    cell: a("ka", "p2"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("k4", "p2"),
    trap: `SUM(${a("k0", "p2")},${a("k1", "p2")},${a("k2", "p2")},${a("k3", "p2")},${a("k4", "p2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r0", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("r0", "k11")}+${a("r0", "k12")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r0", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("r0", "p1")}+${a("r0", "p2")}+${a("r0", "p3")}`,
    trap: `SUM(${a("r0", "p1")}:${a("r0", "k31")})`,
  });
  return b.finish();
}
