// Dinas Sosial tables: the recap of bansos recipients per kecamatan of Kota Sidangoli Raya (Maluku
// Utara) at the end of 2024 (PKH, BPNT / Program Sembako, PBI JK paid by the APBD: KPM or jiwa and
// rupiah, a KOTA row), and the Renja 2025 with the prakiraan maju 2026 of the Dinas Sosial of Kota
// Warembungan (Sulawesi Utara), shaped like T-C.31. Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Kec = { nm: string; dtks: number; pkh: number; pkhRp: number; bpnt: number; pbi: number };

/** Recap of bansos recipients per kecamatan, Dinas Sosial Kota Sidangoli Raya, December 2024. */
export function rekapBansosSidangoli(): BookW {
  const b = new BookW(
    "rekap-penerima-bansos-per-kecamatan-desember-2024-dinsos-kota-sidangoli-raya.xlsx",
    "recap of bansos recipients per kecamatan (PKH, BPNT, PBI JK APBD)",
    "No | Kecamatan | 'KK Miskin (DTKS)' | 'PKH' > Jml KPM | Nilai Bantuan (Rp) | 'BPNT / Program Sembako' > Jml KPM | Nilai (Rp) | '% KPM BPNT thd KK DTKS' | 'PBI JK (APBD Kota)' > Jiwa | Iuran (Rp) | 'Jumlah Nilai (Rp)'; number row 1 .. 11; PKH nilai typed, BPNT = KPM x 2.400.000, iuran = jiwa x 504.000; KOTA row of SUM, its % divides the kota totals; KPM not added across programs (note)",
  );
  const S = "Rekap Des 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SIDANGOLI RAYA", "DINAS SOSIAL", "Jl. Kie Raha No. 17, Sidangoli Raya"]);
  s.lines(
    ["REKAPITULASI PENERIMA BANTUAN SOSIAL MENURUT KECAMATAN", "KEADAAN S.D. BULAN DESEMBER TAHUN 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const ks: Kec[] = [
    { nm: "Sidangoli Utara", dtks: 4120, pkh: 1284, pkhRp: 3_356_250_000, bpnt: 2210, pbi: 1650 },
    { nm: "Bobaneigo", dtks: 3385, pkh: 1037, pkhRp: 2_701_125_000, bpnt: 1786, pbi: 1320 },
    { nm: "Soasiu Barat", dtks: 5210, pkh: 1652, pkhRp: 4_322_700_000, bpnt: 2875, pbi: 2140 },
    { nm: "Tuada Pantai", dtks: 2760, pkh: 845, pkhRp: 2_208_375_000, bpnt: 1463, pbi: 1095 },
    { nm: "Kaiyasa", dtks: 3940, pkh: 1190, pkhRp: 3_109_500_000, bpnt: 2054, pbi: 1530 },
    { nm: "Lobu Tengah", dtks: 1875, pkh: 563, pkhRp: 1_470_825_000, bpnt: 988, pbi: 720 },
  ];
  const P = "PKH";
  const B = "BPNT / Program Sembako";
  const J = "PBI JK (APBD Kota)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 18 },
    { key: "dtks", head: ["KK Miskin (DTKS)"], num: 3, fmt: INT, width: 11 },
    { key: "pkh", head: [P, "Jml KPM"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 9 },
    {
      key: "pkhRp",
      head: [P, "Nilai Bantuan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 5,
      fmt: RP,
      width: 17,
    },
    { key: "bpnt", head: [B, "Jml KPM"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 9 },
    {
      key: "bpntRp",
      head: [B, "Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "bp", head: [B, "% KPM thd KK DTKS"], num: 8, fmt: DEC, width: 10 },
    { key: "pbi", head: [J, "Jiwa"], role: "realisasi", year: 2024, num: 9, fmt: INT, width: 9 },
    {
      key: "pbiRp",
      head: [J, "Iuran (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 16,
    },
    {
      key: "tot",
      head: ["Jumlah Nilai (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "11 = 5 + 7 + 10",
      fmt: RP,
      width: 18,
    },
  ];
  const rows: Row[] = ks.map((k, i) => ({
    id: `k${i + 1}`,
    cells: (c): Record<string, Cell> => ({
      no: i + 1,
      kec: k.nm,
      dtks: k.dtks,
      pkh: k.pkh,
      pkhRp: k.pkhRp,
      bpnt: k.bpnt,
      bpntRp: fx(`${c.a("bpnt")}*2400000`),
      bp: fx(`ROUND(${c.a("bpnt")}/${c.a("dtks")}*100,2)`),
      pbi: k.pbi,
      pbiRp: fx(`${c.a("pbi")}*504000`),
      // planted: Soasiu Barat's total typed with two digits swapped
      tot: i === 2 ? 12_310_260_000 : fx(`${c.a("pkhRp")}+${c.a("bpntRp")}+${c.a("pbiRp")}`),
    }),
  }));
  rows.push({
    id: "kota",
    bold: true,
    span: ["no", "kec"],
    cells: (c): Record<string, Cell> => {
      const col = (k: string, last = "k6") => fx(`SUM(${c.c(k)}${c.row("k1")}:${c.c(k)}${c.row(last)})`);
      return {
        no: "KOTA SIDANGOLI RAYA",
        dtks: col("dtks"),
        // planted: the KPM PKH total stops at Kaiyasa
        pkh: col("pkh", "k5"),
        pkhRp: col("pkhRp"),
        bpnt: col("bpnt"),
        bpntRp: col("bpntRp"),
        bp: fx(`ROUND(${c.a("bpnt")}/${c.a("dtks")}*100,2)`),
        pbi: col("pbi"),
        pbiRp: col("pbiRp"),
        tot: col("tot"),
      };
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Nilai PKH menurut komponen bantuan yang disalurkan Tahap I s.d. IV (sumber: SIKS-NG, rekening koran Himbara).",
    "2. BPNT / Program Sembako Rp 200.000 per KPM per bulan; iuran PBI JK APBD Kota Rp 42.000 per jiwa per bulan.",
    "3. Satu KPM dapat menerima PKH dan BPNT sekaligus, sehingga jumlah KPM tidak dijumlahkan antar program.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Sidangoli Raya, 10 Januari 2025",
    jabatan: ["Kepala Dinas Sosial,"],
    nama: "Drs. ABDUL GANI HI. LATUKAU",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19700312 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const colSum = (k: string) => ["k1", "k2", "k3", "k4", "k5", "k6"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pkh", "kota") },
    rules: ["sum-mismatch"],
    note: "KOTA Jml KPM PKH = SUM of the first five kecamatan (6,008); with Lobu Tengah's 563 it is 6,571",
    truth: colSum("pkh"),
  });
  b.plant({
    at: { sheet: S, cell: a("tot", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Soasiu Barat Jumlah Nilai typed 12,310,260,000 among formulas; 4,322,700,000 + 6,900,000,000 + 1,078,560,000 = 12,301,260,000 (digits swapped)",
    truth: `${a("pkhRp", "k3")}+${a("bpntRp", "k3")}+${a("pbiRp", "k3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("bp", "kota"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("bpnt", "kota")}/${a("dtks", "kota")}*100,2)`,
    trap: `SUM(${a("bp", "k1")}:${a("bp", "k6")})`,
  });
  b.ok({ sheet: S, cell: a("bpntRp", "kota"), rules: ["sum-mismatch"], truth: colSum("bpntRp") });
  b.ok({ sheet: S, cell: a("pkhRp", "kota"), rules: ["sum-mismatch"], truth: colSum("pkhRp") });
  b.ok({
    sheet: S,
    cell: a("tot", "k5"),
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("pkhRp", "k5")}+${a("bpntRp", "k5")}+${a("pbiRp", "k5")}`,
  });
  return b.finish();
}

type Ren = {
  id: string;
  lvl: "b" | "p" | "k" | "s";
  kode: string;
  nama: string;
  ind?: string;
  sat?: string;
  lok?: string;
  t25?: number;
  t26?: number;
  rp25?: number;
  rp26?: number;
  sd?: string;
};

/** Renja 2025 with prakiraan maju 2026, Dinas Sosial Kota Warembungan (T-C.31-like). */
export function renjaDinsosWarembungan(): BookW {
  const b = new BookW(
    "renja-2025-prakiraan-maju-2026-dinsos-kota-warembungan.xlsx",
    "Renja 2025 with prakiraan maju 2026 (T-C.31-like, Dinas Sosial)",
    "Kode | 'Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan' | 'Indikator Kinerja' | Satuan | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) | Sumber Dana | 'Catatan Penting' | 'Prakiraan Maju Rencana Tahun 2026' > Target Capaian Kinerja | Kebutuhan Dana (Rp); number row (1) .. (11); sub kegiatan typed, kegiatan SUM, program kegiatan + kegiatan, bidang program + program",
  );
  const S = "T-C.31 Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.31",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Pemerintah Kota Warembungan",
    "Nama Perangkat Daerah : Dinas Sosial",
  ]);
  const L = "Kota Warembungan";
  const xs: Ren[] = [
    { id: "b", lvl: "b", kode: "1.06", nama: "URUSAN PEMERINTAHAN BIDANG SOSIAL" },
    {
      id: "p4",
      lvl: "p",
      kode: "1.06.04",
      nama: "PROGRAM REHABILITASI SOSIAL",
      ind: "Persentase PPKS yang memperoleh rehabilitasi sosial dasar di luar panti",
      sat: "%",
      lok: L,
      t25: 72,
      t26: 76,
    },
    {
      id: "k41",
      lvl: "k",
      kode: "1.06.04.2.01",
      nama: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
      ind: "Jumlah PPKS terlantar yang terpenuhi kebutuhan dasarnya",
      sat: "orang",
      lok: L,
      t25: 640,
      t26: 680,
    },
    {
      id: "s411",
      lvl: "s",
      kode: "1.06.04.2.01.0001",
      nama: "Penyediaan Permakanan bagi Lanjut Usia Terlantar",
      ind: "Jumlah lanjut usia terlantar yang menerima permakanan",
      sat: "orang",
      lok: "Kec. Tatelu Atas, Pangulu, Sumompo Baru",
      t25: 260,
      t26: 280,
      rp25: 748_800_000,
      rp26: 806_400_000,
      sd: "DAU",
    },
    {
      id: "s412",
      lvl: "s",
      kode: "1.06.04.2.01.0004",
      nama: "Pemberian Alat Bantu bagi Penyandang Disabilitas",
      ind: "Jumlah penyandang disabilitas yang menerima alat bantu",
      sat: "orang",
      lok: L,
      t25: 85,
      t26: 90,
      rp25: 297_500_000,
      rp26: 315_000_000,
      sd: "DAU",
    },
    {
      id: "s413",
      lvl: "s",
      kode: "1.06.04.2.01.0008",
      nama: "Pemberian Layanan Rujukan dan Reunifikasi Gelandangan Pengemis",
      ind: "Jumlah gelandangan dan pengemis yang dirujuk atau dipulangkan",
      sat: "orang",
      lok: L,
      t25: 40,
      t26: 40,
      rp25: 118_650_000,
      rp26: 118_650_000,
      sd: "PAD",
    },
    {
      id: "k42",
      lvl: "k",
      kode: "1.06.04.2.02",
      nama: "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
      ind: "Jumlah PMKS lainnya yang tertangani",
      sat: "orang",
      lok: L,
      t25: 120,
      t26: 130,
    },
    {
      id: "s421",
      lvl: "s",
      kode: "1.06.04.2.02.0002",
      nama: "Pemberian Bimbingan Fisik, Mental, Spiritual dan Sosial bagi Korban Tindak Kekerasan",
      ind: "Jumlah korban tindak kekerasan yang mendapat bimbingan",
      sat: "orang",
      lok: L,
      t25: 120,
      t26: 130,
      rp25: 186_300_000,
      rp26: 201_825_000,
      sd: "DAU",
    },
    {
      id: "p5",
      lvl: "p",
      kode: "1.06.05",
      nama: "PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL",
      ind: "Persentase keluarga miskin yang terdaftar dalam data terpadu dan menerima perlindungan sosial",
      sat: "%",
      lok: L,
      t25: 64,
      t26: 68,
    },
    {
      id: "k51",
      lvl: "k",
      kode: "1.06.05.2.01",
      nama: "Pemeliharaan Anak-Anak Terlantar",
      ind: "Jumlah anak terlantar yang terpenuhi hak dasarnya",
      sat: "anak",
      lok: L,
      t25: 150,
      t26: 160,
    },
    {
      id: "s511",
      lvl: "s",
      kode: "1.06.05.2.01.0001",
      nama: "Pengasuhan Anak Terlantar melalui Keluarga Pengganti",
      ind: "Jumlah anak terlantar yang diasuh keluarga pengganti",
      sat: "anak",
      lok: L,
      t25: 150,
      t26: 160,
      rp25: 412_500_000,
      rp26: 440_000_000,
      sd: "DAU",
    },
    {
      id: "k52",
      lvl: "k",
      kode: "1.06.05.2.02",
      nama: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen DTKS yang dimutakhirkan",
      sat: "dokumen",
      lok: L,
      t25: 4,
      t26: 4,
    },
    {
      id: "s521",
      lvl: "s",
      kode: "1.06.05.2.02.0001",
      nama: "Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah keluarga yang diverifikasi dan divalidasi",
      sat: "KK",
      lok: "11 kelurahan",
      t25: 6500,
      t26: 6800,
      rp25: 357_500_000,
      rp26: 374_000_000,
      sd: "DAU",
    },
    {
      id: "s522",
      // planted: the sub kegiatan keeps the code of the kegiatan above it
      lvl: "s",
      kode: "1.06.05.2.01.0004",
      nama: "Pengelolaan Pengaduan dan Rujukan Layanan Fakir Miskin",
      ind: "Jumlah pengaduan yang ditindaklanjuti",
      sat: "pengaduan",
      lok: L,
      t25: 300,
      t26: 320,
      rp25: 96_750_000,
      rp26: 103_200_000,
      sd: "PAD",
    },
  ];
  const rank = { b: 0, p: 1, k: 2, s: 3 };
  const kids = (id: string): string[] => {
    const i = xs.findIndex((x) => x.id === id);
    const out: string[] = [];
    for (let j = i + 1; j < xs.length && rank[xs[j].lvl] > rank[xs[i].lvl]; j++)
      if (rank[xs[j].lvl] === rank[xs[i].lvl] + 1) out.push(xs[j].id);
    return out;
  };
  const RN = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"],
      num: "(2)",
      width: 44,
    },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "lok", head: [RN, "Lokasi"], role: "lokasi", num: "(5)", width: 22 },
    { key: "t25", head: [RN, "Target Capaian Kinerja"], role: "target", year: 2025, num: "(6)", width: 10 },
    {
      key: "rp25",
      head: [RN, "Kebutuhan Dana / Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(7)",
      fmt: RP,
      width: 18,
    },
    { key: "sd", head: [RN, "Sumber Dana"], num: "(8)", width: 10 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: "(9)", width: 18 },
    { key: "t26", head: [PM, "Target Capaian Kinerja"], role: "target", year: 2026, num: "(10)", width: 10 },
    {
      key: "rp26",
      head: [PM, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: "(11)",
      fmt: RP,
      width: 18,
    },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl !== "s",
    cells: (c): Record<string, Cell> => {
      const money = (k: "rp25" | "rp26"): Cell => {
        if (x.lvl === "s") return x[k];
        const ks = kids(x.id);
        if (x.lvl === "k")
          return fx(
            `SUM(${c.c(k)}${c.row(ks[0])}:${c.c(k)}${c.row(ks[ks.length - 1])})`,
            // planted: the kegiatan's prakiraan maju keeps the result from before the sub kegiatan rose
            x.id === "k41" && k === "rp26" ? 1_204_650_000 : undefined,
          );
        return fx(ks.map((id) => `${c.c(k)}${c.row(id)}`).join("+"));
      };
      return {
        kode: x.kode,
        nama: x.nama,
        ind: x.ind,
        sat: x.sat,
        lok: x.lok,
        t25: x.t25,
        rp25: money("rp25"),
        sd: x.sd,
        cat: x.id === "s413" ? "pagu tetap (reguler)" : x.lvl === "s" ? "-" : undefined,
        t26: x.t26,
        rp26: money("rp26"),
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 9, {
    tempat: "Warembungan, 3 Juni 2024",
    jabatan: ["Kepala Dinas Sosial Kota Warembungan"],
    nama: "JEANE M. RUNTUWENE, S.Sos., M.AP",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720504 199503 2 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s522") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengelolaan Pengaduan coded 1.06.05.2.01.0004 under kegiatan 1.06.05.2.02 (the code of the kegiatan above)",
    truth: a("kode", "k52"),
    actual: `PARENT(${a("kode", "s522")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp26", "k41") },
    rules: ["sum-mismatch"],
    note: "kegiatan 1.06.04.2.01 prakiraan maju 2026 `=SUM(...)` with a stale 1,204,650,000; 806,400,000 + 315,000,000 + 118,650,000 = 1,240,050,000",
    truth: `${a("rp26", "s411")}+${a("rp26", "s412")}+${a("rp26", "s413")}`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "p4"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "k41")}+${a("rp25", "k42")}`,
    trap: `SUM(${a("rp25", "k41")}:${a("rp25", "s421")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp25", "b"),
    rules: ["sum-mismatch"],
    truth: `${a("rp25", "s411")}+${a("rp25", "s412")}+${a("rp25", "s413")}+${a("rp25", "s421")}+${a("rp25", "s511")}+${a("rp25", "s521")}+${a("rp25", "s522")}`,
    trap: `SUM(${a("rp25", "p4")}:${a("rp25", "s522")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s521"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k52"),
    actual: `PARENT(${a("kode", "s521")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "k52"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "s521")}+${a("rp26", "s522")}`,
  });
  return b.finish();
}
