// A BOS Reguler realisation per school with Tahap I / II disbursements and a sisa dana (SiLPA) of the
// Dinas Pendidikan of Kabupaten Ayamaru Raya (Papua Barat Daya), SD and SMP in two tables on one
// sheet, and a Renstra T-C.27 of the Dinas Pendidikan dan Kebudayaan of Kabupaten Oba Pesisir (Maluku
// Utara) with pagu in thousands of rupiah. Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

type C = { a(k: string, id?: string): string };
type Sek = [string, string, string, number, number];

export function bosAyamaruRaya(): BookW {
  const b = new BookW(
    "realisasi-bos-reguler-ayamaru-raya-2024.xlsx",
    "laporan realisasi Dana BOS Reguler per sekolah (Dinas Pendidikan)",
    "No | NPSN | Nama Sekolah | Distrik | Jml Peserta Didik | Pagu Alokasi (Rp) | 'Penyaluran' > Tahap I | Tahap II | Total Diterima | Realisasi Penggunaan (Rp) | Sisa Dana (SiLPA) | % Penyerapan; SD and SMP tables on one sheet, each with a JUMLAH whose % is a ratio",
  );
  const S = "BOS 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN AYAMARU RAYA",
    "DINAS PENDIDIKAN",
    "LAPORAN REALISASI PENGGUNAAN DANA BOS REGULER TAHUN ANGGARAN 2024",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  const cols = (jenjang: string): Col[] => [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "npsn", head: ["NPSN"], num: 2, width: 10 },
    { key: "nm", head: [`Nama Sekolah (${jenjang})`], role: "lainnya", num: 3, width: 28 },
    { key: "d", head: ["Distrik"], role: "lokasi", num: 4, width: 14 },
    { key: "pd", head: ["Jml Peserta Didik"], num: 5, fmt: RP, width: 9 },
    { key: "pg", head: ["Pagu Alokasi (Rp)"], role: "anggaran", year: 2024, num: 6, fmt: RP, width: 15 },
    { key: "t1", head: ["Penyaluran (Rp)", "Tahap I"], num: 7, fmt: RP, width: 14 },
    { key: "t2", head: ["Penyaluran (Rp)", "Tahap II"], num: 8, fmt: RP, width: 14 },
    { key: "tt", head: ["Penyaluran (Rp)", "Total Diterima"], num: "9 = 7 + 8", fmt: RP, width: 15 },
    {
      key: "re",
      head: ["Realisasi Penggunaan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 10,
      fmt: RP,
      width: 15,
    },
    { key: "si", head: ["Sisa Dana / SiLPA (Rp)"], num: "11 = 9 - 10", fmt: RP, width: 14 },
    {
      key: "pc",
      head: ["% Penyerapan"],
      role: "capaian",
      year: 2024,
      num: "12 = 10 / 9",
      fmt: DEC,
      width: 10,
    },
  ];
  const sd: Sek[] = [
    ["60401231", "SD YPK Sion Mefkajim", "Aifat Raya", 184, 268_915_000],
    ["60401245", "SD Negeri 1 Kambufatem", "Aifat Raya", 126, 186_480_000],
    ["60401302", "SD Inpres Ayawasi Barat", "Ayawasi Hulu", 212, 301_227_500],
    ["60401318", "SD YPPK St. Yoseph Faan", "Ayawasi Hulu", 97, 133_690_000],
    ["60401356", "SD Negeri Kumurkek Dua", "Mare Tengah", 158, 229_415_000],
    ["60401371", "SD Inpres Faan Kahrio", "Mare Tengah", 73, 104_880_000],
    ["60401389", "SD YPK Betel Tehak", "Sawiat Timur", 141, 208_680_000],
    ["60401394", "SD Negeri Segior Baru", "Sawiat Timur", 88, 121_360_000],
  ];
  const smp: Sek[] = [
    ["60402107", "SMP Negeri 1 Ayamaru Raya", "Aifat Raya", 226, 388_712_000],
    ["60402115", "SMP YPK Imanuel Kambuaya", "Ayawasi Hulu", 148, 259_000_000],
    ["60402123", "SMP Negeri 2 Mare Tengah", "Mare Tengah", 187, 319_845_500],
    ["60402131", "SMP YPPK Santo Agustinus", "Sawiat Timur", 96, 161_430_000],
    ["60402146", "SMP Negeri Satap Fategomi", "Sawiat Timur", 64, 108_226_000],
  ];
  const PLANT_RE = 163_690_000; // SD row 4: 133,690,000 typed with 6 for 3
  const table = (list: Sek[], unit: number, jenjang: string, pre: string, staleT2?: boolean) => {
    const ids = list.map((_, i) => `${pre}${i + 1}`);
    const rows: Row[] = list.map(([npsn, nm, d, pd, re], i) => {
      const pg = pd * unit;
      return {
        id: ids[i],
        cells: (c: C) => ({
          no: i + 1,
          npsn,
          nm,
          d,
          pd,
          pg,
          t1: pg / 2,
          t2: pg / 2,
          tt: fx(`${c.a("t1")}+${c.a("t2")}`),
          re: staleT2 && i === 3 ? PLANT_RE : re,
          si: pg - re,
          pc: fx(`ROUND(${c.a("re")}/${c.a("tt")}*100,2)`),
        }),
      };
    });
    const last = ids[ids.length - 1];
    const t2Total = list.reduce((n, x) => n + (x[3] * unit) / 2, 0);
    rows.push({
      id: `${pre}j`,
      bold: true,
      span: ["no", "d"],
      cells: (c: C) => ({
        no: `JUMLAH ${jenjang}`,
        ...Object.fromEntries(
          ["pd", "pg", "t1", "t2", "tt", "re", "si"].map((k) => [
            k,
            k === "t2" && staleT2
              ? fx(`SUM(${c.a(k, ids[0])}:${c.a(k, last)})`, t2Total - (list[list.length - 1][3] * unit) / 2)
              : fx(`SUM(${c.a(k, ids[0])}:${c.a(k, last)})`),
          ]),
        ),
        pc: fx(`ROUND(${c.a("re")}/${c.a("tt")}*100,2)`),
      }),
    });
    return rows;
  };
  s.lines(["A. JENJANG SEKOLAH DASAR (satuan biaya Rp 1.480.000 per peserta didik)"], 1, { bold: true });
  const t1 = s.table({
    cols: cols("SD"),
    headerRows: 2,
    numberRow: "plain",
    rows: table(sd, 1_480_000, "SD", "s", true),
  });
  s.gap();
  s.lines(["B. JENJANG SEKOLAH MENENGAH PERTAMA (satuan biaya Rp 1.750.000 per peserta didik)"], 1, {
    bold: true,
  });
  const t2 = s.table({
    cols: cols("SMP"),
    headerRows: 2,
    numberRow: "plain",
    rows: table(smp, 1_750_000, "SMP", "m"),
  });
  s.gap();
  s.lines([
    "Catatan: realisasi sesuai laporan BKU dan SPJ sekolah pada aplikasi ARKAS; sisa dana menjadi SiLPA dan digunakan pada tahun berikutnya.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Kumurkek Dua, 24 Januari 2025",
    jabatan: ["Kepala Dinas Pendidikan", "Kabupaten Ayamaru Raya,"],
    nama: "Drs. SEMUEL ISAK WAFUMILENA, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19690417 199503 1 007",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const m = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("pc", "s4") },
        { sheet: S, cell: a("re", "s4") },
      ],
    },
    rules: ["serapan-over-100", "sum-mismatch"],
    note: "SD YPPK St. Yoseph Faan: realisasi typed 163,690,000 on 143,560,000 received gives 114.02 %; the sisa dana 9,870,000 says 133,690,000 were spent (93.12 %)",
    truth: `ROUND((${a("tt", "s4")}-${a("si", "s4")})/${a("tt", "s4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2", "sj") },
    rules: ["sum-mismatch"],
    note: "JUMLAH SD Tahap II is =SUM over the eight schools but its cached result 733,340,000 is stale (before SD Negeri Segior Baru's 65,120,000 was entered); the schools add to 798,460,000",
    truth: `SUM(${a("t2", "s1")}:${a("t2", "s8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("t1", "sj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t1", "s1")}:${a("t1", "s8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tt", "s6"),
    rules: ["sum-mismatch"],
    truth: `${a("t1", "s6")}+${a("t2", "s6")}`,
  });
  b.ok({
    sheet: S,
    cell: m("pc", "mj"),
    rules: ["sum-mismatch", "capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${m("re", "mj")}/${m("tt", "mj")}*100,2)`,
    trap: `SUM(${m("pc", "m1")}:${m("pc", "m5")})`,
  });
  b.ok({
    sheet: S,
    cell: m("pc", "m2"),
    rules: ["serapan-over-100", "capaian-mismatch"],
    truth: "100",
  });
  b.ok({
    sheet: S,
    cell: m("si", "mj"),
    rules: ["sum-mismatch"],
    truth: `${m("tt", "mj")}-${m("re", "mj")}`,
  });
  return b.finish();
}

type Prog = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  t: number[];
  rp?: number[];
  flow?: boolean;
  kids?: string[];
  pj: string;
};

export function renstraDikbudOba(): BookW {
  const b = new BookW(
    "renstra-tc27-dikbud-oba-pesisir-2025-2029.xlsx",
    "Renstra T-C.27 (Dinas Pendidikan dan Kebudayaan)",
    "Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Tahun Awal (2024) | Tahun 2025 .. 2029 > Target | Rp | Kondisi Kinerja Akhir Renstra > Target | Rp | Unit Kerja Penanggung Jawab; (dalam ribuan rupiah); program Rp = SUM of its kegiatan; kondisi akhir of a rate = 2029, of a count served per year = SUM",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA STRATEGIS DINAS PENDIDIKAN DAN KEBUDAYAAN KABUPATEN OBA PESISIR TAHUN 2025-2029",
    "Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Perangkat Daerah",
    "(dalam ribuan rupiah)",
  ]);
  const P: Prog[] = [
    {
      id: "p1",
      kode: "1.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Perangkat Daerah",
      sat: "nilai",
      awal: 62.4,
      t: [64, 66, 68, 70, 72],
      rp: [38_450_000, 40_120_500, 41_876_250, 43_210_000, 44_985_750],
      pj: "Sekretariat",
    },
    {
      id: "p2",
      kode: "1.01.02",
      nama: "PROGRAM PENGELOLAAN PENDIDIKAN",
      ind: "APK SMP/MTs",
      sat: "%",
      awal: 86.2,
      t: [88, 89.5, 91, 92.5, 94],
      kids: ["k21", "k22", "k23", "k24"],
      pj: "Bidang Pembinaan SD dan SMP",
    },
    {
      id: "k21",
      kode: "1.01.02.2.01",
      nama: "Pengelolaan Pendidikan Sekolah Dasar",
      ind: "Jumlah SD yang dikelola",
      sat: "unit",
      awal: 142,
      t: [142, 143, 144, 145, 146],
      rp: [21_340_600, 22_105_000, 23_480_250, 24_012_750, 25_364_000],
      pj: "Bidang Pembinaan SD",
    },
    {
      id: "k22",
      kode: "1.01.02.2.02",
      nama: "Pengelolaan Pendidikan Sekolah Menengah Pertama",
      ind: "Jumlah SMP yang dikelola",
      sat: "unit",
      awal: 38,
      t: [38, 39, 40, 40, 41],
      rp: [12_876_400, 13_450_200, 14_012_000, 14_780_500, 15_226_300],
      pj: "Bidang Pembinaan SMP",
    },
    {
      id: "k23",
      kode: "1.01.02.2.03",
      nama: "Pengelolaan Pendidikan Anak Usia Dini (PAUD)",
      ind: "Jumlah lembaga PAUD yang difasilitasi",
      sat: "lembaga",
      awal: 64,
      t: [66, 68, 70, 72, 74],
      rp: [2_845_000, 3_012_500, 3_140_000, 3_286_750, 3_410_000],
      pj: "Bidang PAUD dan PNF",
    },
    {
      id: "k24",
      kode: "1.01.02.2.04",
      nama: "Pengelolaan Pendidikan Nonformal/Kesetaraan",
      ind: "Jumlah warga belajar Paket A/B/C yang dilayani",
      sat: "orang",
      flow: true,
      awal: 420,
      t: [450, 480, 500, 520, 540],
      rp: [1_286_500, 1_340_000, 1_395_250, 1_448_000, 1_502_600],
      pj: "Bidang PAUD dan PNF",
    },
    {
      id: "p3",
      kode: "1.01.03",
      nama: "PROGRAM PENGEMBANGAN KURIKULUM",
      ind: "Persentase satuan pendidikan yang menerapkan Kurikulum Merdeka",
      sat: "%",
      awal: 58,
      t: [70, 80, 90, 95, 100],
      kids: ["k31"],
      pj: "Bidang Kurikulum",
    },
    {
      id: "k31",
      kode: "1.01.03.2.01",
      nama: "Penetapan Kurikulum Muatan Lokal Pendidikan Dasar",
      ind: "Jumlah satuan pendidikan yang melaksanakan muatan lokal",
      sat: "unit",
      awal: 45,
      t: [60, 75, 90, 105, 120],
      rp: [485_000, 512_500, 538_000, 560_750, 587_200],
      pj: "Bidang Kurikulum",
    },
    {
      id: "p4",
      kode: "1.01.04",
      nama: "PROGRAM PENDIDIK DAN TENAGA KEPENDIDIKAN",
      ind: "Persentase guru berkualifikasi S1/D-IV",
      sat: "%",
      awal: 81.3,
      t: [84, 86.5, 89, 91.5, 94],
      kids: ["k41", "k42"],
      pj: "Bidang GTK",
    },
    {
      id: "k41",
      kode: "1.01.04.2.01",
      nama: "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan",
      ind: "Persentase satuan pendidikan yang kebutuhan PTK-nya terpetakan",
      sat: "%",
      awal: 60,
      t: [70, 80, 90, 100, 100],
      rp: [312_400, 326_000, 340_250, 355_100, 369_800],
      pj: "Bidang GTK",
    },
    {
      id: "k42",
      kode: "1.01.40.2.02",
      nama: "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal/Kesetaraan",
      ind: "Jumlah guru yang mengikuti peningkatan kompetensi",
      sat: "orang",
      flow: true,
      awal: 210,
      t: [240, 260, 280, 300, 320],
      rp: [1_964_300, 2_045_800, 2_130_500, 2_218_000, 2_306_750],
      pj: "Bidang GTK",
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 13 },
    { key: "nm", head: ["Program / Kegiatan"], role: "lainnya", num: 2, width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    {
      key: "aw",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: 5,
      width: 11,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `t${y}`, head: [`Tahun ${y}`, "Target"], role: "target", year: y, num: 6 + 2 * i, width: 8 },
      {
        key: `r${y}`,
        head: [`Tahun ${y}`, "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ta",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      year: 2029,
      num: 16,
      width: 9,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      year: 2029,
      num: 17,
      fmt: RP,
      width: 14,
    },
    {
      key: "pj",
      head: ["Unit Kerja Perangkat Daerah Penanggung Jawab"],
      role: "penanggung-jawab",
      num: 18,
      width: 20,
    },
  ];
  const kids = (p: Prog) => p.kids!;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: P.map((x): Row => ({
      id: x.id,
      bold: x.id.startsWith("p"),
      cells: (c: C) => {
        const cells: Record<string, ReturnType<typeof fx> | number | string> = {
          kode: x.kode,
          nm: x.nama,
          ind: x.ind,
          sat: x.sat,
          aw: x.awal,
          pj: x.pj,
        };
        Y.forEach((y, i) => {
          cells[`t${y}`] = x.t[i];
          if (x.rp) cells[`r${y}`] = x.rp[i];
          else {
            const k = kids(x);
            // p2 in 2027: the SUM stops at the PAUD kegiatan
            const lastKid = x.id === "p2" && y === 2027 ? "k23" : k[k.length - 1];
            cells[`r${y}`] =
              k.length === 1
                ? fx(c.a(`r${y}`, k[0]))
                : fx(`SUM(${c.a(`r${y}`, k[0])}:${c.a(`r${y}`, lastKid)})`);
          }
        });
        cells.ta = x.flow
          ? fx(`SUM(${c.a("t2025")},${c.a("t2026")},${c.a("t2027")},${c.a("t2028")},${c.a("t2029")})`)
          : fx(c.a("t2029"));
        cells.ra =
          x.id === "k22"
            ? x.rp!.slice(0, 4).reduce((n, v) => n + v, 0)
            : fx(Y.map((y) => c.a(`r${y}`)).join("+"));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: kondisi akhir indikator persentase, nilai dan jumlah lembaga = target tahun 2029; jumlah orang yang dilayani/dilatih = jumlah target 2025-2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Payahe Baru, 19 Mei 2025",
    jabatan: ["KEPALA DINAS PENDIDIKAN DAN KEBUDAYAAN", "KABUPATEN OBA PESISIR,"],
    nama: "Dr. HASAN ALBAAR TIDORE, M.Pd.",
    pangkat: "Pembina Utama Muda",
    nip: "19741109 199903 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "k42") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pemerataan Kuantitas dan Kualitas PTK coded 1.01.40.2.02 (the 0 and 4 of 1.01.04 swapped) under program 1.01.04",
    truth: a("kode", "p4"),
    actual: `PARENT(${a("kode", "k42")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("ra", "k22") },
    rules: ["kondisi-akhir-mismatch", "hardcoded-value"],
    note: "kondisi akhir Rp of Pengelolaan Pendidikan SMP typed 55,119,100 (2025-2028 only); with 2029's 15,226,300 the five years add to 70,345,400",
    truth: Y.map((y) => a(`r${y}`, "k22")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "p2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Rp 2027 of Program Pengelolaan Pendidikan is SUM of the first three kegiatan (40,632,250); with Nonformal/Kesetaraan (1,395,250) the kegiatan add to 42,027,500",
    truth: `SUM(${a("r2027", "k21")}:${a("r2027", "k24")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ta", "p2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("t2029", "p2"),
    trap: `SUM(${a("t2025", "p2")},${a("t2026", "p2")},${a("t2027", "p2")},${a("t2028", "p2")},${a("t2029", "p2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ta", "k24"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("t2025", "k24")},${a("t2026", "k24")},${a("t2027", "k24")},${a("t2028", "k24")},${a("t2029", "k24")})`,
    trap: a("t2029", "k24"),
  });
  b.ok({
    sheet: S,
    cell: a("ta", "k41"),
    rules: ["kondisi-akhir-mismatch", "percent-out-of-range"],
    truth: a("t2029", "k41"),
    trap: `SUM(${a("t2025", "k41")},${a("t2026", "k41")},${a("t2027", "k41")},${a("t2028", "k41")},${a("t2029", "k41")})`,
  });
  b.ok({ sheet: S, cell: a("t2029", "k41"), rules: ["target-trend", "percent-out-of-range"], truth: "100" });
  b.ok({
    sheet: S,
    cell: a("r2025", "p2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("r2025", "k21")}:${a("r2025", "k24")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r2026", "p4"),
    rules: ["sum-mismatch"],
    truth: `${a("r2026", "k41")}+${a("r2026", "k42")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ra", "k21"),
    rules: ["kondisi-akhir-mismatch"],
    truth: `SUM(${a("r2025", "k21")},${a("r2026", "k21")},${a("r2027", "k21")},${a("r2028", "k21")},${a("r2029", "k21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k41"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p4"),
    actual: `PARENT(${a("kode", "k41")})`,
  });
  return b.finish();
}
