// Recaps a Dinas Pariwisata really keeps: the monthly visitor recap of a DIY kabupaten (nusantara and
// mancanegara add up, the lama tinggal and the hotel occupancy are averages, not sums) and the PAD of
// the tourism sector per objek in an NTB kabupaten (target and quarterly realisasi, in thousands of
// rupiah, with a total capaian that is the ratio of the totals). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

// ================================ Dinas Pariwisata Kabupaten Kulon Menoreh (DIY), rekap kunjungan 2024

export function rekapKunjungan(): BookW {
  const b = new BookW(
    "rekap-kunjungan-wisatawan-bulanan-kulon-menoreh-2024.xlsx",
    "monthly visitor recap (Dinas Pariwisata, DIY)",
    "one sheet: No | Bulan | 'Jumlah Kunjungan Wisatawan (orang)' > Nusantara | Mancanegara | Jumlah | Rata-rata Lama Tinggal (hari) | TPK Hotel (%); number row '(5) = (3) + (4)'; Jumlah row of SUM formulas and a Rata-rata row of AVERAGE formulas for the lama tinggal and TPK; source note and signature",
  );
  const S = "Rekap Kunjungan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KULON MENOREH",
    "DINAS PARIWISATA",
    "Jl. Suroyudan No. 14, Wates Kidul, Kulon Menoreh, Daerah Istimewa Yogyakarta 55612",
  ]);
  s.lines(["REKAPITULASI KUNJUNGAN WISATAWAN PER BULAN", "KABUPATEN KULON MENOREH TAHUN 2024"]);
  s.gap();
  const nus = [
    182450, 121380, 134920, 158760, 176310, 241870, 268540, 219330, 167420, 171890, 159240, 312680,
  ];
  const man = [4120, 3580, 3960, 4480, 4910, 6240, 8830, 9170, 6520, 5140, 3870, 5290];
  const lama = [1.62, 1.48, 1.51, 1.57, 1.66, 1.84, 1.97, 1.91, 1.59, 1.61, 1.55, 2.08];
  const tpk = [41.25, 36.8, 38.45, 44.1, 47.35, 58.6, 112.4, 61.85, 46.2, 48.75, 45.3, 66.9];
  const G = "Jumlah Kunjungan Wisatawan (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "(1)", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: "(2)", width: 14 },
    { key: "nus", head: [G, "Nusantara"], role: "realisasi", year: 2024, num: "(3)", fmt: INT, width: 13 },
    { key: "man", head: [G, "Mancanegara"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 13 },
    { key: "jml", head: [G, "Jumlah"], role: "realisasi", year: 2024, num: "(5) = (3) + (4)", fmt: INT },
    {
      key: "lama",
      head: ["Rata-rata Lama Tinggal (hari)"],
      role: "realisasi",
      year: 2024,
      num: "(6)",
      fmt: DEC,
    },
    {
      key: "tpk",
      head: ["Tingkat Penghunian Kamar Hotel (%)"],
      role: "realisasi",
      year: 2024,
      num: "(7)",
      fmt: DEC,
    },
  ];
  const first = "m1";
  const last = "m12";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((m, i): Row => ({
        id: `m${i + 1}`,
        cells: (c) => ({
          no: i + 1,
          bln: m,
          nus: nus[i],
          man: man[i],
          jml: fx(`${c.a("nus")}+${c.a("man")}`),
          lama: lama[i],
          // planted: July's TPK typed as 112.40 (a rate above 100 %)
          tpk: tpk[i],
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "Jumlah",
          // planted: the range stops at November
          nus: fx(`SUM(${c.a("nus", first)}:${c.a("nus", "m11")})`),
          man: fx(`SUM(${c.a("man", first)}:${c.a("man", last)})`),
          jml: fx(`SUM(${c.a("jml", first)}:${c.a("jml", last)})`),
        }),
      },
      {
        id: "avg",
        bold: true,
        span: ["no", "bln"],
        cells: (c) => ({
          no: "Rata-rata per bulan",
          lama: fx(`ROUND(AVERAGE(${c.a("lama", first)}:${c.a("lama", last)}),2)`),
          tpk: fx(`ROUND(AVERAGE(${c.a("tpk", first)}:${c.a("tpk", last)}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: rekap tiket retribusi 38 DTW dan laporan bulanan 112 akomodasi (data BPS untuk TPK hotel berbintang).",
    "Lama tinggal dan TPK adalah rata-rata bulanan, tidak dijumlahkan.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Wates Kidul, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "KABUPATEN KULON MENOREH"],
    nama: "Drs. BAGUS PRASETYO WIBOWO, M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690812 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("nus", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah wisatawan nusantara is =SUM over January to November (2,002,110); the twelve months add up to 2,314,790 (December's 312,680 left out)",
    truth: `SUM(${a("nus", first)}:${a("nus", last)})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tpk", "m7") },
    rules: ["percent-out-of-range"],
    note: "the July hotel occupancy rate is typed as 112.40 %, above 100 % (a room-nights rate cannot pass 100)",
    truth: "100",
  });
  b.ok({
    sheet: S,
    cell: a("man", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("man", first)}:${a("man", last)})`,
  });
  for (const id of ["m1", "m6", "m12"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: `${a("nus", id)}+${a("man", id)}` });
  b.ok({
    sheet: S,
    cell: a("lama", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("lama", first)}:${a("lama", last)}),2)`,
    // the lama tinggal is an average: the Rata-rata row does not add the months
    trap: `SUM(${a("lama", first)}:${a("lama", last)})`,
  });
  b.ok({ sheet: S, cell: a("tpk", "m12"), rules: ["percent-out-of-range"], truth: "66.9" });
  if (sum(nus) !== 2314790) throw new Error("nus");
  return b.finish();
}

// ============================ Dinas Pariwisata Kabupaten Lombok Sangkareang (NTB), PAD per objek 2024

type Obj = { id: string; nm: string; kec: string; tgt: number; q: number[] };

export function padPariwisata(): BookW {
  const b = new BookW(
    "realisasi-pad-pariwisata-per-objek-lombok-sangkareang.xlsx",
    "PAD of the tourism sector per objek, s.d. Triwulan IV (NTB)",
    "one sheet, '(dalam ribuan rupiah)': No | Objek Wisata / Jenis Retribusi | Kecamatan | Target PAD 2024 | 'Realisasi Tahun 2024' > Triwulan I .. IV | Jumlah | % Realisasi | Keterangan; number row '8 = 4+5+6+7', '9 = 8 / 3 x 100%'; SUM formulas with one typed total; JUMLAH row whose % is the ratio of the totals",
  );
  const S = "PAD TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LOMBOK SANGKAREANG",
    "DINAS PARIWISATA DAN KEBUDAYAAN",
    "Jl. Pejanggik No. 77 Praya Timur, Nusa Tenggara Barat",
  ]);
  s.lines([
    "LAPORAN REALISASI PENDAPATAN ASLI DAERAH SEKTOR PARIWISATA PER OBJEK",
    "S.D. TRIWULAN IV TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const objs: Obj[] = [
    {
      id: "o1",
      nm: "Retribusi Pantai Sungkun Indah",
      kec: "Pujut Selatan",
      tgt: 1250000,
      q: [212400, 298750, 356120, 427930],
    },
    {
      id: "o2",
      nm: "Retribusi Air Terjun Benang Kembar",
      kec: "Batukliang Utara",
      tgt: 640000,
      q: [118350, 162480, 171920, 186400],
    },
    {
      id: "o3",
      nm: "Retribusi Desa Wisata Tenun Sasak Kembang",
      kec: "Pringgarata",
      tgt: 285000,
      q: [51200, 64830, 70250, 78120],
    },
    {
      id: "o4",
      nm: "Retribusi Tempat Rekreasi Bendungan Batu Lekong",
      kec: "Praya Barat",
      tgt: 420000,
      q: [74620, 96310, 88470, 109780],
    },
    {
      id: "o5",
      nm: "Pajak Hotel (PBJT Jasa Perhotelan)",
      kec: "Seluruh kecamatan",
      tgt: 5800000,
      q: [1184500, 1367200, 1598350, 1892410],
    },
    {
      id: "o6",
      nm: "Pajak Restoran (PBJT Makanan dan Minuman) kawasan wisata",
      kec: "Pujut Selatan",
      tgt: 2150000,
      q: [418260, 486930, 512740, 563850],
    },
    {
      id: "o7",
      nm: "Sewa Gedung Pertunjukan Taman Budaya",
      kec: "Praya Timur",
      tgt: 96000,
      q: [12500, 18750, 21000, 17250],
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["Objek Wisata / Jenis Pendapatan"], role: "lainnya", num: "2", width: 40 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
    { key: "tgt", head: ["Target PAD Tahun 2024"], role: "target", year: 2024, num: "3", fmt: RP, width: 14 },
    ...[1, 2, 3, 4].map((q): Col => ({
      key: `q${q}`,
      head: ["Realisasi Tahun 2024", `Triwulan ${["I", "II", "III", "IV"][q - 1]}`],
      role: "realisasi",
      year: 2024,
      num: String(q + 3),
      fmt: RP,
      width: 13,
    })),
    {
      key: "jml",
      head: ["Realisasi Tahun 2024", "Jumlah s.d. TW IV"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 14,
    },
    {
      key: "pct",
      head: ["% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "9 = 8 / 3 x 100%",
      fmt: DEC,
      width: 11,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "10", width: 16 },
  ];
  const jml = (o: Obj) => sum(o.q);
  // the planted stale % of Benang Kembar (the result before the TW IV entry was added)
  const staleO2 = round(((jml(objs[1]) - 186400) / 640000) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...objs.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          kec: o.kec,
          tgt: o.tgt,
          q1: o.q[0],
          q2: o.q[1],
          q3: o.q[2],
          q4: o.q[3],
          jml: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          pct: fx(`ROUND(${c.a("jml")}/${c.a("tgt")}*100,2)`, o.id === "o2" ? staleO2 : undefined),
          ket: jml(o) > o.tgt ? "melampaui target" : o.id === "o7" ? "gedung direnovasi Mei-Juni" : null,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const r = (k: string) => `SUM(${c.a(k, "o1")}:${c.a(k, "o7")})`;
          return {
            no: "JUMLAH",
            tgt: fx(r("tgt")),
            q1: fx(r("q1")),
            q2: fx(r("q2")),
            // planted: a typed total in a row of SUM formulas
            q3: 2836850,
            q4: fx(r("q4")),
            jml: fx(r("jml")),
            pct: fx(`ROUND(${c.a("jml")}/${c.a("tgt")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: Pajak Hotel dan Pajak Restoran dipungut Bapenda, dicatat di sini sebagai kontribusi sektor pariwisata.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Praya Timur, 20 Januari 2025",
    jabatan: ["Kepala Dinas Pariwisata dan Kebudayaan,"],
    nama: "LALU MUHAMMAD ZAINUL HAKIM, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780304 199612 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q3sum = sum(objs.map((o) => o.q[2]));
  if (q3sum === 2836850) throw new Error("q3");
  b.plant({
    at: { sheet: S, cell: a("pct", "o2") },
    rules: ["capaian-mismatch"],
    note: `% Realisasi of Benang Kembar shows ${staleO2} (the cached result before the TW IV entry); 639,150 / 640,000 x 100 gives 99.87`,
    truth: `ROUND(${a("jml", "o2")}/${a("tgt", "o2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH Triwulan III is a typed 2,836,850 in a row of SUM formulas; the seven objek add up to ${q3sum.toLocaleString("en")}`,
    truth: `SUM(${a("q3", "o1")}:${a("q3", "o7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jml", "tot")}/${a("tgt", "tot")}*100,2)`,
    // the total % is the ratio of the totals, not the average of the seven percentages
    trap: `ROUND(AVERAGE(${a("pct", "o1")}:${a("pct", "o7")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "o1"),
    rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
    // PAD above its target is good news: 103.62 % is no overspending
    truth: `ROUND(${a("jml", "o1")}/${a("tgt", "o1")}*100,2)`,
  });
  for (const id of ["o1", "o5"])
    b.ok({
      sheet: S,
      cell: a("jml", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("q1", id)}:${a("q4", id)})`,
    });
  b.ok({
    sheet: S,
    cell: a("jml", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("jml", "o1")}:${a("jml", "o7")})`,
  });
  return b.finish();
}
