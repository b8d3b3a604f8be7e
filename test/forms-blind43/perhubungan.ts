// Transport offices of Kota Segara Lila (Bali) and Kota Pancor Sari (Nusa Tenggara Barat): the LKjIP
// table of the Dinas Perhubungan reported at Triwulan III, the monthly parking-retribution revenue per
// zone of the UPTD Perparkiran, and the monthly count of periodic roadworthiness tests (uji KIR).
// Every office, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Ctx } from "../forms/kit";

export const BULAN = [
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

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  arah: "Naik" | "Turun";
  sifat: string;
  t: number;
  r: number;
  ket: string;
};

/** LKjIP Dinas Perhubungan Kota Segara Lila, capaian s.d. Triwulan III 2024. */
export function lkjipTw3SegaraLila(): BookW {
  const b = new BookW(
    "capaian-kinerja-sd-tw3-dishub-segara-lila-2024.xlsx",
    "LKjIP table at Triwulan III (Dinas Perhubungan kota)",
    "No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Sifat | Arah | Tahun 2024 > Target Tahun | Realisasi s.d. TW III | Capaian s.d. TW III (%) | Keterangan; ROUND(R/T*100) for Naik, refleksi ROUND((2T-R)/T*100) for Turun; a flow indicator far below 100 at TW III",
  );
  const S = "Capaian TW III";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA SEGARA LILA",
    "DINAS PERHUBUNGAN",
    "Jl. Bypass Ngurah Rai Timur No. 14, Segara Lila, Bali",
  ]);
  s.lines(
    [
      "PENGUKURAN KINERJA TRIWULANAN PERANGKAT DAERAH",
      "Periode: Januari s.d. September (Triwulan III) Tahun Anggaran 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const S1 = "Meningkatnya keselamatan lalu lintas dan angkutan jalan";
  const S2 = "Meningkatnya kualitas pelayanan angkutan umum perkotaan";
  const S3 = "Meningkatnya pendapatan sektor perhubungan";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Rasio kecelakaan lalu lintas per 10.000 kendaraan bermotor",
      sat: "rasio",
      arah: "Turun",
      sifat: "Non Kumulatif",
      t: 2.4,
      r: 2.1,
      ket: "Data Satlantas Polres, posisi 30 September",
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ruas jalan kota yang dilengkapi perlengkapan jalan sesuai standar",
      sat: "%",
      arah: "Naik",
      sifat: "Non Kumulatif",
      t: 72,
      r: 64.8,
      ket: "-",
    },
    {
      id: "i3",
      sas: S2,
      ind: "Jumlah penumpang angkutan umum massal Trans Segara",
      sat: "orang",
      arah: "Naik",
      sifat: "Kumulatif",
      t: 1_450_000,
      r: 812_340,
      ket: "Target setahun; realisasi Oktober - Desember belum masuk",
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata waktu tunggu penumpang di halte",
      sat: "menit",
      arah: "Turun",
      sifat: "Non Kumulatif",
      t: 15,
      r: 17,
      ket: "Dua armada dalam perbaikan",
    },
    {
      id: "i5",
      sas: S2,
      ind: "Indeks kepuasan masyarakat atas layanan perhubungan",
      sat: "nilai",
      arah: "Naik",
      sifat: "Non Kumulatif",
      t: 82.5,
      r: 81.2,
      ket: "Survei IKM semester I",
    },
    {
      id: "i6",
      sas: S3,
      ind: "Realisasi retribusi daerah sektor perhubungan",
      sat: "Rp",
      arah: "Naik",
      sifat: "Kumulatif",
      t: 4_850_000_000,
      r: 3_417_650_000,
      ket: "Retribusi parkir tepi jalan umum dan uji berkala",
    },
  ];
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "sifat", head: ["Sifat"], role: "lainnya", width: 13 },
    { key: "arah", head: ["Arah"], role: "polaritas", width: 7 },
    { key: "t", head: [Y, "Target Tahun"], role: "target", year: 2024, fmt: "#,##0.00", width: 16 },
    {
      key: "r",
      head: [Y, "Realisasi s.d. TW III"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 16,
    },
    { key: "c", head: [Y, "Capaian s.d. TW III (%)"], role: "capaian", year: 2024, fmt: DEC, width: 12 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 30 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((q, i) => ({
      id: q.id,
      cells: (x: Ctx) => {
        const T = x.a("t");
        const R = x.a("r");
        let c: ReturnType<typeof fx> | number = fx(
          q.arah === "Turun" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`,
        );
        // planted: waiting time (Turun) with the Naik formula copied down
        if (q.id === "i4") c = fx(`ROUND(${R}/${T}*100,2)`);
        // planted: retribusi capaian typed with two digits swapped (70.47 -> 74.07)
        if (q.id === "i6") c = 74.07;
        return {
          no: i + 1,
          sas: q.sas,
          ind: q.ind,
          sat: q.sat,
          sifat: q.sifat,
          arah: q.arah,
          t: q.t,
          r: q.r,
          c,
          ket: q.ket,
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Capaian indikator arah Turun dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "2. Indikator kumulatif dibandingkan dengan target setahun sehingga capaian s.d. TW III belum mencapai 100%.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Segara Lila, 10 Oktober 2024",
    jabatan: ["Kepala Dinas Perhubungan", "Kota Segara Lila,"],
    nama: "I KETUT ARSA WIGUNA, S.T., M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19760512 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "waiting time is lower-is-better (Arah Turun, 15 vs 17 menit) but its capaian is R / T = 113.33; the refleksi (2 x 15 - 17) / 15 gives 86.67",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i6") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "retribusi capaian typed 74.07 among formulas; 3,417,650,000 / 4,850,000,000 = 70.47 (digits swapped)",
    truth: `ROUND(${a("r", "i6")}/${a("t", "i6")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND((2*${a("t", "i1")}-${a("r", "i1")})/${a("t", "i1")}*100,2)`,
    trap: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i5")}/${a("t", "i5")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  return b.finish();
}

/** Deterministic monthly amounts around a yearly total, rounded to thousands of rupiah. */
function spread(total: number, seed: number): number[] {
  const w = BULAN.map((_, i) => 1 + 0.12 * Math.sin(seed * 1.7 + i * 1.3) + (i === 6 || i === 11 ? 0.15 : 0));
  const ws = sum(w);
  return w.map((x) => Math.round((total * x) / ws / 1000) * 1000);
}

/** Retribusi parkir tepi jalan umum per zona, UPTD Perparkiran Kota Pancor Sari, 2024. */
export function parkirZonaPancorSari(): BookW {
  const b = new BookW(
    "retribusi-parkir-per-zona-bulanan-pancor-sari-2024.xlsx",
    "monthly parking-retribution revenue per zone with target (UPTD Perparkiran, Dinas Perhubungan kota)",
    "No | Zona Parkir | Koordinator | Target Retribusi 2024 (Rp) | Realisasi Penerimaan (Rp) > Jan .. Des | Total Realisasi | % thd Target; row 'JUMLAH' sums the zones, its % is the ratio of totals; one zone realised above its target",
  );
  const S = "Parkir 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANCOR SARI",
    "DINAS PERHUBUNGAN - UPTD PENGELOLAAN PERPARKIRAN",
    "Jl. Langko Selatan No. 9, Pancor Sari, Nusa Tenggara Barat",
  ]);
  s.lines(["LAPORAN PENERIMAAN RETRIBUSI PARKIR DI TEPI JALAN UMUM PER ZONA", "TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const zones = [
    { id: "z1", n: "Zona I - Kawasan Pasar Renteng Baru", k: "Lalu Hamdani", t: 1_380_000_000, f: 0.962 },
    { id: "z2", n: "Zona II - Koridor Jl. Pejanggik Raya", k: "Baiq Nurhasanah", t: 1_125_000_000, f: 0.934 },
    {
      id: "z3",
      n: "Zona III - Kawasan Pantai Loang Baloq Timur",
      k: "Muh. Zaini Arif",
      t: 860_000_000,
      f: 0.981,
    },
    { id: "z4", n: "Zona IV - Pertokoan Cakra Selatan", k: "I Wayan Sudarsa", t: 945_000_000, f: 0.897 },
    { id: "z5", n: "Zona V - Kawasan Kuliner Sayang-Sayang", k: "Hj. Rukmini", t: 540_000_000, f: 1.0735 },
    { id: "z6", n: "Zona VI - Terminal dan Rumah Sakit", k: "Suparman Hadi", t: 565_000_000, f: 0.918 },
  ].map((z, i) => ({ ...z, m: spread(z.t * z.f, i + 1) }));
  const R = "Realisasi Penerimaan (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "zona", head: ["Zona Parkir"], role: "lokasi", width: 36 },
    { key: "kor", head: ["Koordinator"], role: "penanggung-jawab", width: 18 },
    { key: "t", head: ["Target Retribusi 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
    ...BULAN.map((m, i): Col => ({
      key: `m${i}`,
      head: [R, m.slice(0, 3)],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 14,
    })),
    {
      key: "tot",
      head: ["Total Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 17,
    },
    { key: "p", head: ["% thd Target"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const julTrue = sum(zones.map((z) => z.m[6]));
  // planted: the July total typed over the SUM with two digits swapped
  const julTyped = (() => {
    const d = String(julTrue).split("");
    [d[2], d[3]] = [d[3], d[2]];
    return Number(d.join(""));
  })();
  if (Math.abs(julTyped - julTrue) < 1_000_000) throw new Error(`parkir: weak plant ${julTyped} ${julTrue}`);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...zones.map((z, i) => ({
        id: z.id,
        cells: (x: Ctx) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            no: i + 1,
            zona: z.n,
            kor: z.k,
            t: z.t,
          };
          z.m.forEach((v, j) => (out[`m${j}`] = v));
          // planted: Zona III's total stops at November
          out.tot = fx(`SUM(${x.a("m0")}:${x.a(z.id === "z3" ? "m10" : "m11")})`);
          out.p = fx(`ROUND(${x.a("tot")}/${x.a("t")}*100,2)`);
          return out;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kor"] as [string, string],
        cells: (x: Ctx) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = { no: "JUMLAH" };
          for (const k of ["t", ...BULAN.map((_, j) => `m${j}`), "tot"])
            out[k] = fx(`SUM(${x.a(k, "z1")}:${x.a(k, "z6")})`);
          out.m6 = julTyped;
          out.p = fx(`ROUND(${x.a("tot")}/${x.a("t")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: rekapitulasi setoran harian juru parkir ke Kas Daerah (STS), diolah UPTD Perparkiran."]);
  s.gap();
  signature(s, 14, {
    tempat: "Pancor Sari, 9 Januari 2025",
    jabatan: ["Kepala UPTD Pengelolaan Perparkiran,"],
    nama: "LALU MUHAMMAD SYAFRUDDIN, S.E.",
    pangkat: "Penata Tingkat I",
    nip: "19830907 201001 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", "z3") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Zona III total = SUM(Jan:Nov) = ${sum(zones[2].m.slice(0, 11))}; December's ${zones[2].m[11]} is left out (twelve months: ${sum(zones[2].m)})`,
    truth: `SUM(${a("m0", "z3")}:${a("m11", "z3")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("m6", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `JUMLAH Juli typed ${julTyped} among SUM formulas; the six zones give ${julTrue} (digits swapped)`,
    truth: `SUM(${a("m6", "z1")}:${a("m6", "z6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "z5"),
    rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
    truth: `ROUND(${a("tot", "z5")}/${a("t", "z5")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("t", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("t", "z1")}:${a("t", "z6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tot", "z1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m0", "z1")}:${a("m11", "z1")})`,
  });
  b.ok({
    sheet: S,
    cell: a("m11", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("m11", "z1")}:${a("m11", "z6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "z2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tot", "z2")}/${a("t", "z2")}*100,2)`,
  });
  return b.finish();
}

/** Rekap uji berkala kendaraan bermotor (uji KIR) per bulan, UPTD PKB Kota Segara Lila, 2024. */
export function ujiKirSegaraLila(): BookW {
  const b = new BookW(
    "rekap-uji-kir-bulanan-uptd-pkb-segara-lila-2024.xlsx",
    "monthly count of periodic vehicle tests, pass / fail / total (UPTD Pengujian Kendaraan Bermotor)",
    "No | Bulan | Hari Layanan | Hasil Pengujian (unit) > Lulus Uji / Tidak Lulus / Jumlah Kendaraan Diuji | Tingkat Kelulusan (%), 'Jumlah' row sums the months, 'Rata-rata per Bulan' row under it averages them",
  );
  const S = "Uji KIR 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SEGARA LILA", "DINAS PERHUBUNGAN", "UPTD PENGUJIAN KENDARAAN BERMOTOR"]);
  s.lines(["REKAPITULASI HASIL UJI BERKALA KENDARAAN BERMOTOR TAHUN 2024"], 1, { bold: true });
  s.gap();
  const lulus = [1_182, 1_094, 1_236, 1_058, 1_271, 1_189, 1_317, 1_264, 1_208, 1_295, 1_243, 1_352];
  const gagal = [214, 187, 229, 176, 241, 237, 252, 219, 206, 233, 198, 264];
  const hari = [22, 20, 21, 18, 20, 19, 22, 21, 21, 23, 21, 19];
  const H = "Hasil Pengujian (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", num: "2", width: 14 },
    { key: "hari", head: ["Hari Layanan"], role: "lainnya", num: "3", fmt: INT, width: 9 },
    { key: "l", head: [H, "Lulus Uji"], role: "realisasi", year: 2024, num: "4", fmt: INT, width: 12 },
    { key: "g", head: [H, "Tidak Lulus"], role: "realisasi", year: 2024, num: "5", fmt: INT, width: 12 },
    {
      key: "j",
      head: [H, "Jumlah Kendaraan Diuji"],
      role: "realisasi",
      year: 2024,
      num: "6 = 4 + 5",
      fmt: INT,
      width: 14,
    },
    {
      key: "p",
      head: ["Tingkat Kelulusan (%)"],
      role: "realisasi",
      year: 2024,
      num: "7 = 4 / 6 x 100",
      fmt: DEC,
      width: 12,
    },
  ];
  const juniTrue = lulus[5] + gagal[5];
  const juniTyped = 1_462;
  if (juniTrue !== 1_426) throw new Error(`kir: juni ${juniTrue}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...BULAN.map((n, i) => ({
        id: `b${i}`,
        cells: (x: Ctx) => ({
          no: i + 1,
          bln: n,
          hari: hari[i],
          l: lulus[i],
          g: gagal[i],
          // planted: June's total typed with two digits swapped
          j: i === 5 ? juniTyped : fx(`${x.a("l")}+${x.a("g")}`),
          p: fx(`ROUND(${x.a("l")}/${x.a("j")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) => ({
          no: "Jumlah",
          hari: fx(`SUM(${x.a("hari", "b0")}:${x.a("hari", "b11")})`),
          l: fx(`SUM(${x.a("l", "b0")}:${x.a("l", "b11")})`),
          // planted: the fail total stops at November
          g: fx(`SUM(${x.a("g", "b0")}:${x.a("g", "b10")})`),
          j: fx(`SUM(${x.a("j", "b0")}:${x.a("j", "b11")})`),
          p: fx(`ROUND(${x.a("l")}/${x.a("j")}*100,2)`),
        }),
      },
      {
        id: "avg",
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) => ({
          no: "Rata-rata per Bulan",
          l: fx(`ROUND(AVERAGE(${x.a("l", "b0")}:${x.a("l", "b11")}),0)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: kendaraan tidak lulus wajib uji ulang paling lama 14 hari; uji ulang dicatat pada bulan pelaksanaannya.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Segara Lila, 6 Januari 2025",
    jabatan: ["Kepala UPTD Pengujian", "Kendaraan Bermotor,"],
    nama: "NI MADE SRI ARYANTINI, S.T.",
    pangkat: "Penata",
    nip: "19880224 201101 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "b5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `June's Jumlah typed ${juniTyped} among formulas; ${lulus[5]} lulus + ${gagal[5]} tidak lulus = ${juniTrue}`,
    truth: `${a("l", "b5")}+${a("g", "b5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("g", "jml") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `Tidak Lulus total = SUM(Januari:November) = ${sum(gagal.slice(0, 11))}; December's ${gagal[11]} left out (${sum(gagal)})`,
    truth: `SUM(${a("g", "b0")}:${a("g", "b11")})`,
  });
  b.ok({
    sheet: S,
    cell: a("l", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("l", "b0")}:${a("l", "b11")})`,
  });
  b.ok({
    sheet: S,
    cell: a("l", "avg"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("l", "b0")}:${a("l", "b11")}),0)`,
    trap: `SUM(${a("l", "b0")}:${a("l", "b11")})`,
    tol: 0.5,
  });
  b.ok({
    sheet: S,
    cell: a("j", "b3"),
    rules: ["sum-mismatch"],
    truth: `${a("l", "b3")}+${a("g", "b3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "b7"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("l", "b7")}/${a("j", "b7")}*100,2)`,
    trap: `ROUND(${a("l", "b7")}/${a("g", "b7")}*100,2)`,
  });
  return b.finish();
}
