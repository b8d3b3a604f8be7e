// Bappeda tables: the E.79 evaluation of the RKPD 2024 of Kabupaten Sukalarang (Jawa Barat, Priangan),
// grouped by urusan and bidang urusan with program rows only, K and Rp per triwulan, Rp in ribuan
// rupiah; and the Perjanjian Kinerja 2025 of the Bappeda of Kabupaten Panimbang (Banten) with its
// targets per triwulan (cumulative for a percentage, additive for a count) next to the Renstra
// targets on a second sheet. Every person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Prog = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  tK: number;
  tRp: number;
  qK: number[];
  qRp: number[];
  /** a level indicator: the year's K is the TW IV value, not the sum of the quarters */
  level?: boolean;
  opd: string;
};
type Bid = { id: string; kode: string; nama: string; progs: Prog[] };
type Ur = { id: string; kode: string; nama: string; bids: Bid[] };

/** E.79 evaluasi hasil RKPD 2024 Kabupaten Sukalarang, per urusan / bidang urusan / program. */
export function e79Sukalarang(): BookW {
  const b = new BookW(
    "e79-evaluasi-rkpd-2024-kab-sukalarang.xlsx",
    "E.79 evaluasi hasil RKPD per urusan / bidang urusan / program (Rp dalam ribuan)",
    "No | Kode | 'Urusan / Bidang Urusan / Program' | 'Indikator Kinerja Program' | Satuan | 'Target RKPD 2024' > K, Rp | 'Realisasi Triwulan' > I..IV > K, Rp | 'Realisasi s.d. Triwulan IV' > K, Rp | 'Tingkat Capaian (%)' > K, Rp | 'OPD Pelaksana'; three header rows and a number row; urusan rows add their bidang rows, bidang rows add their programs; level indicators take the TW IV value",
  );
  const S = "E79";
  const s = b.sheet(S);
  letterhead(s, [
    "EVALUASI TERHADAP HASIL RKPD KABUPATEN SUKALARANG TAHUN 2024",
    "Triwulan IV (Januari s.d. Desember 2024)",
    "(nilai anggaran dalam ribuan rupiah / Rp 000)",
  ]);
  const urs: Ur[] = [
    {
      id: "u1",
      kode: "1",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
      bids: [
        {
          id: "b1",
          kode: "1.03",
          nama: "PEKERJAAN UMUM DAN PENATAAN RUANG",
          progs: [
            {
              id: "p1",
              kode: "1.03.02",
              nama: "Program Pengelolaan Sumber Daya Air (SDA)",
              ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
              sat: "%",
              tK: 68,
              tRp: 12_480_500,
              qK: [61, 63.5, 66, 67.2],
              qRp: [1_204_300, 3_118_450, 4_106_200, 3_702_380],
              level: true,
              opd: "Dinas PUTR",
            },
            {
              id: "p2",
              kode: "1.03.10",
              nama: "Program Penyelenggaraan Jalan",
              ind: "Panjang jalan kabupaten yang ditingkatkan",
              sat: "km",
              tK: 42.5,
              tRp: 48_615_250,
              qK: [0, 8.2, 15.6, 17.1],
              qRp: [2_145_600, 11_820_400, 19_604_150, 13_998_300],
              opd: "Dinas PUTR",
            },
          ],
        },
        {
          id: "b2",
          kode: "1.04",
          nama: "PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
          progs: [
            {
              id: "p3",
              kode: "1.04.02",
              nama: "Program Pengembangan Perumahan",
              ind: "Jumlah rumah tidak layak huni yang ditangani",
              sat: "unit",
              tK: 350,
              tRp: 8_750_000,
              qK: [0, 85, 140, 118],
              qRp: [0, 2_125_000, 3_500_000, 2_950_000],
              opd: "Disperkim",
            },
            {
              // planted: the code copied from the PUPR block above (1.03.03 instead of 1.04.03)
              id: "p4",
              kode: "1.03.03",
              nama: "Program Kawasan Permukiman",
              ind: "Persentase luas kawasan kumuh yang tertangani",
              sat: "%",
              tK: 45,
              tRp: 5_320_000,
              qK: [38, 40, 42.5, 44.1],
              qRp: [310_500, 1_402_800, 1_915_600, 1_508_700],
              level: true,
              opd: "Disperkim",
            },
          ],
        },
      ],
    },
    {
      id: "u2",
      kode: "2",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
      bids: [
        {
          id: "b3",
          kode: "2.09",
          nama: "PANGAN",
          progs: [
            {
              id: "p5",
              kode: "2.09.02",
              nama: "Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat",
              ind: "Skor Pola Pangan Harapan (PPH)",
              sat: "skor",
              tK: 88.5,
              tRp: 2_315_750,
              qK: [86.1, 86.9, 87.6, 88.9],
              qRp: [248_900, 612_300, 744_150, 690_200],
              level: true,
              opd: "Dinas Ketahanan Pangan",
            },
            {
              id: "p6",
              kode: "2.09.03",
              nama: "Program Penanganan Kerawanan Pangan",
              ind: "Jumlah desa rawan pangan yang diintervensi",
              sat: "desa",
              tK: 12,
              tRp: 1_084_000,
              qK: [0, 4, 5, 3],
              qRp: [0, 352_600, 418_900, 296_500],
              opd: "Dinas Ketahanan Pangan",
            },
          ],
        },
        {
          id: "b4",
          kode: "2.15",
          nama: "PERHUBUNGAN",
          progs: [
            {
              id: "p7",
              kode: "2.15.02",
              nama: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
              ind: "Persentase ruas jalan kabupaten yang dilengkapi perlengkapan jalan",
              sat: "%",
              tK: 55,
              tRp: 3_910_400,
              qK: [48, 50.5, 52, 56.3],
              qRp: [402_100, 1_018_600, 1_320_750, 1_050_300],
              level: true,
              opd: "Dinas Perhubungan",
            },
          ],
        },
      ],
    },
  ];
  const Q = ["I", "II", "III", "IV"];
  const TW = "Realisasi Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 10 },
    { key: "nama", head: ["Urusan / Bidang Urusan / Program"], num: "3", width: 40 },
    { key: "ind", head: ["Indikator Kinerja Program"], role: "indikator", num: "4", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "5", width: 8 },
    { key: "tk", head: ["Target RKPD 2024", "K"], role: "target", year: 2024, num: "6", width: 9 },
    {
      key: "trp",
      head: ["Target RKPD 2024", "Rp"],
      role: "anggaran",
      year: 2024,
      num: "6",
      fmt: INT,
      width: 14,
    },
    ...Q.flatMap((q, i): Col[] => [
      {
        key: `q${i + 1}k`,
        head: [TW, q, "K"],
        role: "realisasi",
        year: 2024,
        num: String(7 + i),
        width: 8,
      },
      {
        key: `q${i + 1}rp`,
        head: [TW, q, "Rp"],
        role: "realisasi-anggaran",
        year: 2024,
        num: String(7 + i),
        fmt: INT,
        width: 13,
      },
    ]),
    {
      key: "rk",
      head: ["Realisasi s.d. Triwulan IV", "K"],
      role: "realisasi",
      year: 2024,
      num: "11",
      width: 9,
    },
    {
      key: "rrp",
      head: ["Realisasi s.d. Triwulan IV", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "11",
      fmt: INT,
      width: 14,
    },
    {
      key: "ck",
      head: ["Tingkat Capaian (%)", "K"],
      role: "capaian",
      year: 2024,
      num: "12 = 11/6",
      fmt: DEC,
    },
    {
      key: "crp",
      head: ["Tingkat Capaian (%)", "Rp"],
      role: "capaian",
      year: 2024,
      num: "12 = 11/6",
      fmt: DEC,
    },
    { key: "opd", head: ["OPD Pelaksana"], role: "penanggung-jawab", num: "13", width: 20 },
  ];
  const rows: Row[] = [];
  let no = 0;
  for (const u of urs) {
    rows.push({
      id: u.id,
      bold: true,
      cells: (c) => ({
        kode: u.kode,
        nama: u.nama,
        trp: fx(u.bids.map((x) => c.a("trp", x.id)).join("+")),
        rrp: fx(u.bids.map((x) => c.a("rrp", x.id)).join("+")),
      }),
    });
    for (const bd of u.bids) {
      rows.push({
        id: bd.id,
        bold: true,
        cells: (c) => {
          const first = bd.progs[0].id;
          const last = bd.progs[bd.progs.length - 1].id;
          // planted: the PANGAN subtotal of the target Rp stops one row short
          const tEnd = bd.id === "b3" ? first : last;
          return {
            kode: bd.kode,
            nama: bd.nama,
            trp: fx(`SUM(${c.a("trp", first)}:${c.a("trp", tEnd)})`),
            rrp: fx(`SUM(${c.a("rrp", first)}:${c.a("rrp", last)})`),
          };
        },
      });
      for (const p of bd.progs) {
        no++;
        const n = no;
        rows.push({
          id: p.id,
          cells: (c): Record<string, Cell> => {
            const out: Record<string, Cell> = {
              no: n,
              kode: p.kode,
              nama: p.nama,
              ind: p.ind,
              sat: p.sat,
              tk: p.tK,
              trp: p.tRp,
              rk: p.level
                ? fx(c.a("q4k"))
                : fx(`SUM(${c.a("q1k")},${c.a("q2k")},${c.a("q3k")},${c.a("q4k")})`),
              rrp: fx(`SUM(${c.a("q1rp")},${c.a("q2rp")},${c.a("q3rp")},${c.a("q4rp")})`),
              ck: fx(`ROUND(${c.a("rk")}/${c.a("tk")}*100,2)`),
              crp: fx(`ROUND(${c.a("rrp")}/${c.a("trp")}*100,2)`),
              opd: p.opd,
            };
            p.qK.forEach((v, i) => (out[`q${i + 1}k`] = v));
            p.qRp.forEach((v, i) => (out[`q${i + 1}rp`] = v));
            return out;
          },
        });
      }
    }
  }
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: K = kinerja, Rp = anggaran (ribuan rupiah).",
    "Untuk indikator berupa persentase / skor, realisasi akhir tahun adalah capaian Triwulan IV.",
  ]);
  s.gap();
  signature(s, 18, {
    tempat: "Sukalarang, 20 Januari 2025",
    jabatan: ["Kepala Bappeda Kabupaten Sukalarang,"],
    nama: "Ir. H. DEDEN SUPRIATNA KURNIAWAN, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19690314 199503 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "p4") },
    rules: ["code-hierarchy"],
    note: "Program Kawasan Permukiman coded 1.03.03 under bidang 1.04 PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN; its code is 1.04.03",
    truth: a("kode", "b2"),
    actual: `PARENT(${a("kode", "p4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("trp", "b3") },
    rules: ["sum-mismatch"],
    note: "PANGAN target Rp =SUM over program 2.09.02 only: 2,315,750 instead of 2,315,750 + 1,084,000 = 3,399,750",
    truth: `${a("trp", "p5")}+${a("trp", "p6")}`,
  });
  b.ok({
    sheet: S,
    cell: a("trp", "u1"),
    rules: ["sum-mismatch"],
    truth: `${a("trp", "b1")}+${a("trp", "b2")}`,
    trap: `SUM(${a("trp", "b1")}:${a("trp", "p4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p1"),
    rules: ["sum-mismatch"],
    truth: a("q4k", "p1"),
    trap: `SUM(${a("q1k", "p1")},${a("q2k", "p1")},${a("q3k", "p1")},${a("q4k", "p1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rk", "p2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q1k", "p2")},${a("q2k", "p2")},${a("q3k", "p2")},${a("q4k", "p2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "p7"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "p7")}/${a("tk", "p7")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("kode", "p6"), rules: ["code-hierarchy"], truth: `"2.09.03"` });
  return b.finish();
}

type Pk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  q: Array<number | string>;
  ket: string;
};

/** Perjanjian Kinerja 2025 Bappeda Kabupaten Panimbang with triwulan targets and the Renstra targets. */
export function pkPanimbang(): BookW {
  const b = new BookW(
    "pk-2025-bappeda-kab-panimbang-triwulan.xlsx",
    "Perjanjian Kinerja with targets per triwulan and a Renstra sheet",
    "sheet 'PK 2025': No | 'Sasaran Program' | 'Indikator Kinerja' | Satuan | 'Target Tahun 2025' | 'Target per Triwulan' > TW-1 .. TW-4 | 'Sifat Target'; sheet 'Renstra': No | Indikator | Satuan | 'Kondisi Awal 2023' | 'Target Renstra' > 2024, 2025, 2026; percentages cumulative (TW-4 = year), counts additive",
  );
  const S = "PK 2025";
  const R = "Renstra";
  const s = b.sheet(S);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
    "KABUPATEN PANIMBANG",
  ]);
  s.lines(["Lampiran: Rencana Aksi / Target Triwulan"], 1, { bold: true });
  const A = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const B = "Meningkatnya akuntabilitas kinerja perangkat daerah";
  const xs: Pk[] = [
    {
      id: "k1",
      sas: A,
      ind: "Persentase keselarasan program RKPD dengan RPJMD",
      sat: "%",
      t: 92, // planted: the 2024 Renstra target; the 2025 target is 95
      q: [25, 50, 75, 92],
      ket: "kumulatif",
    },
    {
      id: "k2",
      sas: A,
      ind: "Jumlah dokumen perencanaan daerah yang ditetapkan tepat waktu",
      sat: "dokumen",
      t: 6, // planted: the quarters add up to 5
      q: [1, 2, 1, 1],
      ket: "penjumlahan",
    },
    {
      id: "k3",
      sas: A,
      ind: "Persentase rekomendasi hasil penelitian yang dimanfaatkan",
      sat: "%",
      t: 60,
      q: [10, 25, 40, 60],
      ket: "kumulatif",
    },
    {
      id: "k4",
      sas: B,
      ind: "Jumlah kajian kebijakan pembangunan yang diselesaikan",
      sat: "kajian",
      t: 8,
      q: [1, 2, 3, 2],
      ket: "penjumlahan",
    },
    {
      id: "k5",
      sas: B,
      ind: "Nilai evaluasi SAKIP perangkat daerah",
      sat: "nilai",
      t: 78.5,
      q: ["-", "-", "-", 78.5],
      ket: "akhir tahun",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Program"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 10 },
    ...["TW-1", "TW-2", "TW-3", "TW-4"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Target per Triwulan", q],
      role: "target",
      year: 2025,
      width: 8,
    })),
    { key: "ket", head: ["Sifat Target"], role: "keterangan", width: 13 },
  ];
  const rows: Row[] = xs.map((x, i) => {
    const out: Record<string, Cell> = { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.t, ket: x.ket };
    x.q.forEach((v, j) => (out[`q${j + 1}`] = v));
    return { id: x.id, cells: out };
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  signature(s, 6, {
    tempat: "Panimbang, 2 Januari 2025",
    jabatan: ["Kepala Bappelitbangda,"],
    nama: "Drs. H. AHMAD SYAFRUDIN RAMLI, M.Si.",
    nip: "19710909 199803 1 003",
  });

  const r = b.sheet(R);
  r.lines(["TARGET KINERJA RENSTRA BAPPELITBANGDA KABUPATEN PANIMBANG 2024-2026"], 1, { bold: true });
  r.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 38 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "k23", head: ["Kondisi Awal 2023"], role: "kondisi-awal", year: 2023, width: 10 },
    ...[2024, 2025, 2026].map((y): Col => ({
      key: `y${y}`,
      head: ["Target Renstra", String(y)],
      role: "target",
      year: y,
      width: 9,
    })),
  ];
  const rv: Array<[number, number, number, number]> = [
    [88.4, 92, 95, 97],
    [5, 6, 6, 6],
    [45, 52, 60, 68],
    [6, 7, 8, 8],
    [72.1, 75, 78.5, 80],
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: xs.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        k23: rv[i][0],
        y2024: rv[i][1],
        y2025: rv[i][2],
        y2026: rv[i][3],
      },
    })),
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ren = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  const qs = (id: string) => `SUM(${a("q1", id)}:${a("q4", id)})`;
  b.plant({
    at: { sheet: S, cell: a("t", "k1") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of keselarasan RKPD-RPJMD 92 is the Renstra target of 2024; the Renstra target for 2025 is 95",
    truth: ren("y2025", "k1"),
  });
  b.plant({
    at: { sheet: S, cell: a("t", "k2") },
    rules: ["sum-mismatch"],
    note: "the count of dokumen is additive: triwulan targets 1 + 2 + 1 + 1 = 5, the year says 6",
    truth: qs("k2"),
  });
  b.ok({ sheet: S, cell: a("t", "k3"), rules: ["sum-mismatch"], truth: a("q4", "k3"), trap: qs("k3") });
  b.ok({ sheet: S, cell: a("t", "k4"), rules: ["sum-mismatch"], truth: qs("k4") });
  b.ok({ sheet: S, cell: a("t", "k5"), rules: ["cross-table-mismatch"], truth: ren("y2025", "k5") });
  b.ok({
    sheet: S,
    cell: a("t", "k3"),
    rules: ["cross-table-mismatch"],
    truth: ren("y2025", "k3"),
    trap: ren("y2024", "k3"),
  });
  return b.finish();
}
