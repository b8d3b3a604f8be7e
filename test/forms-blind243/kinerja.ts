// LKjIP, Perjanjian Kinerja and two airport recaps (passengers and load factor per quarter; retribusi
// and pioneer routes side by side) of two invented Dinas Perhubungan. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikatBaik, round, signature, type Col } from "../forms/kit";

/** LKjIP 2024 capaian table of the Dishub Teluk Wamesa. */
export function lkjipBandara(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-dishub-wamesa-udara.xlsx",
    "LKjIP capaian (Dishub, bandara)",
    "LKjIP 2024 Tabel 3.2 with a Sifat column, ROUND capaian formulas, refleksi (2T-R)/T on negatives, predikat words",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Dinas Perhubungan Kabupaten Teluk Wamesa Tahun 2024"], 1, {
    bold: true,
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "sif", head: ["Sifat"], role: "polaritas", width: 9 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  const SAS = "Meningkatnya kinerja layanan angkutan udara";
  const data = [
    { id: "i1", ind: "Persentase penerbangan tepat waktu (OTP)", sat: "%", neg: false, t: 85, r: 87.3 },
    {
      id: "i2",
      ind: "Jumlah penumpang datang dan berangkat",
      sat: "orang",
      neg: false,
      t: 48_000,
      r: 41_260,
    },
    { id: "i3", ind: "Rata-rata waktu keterlambatan penerbangan", sat: "menit", neg: true, t: 25, r: 19 },
    {
      id: "i4",
      ind: "Jumlah kejadian gangguan keselamatan di sisi udara",
      sat: "kejadian",
      neg: true,
      t: 4,
      r: 5,
    },
    {
      id: "i5",
      ind: "Persentase realisasi penerbangan perintis terhadap kontrak",
      sat: "%",
      neg: false,
      t: 95,
      r: 99.17,
    },
  ];
  const cap = (d: (typeof data)[0]) => round(d.neg ? ((2 * d.t - d.r) / d.t) * 100 : (d.r / d.t) * 100);
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...data.map((d, i) => ({
        id: d.id,
        cells: (x: { a(k: string): string }) => ({
          no: i + 1,
          sas: SAS,
          ind: d.ind,
          sat: d.sat,
          sif: d.neg ? "Negatif" : "Positif",
          t: d.t,
          r: d.r,
          // planted: i4 (negative) uses R/T = 125
          c:
            d.neg && d.id === "i3"
              ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
              : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
          // planted: i2 capaian 85.96 is "Baik"; written "Cukup"
          p: d.id === "i2" ? "Cukup" : d.id === "i4" ? "Sangat Baik" : predikatBaik(cap(d)),
        }),
      })),
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator bersifat negatif dihitung dengan refleksi: (2 x Target - Realisasi) / Target x 100.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Gangguan keselamatan (negative): R/T = 125.00; refleksi (2x4-5)/4 = 75.00",
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Penumpang capaian 85.96 is Baik, written Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  b.ok({
    sheet: S,
    cell: a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  return b.finish();
}

/** PK 2026 beside the Renstra 2025-2029 of the Dishub Selaru Timur. */
export function pkBandara(): BookW {
  const b = new BookW(
    "pk-2026-kadishub-selaru-timur-renstra.xlsx",
    "Perjanjian Kinerja (Dishub, bandara)",
    "PK 2026 sheet (indicators; programs with Jumlah) and a Renstra 2025-2029 sheet with kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const rs = b.sheet(R);
  rs.lines(["Target Kinerja Renstra Dinas Perhubungan 2025-2029"], 1, { bold: true });
  const inds = [
    { id: "a", ind: "Persentase penerbangan tepat waktu", sat: "%", lvl: true, t: [80, 82, 84, 86, 88] },
    {
      id: "b",
      ind: "Jumlah penerbangan perintis bersubsidi",
      sat: "flight",
      lvl: false,
      t: [216, 216, 224, 232, 240],
    },
    {
      id: "c",
      ind: "Jumlah kargo udara yang dilayani",
      sat: "ton",
      lvl: false,
      t: [310, 335, 360, 390, 420],
    },
  ];
  const rcols: Col[] = [
    { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    ...[2025, 2026, 2027, 2028, 2029].map((y, i): Col => ({
      key: `y${i}`,
      head: ["Target", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
    })),
    { key: "ka", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: inds.map((d) => ({
      id: d.id,
      cells: (x) => ({
        ind: d.ind,
        sat: d.sat,
        ...Object.fromEntries(d.t.map((v, i) => [`y${i}`, v])),
        ka: d.lvl ? fx(x.a("y4")) : fx(`SUM(${x.a("y0")}:${x.a("y4")})`),
      }),
    })),
  });
  const S = "PK 2026";
  const s = b.sheet(S);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2026", "DINAS PERHUBUNGAN KABUPATEN SELARU TIMUR"]);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target 2026"], role: "target", year: 2026, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: inds.map((d, i) => ({
      id: d.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya konektivitas udara wilayah kepulauan",
        ind: d.ind,
        // planted: kargo copied from 2027
        t: d.id === "c" ? d.t[2] : d.t[1],
        sat: d.sat,
      },
    })),
  });
  s.gap();
  const progs = [
    { id: "p1", ur: "Program Penunjang Urusan Pemerintahan Daerah", rp: 4_215_600_000 },
    { id: "p2", ur: "Program Penyelenggaraan Penerbangan", rp: 9_684_250_000 },
    { id: "p3", ur: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan", rp: 2_318_400_000 },
  ];
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ur", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, ur: p.ur, rp: p.rp, ket: "APBD 2026" } })),
      // planted: SUM one row short
      {
        id: "tot",
        bold: true,
        cells: (x) => ({ ur: "Jumlah", rp: fx(`SUM(${x.a("rp", "p1")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Selaru, 2 Januari 2026",
    jabatan: ["Kepala Dinas Perhubungan"],
    nama: "MARTHINUS LEKATOMPESSY, S.Sos., M.Si.",
    nip: "19780904 200501 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pt.a("t", "c") },
        { sheet: R, cell: rt.a("y2", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 kargo 360 ton is the Renstra 2027 target; 2026 is 335",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: S, cell: gt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah SUM stops one row short: 13,899,850,000 vs 16,218,250,000",
    truth: ["p1", "p2", "p3"].map((id) => gt.a("rp", id)).join("+"),
  });
  for (const id of ["a", "b"])
    b.ok({
      sheet: S,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  b.ok({
    sheet: R,
    cell: rt.a("ka", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y4", "a"),
    trap: `SUM(${rt.a("y0", "a")}:${rt.a("y4", "a")})`,
  });
  for (const id of ["b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `SUM(${rt.a("y0", id)}:${rt.a("y4", id)})`,
      trap: rt.a("y4", id),
    });
  return b.finish();
}

/** Passengers and load factor per quarter at the Wamesa Jaya airport. */
export function rekapPenumpang(): BookW {
  const b = new BookW(
    "rekap-penumpang-load-factor-upbu-wamesa-jaya.xlsx",
    "Rekap penumpang per triwulan (bandara)",
    "Per-quarter passenger recap with '(6) = (4)+(5)' and '(7) = (5)/(3) x 100'; Jumlah row whose load factor is the ratio of totals",
  );
  const S = "Penumpang 2024";
  const s = b.sheet(S);
  letterhead(s, ["UPBU WAMESA JAYA", "REKAPITULASI LALU LINTAS ANGKUTAN UDARA TAHUN 2024"]);
  const cols: Col[] = [
    { key: "tw", head: ["Triwulan"], role: "lainnya", num: "(1)", width: 14 },
    { key: "fl", head: ["Pergerakan Pesawat"], role: "realisasi", year: 2024, num: "(2)" },
    { key: "ks", head: ["Kursi Tersedia (berangkat)"], role: "realisasi", year: 2024, num: "(3)" },
    { key: "dt", head: ["Penumpang", "Datang"], role: "realisasi", year: 2024, num: "(4)" },
    { key: "bk", head: ["Penumpang", "Berangkat"], role: "realisasi", year: 2024, num: "(5)" },
    { key: "jm", head: ["Penumpang", "Jumlah"], role: "realisasi", year: 2024, num: "(6) = (4)+(5)" },
    { key: "lf", head: ["Load Factor (%)"], role: "capaian", num: "(7) = (5)/(3) x 100", fmt: DEC },
  ];
  const q = [
    { id: "q1", tw: "Triwulan I", fl: 262, ks: 6_120, dt: 4_480, bk: 4_655 },
    { id: "q2", tw: "Triwulan II", fl: 281, ks: 6_540, dt: 5_012, bk: 5_230 },
    { id: "q3", tw: "Triwulan III", fl: 309, ks: 7_260, dt: 5_868, bk: 6_021 },
    { id: "q4", tw: "Triwulan IV", fl: 290, ks: 6_830, dt: 5_107, bk: 4_887 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...q.map((r) => ({
        id: r.id,
        cells: (x: { a(k: string): string }) => ({
          tw: r.tw,
          fl: r.fl,
          ks: r.ks,
          dt: r.dt,
          bk: r.bk,
          // planted: TW III Jumlah typed 11,989; 5,868 + 6,021 = 11,889
          jm: r.id === "q3" ? 11_989 : fx(`${x.a("dt")}+${x.a("bk")}`),
          lf: fx(`ROUND(${x.a("bk")}/${x.a("ks")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => ({
          tw: "Jumlah",
          // planted: SUM one row short
          fl: fx(`SUM(${x.a("fl", "q1")}:${x.a("fl", "q3")})`),
          ks: fx(`SUM(${x.a("ks", "q1")}:${x.a("ks", "q4")})`),
          dt: fx(`SUM(${x.a("dt", "q1")}:${x.a("dt", "q4")})`),
          bk: fx(`SUM(${x.a("bk", "q1")}:${x.a("bk", "q4")})`),
          jm: fx(`${x.a("dt")}+${x.a("bk")}`),
          lf: fx(`ROUND(${x.a("bk")}/${x.a("ks")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan harian UPBU; load factor dihitung atas kursi keberangkatan."]);
  const a = (k: string, id: string) => t.a(k, id);
  const Q = ["q1", "q2", "q3", "q4"];
  b.plant({
    at: { sheet: S, cell: a("jm", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "TW III Jumlah penumpang typed 11,989; 5,868 + 6,021 = 11,889",
    truth: `${a("dt", "q3")}+${a("bk", "q3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("fl", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah pergerakan pesawat SUM stops at TW III (852); four quarters give 1,142",
    truth: Q.map((id) => a("fl", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("lf", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("bk", "tot")}/${a("ks", "tot")}*100,2)`,
    trap: `ROUND((${Q.map((id) => a("lf", id)).join("+")})/4,2)`,
  });
  for (const k of ["ks", "dt", "bk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: Q.map((id) => a(k, id)).join("+") });
  for (const id of ["q1", "q2", "q4", "tot"])
    b.ok({ sheet: S, cell: a("jm", id), rules: ["sum-mismatch"], truth: `${a("dt", id)}+${a("bk", id)}` });
  for (const id of Q)
    b.ok({
      sheet: S,
      cell: a("lf", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("bk", id)}/${a("ks", id)}*100,2)`,
    });
  return b.finish();
}

/** Retribusi per jenis beside the pioneer routes' seat occupancy, Selaru Timur. */
export function retribusiPerintis(): BookW {
  const b = new BookW(
    "retribusi-bandara-rute-perintis-selaru-timur.xlsx",
    "Rekap retribusi dan rute perintis (bandara)",
    "Two tables side by side: retribusi per jenis (target, TW I-IV, jumlah, % with a ratio-of-totals Jumlah) and pioneer routes (kursi, penumpang, % keterisian)",
  );
  const S = "Retribusi & Perintis";
  const s = b.sheet(S);
  s.lines(
    [
      "DINAS PERHUBUNGAN KABUPATEN SELARU TIMUR - BANDAR UDARA SELARU",
      "Tahun Anggaran 2025 (dalam ribuan rupiah)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const top = s.r;
  const jenis = [
    {
      id: "j1",
      ur: "Pelayanan jasa pendaratan dan penempatan pesawat",
      t: 182_000,
      q: [41_250, 44_800, 48_120, 46_900],
    },
    {
      id: "j2",
      ur: "Pelayanan jasa penumpang pesawat udara (PJP2U)",
      t: 425_000,
      q: [96_400, 104_750, 112_300, 99_850],
    },
    { id: "j3", ur: "Sewa ruang terminal dan konsesi", t: 96_500, q: [24_125, 24_125, 24_125, 21_000] },
    { id: "j4", ur: "Pelayanan jasa kargo dan pos", t: 58_000, q: [12_480, 13_960, 15_200, 14_610] },
  ];
  const rt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "ur", head: ["Jenis Retribusi"], width: 36 },
        { key: "t", head: ["Target"], role: "target", year: 2025, fmt: RP },
        ...[1, 2, 3, 4].map((i): Col => ({
          key: `q${i}`,
          head: ["Realisasi", `TW ${"I".repeat(i > 3 ? 0 : i) || "IV"}`],
          role: "realisasi",
          year: 2025,
          fmt: RP,
        })),
        { key: "jm", head: ["Realisasi", "Jumlah"], role: "realisasi", year: 2025, fmt: RP },
        { key: "pc", head: ["% Realisasi"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...jenis.map((j, n) => ({
          id: j.id,
          cells: (x: { a(k: string): string }) => ({
            no: n + 1,
            ur: j.ur,
            t: j.t,
            q1: j.q[0],
            q2: j.q[1],
            q3: j.q[2],
            q4: j.q[3],
            jm: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
            // planted: stale cached % of PJP2U
            pc: fx(`ROUND(${x.a("jm")}/${x.a("t")}*100,2)`, j.id === "j2" ? 92.42 : undefined),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (x) => ({
            ur: "Jumlah",
            t: fx(`SUM(${x.a("t", "j1")}:${x.a("t", "j4")})`),
            ...Object.fromEntries(
              [1, 2, 3, 4].map((i) => [`q${i}`, fx(`SUM(${x.a(`q${i}`, "j1")}:${x.a(`q${i}`, "j4")})`)]),
            ),
            jm: fx(`SUM(${x.a("jm", "j1")}:${x.a("jm", "j4")})`),
            pc: fx(`ROUND(${x.a("jm")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const routes = [
    { id: "r1", rute: "Selaru - Saumlaki", ks: 2_304, pn: 1_987 },
    { id: "r2", rute: "Selaru - Ambon", ks: 3_456, pn: 3_102 },
    { id: "r3", rute: "Selaru - Dobo", ks: 1_728, pn: 1_209 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "rute", head: ["Rute Perintis"], role: "lokasi", width: 20 },
        { key: "ks", head: ["Kursi Tersedia"], role: "target", year: 2025 },
        { key: "pn", head: ["Penumpang"], role: "realisasi", year: 2025 },
        { key: "pc", head: ["Keterisian (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: routes.map((r) => ({
        id: r.id,
        cells: (x: { a(k: string): string }) => ({
          rute: r.rute,
          ks: r.ks,
          pn: r.pn,
          // planted: Dobo typed 142.92 (1,728/1,209); 1,209/1,728 = 69.97
          pc: r.id === "r3" ? 142.92 : fx(`ROUND(${x.a("pn")}/${x.a("ks")}*100,2)`),
        }),
      })),
    },
    12,
    top,
  );
  s.gap();
  signature(s, 3, {
    tempat: "Selaru, 10 Januari 2026",
    jabatan: ["Kepala UPBU Selaru"],
    nama: "ABRAHAM J. RAHAREBUN, S.T.",
    nip: "19820517 200801 1 002",
  });
  const a = (k: string, id: string) => rt.a(k, id);
  const J = ["j1", "j2", "j3", "j4"];
  b.plant({
    at: { sheet: S, cell: a("pc", "j2") },
    rules: ["capaian-mismatch"],
    note: "% realisasi PJP2U caches 92.42; 413,300 / 425,000 = 97.25",
    truth: `ROUND(${a("jm", "j2")}/${a("t", "j2")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: pt.a("pc", "r3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Keterisian Dobo typed 142.92 (kursi / penumpang); 1,209 / 1,728 = 69.97, cannot exceed 100",
    truth: `ROUND(${pt.a("pn", "r3")}/${pt.a("ks", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("jm", "tot")}/${a("t", "tot")}*100,2)`,
    trap: `ROUND((${J.map((id) => a("pc", id)).join("+")})/4,2)`,
  });
  for (const id of J)
    b.ok({
      sheet: S,
      cell: a("jm", id),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4].map((i) => a(`q${i}`, id)).join("+"),
    });
  for (const id of ["j1", "j3", "j4"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jm", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("jm", "tot"),
    rules: ["sum-mismatch"],
    truth: J.map((id) => a("jm", id)).join("+"),
  });
  for (const id of ["r1", "r2"])
    b.ok({
      sheet: S,
      cell: pt.a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${pt.a("pn", id)}/${pt.a("ks", id)}*100,2)`,
    });
  return b.finish();
}
