// A Dinas PUPR's Renja 2025 in the shape of T-C.31 with its pagu in millions ("dalam jutaan
// rupiah"), text targets and lokasi per sub kegiatan, and a Badan Keuangan Daerah's LRA 2024 with
// pendapatan, belanja and pembiayaan, Kode Rekening and Lebih/(Kurang). NTB offices; every name and
// number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { rt } from "./common";

type RjIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  lok?: string;
  t25: string;
  p25?: number;
  t26: string;
  p26?: number;
  of?: string[];
  ket?: string;
};

/** Renja 2025 of Dinas PUPR Kota Gili Pandan (NTB), pagu in millions of rupiah. */
export function renjaJutaan(): BookW {
  const b = new BookW(
    "renja-jutaan-lokasi-pupr-gilipandan.xlsx",
    "Renja T-C.31 (Dinas PUPR), in millions",
    "Renja 2025 like T-C.31: Kode | Program/Kegiatan/Sub Kegiatan | Indikator | Rencana 2025 > Lokasi | Target | Pagu (Juta Rp) | Sumber Dana | Catatan Penting | Prakiraan Maju 2026 > Target | Kebutuhan Dana (Juta Rp); text targets with units",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA GILI PANDAN", "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG"]);
  s.lines([
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN PERANGKAT DAERAH TAHUN 2025",
    "DAN PRAKIRAAN MAJU TAHUN 2026",
    "(dalam jutaan rupiah)",
  ]);
  s.gap();
  const rows: RjIn[] = [
    {
      id: "p1",
      kode: "1.03.03",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase jaringan irigasi kewenangan kota dalam kondisi baik",
      t25: "72 %",
      t26: "75 %",
      of: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.03.03.2.02",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Persentase tanggul dan tebing sungai dalam kondisi baik",
      t25: "68 %",
      t26: "71 %",
      of: ["s1", "s2"],
    },
    {
      id: "s1",
      kode: "1.03.03.2.02.0005",
      nama: "Pemeliharaan Tanggul dan Tebing Sungai",
      ind: "Panjang tanggul dan tebing yang dipelihara",
      lok: "Kel. Pandan Wangi, Kel. Gili Rasa",
      t25: "1.250 m",
      p25: 1845.75,
      t26: "1.400 m",
      p26: 2100,
      ket: "DAU",
    },
    {
      id: "s2",
      kode: "1.03.03.2.02.0021",
      nama: "Rehabilitasi Bangunan Pengaman Pantai",
      ind: "Panjang bangunan pengaman pantai yang direhabilitasi",
      lok: "Pantai Tanjung Batu Reban",
      t25: "420 m",
      p25: 2416.3,
      t26: "350 m",
      p26: 1950,
      ket: "DAK",
    },
    {
      id: "k2",
      kode: "1.03.03.2.03",
      nama: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya Dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Luas daerah irigasi yang terlayani",
      t25: "865 ha",
      t26: "880 ha",
      of: ["s3", "s4"],
    },
    {
      id: "s3",
      kode: "1.03.03.2.03.0004",
      nama: "Rehabilitasi Jaringan Irigasi Permukaan",
      ind: "Panjang saluran irigasi yang direhabilitasi",
      lok: "DI Lendang Bagik, DI Sungkar Baru",
      t25: "3,4 km",
      p25: 3127.4,
      t26: "3,6 km",
      p26: 3400,
      ket: "DAK",
    },
    {
      id: "s4",
      kode: "1.03.03.2.02.0012",
      nama: "Pemeliharaan Rutin Jaringan Irigasi Permukaan",
      ind: "Panjang saluran irigasi yang dipelihara",
      lok: "Se-Kota Gili Pandan",
      t25: "21 km",
      p25: 684.9,
      t26: "21 km",
      p26: 720,
      ket: "DAU",
    },
    {
      id: "p2",
      kode: "1.03.10",
      nama: "PROGRAM PENYELENGGARAAN JALAN",
      ind: "Persentase panjang jalan kota dalam kondisi mantap",
      t25: "81 %",
      t26: "84 %",
      of: ["k3", "k4"],
    },
    {
      id: "k3",
      kode: "1.03.10.2.01",
      nama: "Penyelenggaraan Jalan Kabupaten/Kota",
      ind: "Panjang jalan kota yang ditangani",
      t25: "28,35 km",
      t26: "26 km",
      of: ["s5", "s6", "s7"],
    },
    {
      id: "s5",
      kode: "1.03.10.2.01.0016",
      nama: "Rekonstruksi Jalan",
      ind: "Panjang jalan yang direkonstruksi",
      lok: "Jl. Datu Pandan, Jl. Lingkar Selatan",
      t25: "4,2 km",
      p25: 6925,
      t26: "3,8 km",
      p26: 7200,
      ket: "DAK",
    },
    {
      id: "s6",
      kode: "1.03.10.2.01.0021",
      nama: "Rehabilitasi Jalan",
      ind: "Panjang jalan yang direhabilitasi",
      lok: "Jl. Raya Gili Rasa",
      t25: "5,75 km",
      p25: 4318.65,
      t26: "5 km",
      p26: 4500,
      ket: "DAU",
    },
    {
      id: "s7",
      kode: "1.03.10.2.01.0037",
      nama: "Pemeliharaan Berkala Jalan",
      ind: "Panjang jalan yang dipelihara berkala",
      lok: "Se-Kota Gili Pandan",
      t25: "18,4 km",
      p25: 2256.8,
      t26: "17,2 km",
      p26: 2400,
      ket: "DAU",
    },
    {
      id: "k4",
      kode: "1.03.10.2.02",
      nama: "Penyelenggaraan Jembatan Kabupaten/Kota",
      ind: "Jumlah jembatan yang ditangani",
      t25: "2 unit",
      t26: "2 unit",
      of: ["s8"],
    },
    {
      id: "s8",
      kode: "1.03.10.2.02.0008",
      nama: "Rehabilitasi Jembatan",
      ind: "Jumlah jembatan yang direhabilitasi",
      lok: "Jembatan Kali Ancar Baru, Jembatan Bertais Hilir",
      t25: "2 unit",
      p25: 1560.2,
      t26: "2 unit",
      p26: 1800,
      ket: "DAU",
    },
  ];
  const R = "Rencana Tahun 2025";
  const P = "Prakiraan Maju Rencana Tahun 2026";
  const F = "#,##0.00";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "lok", head: [R, "Lokasi"], role: "lokasi", num: 4, width: 26 },
    { key: "t25", head: [R, "Target Capaian Kinerja"], role: "target", year: 2025, num: 5 },
    {
      key: "p25",
      head: [R, "Pagu Indikatif (Juta Rp)"],
      role: "anggaran",
      year: 2025,
      num: 6,
      fmt: F,
      width: 14,
    },
    { key: "sd", head: [R, "Sumber Dana"], num: 7, width: 9 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 8, width: 16 },
    { key: "t26", head: [P, "Target Capaian Kinerja"], role: "target", year: 2026, num: 9 },
    {
      key: "p26",
      head: [P, "Kebutuhan Dana (Juta Rp)"],
      role: "anggaran",
      year: 2026,
      num: 10,
      fmt: F,
      width: 14,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "u",
        bold: true,
        cells: { kode: "1.03", nama: "URUSAN PEMERINTAHAN BIDANG PEKERJAAN UMUM DAN PENATAAN RUANG" },
      },
      ...rows.map((x): Row => ({
        id: x.id,
        bold: !!x.of && x.id.startsWith("p"),
        cells: (c) => {
          const out: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            lok: x.lok,
            t25: x.t25,
            t26: x.t26,
            sd: x.ket,
            cat: x.of ? undefined : "-",
          };
          for (const k of ["p25", "p26"]) {
            if (!x.of) out[k] = k === "p25" ? x.p25 : x.p26;
            else if (x.id === "k3" && k === "p25") out[k] = fx(`SUM(${c.a(k, "s5")}:${c.a(k, "s6")})`);
            else if (x.id.startsWith("k"))
              out[k] = fx(`SUM(${c.a(k, x.of[0])}:${c.a(k, x.of[x.of.length - 1])})`);
            else out[k] = fx(x.of.map((y) => c.a(k, y)).join("+"));
          }
          return out;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "t25"],
        cells: (c) => ({
          kode: "JUMLAH",
          p25: fx(`${c.a("p25", "p1")}+${c.a("p25", "p2")}`),
          p26: fx(`${c.a("p26", "p1")}+${c.a("p26", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pagu indikatif sesuai Surat Edaran Wali Kota tentang Pagu Indikatif Perangkat Daerah Tahun 2025.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Gili Pandan, 3 Juni 2024",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM", "DAN PENATAAN RUANG,"],
    nama: "LALU AHMAD WIRAJAGAT, S.T., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19760822 200312 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s4") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pemeliharaan Rutin Jaringan Irigasi Permukaan is coded 1.03.03.2.02.0012 (kegiatan 1.03.03.2.02, the tanggul) under kegiatan 1.03.03.2.03; its code is 1.03.03.2.03.0012",
    truth: `"1.03.03.2.03"`,
    actual: `PARENT(${a("kode", "s4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("p25", "k3") },
    rules: ["sum-mismatch"],
    note: "pagu 2025 of kegiatan 1.03.10.2.01 is =SUM over its first two sub kegiatan (11,243.65); with Pemeliharaan Berkala Jalan the three give 13,500.45 (juta Rp)",
    truth: ["s5", "s6", "s7"].map((y) => a("p25", y)).join("+"),
  });
  const subs = (id: string): string[] => {
    const x = rows.find((y) => y.id === id)!;
    return x.of ? x.of.flatMap(subs) : [id];
  };
  // a program is the sum of its kegiatan, not of every row beneath it
  for (const k of ["p25", "p26"])
    b.ok({
      sheet: S,
      cell: a(k, "p1"),
      rules: ["sum-mismatch"],
      truth: subs("p1")
        .map((y) => a(k, y))
        .join("+"),
      trap: [...["k1", "k2"], ...subs("p1")].map((y) => a(k, y)).join("+"),
    });
  for (const id of ["k1", "k2", "k4"])
    for (const k of ["p25", "p26"])
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: subs(id)
          .map((y) => a(k, y))
          .join("+"),
      });
  b.ok({
    sheet: S,
    cell: a("p26", "k3"),
    rules: ["sum-mismatch"],
    truth: subs("k3")
      .map((y) => a("p26", y))
      .join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p26", "jml"),
    rules: ["sum-mismatch"],
    truth: [...subs("p1"), ...subs("p2")].map((y) => a("p26", y)).join("+"),
  });
  const parent: Record<string, string> = {
    k1: "p1",
    s1: "k1",
    s2: "k1",
    k2: "p1",
    s3: "k2",
    k3: "p2",
    s5: "k3",
    s6: "k3",
    s7: "k3",
    k4: "p2",
    s8: "k4",
  };
  for (const [id, p] of Object.entries(parent))
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${rows.find((y) => y.id === p)!.kode}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

type LraIn = {
  id: string;
  kode: string;
  ur: string;
  ang?: number;
  real?: number;
  of?: string[];
  calc?: string;
  bold?: boolean;
};

/** LRA 2024 of Badan Keuangan Daerah Kota Selaparang Baru (NTB). */
export function lraBkd(): BookW {
  const b = new BookW(
    "lra-lebih-kurang-bkd-selaparangbaru.xlsx",
    "LRA (Badan Keuangan Daerah)",
    "LRA 2024 of the pemda: Kode Rekening | Uraian | Anggaran Setelah Perubahan | Realisasi | Lebih/(Kurang) | %; pendapatan, belanja, surplus/(defisit), pembiayaan, pembiayaan netto, SiLPA",
  );
  const S = "LRA 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SELAPARANG BARU", "BADAN KEUANGAN DAERAH"]);
  s.lines([
    "LAPORAN REALISASI ANGGARAN PENDAPATAN DAN BELANJA DAERAH",
    "UNTUK TAHUN YANG BERAKHIR SAMPAI DENGAN 31 DESEMBER 2024",
    "(dalam rupiah)",
  ]);
  s.gap();
  const rows: LraIn[] = [
    { id: "4", kode: "4", ur: "PENDAPATAN DAERAH", of: ["41", "42", "43"], bold: true },
    {
      id: "41",
      kode: "4.1",
      ur: "PENDAPATAN ASLI DAERAH (PAD)",
      of: ["411", "412", "413", "414"],
      bold: true,
    },
    { id: "411", kode: "4.1.01", ur: "Pajak Daerah", ang: 186_450_000_000, real: 194_872_316_540 },
    { id: "412", kode: "4.1.02", ur: "Retribusi Daerah", ang: 42_800_000_000, real: 38_915_604_200 },
    {
      id: "413",
      kode: "4.1.03",
      ur: "Hasil Pengelolaan Kekayaan Daerah yang Dipisahkan",
      ang: 9_650_000_000,
      real: 9_812_437_150,
    },
    { id: "414", kode: "4.1.04", ur: "Lain-lain PAD yang Sah", ang: 61_275_000_000, real: 57_482_910_365 },
    { id: "42", kode: "4.2", ur: "PENDAPATAN TRANSFER", of: ["421", "422"], bold: true },
    {
      id: "421",
      kode: "4.2.01",
      ur: "Pendapatan Transfer Pemerintah Pusat",
      ang: 1_048_620_000_000,
      real: 1_031_447_885_000,
    },
    {
      id: "422",
      kode: "4.2.02",
      ur: "Pendapatan Transfer Antar Daerah",
      ang: 96_340_000_000,
      real: 92_118_426_713,
    },
    { id: "43", kode: "4.3", ur: "LAIN-LAIN PENDAPATAN DAERAH YANG SAH", of: ["431"], bold: true },
    { id: "431", kode: "4.3.01", ur: "Pendapatan Hibah", ang: 4_500_000_000, real: 4_350_000_000 },
    { id: "5", kode: "5", ur: "BELANJA DAERAH", of: ["51", "52", "53"], bold: true },
    { id: "51", kode: "5.1", ur: "BELANJA OPERASI", of: ["511", "512", "515", "516"], bold: true },
    { id: "511", kode: "5.1.01", ur: "Belanja Pegawai", ang: 612_480_000_000, real: 587_906_125_418 },
    { id: "512", kode: "5.1.02", ur: "Belanja Barang dan Jasa", ang: 518_145_000_000, real: 472_318_644_905 },
    { id: "515", kode: "5.1.05", ur: "Belanja Hibah", ang: 38_250_000_000, real: 36_815_000_000 },
    { id: "516", kode: "5.1.06", ur: "Belanja Bantuan Sosial", ang: 6_800_000_000, real: 6_412_500_000 },
    { id: "52", kode: "5.2", ur: "BELANJA MODAL", of: ["522", "523", "524"], bold: true },
    {
      id: "522",
      kode: "5.2.02",
      ur: "Belanja Modal Peralatan dan Mesin",
      ang: 74_360_000_000,
      real: 68_925_417_300,
    },
    {
      id: "523",
      kode: "5.2.03",
      ur: "Belanja Modal Gedung dan Bangunan",
      ang: 112_740_000_000,
      real: 103_482_660_150,
    },
    {
      id: "524",
      kode: "5.2.04",
      ur: "Belanja Modal Jalan, Jaringan, dan Irigasi",
      ang: 158_600_000_000,
      real: 149_217_845_620,
    },
    { id: "53", kode: "5.3", ur: "BELANJA TIDAK TERDUGA", of: ["531"], bold: true },
    { id: "531", kode: "5.3.01", ur: "Belanja Tidak Terduga", ang: 8_000_000_000, real: 2_386_150_000 },
    { id: "sd", kode: "", ur: "SURPLUS / (DEFISIT)", calc: "4-5", bold: true },
    { id: "6", kode: "6", ur: "PEMBIAYAAN DAERAH", bold: true },
    { id: "61", kode: "6.1", ur: "Penerimaan Pembiayaan", of: ["611"], bold: true },
    {
      id: "611",
      kode: "6.1.01",
      ur: "Sisa Lebih Perhitungan Anggaran Tahun Sebelumnya",
      ang: 87_240_000_000,
      real: 87_241_583_226,
    },
    { id: "62", kode: "6.2", ur: "Pengeluaran Pembiayaan", of: ["622"], bold: true },
    { id: "622", kode: "6.2.02", ur: "Penyertaan Modal Daerah", ang: 7_500_000_000, real: 5_000_000_000 },
    { id: "net", kode: "", ur: "PEMBIAYAAN NETTO", calc: "61-62", bold: true },
    { id: "silpa", kode: "", ur: "SISA LEBIH PEMBIAYAAN ANGGARAN (SiLPA)", calc: "sd+net", bold: true },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", width: 12 },
    { key: "ur", head: ["Uraian"], width: 46 },
    { key: "ang", head: ["Anggaran Setelah Perubahan"], role: "anggaran", year: 2024, fmt: RP, width: 20 },
    { key: "real", head: ["Realisasi"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 20 },
    { key: "lk", head: ["Lebih/(Kurang)"], fmt: RP, width: 19 },
    { key: "pct", head: ["%"], role: "capaian", fmt: DEC, width: 8 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.bold,
      cells: (c) => {
        const out: Record<string, Cell> = { kode: x.kode || undefined, ur: x.ur };
        if (x.id === "6") return out;
        for (const k of ["ang", "real"]) {
          if (x.of) out[k] = fx(`SUM(${x.of.map((y) => c.a(k, y)).join(",")})`);
          else if (x.calc) {
            const [l, op, r] = /^(\w+)([-+])(\w+)$/.exec(x.calc)!.slice(1);
            out[k] = fx(`${c.a(k, l)}${op}${c.a(k, r)}`);
          } else out[k] = k === "ang" ? x.ang : x.real;
        }
        // the budget balances: the SiLPA's anggaran is shown as "-", without Lebih/(Kurang)
        if (x.id === "silpa") {
          out.ang = "-";
          return out;
        }
        // planted: the Retribusi's Lebih/(Kurang) typed with two digits swapped
        out.lk = x.id === "412" ? -3_848_395_800 : fx(`${c.a("real")}-${c.a("ang")}`);
        if (!x.calc)
          out.pct = x.id === "511" ? fx(rt(c.a("real"), c.a("ang")), 71.24) : fx(rt(c.a("real"), c.a("ang")));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Catatan: realisasi Pajak Daerah melampaui target karena optimalisasi PBB-P2 dan BPHTB."]);
  s.gap();
  signature(s, 4, {
    tempat: "Selaparang Baru, 24 Februari 2025",
    jabatan: ["KEPALA BADAN KEUANGAN DAERAH", "KOTA SELAPARANG BARU,"],
    nama: "H. BAIQ NURUL HIDAYATI, S.E., M.Ak.",
    pangkat: "Pembina Utama Muda",
    nip: "19720417 199803 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("lk", "412") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Lebih/(Kurang) of Retribusi Daerah is a typed -3,848,395,800 among formulas (digits swapped); 38,915,604,200 - 42,800,000,000 gives -3,884,395,800",
    truth: `${a("real", "412")}-${a("ang", "412")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "511") },
    rules: ["capaian-mismatch"],
    note: "% of Belanja Pegawai keeps a stale cached 71.24 (the position of September); 587,906,125,418 / 612,480,000,000 x 100 gives 95.99",
    truth: rt(a("real", "511"), a("ang", "511")),
  });
  // revenue above its target is no overspending
  b.ok({
    sheet: S,
    cell: a("pct", "411"),
    rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
    truth: rt(a("real", "411"), a("ang", "411")),
  });
  b.ok({ sheet: S, cell: a("real", "411"), rules: ["serapan-over-100"], truth: a("real", "411") });
  // surplus, pembiayaan netto and SiLPA are differences / sums of named lines, not of the rows above
  b.ok({
    sheet: S,
    cell: a("ang", "sd"),
    rules: ["sum-mismatch"],
    truth: `${a("ang", "4")}-${a("ang", "5")}`,
    trap: `${a("ang", "4")}+${a("ang", "5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("real", "net"),
    rules: ["sum-mismatch"],
    truth: `${a("real", "611")}-${a("real", "622")}`,
    trap: `${a("real", "611")}+${a("real", "622")}`,
  });
  b.ok({
    sheet: S,
    cell: a("real", "silpa"),
    rules: ["sum-mismatch"],
    truth: `${a("real", "sd")}+${a("real", "net")}`,
  });
  const leaves = (id: string): string[] => {
    const x = rows.find((y) => y.id === id)!;
    return x.of ? x.of.flatMap(leaves) : [id];
  };
  for (const id of ["4", "41", "42", "5", "51", "52"])
    for (const k of ["ang", "real"])
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: leaves(id)
          .map((y) => a(k, y))
          .join("+"),
        ...(id === "4" && k === "ang"
          ? { trap: [..."41 42 43".split(" "), ...leaves("4")].map((y) => a(k, y)).join("+") }
          : {}),
      });
  for (const id of ["411", "414", "511", "524"])
    b.ok({ sheet: S, cell: a("lk", id), rules: ["sum-mismatch"], truth: `${a("real", id)}-${a("ang", id)}` });
  for (const id of ["412", "421", "512", "52", "531"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: rt(a("real", id), a("ang", id)),
    });
  for (const [id, p] of [
    ["411", "4.1"],
    ["421", "4.2"],
    ["512", "5.1"],
    ["523", "5.2"],
    ["611", "6.1"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${p}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
