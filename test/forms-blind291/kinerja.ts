// LKjIP, PK with its Renstra, the IGD triage / response time recap and the BLUD revenue recap per
// instalasi of the RSUD of Lembah Sarawu (Sulawesi Barat) and Tanjung Meranti (Kepulauan Riau).
// Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, sum, type Col, type Row } from "../forms/kit";

const pos = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
const refl = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 pengukuran kinerja of the RSUD dr. Andi Makkulau, Lembah Sarawu. */
export function lkjipRsud(): BookW {
  const b = new BookW(
    "lkjip-rsud-response-time-formularium-lembah-sarawu.xlsx",
    "LKjIP pengukuran kinerja (RSUD)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Kategori; realisasi 2023 beside; refleksi on the negative rows (response time, kematian < 24 jam); a stale cached capaian",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  letterhead(s, ["RSUD dr. ANDI MAKKULAU KABUPATEN LEMBAH SARAWU"]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Tahun 2024"]);
  s.gap();
  const I = [
    {
      id: "i1",
      sas: "Meningkatnya mutu layanan gawat darurat",
      ind: "Response time pelayanan pasien IGD",
      sat: "menit",
      neg: true,
      r23: 5.6,
      t: 5,
      r: 4.2,
    },
    {
      id: "i2",
      sas: "Meningkatnya mutu layanan gawat darurat",
      ind: "Angka kematian pasien IGD < 24 jam",
      sat: "per 1.000",
      neg: true,
      r23: 3.1,
      t: 2.5,
      r: 2.8,
    },
    {
      id: "i3",
      sas: "Meningkatnya mutu pelayanan farmasi",
      ind: "Persentase ketersediaan obat sesuai formularium",
      sat: "%",
      neg: false,
      r23: 84.7,
      t: 92,
      r: 88.3,
    },
    {
      id: "i4",
      sas: "Meningkatnya mutu pelayanan farmasi",
      ind: "Persentase kesesuaian peresepan dengan formularium",
      sat: "%",
      neg: false,
      r23: 81.2,
      t: 85,
      r: 87.5,
    },
    {
      id: "i5",
      sas: "Meningkatnya kemandirian keuangan BLUD",
      ind: "Rasio pendapatan BLUD terhadap biaya operasional",
      sat: "%",
      neg: false,
      r23: 64.9,
      t: 75,
      r: 68.4,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          // planted: response time (negative) with R / T; the obat row with a stale cached result
          const f = x.neg && x.id !== "i1" ? refl(c.a("t"), c.a("r")) : pos(c.a("t"), c.a("r"));
          return {
            no: i + 1,
            sas: x.sas,
            ind: x.ind,
            sat: x.sat,
            r23: x.r23,
            t: x.t,
            r: x.r,
            c: x.id === "i3" ? fx(f, 98.26) : fx(f),
            p: { i1: "Sangat Baik", i2: "Baik", i3: "Sangat Baik", i4: "Sangat Baik", i5: "Sangat Baik" }[
              x.id
            ],
          };
        },
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (response time, angka kematian) dihitung (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Response time IGD (lower is better) computed with R / T = 84.00; refleksi (2 x 5 - 4.2) / 5 gives 116.00",
    truth: refl(a("t", "i1"), a("r", "i1")),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(G/F*100,2) with a stale cached 98.26; 88.3 / 92 gives 95.98",
    truth: pos(a("t", "i3"), a("r", "i3")),
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: refl(a("t", "i2"), a("r", "i2")),
    trap: pos(a("t", "i2"), a("r", "i2")),
  });
  for (const id of ["i4", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const id of ["i2", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Direktur RSUD Kota Tanjung Meranti, with the Renstra 2025-2029 targets. */
export function pkRsud(): BookW {
  const b = new BookW(
    "pk-2025-rsud-tanjung-meranti.xlsx",
    "PK 2025 with Renstra (RSUD)",
    "sheet 'PK RSUD 2025': statement, No | Indikator Kinerja | Satuan | Target 2025 (no sasaran column); Kode | Program | Anggaran (Rp) with Jumlah typed; sheet 'Target Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir, a negative response time",
  );
  const P = "PK RSUD 2025";
  const R = "Target Renstra";
  const ind = [
    {
      id: "a",
      ind: "Persentase ketersediaan obat sesuai formularium",
      sat: "%",
      awal: 86,
      k: [88, 90, 92, 94, 95],
    },
    { id: "b", ind: "Response time pelayanan IGD", sat: "menit", awal: 7.5, k: [6.5, 6, 5.5, 5, 5] },
    {
      id: "c",
      ind: "Persentase kesesuaian peresepan dengan Formularium Nasional",
      sat: "%",
      awal: 78,
      k: [80, 83, 86, 89, 92],
    },
    {
      id: "d",
      ind: "Rasio pendapatan BLUD terhadap belanja operasional",
      sat: "%",
      awal: 68,
      k: [70, 72.5, 75, 77.5, 80],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Utama RSUD Kota Tanjung Meranti Renstra 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42, num: "(2)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(4)" },
      ...Y.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        num: `(${5 + i})`,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", num: "(10)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "RSUD KOTA TANJUNG MERANTI"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    // planted: kesesuaian peresepan takes the Renstra 2026 target 83 (2025: 80)
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "c" ? 83 : x.k[0] },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kd: "1.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 38_412_650_000,
    },
    {
      id: "p2",
      kd: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 21_905_300_000,
    },
    {
      id: "p3",
      kd: "1.02.03",
      nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_245_800_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "kd", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x): Row => ({
        id: x.id,
        cells: { kd: x.kd, nm: x.nm, rp: x.rp, sd: x.id === "p1" ? "BLUD / APBD" : "APBD" },
      })),
      // planted: Jumlah typed with two digits swapped (61,563,750,000)
      { id: "j", bold: true, span: ["kd", "nm"], cells: { kd: "JUMLAH", rp: 61_536_750_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Meranti, 6 Januari 2025",
    jabatan: ["DIREKTUR RSUD KOTA TANJUNG MERANTI"],
    nama: "dr. RAHMAT SYAHPUTRA NASUTION, M.A.R.S.",
    nip: "19800514 200903 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of kesesuaian peresepan is 83, the Renstra 2026 target; Renstra 2025 is 80",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 61,536,750,000; the three programs add up to 61,563,750,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p3")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap triase dan response time IGD per triwulan, RSUD dr. Andi Makkulau, 2024. */
export function rekapIgd(): BookW {
  const b = new BookW(
    "rekap-triase-response-time-igd-lembah-sarawu.xlsx",
    "Rekap triase dan response time IGD (RSUD)",
    "Per triwulan: Kunjungan IGD | Triase P1 | P2 | P3 | Jumlah triase '(6) = (3)+(4)+(5)' | Dilayani <= 5 menit | % '(8) = (7)/(6) x 100' | Rata-rata response time (menit); Jumlah row with the ratio of totals and the average (not the sum) of the response time",
  );
  const S = "IGD 2024";
  const s = b.sheet(S);
  letterhead(s, ["RSUD dr. ANDI MAKKULAU", "INSTALASI GAWAT DARURAT"]);
  s.lines(["REKAPITULASI TRIASE DAN RESPONSE TIME PASIEN IGD TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "TW I", kj: 2_184, p1: 212, p2: 806, p3: 1_166, cp: 1_988, rt: 4.8 },
    { id: "q2", tw: "TW II", kj: 2_317, p1: 245, p2: 851, p3: 1_221, cp: 2_131, rt: 4.6 },
    { id: "q3", tw: "TW III", kj: 2_402, p1: 231, p2: 902, p3: 1_269, cp: 2_236, rt: 4.3 },
    { id: "q4", tw: "TW IV", kj: 2_526, p1: 260, p2: 947, p3: 1_319, cp: 2_387, rt: 4.1 },
  ];
  const TR = "Pasien Menurut Kategori Triase";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Triwulan"], num: "(1)" },
      { key: "kj", head: ["Kunjungan IGD"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "p1", head: [TR, "P1 (Merah)"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "p2", head: [TR, "P2 (Kuning)"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "p3", head: [TR, "P3 (Hijau)"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "j", head: [TR, "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (3)+(4)+(5)", fmt: INT },
      { key: "cp", head: ["Dilayani <= 5 Menit"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
      {
        key: "pc",
        head: ["% Dilayani <= 5 Menit"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(6) x 100",
        fmt: DEC,
      },
      {
        key: "rt",
        head: ["Rata-rata Response Time (menit)"],
        role: "realisasi",
        year: 2024,
        num: "(9)",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          kj: q.kj,
          p1: q.p1,
          p2: q.p2,
          p3: q.p3,
          // planted: TW II Jumlah typed 2,371 (245 + 851 + 1,221 = 2,317)
          j: q.id === "q2" ? 2_371 : fx(`${c.a("p1")}+${c.a("p2")}+${c.a("p3")}`),
          cp: q.cp,
          // planted: TW IV % typed 104.50 (2,387 / 2,526 = 94.50)
          pc: q.id === "q4" ? 104.5 : fx(`ROUND(${c.a("cp")}/${c.a("j")}*100,2)`),
          rt: q.rt,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { tw: "Jumlah / Rata-rata" };
          for (const k of ["kj", "p1", "p2", "p3", "j", "cp"])
            out[k] = fx(`SUM(${c.a(k, "q1")}:${c.a(k, "q4")})`);
          out.pc = fx(`ROUND(${c.a("cp")}/${c.a("j")}*100,2)`);
          out.rt = fx(`ROUND(AVERAGE(${c.a("rt", "q1")}:${c.a("rt", "q4")}),2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: SIMRS modul IGD. Standar response time IGD <= 5 menit (SPM RS)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TW II Jumlah triase typed 2,371 among formulas; 245 + 851 + 1,221 give 2,317",
    truth: `${a("p1", "q2")}+${a("p2", "q2")}+${a("p3", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "q4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "TW IV % dilayani <= 5 menit typed 104.50 (a share cannot pass 100); 2,387 / 2,526 x 100 = 94.50",
    truth: `ROUND(${a("cp", "q4")}/${a("j", "q4")}*100,2)`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("p1", id)}+${a("p2", id)}+${a("p3", id)}`,
    });
  for (const id of ["q1", "q3"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("cp", id)}/${a("j", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("rt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("rt", "q1")}:${a("rt", "q4")}),2)`,
    trap: `SUM(${a("rt", "q1")}:${a("rt", "q4")})`,
  });
  for (const k of ["kj", "cp"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  return b.finish();
}

/** Pendapatan BLUD per instalasi and per penjamin, RSUD Kota Tanjung Meranti 2024, side by side. */
export function rekapBlud(): BookW {
  const b = new BookW(
    "pendapatan-blud-per-instalasi-tanjung-meranti.xlsx",
    "Rekap pendapatan BLUD (RSUD)",
    "Per instalasi: Target | Semester I | Semester II | Realisasi '(5) = (3)+(4)' | % Capaian '(6) = (5)/(2)' | Kontribusi '(7) = (5)/Jumlah (5)'; Jumlah row; a penjamin table (JKN / Umum / Asuransi lain) beside it after one empty column",
  );
  const S = "Pendapatan BLUD 2024";
  const s = b.sheet(S);
  s.lines(["LAPORAN REALISASI PENDAPATAN BLUD RSUD KOTA TANJUNG MERANTI TAHUN ANGGARAN 2024"]);
  s.gap();
  const I = [
    { id: "igd", nm: "Instalasi Gawat Darurat", t: 6_450_000_000, s1: 3_012_400_000, s2: 3_288_150_000 },
    { id: "rj", nm: "Instalasi Rawat Jalan", t: 9_800_000_000, s1: 4_615_300_000, s2: 4_902_700_000 },
    { id: "ri", nm: "Instalasi Rawat Inap", t: 18_250_000_000, s1: 8_440_900_000, s2: 9_127_650_000 },
    { id: "fa", nm: "Instalasi Farmasi", t: 12_600_000_000, s1: 6_905_200_000, s2: 7_256_800_000 },
    { id: "lab", nm: "Instalasi Laboratorium", t: 4_150_000_000, s1: 1_987_450_000, s2: 2_106_300_000 },
    { id: "rad", nm: "Instalasi Radiologi", t: 2_900_000_000, s1: 1_244_800_000, s2: 1_369_950_000 },
  ];
  const total = sum(I.map((x) => x.s1 + x.s2));
  const lab = I[4].s1 + I[4].s2;
  const top = s.r;
  const RL = "Realisasi Pendapatan (Rp)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "" },
      { key: "nm", head: ["Unit Pelayanan"], role: "lokasi", width: 24, num: "(1)" },
      {
        key: "t",
        head: ["Target Pendapatan (Rp)"],
        role: "anggaran",
        year: 2024,
        num: "(2)",
        fmt: RP,
        width: 17,
      },
      {
        key: "s1",
        head: [RL, "Semester I"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(3)",
        fmt: RP,
        width: 17,
      },
      {
        key: "s2",
        head: [RL, "Semester II"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(4)",
        fmt: RP,
        width: 17,
      },
      {
        key: "r",
        head: [RL, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(5) = (3)+(4)",
        fmt: RP,
        width: 17,
      },
      { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, num: "(6) = (5)/(2) x 100", fmt: DEC },
      { key: "k", head: ["Kontribusi (%)"], role: "lainnya", num: "(7) = (5)/Jml (5) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          t: x.t,
          s1: x.s1,
          s2: x.s2,
          r: fx(`${c.a("s1")}+${c.a("s2")}`),
          c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: laboratorium's share typed 12.50 (4,093,750,000 / 54,257,600,000 = 7.55)
          k: x.id === "lab" ? 12.5 : fx(`ROUND(${c.a("r")}/${c.a("r", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          t: fx(`SUM(${c.a("t", "igd")}:${c.a("t", "rad")})`),
          s1: fx(`SUM(${c.a("s1", "igd")}:${c.a("s1", "rad")})`),
          s2: fx(`SUM(${c.a("s2", "igd")}:${c.a("s2", "rad")})`),
          r: fx(`SUM(${c.a("r", "igd")}:${c.a("r", "rad")})`),
          c: fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
        }),
      },
    ],
  });
  const umum = 9_412_350_000;
  const lain = 2_105_600_000;
  const pt = s.table(
    {
      cols: [
        { key: "pj", head: ["Penjamin"], width: 20 },
        {
          key: "rp",
          head: ["Pendapatan 2024 (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 18,
        },
      ],
      headerRows: 3,
      rows: [
        { id: "jkn", cells: { pj: "BPJS Kesehatan (JKN)", rp: total - umum - lain } },
        { id: "um", cells: { pj: "Pasien Umum", rp: umum } },
        { id: "as", cells: { pj: "Asuransi Lain / Jamkesda", rp: lain } },
        // planted: SUM one row short
        { id: "j", cells: (c) => ({ pj: "Jumlah", rp: fx(`SUM(${c.a("rp", "jkn")}:${c.a("rp", "um")})`) }) },
      ],
    },
    10,
    top,
  );
  s.gap();
  signature(s, 4, {
    tempat: "Tanjung Meranti, 10 Januari 2025",
    jabatan: ["KEPALA BAGIAN KEUANGAN DAN BLUD"],
    nama: "SRI WAHYUNI LUBIS, S.E., Ak.",
    nip: "19850309 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("k", "lab") },
    rules: ["ratio-components-mismatch", "hardcoded-value"],
    note: `Kontribusi of Instalasi Laboratorium typed 12.50 among formulas; ${lab} / ${total} x 100 gives 7.55`,
    truth: `ROUND(${a("r", "lab")}/${a("r", "tot")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah of the penjamin table is =SUM over JKN and Umum only; with Asuransi Lain it is the instalasi total",
    truth: `SUM(${pt.a("rp", "jkn")}:${pt.a("rp", "as")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "fa"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("r", "fa")}/${a("t", "fa")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "tot")}/${a("t", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "igd")}:${a("c", "rad")}),2)`,
  });
  for (const id of ["igd", "ri", "rad"]) {
    b.ok({ sheet: S, cell: a("r", id), rules: ["sum-mismatch"], truth: `${a("s1", id)}+${a("s2", id)}` });
    b.ok({
      sheet: S,
      cell: a("k", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("r", "tot")}*100,2)`,
    });
  }
  for (const k of ["t", "r"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "igd")}:${a(k, "rad")})`,
    });
  return b.finish();
}
