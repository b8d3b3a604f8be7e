// The Renja evaluation (E.81), the Renstra funding table (T-C.27) and the LKjIP table of two Badan
// Pendapatan Daerah: pendataan objek pajak, penagihan tunggakan PBB-P2, BPHTB. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k: number[];
  q: number[];
  r: number[];
  rq: number[];
};

/** E.81 of Bapenda Kabupaten Lembah Sari Jaya (Sulawesi Tengah), s.d. Triwulan IV 2024. */
export function e81Bapenda(): BookW {
  const b = new BookW(
    "e81-bapenda-lembah-sari-jaya-343.xlsx",
    "E.81 Evaluasi Renja (Bapenda)",
    "E.81 s.d. TW IV 2024 without a No column; three header rows (Realisasi Kinerja pada Triwulan > I..IV > K / Rp); merged pair number row with '13 = 6 + 12'; a level program row; Rata-rata and Predikat footer",
  );
  const S = "Renja TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH SARI JAYA",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Trans Sulawesi No. 88, Bora Lembah",
  ]);
  s.lines([
    "Evaluasi Terhadap Hasil Renja Badan Pendapatan Daerah Tahun 2024 (Renstra 2021-2026)",
    "Periode pelaksanaan: Triwulan I s.d. IV",
  ]);
  s.gap();
  const subs: E[] = [
    {
      id: "s1",
      kode: "5.02.02.2.01.0001",
      ur: "Pendataan dan Pendaftaran Objek Pajak Daerah",
      ind: "Jumlah objek pajak daerah yang didata",
      sat: "objek",
      level: false,
      k: [42000, 26150, 8400],
      q: [1250, 2380, 2610, 2040],
      r: [4_850_000_000, 2_912_400_000, 1_020_000_000],
      rq: [186_400_000, 274_900_000, 262_150_000, 238_600_000],
    },
    {
      id: "s2",
      kode: "5.02.02.2.02.0003",
      ur: "Penagihan Tunggakan PBB-P2",
      ind: "Jumlah surat teguran tunggakan PBB-P2 yang diterbitkan",
      sat: "surat",
      level: false,
      k: [18000, 10420, 3600],
      q: [640, 1120, 980, 1010],
      r: [2_375_000_000, 1_402_700_000, 495_000_000],
      rq: [88_250_000, 131_400_000, 126_900_000, 118_350_000],
    },
    {
      id: "s3",
      kode: "5.02.02.2.03.0002",
      ur: "Verifikasi dan Validasi BPHTB",
      ind: "Jumlah SSPD BPHTB yang diverifikasi",
      sat: "dokumen",
      level: false,
      k: [9600, 5980, 1900],
      q: [410, 520, 470, 445],
      r: [1_640_000_000, 1_011_250_000, 340_000_000],
      rq: [61_800_000, 92_450_000, 88_300_000, 84_900_000],
    },
  ];
  const prog: E = {
    id: "p",
    kode: "5.02.02",
    ur: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Persentase realisasi PAD terhadap target",
    sat: "%",
    level: true,
    k: [100, 97.8, 100],
    q: [22.6, 47.9, 73.1, 98.4],
    r: [0, 1, 2].map((i) => sum(subs.map((x) => x.r[i]))),
    rq: [],
  };
  const pair = (
    key: string,
    g: string[],
    num: string,
    role?: Col["role"],
    rrole?: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [...g, "K"], role, year, num, fmt: DEC, width: 10 },
    { key: `r${key}`, head: [...g, "Rp"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 32 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Sub Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    ...pair("5", ["Target Renstra PD Akhir Periode (2026)"], "5"),
    ...pair("6", ["Realisasi Renstra PD s.d. Renja 2023"], "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", ["Target Renja 2024"], "7", "target", "anggaran", 2024),
    ...["I", "II", "III", "IV"].flatMap((tw, i) =>
      pair(`q${i}`, ["Realisasi Kinerja pada Triwulan", tw], String(8 + i)),
    ),
    ...pair(
      "12",
      ["Realisasi Capaian Renja 2024"],
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("13", ["Realisasi Renstra PD s.d. 2024"], "13 = 6 + 12"),
    ...pair("14", ["Tingkat Capaian Renstra s.d. 2024 (%)"], "14 = 13 / 5 x 100", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: 15, width: 16 },
  ];
  const qk = ["kq0", "kq1", "kq2", "kq3"];
  const qr = ["rq0", "rq1", "rq2", "rq3"];
  const rowOf = (e: E): Row => ({
    id: e.id,
    bold: e.level,
    cells: (x) => {
      const c: Record<string, ReturnType<typeof fx> | string | number> = {
        kode: e.kode,
        ur: e.ur,
        ind: e.ind,
        sat: e.sat,
        k5: e.k[0],
        k6: e.k[1],
        k7: e.k[2],
        pj: e.level ? "Sekretariat" : "Bidang Pendataan dan Penagihan",
      };
      e.q.forEach((v, i) => (c[qk[i]] = v));
      if (e.level) {
        for (const k of ["r5", "r6", "r7", ...qr])
          c[k] = fx(`${x.a(k, "s1")}+${x.a(k, "s2")}+${x.a(k, "s3")}`);
        c.k12 = fx(x.a("kq3"));
        c.k13 = fx(x.a("k12"));
      } else {
        c.r5 = e.r[0];
        c.r6 = e.r[1];
        c.r7 = e.r[2];
        e.rq.forEach((v, i) => (c[qr[i]] = v));
        c.k12 = fx(`SUM(${x.a("kq0")},${x.a("kq1")},${x.a("kq2")},${x.a("kq3")})`);
        c.k13 = fx(`${x.a("k6")}+${x.a("k12")}`);
      }
      // planted: the penagihan sub kegiatan's (12) Rp typed, 10,000,000 over its quarters
      c.r12 = e.id === "s2" ? 474_900_000 : fx(qr.map((k) => x.a(k)).join("+"));
      c.r13 = fx(`${x.a("r6")}+${x.a("r12")}`);
      c.k14 = fx(`ROUND(${x.a("k13")}/${x.a("k5")}*100,2)`);
      c.r14 = fx(`ROUND(${x.a("r13")}/${x.a("r5")}*100,2)`);
      return c;
    },
  });
  const all = [prog, ...subs];
  const k14 = all.map((e) => round(((e.level ? e.q[3] : e.k[1] + sum(e.q)) / e.k[0]) * 100));
  const avg = round(sum(k14) / 4);
  const pk = predikat(avg);
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...all.map(rowOf),
      {
        id: "avg",
        span: ["kode", "sat"],
        bold: true,
        cells: (x) => ({
          kode: "Rata-rata capaian kinerja dan anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.c("k14")}${x.row("p")}:${x.c("k14")}${x.row("s3")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.c("r14")}${x.row("p")}:${x.c("r14")}${x.row("s3")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["kode", "sat"],
        bold: true,
        cells: { kode: "Predikat kinerja", k14: pk === "Sangat Tinggi" ? "Tinggi" : "Sangat Tinggi" },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: pemutakhiran data objek PBB-P2 berbasis peta bidang.",
    "Faktor penghambat: rendahnya kepatuhan wajib pajak di kecamatan pesisir.",
  ]);
  s.gap();
  signature(s, 30, {
    tempat: "Bora Lembah, 17 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH"],
    nama: "Drs. Hamzah Lapasere, M.Si",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690314 199503 1 004",
  });
  b.plant({
    at: { sheet: S, cell: t.a("r12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "(12) Rp typed 474,900,000; TW I-IV give 464,900,000",
    truth: `${t.a("rq0", "s2")}+${t.a("rq1", "s2")}+${t.a("rq2", "s2")}+${t.a("rq3", "s2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("k14", "pred") },
    rules: ["predikat-mismatch"],
    note: `predikat for an average K capaian of ${avg} (${pk})`,
    truth: `PREDIKAT(${t.a("k14", "avg")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k12", "p"),
    rules: ["sum-mismatch"],
    truth: t.a("kq3", "p"),
    trap: `${t.a("kq0", "p")}+${t.a("kq1", "p")}+${t.a("kq2", "p")}+${t.a("kq3", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k13", "p"),
    rules: ["sum-mismatch"],
    truth: t.a("k12", "p"),
    trap: `${t.a("k6", "p")}+${t.a("k12", "p")}`,
  });
  b.ok({
    sheet: S,
    cell: t.a("k14", "s3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("k13", "s3")}/${t.a("k5", "s3")}*100,2)`,
  });
  return b.finish();
}

type T = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp: number[];
};

/** T-C.27 of Bapenda Kota Teluk Damar (Nusa Tenggara Barat), Renstra 2025-2029, in thousands. */
export function tc27Bapenda(): BookW {
  const b = new BookW(
    "tc27-bapenda-teluk-damar-343.xlsx",
    "T-C.27 Pendanaan Renstra (Bapenda)",
    "T-C.27 2025-2029 '(dalam ribuan rupiah)'; No column, Tahun ke-1..5 > Target / Rp (2025..2029 in a second line); number row 1..n; a level program and a flow kegiatan",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan dan Pendanaan Badan Pendapatan Daerah Kota Teluk Damar Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const kegs: T[] = [
    {
      id: "g1",
      kode: "5.02.02.2.01",
      ur: "Perencanaan Pengelolaan Pajak Daerah",
      ind: "Jumlah wajib pajak baru yang terdaftar",
      sat: "WP",
      level: false,
      awal: 1180,
      k: [1250, 1300, 1350, 1400, 1450],
      rp: [2_145_000, 2_260_500, 2_388_000, 2_496_750, 2_610_000],
    },
    {
      id: "g2",
      kode: "5.02.02.2.02",
      ur: "Analisa dan Pengembangan Pajak Daerah",
      ind: "Persentase tunggakan PBB-P2 yang tertagih",
      sat: "%",
      level: true,
      awal: 31.5,
      k: [34, 37, 40, 43, 46],
      rp: [1_480_000, 1_562_300, 1_644_900, 1_731_200, 1_815_600],
    },
  ];
  const prog = {
    id: "p",
    kode: "5.02.02",
    ur: "PROGRAM PENGELOLAAN PENDAPATAN DAERAH",
    ind: "Rasio PAD terhadap total pendapatan daerah",
    sat: "%",
    level: true,
    awal: 17.2,
    k: [18, 18.8, 19.6, 20.5, 21.4],
  };
  const years = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "ur", head: ["Program dan Kegiatan"], width: 30 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      fmt: DEC,
    },
    ...years.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${i}`,
        head: [`Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Target"],
      role: "kondisi-akhir",
      fmt: DEC,
      width: 9,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  cols.forEach((c, i) => (c.num = i + 1));
  const I = [0, 1, 2, 3, 4];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      {
        id: "p",
        bold: true,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string | number> = {
            no: 1,
            kode: prog.kode,
            ur: prog.ur,
            ind: prog.ind,
            sat: prog.sat,
            awal: prog.awal,
            pj: "Sekretariat",
            ka: fx(x.a("k4")),
            ra: fx(`SUM(${I.map((i) => x.a(`r${i}`)).join(",")})`),
          };
          I.forEach((i) => (c[`k${i}`] = prog.k[i]));
          // planted: Tahun ke-3 Rp of the program typed, not the sum of its kegiatan
          I.forEach(
            (i) => (c[`r${i}`] = i === 2 ? 4_302_900 : fx(`${x.a(`r${i}`, "g1")}+${x.a(`r${i}`, "g2")}`)),
          );
          return c;
        },
      },
      ...kegs.map((g, j): Row => ({
        id: g.id,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string | number> = {
            no: `1.${j + 1}`,
            kode: g.kode,
            ur: g.ur,
            ind: g.ind,
            sat: g.sat,
            awal: g.awal,
            pj: "Bidang Pajak Daerah",
            ra: fx(`SUM(${I.map((i) => x.a(`r${i}`)).join(",")})`),
          };
          I.forEach((i) => {
            c[`k${i}`] = g.k[i];
            c[`r${i}`] = g.rp[i];
          });
          // planted: the flow kegiatan's kondisi akhir typed as the last year (1,450), not the sum
          c.ka = g.level ? fx(x.a("k4")) : g.k[4];
          return c;
        },
      })),
    ],
  });
  s.gap();
  s.lines(["Sumber: Renstra Bapenda Kota Teluk Damar 2025-2029 (diolah)."]);
  b.plant({
    at: { sheet: S, cell: t.a("r2", "p") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "program Tahun ke-3 Rp typed 4,302,900; kegiatan give 4,032,900",
    truth: `${t.a("r2", "g1")}+${t.a("r2", "g2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("ka", "g1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "jumlah WP baru (a flow) kondisi akhir 1,450 = Tahun ke-5; five years give 6,750",
    truth: `SUM(${I.map((i) => t.a(`k${i}`, "g1")).join(",")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k4", "p"),
    trap: `SUM(${I.map((i) => t.a(`k${i}`, "p")).join(",")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("ka", "g2"),
    rules: ["kondisi-akhir-mismatch"],
    truth: t.a("k4", "g2"),
    trap: `SUM(${I.map((i) => t.a(`k${i}`, "g2")).join(",")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("ra", "g2"),
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    truth: `SUM(${I.map((i) => t.a(`r${i}`, "g2")).join(",")})`,
  });
  return b.finish();
}

/** LKjIP 2024 of Bapenda Kabupaten Lembah Sari Jaya: two lower-is-better indicators. */
export function lkjipBapenda(): BookW {
  const b = new BookW(
    "lkjip-2024-bapenda-lembah-sari-jaya-343.xlsx",
    "LKjIP Pengukuran Kinerja (Bapenda)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, number row (1)..(8), ROUND capaian formulas, refleksi (2T-R)/T for lower-is-better, predikat words, Rata-rata footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "BADAN PENDAPATAN DAERAH KABUPATEN LEMBAH SARI JAYA",
  ]);
  s.lines(["Tabel 3.1 Pengukuran Capaian Indikator Kinerja Sasaran Tahun 2024"]);
  const sas1 = "Meningkatnya pendapatan asli daerah";
  const sas2 = "Meningkatnya kualitas pelayanan pajak daerah";
  const ind = [
    {
      id: "i1",
      sas: sas1,
      ind: "Persentase realisasi PAD terhadap target",
      sat: "%",
      neg: false,
      t: 100,
      r: 101.2,
    },
    {
      id: "i2",
      sas: sas1,
      ind: "Rasio tunggakan PBB-P2 terhadap ketetapan",
      sat: "%",
      neg: true,
      t: 18,
      r: 15.3,
    },
    {
      id: "i3",
      sas: sas1,
      ind: "Persentase wajib pajak yang patuh membayar",
      sat: "%",
      neg: false,
      t: 75,
      r: 68.4,
    },
    {
      id: "i4",
      sas: sas2,
      ind: "Rata-rata waktu layanan verifikasi BPHTB",
      sat: "hari",
      neg: true,
      t: 3,
      r: 3.6,
    },
    {
      id: "i5",
      sas: sas2,
      ind: "Indeks kepuasan masyarakat atas layanan pajak",
      sat: "indeks",
      neg: false,
      t: 82,
      r: 84.15,
    },
  ];
  const cap = (x: (typeof ind)[number]) => round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(5)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(7)", fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", num: "(8)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...ind.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: i4 (lower is better) computed as R/T; i5 carries a stale cached result
          c:
            x.neg && x.id === "i2"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : x.id === "i5"
                ? fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, 104.62)
                : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          p:
            x.id === "i4"
              ? predikatBaik(round((x.r / x.t) * 100))
              : x.id === "i5"
                ? predikatBaik(104.62)
                : predikatBaik(cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        bold: true,
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.c("c")}${c.row("i1")}:${c.c("c")}${c.row("i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator (2) dan (4) bersifat negatif; capaian = (2 x target - realisasi) / target x 100.",
  ]);
  b.plant({
    at: { sheet: S, cell: t.a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waktu layanan BPHTB (lower is better) as R/T = 120; refleksi gives 80",
    truth: `ROUND((2*${t.a("t", "i4")}-${t.a("r", "i4")})/${t.a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("c", "i5") },
    rules: ["capaian-mismatch"],
    note: "stale cached 104.62; 84.15 / 82 gives 102.62",
    truth: `ROUND(${t.a("r", "i5")}/${t.a("t", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${t.a("t", "i2")}-${t.a("r", "i2")})/${t.a("t", "i2")}*100,2)`,
    trap: `ROUND(${t.a("r", "i2")}/${t.a("t", "i2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: t.a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t.a("r", "i1")}/${t.a("t", "i1")}*100,2)`,
  });
  return b.finish();
}
