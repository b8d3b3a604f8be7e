// LKjIP, Perjanjian Kinerja and two recaps (PMKS per kecamatan, layanan panti per triwulan with bansos
// serapan beside it) of the two Dinas Sosial of this set. Every place, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 capaian table of Dinas Sosial Kabupaten Lembah Sari Kencana; Sasaran merged over indicators. */
export function lkjipSosial(): BookW {
  const b = new BookW(
    "lkjip-dinsos-lembah-sari-kencana-330.xlsx",
    "LKjIP capaian (Dinas Sosial)",
    "LKjIP 2024 Bab III: Sasaran merged, capaian formulas with refleksi (2T-R)/T for lower-is-better, predikat words, Renstra end target",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Dinas Sosial Tahun 2024"]);
  s.gap();
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(1)", width: 26 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, num: "(4)", fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, num: "(5)", fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, num: "(6)", fmt: DEC },
    { key: "pr", head: ["Predikat"], role: "predikat", num: "(7)" },
    { key: "ta", head: ["Target Akhir Renstra (2026)"], role: "target", num: "(8)", fmt: DEC },
  ];
  const SAS1 = "Meningkatnya kualitas penanganan PMKS";
  const SAS2 = "Meningkatnya ketepatan penyaluran bantuan sosial";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      t: 78,
      r: 81.4,
      neg: false,
      ta: 85,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase penyandang disabilitas terlantar yang direhabilitasi",
      sat: "%",
      t: 64,
      r: 55.3,
      neg: false,
      ta: 75,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase anak terlantar yang belum tertangani",
      sat: "%",
      t: 18,
      r: 15.6,
      neg: true,
      ta: 12,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase KPM bansos dengan data tidak valid (inclusion error)",
      sat: "%",
      t: 6.5,
      r: 7.2,
      neg: true,
      ta: 4,
    },
  ];
  const cap = (x: { t: number; r: number; neg: boolean }) =>
    x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
  const rows: Row[] = I.map((x) => ({
    id: x.id,
    cells: (c) => ({
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      ta: x.ta,
      // planted: i4 (negative) is computed R/T
      c:
        x.neg && x.id === "i3"
          ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
          : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
      // planted: i2 (86.41) "Baik" would be right; "Cukup" is written
      pr:
        x.id === "i2"
          ? "Cukup"
          : x.id === "i4"
            ? predikatBaik(cap({ ...x, neg: false }))
            : predikatBaik(cap(x)),
    }),
  }));
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", vmerge: ["sas"], rows });
  s.gap();
  s.lines([
    "Keterangan: indikator 3 dan 4 bersifat negatif (semakin kecil semakin baik), capaian = (2T - R)/T x 100%.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    note: "Inclusion error is lower-is-better, but the capaian is =R/T*100 (110.77); refleksi gives 89.23",
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "i2") },
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
    note: "Capaian 86.41 is in the > 75 - 90 band (Baik), written Cukup",
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i3")}-${a("r", "i3")})/${a("t", "i3")}*100,2)`,
    trap: `${a("r", "i3")}/${a("t", "i3")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i2"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("r", "i2")}/${a("t", "i2")}*100,2)`,
  });
  for (const id of ["i1", "i3"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}

/** PK 2025 of Dinas Sosial Kota Teluk Pandan Raya beside its Renstra targets (sheet "IKU Renstra"). */
export function pkSosial(): BookW {
  const b = new BookW(
    "pk-dinsos-teluk-pandan-raya-330.xlsx",
    "Perjanjian Kinerja (Dinas Sosial)",
    "PK 2025 statement, indicator table and program table with Jumlah; Renstra sheet with 'n-1' style ordinal years resolved from the title",
  );
  const R = "IKU Renstra";
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama Dinas Sosial Kota Teluk Pandan Raya", "Renstra 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const IKU = [
    {
      id: "u1",
      ind: "Persentase PMKS yang memperoleh bantuan sosial",
      sat: "%",
      awal: 71.2,
      k: [74, 76.5, 79, 81.5, 84],
    },
    {
      id: "u2",
      ind: "Persentase PPKS yang mendapat rehabilitasi sosial dasar di dalam panti",
      sat: "%",
      awal: 58.4,
      k: [62, 65.5, 69, 72.5, 76],
    },
    {
      id: "u3",
      ind: "Persentase rumah tangga miskin yang graduasi dari PKH",
      sat: "%",
      awal: 3.1,
      k: [3.5, 4, 4.5, 5, 5.5],
    },
  ];
  const rt = rs.table({
    cols: [
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "aw", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
      ...Y.map((y, i): Col => ({
        key: `k${i}`,
        head: ["Target", `Tahun ke-${i + 1}`],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ka", head: ["Kondisi Akhir"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: IKU.map((x) => ({
      id: x.id,
      cells: {
        ind: x.ind,
        sat: x.sat,
        aw: x.awal,
        ...Object.fromEntries(x.k.map((v, i) => [`k${i}`, v])),
        ka: x.k[4],
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK PANDAN RAYA", "PERJANJIAN KINERJA TAHUN 2025"]);
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama : LALU MUHAMMAD ZAINUDDIN, S.Sos., M.AP",
    "Jabatan : Kepala Dinas Sosial",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  s.gap();
  s.lines(["SASARAN, INDIKATOR DAN TARGET KINERJA"]);
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: IKU.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya perlindungan dan rehabilitasi sosial PMKS",
        ind: x.ind,
        sat: x.sat,
        t: x.id === "u2" ? x.k[1] : x.k[0],
      },
    })),
  });
  s.gap();
  s.lines(["PROGRAM DAN ANGGARAN"]);
  const PR = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 6_842_315_000],
    ["Program Pemberdayaan Sosial", 1_126_400_000],
    ["Program Rehabilitasi Sosial", 3_958_720_000],
    ["Program Perlindungan dan Jaminan Sosial", 2_417_950_000],
    ["Program Penanganan Bencana", 1_084_600_000],
  ] as const;
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "pr", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...PR.map(([n, v], i): Row => ({ id: `p${i}`, cells: { no: i + 1, pr: n, rp: v, ket: "APBD" } })),
      { id: "j", cells: (x) => ({ pr: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p3")})`) }) },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Teluk Pandan, 3 Januari 2025",
    jabatan: ["WALI KOTA TELUK PANDAN RAYA"],
    nama: "H. BAIQ SUHARTINI WIRANATA",
    nip: "-",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk.a("t", "u2") },
        { sheet: R, cell: rt.a("k0", "u2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    truth: `'${R}'!${rt.a("k0", "u2")}`,
    note: "PK 2025 target 65.50 is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 62.00",
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "j") },
    rules: ["sum-mismatch"],
    truth: `SUM(${pt.a("rp", "p0")}:${pt.a("rp", "p4")})`,
    note: "Jumlah =SUM stops one row short and leaves out Program Penanganan Bencana (1,084,600,000)",
  });
  for (const id of ["u1", "u3"])
    b.ok({
      sheet: S,
      cell: pk.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("k0", id)}`,
      trap: `'${R}'!${rt.a("ka", id)}`,
    });
  for (const id of ["u1", "u2", "u3"])
    b.ok({ sheet: R, cell: rt.a("ka", id), rules: ["kondisi-akhir-mismatch"], truth: rt.a("k4", id) });
  return b.finish();
}

/** Recap of PMKS per kecamatan, Kabupaten Lembah Sari Kencana, with Jumlah and a ratio of totals. */
export function rekapPmks(): BookW {
  const b = new BookW(
    "rekap-pmks-kecamatan-lembah-sari-kencana-330.xlsx",
    "Rekap PMKS per kecamatan",
    "Per kecamatan: PMKS, tertangani, persentase, bansos (Rp); unmerged header, number row '3 = 2 x 100'-style, Jumlah row where the total % is the ratio of totals",
  );
  const S = "Rekap PMKS";
  const s = b.sheet(S);
  letterhead(s, ["DINAS SOSIAL KABUPATEN LEMBAH SARI KENCANA"]);
  s.lines(["REKAPITULASI PENANGANAN PMKS PER KECAMATAN TAHUN 2024"]);
  s.gap();
  const K = [
    ["Bunta Jaya", 1_284, 1_102, 1_846_250_000],
    ["Lembah Tengah", 946, 781, 1_312_400_000],
    ["Toili Selatan", 1_517, 1_198, 2_054_700_000],
    ["Pagimana Baru", 703, 655, 987_150_000],
    ["Nuhon Raya", 1_129, 874, 1_466_900_000],
  ] as const;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
      { key: "kec", head: ["Kecamatan"], num: "2", width: 20 },
      { key: "n", head: ["Jumlah PMKS (jiwa)"], role: "lainnya", year: 2024, num: "3", fmt: INT },
      { key: "h", head: ["PMKS Tertangani (jiwa)"], role: "realisasi", year: 2024, num: "4", fmt: INT },
      {
        key: "p",
        head: ["Persentase Tertangani (%)"],
        role: "capaian",
        year: 2024,
        num: "5 = 4/3 x 100",
        fmt: DEC,
      },
      {
        key: "rp",
        head: ["Bantuan Sosial Disalurkan (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "6",
        fmt: RP,
      },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...K.map(([kec, n, h, rp], i): Row => ({
        id: `k${i}`,
        // planted: Toili Selatan's % typed as 3/4 (126.63) instead of 4/3
        cells: (x) => ({
          no: i + 1,
          kec,
          n,
          h,
          rp,
          p: i === 2 ? Math.round((n / h) * 10000) / 100 : fx(`ROUND(${x.a("h")}/${x.a("n")}*100,2)`),
        }),
      })),
      {
        id: "j",
        bold: true,
        cells: (x) => ({
          kec: "Jumlah",
          n: fx(`SUM(${x.a("n", "k0")}:${x.a("n", "k4")})`),
          h: fx(`SUM(${x.a("h", "k0")}:${x.a("h", "k4")})`),
          p: fx(`ROUND(${x.a("h")}/${x.a("n")}*100,2)`),
          // planted: typed total that leaves out Nuhon Raya
          rp: 1_846_250_000 + 1_312_400_000 + 2_054_700_000 + 987_150_000,
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: DTKS dan laporan TKSK kecamatan, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `ROUND(${a("h", "k2")}/${a("n", "k2")}*100,2)`,
    note: "Persentase tertangani 126.63 is above 100 (3/4 instead of 4/3); 1,198 / 1,517 x 100 = 78.97",
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "j") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rp", "k0")}:${a("rp", "k4")})`,
    note: "Typed Jumlah bansos 6,200,500,000 leaves out Nuhon Raya (1,466,900,000)",
  });
  b.ok({
    sheet: S,
    cell: a("p", "j"),
    rules: ["capaian-mismatch", "ratio-components-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("h", "j")}/${a("n", "j")}*100,2)`,
    trap: `(${["k0", "k1", "k3", "k4"].map((i) => a("p", i)).join("+")}+ROUND(${a("h", "k2")}/${a("n", "k2")}*100,2))/5`,
  });
  for (const k of ["n", "h"])
    b.ok({ sheet: S, cell: a(k, "j"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k0")}:${a(k, "k4")})` });
  for (const id of ["k0", "k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("h", id)}/${a("n", id)}*100,2)`,
    });
  return b.finish();
}

/** Layanan panti per triwulan with the bansos serapan table beside it (one empty column between). */
export function rekapPanti(): BookW {
  const b = new BookW(
    "rekap-panti-triwulan-teluk-pandan-raya-330.xlsx",
    "Rekap layanan panti dan serapan bansos",
    "Two tables side by side: penerima layanan per panti per triwulan (flows, Jumlah column and row) and serapan bansos per jenis (typed Jumlah, total serapan = ratio of totals)",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TELUK PANDAN RAYA", "DINAS SOSIAL - BIDANG REHABILITASI SOSIAL"]);
  s.lines(["Rekapitulasi Layanan Panti dan Realisasi Bantuan Sosial Tahun 2024"]);
  s.gap();
  const top = s.r;
  const P = [
    ["UPTD Panti Sosial Tresna Werdha Puspa Karya", [62, 64, 65, 63]],
    ["UPTD Panti Sosial Bina Laras Ampenan Timur", [41, 45, 47, 44]],
    ["Panti Asuhan Anak Harapan Bangsa (LKSA)", [88, 91, 86, 93]],
  ] as const;
  const tw = ["I", "II", "III", "IV"];
  const A = s.table(
    {
      cols: [
        { key: "pn", head: ["Nama Panti / UPTD"], width: 36 },
        ...tw.map((q, i): Col => ({
          key: `q${i}`,
          head: ["Penerima Layanan (orang)", `TW ${q}`],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "j", head: ["Penerima Layanan (orang)", "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
      ],
      headerRows: 2,
      rows: [
        ...P.map(([pn, q], i): Row => ({
          id: `p${i}`,
          // planted: stale result on the second panti's Jumlah (an old TW IV figure)
          cells: (x) => ({
            pn,
            ...Object.fromEntries(q.map((v, k) => [`q${k}`, v])),
            j: fx(`SUM(${x.a("q0")}:${x.a("q3")})`, i === 1 ? 169 : undefined),
          }),
        })),
        {
          id: "jm",
          cells: (x) => ({
            pn: "Jumlah",
            ...Object.fromEntries(
              [0, 1, 2, 3].map((k) => [`q${k}`, fx(`SUM(${x.a(`q${k}`, "p0")}:${x.a(`q${k}`, "p2")})`)]),
            ),
            j: fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const B = s.table(
    {
      cols: [
        { key: "jn", head: ["Jenis Bantuan Sosial"], width: 30 },
        { key: "pg", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, fmt: RP },
        { key: "rl", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
        { key: "sp", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ["Bantuan permakanan lansia", 1_218_000_000, 1_164_830_000],
        ["Bantuan alat bantu disabilitas", 486_500_000, 4_512_600_000],
        ["Bantuan sosial korban bencana", 742_250_000, 655_900_000],
        ["Santunan kematian", 315_000_000, 297_500_000],
      ]
        .map(([jn, pg, rl], i): Row => ({
          id: `b${i}`,
          cells: (x) => ({ jn, pg, rl, sp: fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`) }),
        }))
        .concat([
          {
            id: "bj",
            cells: (x) => ({
              jn: "Jumlah",
              pg: 2_761_750_000,
              rl: 1_164_830_000 + 451_260_000 + 655_900_000 + 297_500_000,
              sp: fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`),
            }),
          },
        ]),
    },
    8,
    top,
  );
  s.gap();
  signature(s, 8, {
    tempat: "Teluk Pandan, 10 Januari 2025",
    jabatan: ["Kepala Bidang Rehabilitasi Sosial"],
    nama: "RAHMAWATI HASANAH, S.ST",
    nip: "19830219 200903 2 004",
  });
  b.plant({
    at: { sheet: S, cell: A.a("j", "p1") },
    rules: ["sum-mismatch"],
    truth: `SUM(${A.a("q0", "p1")}:${A.a("q3", "p1")})`,
    note: "=SUM of the four quarters shows a stale 169; 41 + 45 + 47 + 44 = 177",
  });
  b.plant({
    at: { sheet: S, cell: B.a("rl", "b1") },
    rules: ["number-scale", "serapan-over-100", "sum-mismatch"],
    truth: `${B.a("rl", "bj")}-${B.a("rl", "b0")}-${B.a("rl", "b2")}-${B.a("rl", "b3")}`,
    note: "Realisasi alat bantu typed ten times off (4,512,600,000 for 451,260,000): serapan 927.57 %, and the typed Jumlah does not add up",
  });
  b.ok({
    sheet: S,
    cell: A.a("j", "jm"),
    rules: ["sum-mismatch"],
    truth: `SUM(${A.a("q0", "jm")}:${A.a("q3", "jm")})`,
  });
  for (const id of ["p0", "p2"])
    b.ok({
      sheet: S,
      cell: A.a("j", id),
      rules: ["sum-mismatch"],
      truth: `SUM(${A.a("q0", id)}:${A.a("q3", id)})`,
    });
  b.ok({
    sheet: S,
    cell: A.a("q3", "jm"),
    rules: ["sum-mismatch"],
    truth: `${A.a("q3", "p0")}+${A.a("q3", "p1")}+${A.a("q3", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: B.a("pg", "bj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${B.a("pg", "b0")}:${B.a("pg", "b3")})`,
  });
  b.ok({
    sheet: S,
    cell: B.a("sp", "bj"),
    rules: ["capaian-mismatch", "serapan-over-100", "sum-mismatch"],
    truth: `ROUND(${B.a("rl", "bj")}/${B.a("pg", "bj")}*100,2)`,
    trap: `(${B.a("sp", "b0")}+${B.a("sp", "b2")}+${B.a("sp", "b3")}+ROUND((${B.a("rl", "bj")}-${B.a("rl", "b0")}-${B.a("rl", "b2")}-${B.a("rl", "b3")})/${B.a("pg", "b1")}*100,2))/4`,
  });
  for (const id of ["b0", "b2", "b3"])
    b.ok({
      sheet: S,
      cell: B.a("sp", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${B.a("rl", id)}/${B.a("pg", id)}*100,2)`,
    });
  return b.finish();
}
