// LKjIP and Perjanjian Kinerja of the two Dinas Lingkungan Hidup, and two recaps of their own data:
// bank sampah per kecamatan (with a quarterly timbulan table below) and pengawasan izin lingkungan per
// jenis usaha (with the IKLH components side by side). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col } from "../forms/kit";

/** LKjIP 2024 of DLH Kabupaten Bukit Rimbang Jaya: Tabel 3.1 with two lower-is-better indicators. */
export function lkjipDlh(): BookW {
  const b = new BookW(
    "lkjip-2024-dlh-bukit-rimbang-jaya-341.xlsx",
    "LKjIP (DLH)",
    "LKjIP 2024 Tabel 3.1: merged Sasaran, polarity column, ROUND capaian (refleksi on negatives), predikat words, Rata-rata",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1 Pengukuran Capaian Kinerja Dinas Lingkungan Hidup Tahun 2024"], 1, { bold: true });
  s.gap();
  const sasA = "Meningkatnya kualitas lingkungan hidup";
  const sasB = "Meningkatnya pengelolaan sampah";
  const ind = [
    {
      id: "i1",
      sas: sasA,
      ind: "Indeks Kualitas Lingkungan Hidup (IKLH)",
      sat: "indeks",
      pol: "+",
      t: 68.5,
      r: 69.12,
    },
    {
      id: "i2",
      sas: sasA,
      ind: "Jumlah kasus pencemaran yang diadukan",
      sat: "kasus",
      pol: "-",
      t: 24,
      r: 19,
    },
    { id: "i3", sas: sasB, ind: "Persentase sampah tertangani", sat: "%", pol: "+", t: 72, r: 70.4 },
    { id: "i4", sas: sasB, ind: "Persentase pengurangan sampah", sat: "%", pol: "+", t: 24, r: 17.6 },
    {
      id: "i5",
      sas: sasB,
      ind: "Timbulan sampah per kapita",
      sat: "kg/orang/hari",
      pol: "-",
      t: 0.62,
      r: 0.58,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Polaritas"], role: "polaritas", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...ind.map((e, i) => ({
        id: e.id,
        cells: (x: { a(k: string): string }) => {
          const neg = e.pol === "-" && e.id !== "i2";
          const c = neg
            ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
            : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`);
          return {
            no: i + 1,
            sas: e.sas,
            ind: e.ind,
            sat: e.sat,
            pol: e.pol,
            t: e.t,
            r: e.r,
            c,
            p: e.id === "i4" ? "Baik" : fx(`PREDIKAT_BAIK(${x.a("c")})`),
          };
        },
      })),
      {
        id: "avg",
        span: ["no", "pol"] as [string, string],
        bold: true,
        cells: (x) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${x.c("c")}${x.row("i1")}:${x.c("c")}${x.row("i5")}),2)`),
          p: fx(`PREDIKAT_BAIK(${x.a("c")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Capaian indikator berpolaritas negatif dihitung (2 x Target - Realisasi) / Target x 100."]);
  b.finish();
  b.plant({
    at: { sheet: S, cell: t.a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "kasus pencemaran (negative) with R/T = 79.17; refleksi gives 120.83",
    truth: `(2*${t.a("t", "i2")}-${t.a("r", "i2")})/${t.a("t", "i2")}*100`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "typed Baik for capaian 73.33 (Cukup)",
    truth: `PREDIKAT_BAIK(${t.a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("c", "i5"),
    rules: ["capaian-mismatch"],
    truth: `(2*${t.a("t", "i5")}-${t.a("r", "i5")})/${t.a("t", "i5")}*100`,
    trap: `${t.a("r", "i5")}/${t.a("t", "i5")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t.a("p", "i3"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${t.a("c", "i3")})`,
  });
  return b;
}

/** PK 2025 of DLH Kota Pelabuhan Sangiran beside its Renstra 2025-2029 indicator sheet. */
export function pkDlh(): BookW {
  const b = new BookW(
    "pk-2025-dlh-pelabuhan-sangiran-341.xlsx",
    "Perjanjian Kinerja (DLH)",
    "PK 2025 (indicator table; program table with Jumlah) + sheet 'Renstra 2025-2029' (target per year, kondisi akhir)",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const ren = b.sheet(R);
  ren.lines(["Indikator Kinerja Utama Renstra DLH Kota Pelabuhan Sangiran 2025-2029"], 1, { bold: true });
  ren.gap();
  const iku = [
    {
      id: "u1",
      ind: "Indeks Kualitas Lingkungan Hidup",
      sat: "indeks",
      awal: 61.4,
      k: [62.5, 63.6, 64.8, 66, 67.2],
    },
    { id: "u2", ind: "Persentase sampah tertangani", sat: "%", awal: 68.3, k: [70, 72.5, 75, 77.5, 80] },
    {
      id: "u3",
      ind: "Persentase usaha yang taat izin lingkungan",
      sat: "%",
      awal: 74.1,
      k: [76, 78, 80, 82, 85],
    },
  ];
  const rcols: Col[] = [
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `k${y}`,
      head: ["Target", String(2024 + y)],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
  ];
  const rt = ren.table({
    cols: rcols,
    headerRows: 2,
    rows: iku.map((e) => ({
      id: e.id,
      cells: (x) => ({
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        k1: e.k[0],
        k2: e.k[1],
        k3: e.k[2],
        k4: e.k[3],
        k5: e.k[4],
        ak: fx(x.a("k5")),
      }),
    })),
  });
  const s = b.sheet(P);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS LINGKUNGAN HIDUP KOTA PELABUHAN SANGIRAN"]);
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    rows: [
      {
        id: "u1",
        cells: {
          no: 1,
          sas: "Meningkatnya kualitas lingkungan hidup",
          ind: iku[0].ind,
          t: 62.5,
          sat: "indeks",
        },
      },
      {
        id: "u2",
        cells: { no: 2, sas: "Meningkatnya penanganan sampah", ind: iku[1].ind, t: 72.5, sat: "%" },
      },
      { id: "u3", cells: { no: 3, sas: "Meningkatnya ketaatan usaha", ind: iku[2].ind, t: 76, sat: "%" } },
    ],
  });
  s.gap();
  s.lines(["Program dan anggaran:"]);
  const progs = [
    ["Program Perencanaan Lingkungan Hidup", 1_215_400_000],
    ["Program Pengendalian Pencemaran dan/atau Kerusakan Lingkungan Hidup", 2_870_650_000],
    ["Program Pembinaan dan Pengawasan terhadap Izin Lingkungan", 1_436_200_000],
    ["Program Pengelolaan Persampahan", 14_982_300_000],
  ] as const;
  const gt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 36 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([p, rp], i) => ({ id: `p${i + 1}`, cells: { no: i + 1, prog: p, rp, ket: "APBD" } })),
      {
        id: "jml",
        span: ["no", "prog"] as [string, string],
        bold: true,
        cells: { no: "Jumlah", rp: 20_540_550_000 },
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Pelabuhan Sangiran, 3 Januari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup"],
    nama: "Baiq Nurhayati Lestari, S.T., M.T.",
    nip: "197703152002122006",
  });
  b.finish();
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "u2") },
        { sheet: R, cell: rt.a("k1", "u2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 72.5 of sampah tertangani is Renstra 2026; 2025 is 70",
    truth: `'${R}'!${rt.a("k1", "u2")}`,
    actual: pt.a("t", "u2"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "typed Jumlah 20,540,550,000; programs give 20,504,550,000",
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p4")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "u3"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("k5", "u3"),
    trap: `SUM(${rt.a("k1", "u3")}:${rt.a("k5", "u3")})`,
  });
  b.ok({
    sheet: P,
    cell: pt.a("t", "u1"),
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("k1", "u1")}`,
  });
  return b;
}

/** Bank sampah per kecamatan 2024 (Bukit Rimbang Jaya), with timbulan per triwulan below it. */
export function rekapBankSampah(): BookW {
  const b = new BookW(
    "rekap-bank-sampah-per-kecamatan-bukit-rimbang-jaya-341.xlsx",
    "Rekap bank sampah (DLH)",
    "bank sampah per kecamatan: terdaftar / aktif / % aktif, sampah terkumpul TW I-IV (ton) and Jumlah, JUMLAH row; a second table below (caption) with timbulan / pengurangan / penanganan per triwulan",
  );
  const S = "Bank Sampah 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS LINGKUNGAN HIDUP KABUPATEN BUKIT RIMBANG JAYA",
    "Rekapitulasi Bank Sampah per Kecamatan Tahun 2024",
  ]);
  const kec = [
    ["Pasir Rimbang", 14, 12, [18.4, 21.2, 19.6, 23.1]],
    ["Koto Baru Sangkar", 9, 7, [8.2, 9.5, 10.1, 9.9]],
    ["Sungai Lintang", 11, 8, [12.6, 11.8, 13.4, 14.2]],
    ["Teluk Kuantan Hilir", 6, 6, [5.3, 6.1, 6.8, 7.2]],
    ["Air Molek Jaya", 8, 5, [7.1, 6.4, 7.7, 8.3]],
  ] as const;
  const cols: Col[] = [
    { key: "kec", head: ["Kecamatan"], num: "(1)", width: 22 },
    { key: "dft", head: ["Bank Sampah (unit)", "Terdaftar"], num: "(2)", fmt: INT },
    { key: "akt", head: ["Bank Sampah (unit)", "Aktif"], num: "(3)", fmt: INT },
    {
      key: "pct",
      head: ["Bank Sampah (unit)", "% Aktif"],
      role: "capaian",
      num: "(4) = (3)/(2) x 100",
      fmt: DEC,
    },
    ...[1, 2, 3, 4].map((q): Col => ({
      key: `q${q}`,
      head: ["Sampah Terkumpul (ton)", `TW ${["I", "II", "III", "IV"][q - 1]}`],
      role: "realisasi",
      num: `(${q + 4})`,
      fmt: DEC,
    })),
    {
      key: "jml",
      head: ["Sampah Terkumpul (ton)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(9) = (5)+(6)+(7)+(8)",
      fmt: DEC,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([k, d, a, q], i) => ({
        id: `k${i + 1}`,
        cells: (x: { a(k: string): string }) => ({
          kec: k,
          dft: d,
          akt: a,
          pct: i === 2 ? 133.33 : fx(`ROUND(${x.a("akt")}/${x.a("dft")}*100,2)`),
          q1: q[0],
          q2: q[1],
          q3: q[2],
          q4: q[3],
          jml: i === 0 ? 84.3 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { kec: "JUMLAH" };
          for (const k of ["dft", "akt", "q1", "q2", "q3", "q4", "jml"])
            c[k] = fx(`SUM(${x.c(k)}${x.row("k1")}:${x.c(k)}${x.row("k5")})`);
          c.pct = fx(`ROUND(${x.a("akt")}/${x.a("dft")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Tabel 2. Timbulan, Pengurangan dan Penanganan Sampah per Triwulan 2024 (ton)"], 1, {
    bold: true,
  });
  const tw = [
    ["Triwulan I", 14_820, 2_611, 8_204],
    ["Triwulan II", 15_130, 2_702, 8_498],
    ["Triwulan III", 15_410, 2_830, 8_713],
    ["Triwulan IV", 15_960, 2_944, 9_046],
  ] as const;
  const t2 = s.table({
    cols: [
      { key: "tw", head: ["Periode"], width: 22 },
      { key: "tim", head: ["Timbulan"], role: "realisasi", fmt: INT },
      { key: "kur", head: ["Pengurangan"], role: "realisasi", fmt: INT },
      { key: "tan", head: ["Penanganan"], role: "realisasi", fmt: INT },
      { key: "pk", head: ["% Pengurangan"], role: "capaian", fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...tw.map(([p, a, k, h], i) => ({
        id: `t${i + 1}`,
        cells: (x: { a(k: string): string }) => ({
          tw: p,
          tim: a,
          kur: k,
          tan: h,
          pk: fx(`ROUND(${x.a("kur")}/${x.a("tim")}*100,2)`),
        }),
      })),
      {
        id: "tt",
        bold: true,
        cells: (x) => ({
          tw: "Jumlah 2024",
          tim: fx(`SUM(${x.c("tim")}${x.row("t1")}:${x.c("tim")}${x.row("t4")})`),
          kur: fx(`SUM(${x.c("kur")}${x.row("t1")}:${x.c("kur")}${x.row("t4")})`),
          tan: fx(`SUM(${x.c("tan")}${x.row("t1")}:${x.c("tan")}${x.row("t4")})`),
          pk: fx(`ROUND(${x.a("kur")}/${x.a("tim")}*100,2)`),
        }),
      },
    ],
  });
  b.finish();
  b.plant({
    at: { sheet: S, cell: t.a("jml", "k1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pasir Rimbang Jumlah typed 84.30; TW I-IV give 82.30",
    truth: `SUM(${t.a("q1", "k1")}:${t.a("q4", "k1")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "Sungai Lintang % aktif typed 133.33 (11 / 8 inverted); 8 / 11 = 72.73",
    truth: `${t.a("akt", "k3")}/${t.a("dft", "k3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("pk", "tt"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("kur", "tt")}/${t2.a("tim", "tt")}*100`,
    trap: `SUM(${t2.a("pk", "t1")}:${t2.a("pk", "t4")})`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("tim", "tt"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("tim", "t1")}:${t2.a("tim", "t4")})`,
  });
  return b;
}

/** Pengawasan izin lingkungan per jenis usaha 2024 (Pelabuhan Sangiran), IKLH components beside it. */
export function rekapPengawasan(): BookW {
  const b = new BookW(
    "rekap-pengawasan-izin-lingkungan-pelabuhan-sangiran-341.xlsx",
    "Rekap pengawasan izin lingkungan (DLH)",
    "usaha diawasi per triwulan and Jumlah, taat, % ketaatan, sanksi; IKLH components (bobot, indeks, kontribusi) side by side after one empty column",
  );
  const S = "Pengawasan 2024";
  const s = b.sheet(S);
  s.lines(["REKAPITULASI PENGAWASAN IZIN LINGKUNGAN DAN IKLH KOTA PELABUHAN SANGIRAN TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const top = s.r;
  const usaha = [
    ["Industri pengolahan ikan", [4, 6, 5, 7], 19, 2],
    ["Rumah sakit dan klinik", [3, 4, 4, 3], 13, 1],
    ["Hotel dan restoran", [5, 7, 6, 8], 21, 3],
    ["Bengkel dan pencucian kendaraan", [6, 5, 8, 6], 18, 5],
    ["Pergudangan pelabuhan", [2, 3, 2, 4], 9, 2],
  ] as const;
  const t = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "jenis", head: ["Jenis Usaha/Kegiatan"], width: 28 },
      ...[1, 2, 3, 4].map((q): Col => ({
        key: `q${q}`,
        head: ["Jumlah Usaha Diawasi", `TW ${q}`],
        role: "realisasi",
        fmt: INT,
        width: 7,
      })),
      { key: "jml", head: ["Jumlah Usaha Diawasi", "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      { key: "taat", head: ["Taat"], role: "realisasi", fmt: INT },
      { key: "pct", head: ["% Ketaatan"], role: "capaian", fmt: DEC },
      { key: "sanksi", head: ["Sanksi Administratif"], fmt: INT },
    ],
    headerRows: 2,
    rows: [
      ...usaha.map(([j, q, taat, sk], i) => ({
        id: `u${i + 1}`,
        cells: (x: { a(k: string): string }) => ({
          no: i + 1,
          jenis: j,
          q1: q[0],
          q2: q[1],
          q3: q[2],
          q4: q[3],
          jml: i === 3 ? 27 : fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
          taat,
          pct:
            i === 1
              ? fx(`ROUND(${x.a("taat")}/${x.a("jml")}*100,2)`, 81.25)
              : fx(`ROUND(${x.a("taat")}/${x.a("jml")}*100,2)`),
          sanksi: sk,
        }),
      })),
    ],
  });
  const c0 = t.right + 2;
  const t2 = s.table(
    {
      cols: [
        { key: "kom", head: ["Komponen IKLH"], role: "indikator", width: 26 },
        { key: "bobot", head: ["Bobot (%)"], fmt: DEC },
        { key: "idx", head: ["Indeks 2024"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "kon", head: ["Kontribusi"], fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...[
          ["Indeks Kualitas Air", 37.6, 58.4],
          ["Indeks Kualitas Udara", 40.5, 86.2],
          ["Indeks Kualitas Lahan", 21.9, 49.7],
        ].map(([k, w, v], i) => ({
          id: `c${i + 1}`,
          cells: (x: { a(k: string): string }) => ({
            kom: k,
            bobot: w,
            idx: v,
            kon: fx(`ROUND(${x.a("bobot")}*${x.a("idx")}/100,2)`),
          }),
        })),
        {
          id: "iklh",
          bold: true,
          cells: (x) => ({
            kom: "IKLH",
            bobot: fx(`SUM(${x.c("bobot")}${x.row("c1")}:${x.c("bobot")}${x.row("c3")})`),
            kon: fx(`SUM(${x.c("kon")}${x.row("c1")}:${x.c("kon")}${x.row("c3")})`),
          }),
        },
      ],
    },
    c0,
    top,
  );
  s.gap();
  signature(s, 2, {
    tempat: "Pelabuhan Sangiran, 15 Januari 2025",
    jabatan: ["Kepala Bidang Penaatan Hukum Lingkungan"],
    nama: "Lalu Ahmad Zulkarnain, S.H.",
    nip: "198102042006041011",
  });
  b.finish();
  b.plant({
    at: { sheet: S, cell: t.a("jml", "u4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "bengkel Jumlah typed 27; TW 1-4 give 25",
    truth: `SUM(${t.a("q1", "u4")}:${t.a("q4", "u4")})`,
  });
  b.plant({
    at: { sheet: S, cell: t.a("pct", "u2") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "rumah sakit % ketaatan: stale cached 81.25 (13 / 16); 13 / 14 = 92.86",
    truth: `${t.a("taat", "u2")}/${t.a("jml", "u2")}*100`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("kon", "iklh"),
    rules: ["sum-mismatch"],
    truth: `SUM(${t2.a("kon", "c1")}:${t2.a("kon", "c3")})`,
    trap: `AVERAGE(${t2.a("idx", "c1")}:${t2.a("idx", "c3")})`,
  });
  b.ok({
    sheet: S,
    cell: t.a("pct", "u3"),
    rules: ["capaian-mismatch"],
    truth: `${t.a("taat", "u3")}/${t.a("jml", "u3")}*100`,
  });
  return b;
}
