// LKjIP, PK with its Renstra, and two recaps of the UPTD Labkesda: sampel air minum per kecamatan
// (Lembah Sirapu) and sampel / retribusi per triwulan and semester (Tanjung Warana). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const capF = (neg: boolean, t: string, r: string) =>
  neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;

/** LKjIP 2024 of the Labkesda Tanjung Warana: sasaran merged, (-) marks negative indicators. */
export function lkjipLabkesda(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-labkesda-tanjung-warana.xlsx",
    "LKjIP pengukuran kinerja (Labkesda)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator ('(-)' marks negatives, no polaritas column) | Satuan | Target | Realisasi | Capaian (%) | Kategori; ROUND formulas, refleksi on two negatives; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja UPTD Laboratorium Kesehatan Daerah Kota Tanjung Warana Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      sas: "A",
      ind: "Persentase sampel diperiksa sesuai standar waktu layanan",
      sat: "%",
      neg: false,
      t: 90,
      r: 86.5,
      k: "Sangat Baik",
    },
    {
      id: "i2",
      sas: "A",
      ind: "Rata-rata waktu tunggu hasil pemeriksaan klinik (-)",
      sat: "jam",
      neg: true,
      t: 24,
      r: 20,
      k: "Sangat Baik",
    },
    // planted: "Cukup" for 78.00 (Baik)
    {
      id: "i3",
      sas: "B",
      ind: "Persentase sampel air minum tidak memenuhi syarat yang ditindaklanjuti",
      sat: "%",
      neg: false,
      t: 100,
      r: 78,
      k: "Cukup",
    },
    {
      id: "i4",
      sas: "B",
      ind: "Jumlah parameter uji terakreditasi KAN",
      sat: "parameter",
      neg: false,
      t: 45,
      r: 38,
      k: "Baik",
    },
    {
      id: "i5",
      sas: "B",
      ind: "Persentase keluhan pelanggan layanan laboratorium (-)",
      sat: "%",
      neg: true,
      t: 5,
      r: 6.2,
      k: "Baik",
    },
  ];
  const SAS: Record<string, string> = {
    A: "Meningkatnya mutu dan kecepatan layanan pemeriksaan laboratorium",
    B: "Meningkatnya kepercayaan publik terhadap hasil uji Labkesda",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "k", head: ["Kategori"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS[x.sas],
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the parameter row's cached result is stale (94.44; 38 / 45 gives 84.44)
          c: x.id === "i4" ? fx(capF(false, c.a("t"), c.a("r")), 94.44) : fx(capF(x.neg, c.a("t"), c.a("r"))),
          k: x.k,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator bertanda (-) berpolaritas negatif: capaian = (2 x target - realisasi) / target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "=ROUND(F/E*100,2) with a stale cached 94.44; 38 / 45 x 100 gives 84.44",
    truth: capF(false, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("k", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for a capaian of 78.00; the band > 75 s.d. 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  for (const id of ["i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: capF(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: capF(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("k", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala UPTD Labkesda Lembah Sirapu, beside the Renstra 2025-2029 targets. */
export function pkLabkesda(): BookW {
  const b = new BookW(
    "perjanjian-kinerja-2025-labkesda-lembah-sirapu.xlsx",
    "PK 2025 with Renstra (Labkesda)",
    "sheet 'PK 2025' with statement, Indikator | Satuan | Target 2025 table (no No column) and No | Program / Kegiatan | Anggaran (Rp) | Sumber Dana with a typed JUMLAH; sheet 'Renstra 2025-2029' with Kondisi Awal, Target 2025..2029, Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const ind = [
    {
      id: "a",
      ind: "Persentase sampel diperiksa sesuai standar waktu layanan",
      sat: "%",
      awal: 84,
      k: [86, 88, 90, 92, 95],
    },
    {
      id: "b",
      ind: "Jumlah parameter uji terakreditasi KAN",
      sat: "parameter",
      awal: 32,
      k: [36, 40, 45, 50, 55],
    },
    {
      id: "c",
      ind: "Persentase sampel air minum yang memenuhi syarat",
      sat: "%",
      awal: 71.5,
      k: [73, 75, 77, 79, 81],
    },
    { id: "d", ind: "Rata-rata waktu tunggu hasil klinik", sat: "jam", awal: 30, k: [28, 26, 24, 22, 20] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja dan Target Renstra UPTD Labkesda Kabupaten Lembah Sirapu 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024 },
      ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y2025: x.k[0],
        y2026: x.k[1],
        y2027: x.k[2],
        y2028: x.k[3],
        y2029: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN LEMBAH SIRAPU",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    // planted: the air minum target is the Renstra 2026 value 75 (2025: 73)
    rows: ind.map((x) => ({ id: x.id, cells: { ind: x.ind, sat: x.sat, tg: x.id === "c" ? 75 : x.k[0] } })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 4_215_380_000 },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 6_908_450_000,
    },
    { id: "p3", nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", rp: 385_600_000 },
  ];
  const bt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, nm: p.nm, rp: p.rp, sd: i === 1 ? "DAK / BLUD" : "DAU" },
      })),
      // planted: typed JUMLAH 11,590,430,000 (the programs add up to 11,509,430,000)
      { id: "tot", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 11_590_430_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Sirapu, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "Kepala UPTD Labkesda"],
    nama: "dr. RAHMI FADILLAH SUTAN, M.Biomed.",
    nip: "19800419 200604 2 011",
  });
  const ren = (id: string, y: number) => `'${R}'!${rt.a(`y${y}`, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 75 for the air minum indicator is the Renstra 2026 target; the Renstra 2025 target is 73",
    truth: ren("c", 2025),
  });
  b.plant({
    at: { sheet: P, cell: bt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH typed 11,590,430,000; the three programs add up to 11,509,430,000",
    truth: ["p1", "p2", "p3"].map((id) => bt.a("rp", id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: ren(id, 2025) });
  const yrs = (id: string) => [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yrs(id),
    });
  return b.finish();
}

/** Sampel air minum per kecamatan, Labkesda Lembah Sirapu 2024, with retribusi. */
export function rekapAirKecamatan(): BookW {
  const b = new BookW(
    "rekap-uji-air-minum-per-kecamatan-lembah-sirapu.xlsx",
    "Rekap pengujian air minum per kecamatan (Labkesda)",
    "per kecamatan: Diperiksa '(3) = (4)+(5)' | Memenuhi Syarat | Tidak Memenuhi Syarat | % MS '(6) = (4)/(3) x 100' | Retribusi (Rp); JUMLAH row with SUMs and the % as the ratio of totals",
  );
  const S = "Air Minum 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPTD LABORATORIUM KESEHATAN DAERAH KABUPATEN LEMBAH SIRAPU"]);
  s.lines(["REKAPITULASI HASIL UJI SAMPEL AIR MINUM PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sirapu", ms: 212, tms: 38, rp: 61_250_000 },
    { id: "k2", nm: "Batang Kuraji", ms: 96, tms: 31, rp: 31_115_000 },
    { id: "k3", nm: "Lubuk Sianok", ms: 40, tms: 8, rp: 11_760_000 },
    { id: "k4", nm: "Koto Panjang Ilir", ms: 133, tms: 27, rp: 39_200_000 },
    { id: "k5", nm: "Tanjung Barulak", ms: 58, tms: 22, rp: 19_600_000 },
    { id: "k6", nm: "Pasia Laweh", ms: 74, tms: 11, rp: 20_825_000 },
  ];
  const H = "Hasil Uji";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "n", head: ["Sampel Diperiksa"], role: "realisasi", year: 2024, num: "(3) = (4)+(5)", fmt: INT },
      { key: "ms", head: [H, "Memenuhi Syarat"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
      { key: "tms", head: [H, "Tidak Memenuhi Syarat"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "p",
        head: ["% Memenuhi Syarat"],
        role: "capaian",
        year: 2024,
        num: "(6) = (4)/(3) x 100",
        fmt: DEC,
      },
      {
        key: "rp",
        head: ["Retribusi (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(7)",
        fmt: RP,
        width: 16,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          n: fx(`${c.a("ms")}+${c.a("tms")}`),
          ms: k.ms,
          tms: k.tms,
          // planted: Lubuk Sianok's % is typed upside down, (3)/(4) x 100 = 120.00
          p: k.id === "k3" ? 120 : fx(`ROUND(${c.a("ms")}/${c.a("n")}*100,2)`),
          rp: k.rp,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          n: fx(`SUM(${c.a("n", "k1")}:${c.a("n", "k6")})`),
          ms: fx(`SUM(${c.a("ms", "k1")}:${c.a("ms", "k6")})`),
          tms: fx(`SUM(${c.a("tms", "k1")}:${c.a("tms", "k6")})`),
          p: fx(`ROUND(${c.a("ms")}/${c.a("n")}*100,2)`),
          // planted: one row short (Pasia Laweh left out)
          rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: register sampel air minum Labkesda (PDAM, SPAM desa, depot air minum isi ulang)."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% memenuhi syarat of Lubuk Sianok typed 120.00 (48 / 40 x 100, upside down); 40 of 48 samples is 83.33, and it cannot pass 100",
    truth: `ROUND(${a("ms", "k3")}/${a("n", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH retribusi =SUM one row short (162,925,000); the six kecamatan give 183,750,000",
    truth: K.map((k) => a("rp", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("ms", "tot")}/${a("n", "tot")}*100,2)`,
    trap: `ROUND((${["k1", "k2", "k4", "k5", "k6"].map((id) => a("p", id)).join("+")}+${a("ms", "k3")}/${a("n", "k3")}*100)/6,2)`,
  });
  for (const id of ["k1", "k2", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ms", id)}/${a("n", id)}*100,2)`,
    });
  for (const id of ["k2", "k4"])
    b.ok({ sheet: S, cell: a("n", id), rules: ["sum-mismatch"], truth: `${a("ms", id)}+${a("tms", id)}` });
  b.ok({
    sheet: S,
    cell: a("n", "tot"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => a("n", k.id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("ms", "tot"),
    rules: ["sum-mismatch"],
    truth: K.map((k) => a("ms", k.id)).join("+"),
  });
  return b.finish();
}

/** Sampel per triwulan and retribusi per semester, Labkesda Tanjung Warana 2024: two tables side by side. */
export function rekapTriwulanLabkesda(): BookW {
  const b = new BookW(
    "rekap-triwulan-sampel-retribusi-labkesda-tanjung-warana.xlsx",
    "Rekap sampel per triwulan dan retribusi (Labkesda)",
    "left: jenis sampel | TW I..IV | Jumlah '(7) = (3)+(4)+(5)+(6)' | Target | Capaian '(9) = (7)/(8) x 100' with JUMLAH; right, after one empty column: jenis layanan | Semester I | Semester II | Realisasi | Target Retribusi | % Realisasi with Jumlah (different height)",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KOTA TANJUNG WARANA", "UPTD LABORATORIUM KESEHATAN DAERAH"]);
  s.lines(["Rekapitulasi Pemeriksaan Sampel dan Retribusi Pelayanan Laboratorium Tahun 2024"]);
  s.gap();
  const J = [
    { id: "j1", nm: "Hematologi", q: [1840, 1925, 2010, 2106], tg: 7600 },
    { id: "j2", nm: "Kimia klinik", q: [1315, 1402, 1388, 1490], tg: 5800 },
    { id: "j3", nm: "Imunoserologi", q: [402, 455, 430, 468], tg: 1900 },
    { id: "j4", nm: "Mikrobiologi air", q: [610, 688, 702, 735], tg: 2600 },
    { id: "j5", nm: "Kimia air dan makanan", q: [298, 344, 361, 392], tg: 1500 },
  ];
  const top = s.r;
  const TW = ["I", "II", "III", "IV"];
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "nm", head: ["Jenis Sampel"], num: "(2)", width: 22 },
        ...TW.map((w, i): Col => ({
          key: `q${i}`,
          head: ["Jumlah Sampel Diperiksa", `Triwulan ${w}`],
          role: "realisasi",
          year: 2024,
          num: `(${3 + i})`,
          fmt: INT,
        })),
        {
          key: "j",
          head: ["Jumlah 2024"],
          role: "realisasi",
          year: 2024,
          num: "(7) = (3)+(4)+(5)+(6)",
          fmt: INT,
        },
        { key: "tg", head: ["Target 2024"], role: "target", year: 2024, num: "(8)", fmt: INT },
        {
          key: "c",
          head: ["Capaian (%)"],
          role: "capaian",
          year: 2024,
          num: "(9) = (7)/(8) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...J.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            q0: x.q[0],
            q1: x.q[1],
            q2: x.q[2],
            q3: x.q[3],
            // planted: the imunoserologi year is typed 1,805; the quarters give 1,755
            j: x.id === "j3" ? 1805 : fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
            tg: x.tg,
            c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => {
            const o: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
            for (const k of ["q0", "q1", "q2", "q3", "tg"]) o[k] = fx(`SUM(${c.a(k, "j1")}:${c.a(k, "j5")})`);
            o.j = fx(`SUM(${c.a("q0")}:${c.a("q3")})`);
            o.c = fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`);
            return o;
          },
        },
      ],
    },
    1,
    top,
  );
  const L = [
    { id: "l1", nm: "Pemeriksaan klinik", s1: 412_650_000, s2: 468_900_000, tg: 900_000_000 },
    { id: "l2", nm: "Pengujian air", s1: 96_400_000, s2: 121_350_000, tg: 230_000_000 },
    { id: "l3", nm: "Pengujian makanan dan minuman", s1: 38_750_000, s2: 47_200_000, tg: 80_000_000 },
  ];
  const right = s.table(
    {
      cols: [
        { key: "nm", head: ["Jenis Layanan"], width: 26 },
        {
          key: "s1",
          head: ["Retribusi (Rp)", "Semester I"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "(a)",
          fmt: RP,
          width: 15,
        },
        {
          key: "s2",
          head: ["Retribusi (Rp)", "Semester II"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "(b)",
          fmt: RP,
          width: 15,
        },
        {
          key: "r",
          head: ["Realisasi 2024"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "(c) = (a)+(b)",
          fmt: RP,
          width: 16,
        },
        {
          key: "tg",
          head: ["Target Retribusi"],
          role: "anggaran",
          year: 2024,
          num: "(d)",
          fmt: RP,
          width: 16,
        },
        {
          key: "p",
          head: ["% Realisasi"],
          role: "capaian",
          year: 2024,
          num: "(e) = (c)/(d) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...L.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            s1: x.s1,
            s2: x.s2,
            r: fx(`${c.a("s1")}+${c.a("s2")}`),
            tg: x.tg,
            // planted: the air row's % keeps a stale cached 84.35 (217,750,000 / 230,000,000 gives 94.67)
            p:
              x.id === "l2"
                ? fx(`ROUND(${c.a("r")}/${c.a("tg")}*100,2)`, 84.35)
                : fx(`ROUND(${c.a("r")}/${c.a("tg")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => {
            const o: Record<string, ReturnType<typeof fx> | string> = { nm: "Jumlah" };
            for (const k of ["s1", "s2", "r", "tg"]) o[k] = fx(`SUM(${c.a(k, "l1")}:${c.a(k, "l3")})`);
            o.p = fx(`ROUND(${c.a("r")}/${c.a("tg")}*100,2)`);
            return o;
          },
        },
      ],
    },
    11,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines(["Retribusi berdasarkan Perda Kota Tanjung Warana tentang Pajak Daerah dan Retribusi Daerah."]);
  s.gap();
  signature(s, 11, {
    tempat: "Tanjung Warana, 10 Januari 2025",
    jabatan: ["Kepala UPTD Labkesda"],
    nama: "HJ. NOR AINAH RIDHANI, S.Si., M.Kes.",
    nip: "19790305 200501 2 009",
  });
  const la = (k: string, id: string) => left.a(k, id);
  const ra = (k: string, id: string) => right.a(k, id);
  const qs = (id: string) => ["q0", "q1", "q2", "q3"].map((k) => la(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: la("j", "j3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah 2024 of Imunoserologi typed 1,805 in a column of SUM formulas; the four quarters give 1,755",
    truth: qs("j3"),
  });
  b.plant({
    at: { sheet: S, cell: ra("p", "l2") },
    rules: ["capaian-mismatch"],
    note: "% realisasi of Pengujian air has a stale cached 84.35; 217,750,000 / 230,000,000 x 100 gives 94.67",
    truth: `ROUND(${ra("r", "l2")}/${ra("tg", "l2")}*100,2)`,
  });
  for (const id of ["j1", "j2", "j4", "j5"])
    b.ok({ sheet: S, cell: la("j", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const id of ["j1", "j5"])
    b.ok({
      sheet: S,
      cell: la("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${la("j", id)}/${la("tg", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: ra("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ra("r", "tot")}/${ra("tg", "tot")}*100,2)`,
    trap: `ROUND((${ra("p", "l1")}+ROUND(${ra("r", "l2")}/${ra("tg", "l2")}*100,2)+${ra("p", "l3")})/3,2)`,
  });
  for (const id of ["l1", "l3"])
    b.ok({
      sheet: S,
      cell: ra("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${ra("r", id)}/${ra("tg", id)}*100,2)`,
    });
  for (const k of ["s1", "r"])
    b.ok({
      sheet: S,
      cell: ra(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["l1", "l2", "l3"].map((id) => ra(k, id)).join("+"),
    });
  return b.finish();
}
