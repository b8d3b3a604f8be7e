// Service recaps of the two kabupaten: the monthly waste-bank recap per desa (kg) of the Dinas
// Lingkungan Hidup of Kabupaten Batu Lanteh (Nusa Tenggara Barat), kecamatan subtotals and a share
// column, and the fishermen-insurance premium recap per kecamatan of the Dinas Kelautan dan
// Perikanan of Kabupaten Lasalimu Raya (Sulawesi Tenggara). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const MONTHS = ["Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Bank sampah recap, semester II 2024, DLH Kabupaten Batu Lanteh. */
export function rekapBankSampahBatuLanteh(): BookW {
  const b = new BookW(
    "rekap-bank-sampah-per-desa-semester-ii-2024-dlh-batu-lanteh.xlsx",
    "monthly waste-bank recap per desa (kg) with kecamatan subtotals",
    "No | Kecamatan / Desa | Nama Bank Sampah | 'Sampah Terpilah Disetor (kg)' > Jul..Des | Jumlah (kg) | % thd Total | Nasabah Aktif (orang); kecamatan rows SUM their desa, TOTAL adds the kecamatan rows; % of the total is 100",
  );
  const S = "Rekap Smt II";
  const s = b.sheet(S);
  letterhead(s, ["DINAS LINGKUNGAN HIDUP KABUPATEN BATU LANTEH", "Bidang Pengelolaan Sampah dan Limbah B3"]);
  s.lines(["REKAPITULASI SAMPAH TERPILAH YANG DISETOR KE BANK SAMPAH UNIT, JULI - DESEMBER 2024"], 1, {
    bold: true,
  });
  s.gap();
  type D = { id: string; desa: string; bs: string; kg: number[]; nas: number; typed?: number };
  type K = { id: string; kec: string; desa: D[] };
  const kecs: K[] = [
    {
      id: "kA",
      kec: "Kec. Labuhan Sangoro",
      desa: [
        {
          id: "a1",
          desa: "Desa Sangoro Baru",
          bs: "BSU Berkah Lestari",
          kg: [612, 587, 640, 702, 668, 731],
          nas: 86,
        },
        {
          id: "a2",
          desa: "Desa Teluk Santong",
          bs: "BSU Pesisir Bersih",
          kg: [415, 438, 402, 456, 471, 489],
          nas: 54,
        },
        {
          id: "a3",
          desa: "Desa Pungkit Rea",
          bs: "BSU Sehati",
          kg: [288, 301, 276, 315, 322, 340],
          nas: 39,
          typed: 1824,
        },
      ],
    },
    {
      id: "kB",
      kec: "Kec. Moyo Ilir",
      desa: [
        {
          id: "b1",
          desa: "Desa Olat Rawa",
          bs: "BSU Olat Hijau",
          kg: [934, 912, 968, 1015, 987, 1042],
          nas: 128,
        },
        {
          id: "b2",
          desa: "Desa Kakiang",
          bs: "BSU Mandiri Kakiang",
          kg: [356, 372, 381, 364, 398, 410],
          nas: 47,
        },
      ],
    },
    {
      id: "kC",
      kec: "Kec. Empang Tengah",
      desa: [
        { id: "c1", desa: "Desa Lawin", bs: "BSU Tunas Lawin", kg: [522, 545, 508, 561, 579, 594], nas: 71 },
        {
          id: "c2",
          desa: "Desa Boal Jaya",
          bs: "BSU Boal Resik",
          kg: [247, 259, 238, 266, 281, 275],
          nas: 33,
        },
        { id: "c3", desa: "Desa Ngeru", bs: "BSU Ngeru Asri", kg: [193, 205, 218, 211, 226, 239], nas: 28 },
      ],
    },
  ];
  const G = "Sampah Terpilah Disetor (kg)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nama", head: ["Kecamatan / Desa"], role: "lokasi", width: 24 },
    { key: "bs", head: ["Nama Bank Sampah"], role: "lainnya", width: 22 },
    ...MONTHS.map((m, i): Col => ({
      key: `m${i}`,
      head: [G, m],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 8,
    })),
    { key: "jml", head: ["Jumlah (kg)"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "pct", head: ["% thd Total"], role: "lainnya", fmt: DEC, width: 9 },
    { key: "nas", head: ["Nasabah Aktif (orang)"], role: "lainnya", fmt: INT, width: 10 },
  ];
  const mk = MONTHS.map((_, i) => `m${i}`);
  const rows: Row[] = [];
  const KN = ["I", "II", "III"];
  kecs.forEach((k, ki) => {
    rows.push({
      id: k.id,
      bold: true,
      cells: (x) => {
        const c: Record<string, Cell> = { no: KN[ki], nama: k.kec };
        const first = k.desa[0].id;
        const last = k.desa[k.desa.length - 1].id;
        for (const m of [...mk, "jml", "nas"]) {
          // planted: the Oktober subtotal of Moyo Ilir keeps a stale cached result
          const stale = k.id === "kB" && m === "m3" ? 1297 : undefined;
          c[m] = fx(`SUM(${x.a(m, first)}:${x.a(m, last)})`, stale);
        }
        c.pct = fx(`ROUND(${x.a("jml")}/${x.a("jml", "tot")}*100,2)`);
        return c;
      },
    });
    k.desa.forEach((d, di) => {
      rows.push({
        id: d.id,
        cells: (x) => {
          const c: Record<string, Cell> = { no: di + 1, nama: d.desa, bs: d.bs, nas: d.nas };
          d.kg.forEach((v, i) => (c[`m${i}`] = v));
          c.jml = d.typed ?? fx(`SUM(${x.a("m0")}:${x.a("m5")})`);
          c.pct = fx(`ROUND(${x.a("jml")}/${x.a("jml", "tot")}*100,2)`);
          return c;
        },
      });
    });
  });
  rows.push({
    id: "tot",
    bold: true,
    span: ["no", "bs"],
    cells: (x) => {
      const c: Record<string, Cell> = { no: "TOTAL KABUPATEN" };
      for (const m of [...mk, "jml", "nas"]) c[m] = fx(kecs.map((k) => x.a(m, k.id)).join("+"));
      c.pct = fx(`ROUND(${x.a("jml")}/${x.a("jml")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Sumber: laporan bulanan Bank Sampah Unit (BSU), diolah.",
    "% thd Total = Jumlah (kg) baris / Jumlah (kg) Total Kabupaten x 100; persentase tidak dijumlahkan antar desa.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Batu Lanteh, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pengelolaan Sampah", "dan Limbah B3"],
    nama: "BAIQ NURUL HIDAYATI, S.T., M.Eng.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19860814 201001 2 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "a3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Desa Pungkit Rea: Jumlah typed 1,824 kg among SUM formulas; 288 + 301 + 276 + 315 + 322 + 340 = 1,842",
    truth: `SUM(${a("m0", "a3")}:${a("m5", "a3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("m3", "kB") },
    rules: ["sum-mismatch"],
    note: "Oktober subtotal of Kec. Moyo Ilir shows the stale cached 1,297 kg; its desa give 1,015 + 364 = 1,379",
    truth: `${a("m3", "b1")}+${a("m3", "b2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("jml", "kA")}+${a("jml", "kB")}+${a("jml", "kC")}`,
    trap: `SUM(${a("jml", "kA")}:${a("jml", "c3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: "100",
    trap: `${a("pct", "kA")}+${a("pct", "kB")}+${a("pct", "kC")}+${a("pct", "a1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "kC"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m0", "kC")}:${a("m5", "kC")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "b1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m0", "b1")}:${a("m5", "b1")})`,
    trap: `SUM(${a("m0", "b1")}:${a("m5", "b1")})+${a("nas", "b1")}`,
  });
  return b.finish();
}

/** Fishermen-insurance premium recap per kecamatan 2024, DKP Kabupaten Lasalimu Raya. */
export function rekapAsuransiNelayanLasalimu(): BookW {
  const b = new BookW(
    "rekap-bantuan-premi-asuransi-nelayan-2024-dkp-lasalimu-raya.xlsx",
    "fishermen-insurance assistance recap per kecamatan (premi in rupiah, jumlah nelayan)",
    "No | Kecamatan | Nelayan Terdaftar KUSUKA (orang) | Nelayan Penerima Bantuan Premi (orang) | % Penerima | 'Bantuan Premi (Rp)' > APBN / APBD Kabupaten / Jumlah | Klaim Dibayar (kasus); number row; JUMLAH of SUM; % of the JUMLAH from the totals",
  );
  const S = "BPAN 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LASALIMU RAYA",
    "DINAS KELAUTAN DAN PERIKANAN",
    "Jl. Poros Pasarlamo - Wakaokili Km. 3, Sulawesi Tenggara",
  ]);
  s.lines(["Rekapitulasi Bantuan Premi Asuransi Nelayan (BPAN) per Kecamatan Tahun 2024"], 1, { bold: true });
  s.lines(["Premi per nelayan Rp 175.000 per tahun"]);
  s.gap();
  type K = { id: string; kec: string; reg: number; pen: number; apbn: number; klaim: number; typed?: number };
  const P = 175_000;
  const ks: K[] = [
    { id: "k1", kec: "Pasarlamo", reg: 1248, pen: 612, apbn: 400, klaim: 3 },
    { id: "k2", kec: "Wakaokili", reg: 986, pen: 455, apbn: 300, klaim: 2 },
    { id: "k3", kec: "Lasalimu Selatan", reg: 1532, pen: 830, apbn: 520, klaim: 5, typed: 148_750_000 },
    { id: "k4", kec: "Kamaru Pantai", reg: 714, pen: 326, apbn: 200, klaim: 1 },
    { id: "k5", kec: "Siompu Timur", reg: 1107, pen: 541, apbn: 350, klaim: 4 },
    { id: "k6", kec: "Batuatas Raya", reg: 463, pen: 238, apbn: 150, klaim: 0 },
  ];
  const G = "Bantuan Premi (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
    { key: "reg", head: ["Nelayan Terdaftar KUSUKA (orang)"], role: "lainnya", num: 3, fmt: INT, width: 12 },
    {
      key: "pen",
      head: ["Nelayan Penerima Bantuan Premi (orang)"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 12,
    },
    { key: "pct", head: ["% Penerima"], role: "capaian", year: 2024, num: "5 = 4/3", fmt: DEC, width: 9 },
    { key: "apbn", head: [G, "APBN"], role: "realisasi-anggaran", year: 2024, num: 6, fmt: RP, width: 14 },
    {
      key: "apbd",
      head: [G, "APBD Kabupaten"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 14,
    },
    {
      key: "jml",
      head: [G, "Jumlah"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 6+7",
      fmt: RP,
      width: 15,
    },
    { key: "klaim", head: ["Klaim Dibayar (kasus)"], role: "lainnya", num: 9, fmt: INT, width: 9 },
  ];
  const rows: Row[] = ks.map((k, i) => ({
    id: k.id,
    cells: (x) => ({
      no: i + 1,
      kec: k.kec,
      reg: k.reg,
      pen: k.pen,
      pct: fx(`ROUND(${x.a("pen")}/${x.a("reg")}*100,2)`),
      apbn: k.apbn * P,
      apbd: (k.pen - k.apbn) * P,
      jml: k.typed ?? fx(`${x.a("apbn")}+${x.a("apbd")}`),
      klaim: k.klaim,
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "kec"],
    cells: (x) => {
      const c: Record<string, Cell> = { no: "JUMLAH" };
      for (const m of ["reg", "apbn", "apbd", "jml", "klaim"])
        c[m] = fx(`SUM(${x.a(m, "k1")}:${x.a(m, "k6")})`);
      // planted: the JUMLAH of penerima stops at Siompu Timur
      c.pen = fx(`SUM(${x.a("pen", "k1")}:${x.a("pen", "k5")})`);
      c.pct = fx(`ROUND(${x.a("pen")}/${x.a("reg")}*100,2)`);
      return c;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: kuota APBN dari Kementerian Kelautan dan Perikanan; sisa penerima dibiayai APBD Kabupaten.",
    "Jumlah premi = jumlah penerima x Rp 175.000.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pasarlamo, 20 Desember 2024",
    jabatan: ["Kepala Dinas Kelautan dan Perikanan"],
    nama: "WA ODE HASRIANI MUCHTAR, S.Pi., M.P.",
    pangkat: "Pembina (IV/a)",
    nip: "19800527 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Lasalimu Selatan: Jumlah premi typed 148,750,000; APBN 91,000,000 + APBD 54,250,000 = 145,250,000 (830 x 175,000)",
    truth: `${a("apbn", "k3")}+${a("apbd", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pen", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "JUMLAH of penerima is SUM over five kecamatan (2,764); with Batuatas Raya (238) it is 3,002",
    truth: `SUM(${a("pen", "k1")}:${a("pen", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "k1"),
    rules: ["sum-mismatch"],
    truth: `${a("pen", "k1")}*175000`,
  });
  b.ok({
    sheet: S,
    cell: a("apbd", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("apbd", "k1")}:${a("apbd", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "k5"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `${a("pen", "k5")}/${a("reg", "k5")}*100`,
  });
  return b.finish();
}
