// Set 325: two recaps of an Inspektorat Daerah: tindak lanjut rekomendasi BPK per OPD with a recap per
// tahun LHP below it (Kabupaten Lembah Sialang), and the maturitas SPIP per OPD with the reviu LKjIP per
// triwulan beside it (Kota Teluk Barambai). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** Rekap TLHP BPK per OPD s.d. Semester II 2024 + per tahun LHP (second table below). */
export function rekapTlhpLembahSialang(): BookW {
  const b = new BookW(
    "rekap-tlhp-bpk-per-opd-smt2-2024-lembah-sialang-325.xlsx",
    "Rekap tindak lanjut temuan BPK (Inspektorat)",
    "Rekap TLHP BPK per OPD: status group merged over four columns, number row '(4) = (5)+(6)+(7)+(8)', '(9) = (5)/(4) x 100', kerugian daerah Rp pair and % setor, Jumlah row; table B below: per tahun LHP with a Jumlah row",
  );
  const S = "Rekap TLHP";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SIALANG", "INSPEKTORAT DAERAH"]);
  s.lines([
    "REKAPITULASI PEMANTAUAN TINDAK LANJUT HASIL PEMERIKSAAN BPK RI PER PERANGKAT DAERAH",
    "Posisi s.d. Semester II Tahun 2024",
    "A. Menurut Perangkat Daerah",
  ]);
  const opd: Array<[string, string, number, number[], number, number]> = [
    ["o1", "Dinas Pendidikan dan Kebudayaan", 12, [22, 5, 3, 1], 1_284_560_000, 846_200_000],
    ["o2", "Dinas Kesehatan", 9, [19, 3, 2, 0], 962_340_000, 701_850_000],
    ["o3", "Dinas Pekerjaan Umum dan Penataan Ruang", 15, [26, 9, 6, 1], 3_412_870_000, 1_985_400_000],
    ["o4", "Dinas Pertanian dan Ketahanan Pangan", 6, [11, 2, 1, 0], 218_450_000, 218_450_000],
    ["o5", "Badan Pengelolaan Keuangan dan Aset Daerah", 8, [15, 3, 1, 0], 406_120_000, 322_900_000],
    ["o6", "Sekretariat DPRD", 7, [10, 4, 4, 0], 1_156_300_000, 412_750_000],
    ["o7", "RSUD Lembah Sialang", 5, [9, 2, 2, 0], 534_800_000, 498_600_000],
  ];
  const ST = [
    "Sesuai Rekomendasi",
    "Belum Sesuai / Dalam Proses",
    "Belum Ditindaklanjuti",
    "Tidak Dapat Ditindaklanjuti",
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 34 },
    { key: "tem", head: ["Jumlah Temuan"], num: "(3)", fmt: INT },
    { key: "rek", head: ["Jumlah Rekomendasi"], num: "(4) = (5)+(6)+(7)+(8)", fmt: INT },
    ...ST.map((h, i): Col => ({
      key: `s${i}`,
      head: ["Status Tindak Lanjut Rekomendasi", h],
      num: `(${5 + i})`,
      fmt: INT,
    })),
    { key: "pct", head: ["% Sesuai"], num: "(9) = (5)/(4) x 100", fmt: DEC },
    { key: "nr", head: ["Kerugian Daerah (Rp)", "Nilai Rekomendasi"], num: "(10)", fmt: RP, width: 17 },
    { key: "ns", head: ["Kerugian Daerah (Rp)", "Disetor ke Kas Daerah"], num: "(11)", fmt: RP, width: 17 },
    { key: "pns", head: ["% Penyetoran"], num: "(12) = (11)/(10) x 100", fmt: DEC },
  ];
  const rows: Row[] = opd.map(([id, name, tem, st, nr, ns], i) => ({
    id,
    cells: (x) => ({
      no: i + 1,
      opd: name,
      tem,
      rek: st[0] + st[1] + st[2] + st[3],
      s0: st[0],
      s1: st[1],
      s2: st[2],
      s3: st[3],
      pct: fx(`ROUND(${x.a("s0")}/${x.a("rek")}*100,2)`),
      nr,
      ns,
      pns: fx(`ROUND(${x.a("ns")}/${x.a("nr")}*100,2)`),
    }),
  }));
  const col = (x: { c(k: string): string; row(id: string): number }, k: string, last = "o7") =>
    `SUM(${x.c(k)}${x.row("o1")}:${x.c(k)}${x.row(last)})`;
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "opd"],
    cells: (x) => ({
      no: "JUMLAH",
      tem: fx(col(x, "tem")),
      rek: fx(col(x, "rek")),
      s0: fx(col(x, "s0")),
      s1: fx(col(x, "s1")),
      s2: fx(col(x, "s2")),
      s3: fx(col(x, "s3")),
      // planted: the total % averages the OPD percentages
      pct: fx(`ROUND(AVERAGE(${x.c("pct")}${x.row("o1")}:${x.c("pct")}${x.row("o7")}),2)`),
      // planted: the SUM stops at the Sekretariat DPRD
      nr: fx(col(x, "nr", "o6")),
      ns: fx(col(x, "ns")),
      pns: fx(`ROUND(${x.a("ns")}/${x.a("nr")}*100,2)`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines(["B. Menurut Tahun LHP"]);
  const yrs: Array<[number, number[]]> = [
    [2019, [17, 1, 0, 0]],
    [2020, [20, 1, 0, 1]],
    [2021, [22, 3, 1, 1]],
    [2022, [21, 5, 3, 0]],
    [2023, [19, 9, 6, 0]],
    [2024, [13, 9, 9, 0]],
  ];
  const t2 = s.table({
    cols: [
      { key: "th", head: ["Tahun LHP"] },
      { key: "rek", head: ["Jumlah Rekomendasi"], fmt: INT },
      ...ST.map((h, i): Col => ({ key: `s${i}`, head: [h], fmt: INT })),
      { key: "pct", head: ["Persentase Sesuai (%)"], fmt: DEC },
    ],
    headerRows: 1,
    rows: [
      ...yrs.map(([y, st]) => ({
        id: `y${y}`,
        cells: (x: { a(k: string): string }) => ({
          th: String(y),
          rek: st[0] + st[1] + st[2] + st[3],
          s0: st[0],
          s1: st[1],
          s2: st[2],
          s3: st[3],
          pct: fx(`ROUND(${x.a("s0")}/${x.a("rek")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { th: "Jumlah" };
          for (const k of ["rek", "s0", "s1", "s2", "s3"])
            c[k] = fx(`SUM(${x.c(k)}${x.row("y2019")}:${x.c(k)}${x.row("y2024")})`);
          c.pct = fx(`ROUND(${x.a("s0")}/${x.a("rek")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Lubuk Sialang, 8 Januari 2025",
    jabatan: ["INSPEKTUR PEMBANTU WILAYAH I"],
    nama: "Yulia Rahmadani, S.E., Ak., M.Ak.",
    nip: "19830314 200902 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = opd.map((o) => o[0]);
  b.plant({
    at: { sheet: S, cell: a("pct", "jml") },
    rules: ["ratio-components-mismatch"],
    truth: `${a("s0", "jml")}/${a("rek", "jml")}*100`,
    note: "total % sesuai is the average of the OPD percentages (70.62); 112 / 161 gives 69.57",
  });
  b.plant({
    at: { sheet: S, cell: a("nr", "jml") },
    rules: ["sum-mismatch"],
    truth: `SUM(${a("nr", "o1")}:${a("nr", "o7")})`,
    note: "JUMLAH nilai rekomendasi =SUM stops one row short (RSUD left out): 7,440,640,000 instead of 7,975,440,000",
  });
  b.ok({
    sheet: S,
    cell: t2.a("pct", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${t2.a("s0", "jml")}/${t2.a("rek", "jml")}*100`,
    trap: `AVERAGE(${t2.a("pct", "y2019")}:${t2.a("pct", "y2024")})`,
  });
  for (const id of ["o1", "o3", "o6"]) {
    b.ok({
      sheet: S,
      cell: a("rek", id),
      rules: ["sum-mismatch"],
      truth: ["s0", "s1", "s2", "s3"].map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["ratio-components-mismatch"],
      truth: `${a("s0", id)}/${a("rek", id)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("pns", "o4"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: `${a("ns", "o4")}/${a("nr", "o4")}*100`,
  });
  for (const k of ["rek", "s0", "ns"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const k of ["rek", "s1"])
    b.ok({
      sheet: S,
      cell: t2.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${t2.a(k, "y2019")}:${t2.a(k, "y2024")})`,
    });
  b.ok({
    sheet: S,
    cell: t2.a("rek", "y2023"),
    rules: ["sum-mismatch"],
    truth: ["s0", "s1", "s2", "s3"].map((k) => t2.a(k, "y2023")).join("+"),
  });
  return b.finish();
}

/** Maturitas SPIP per OPD 2024 with the reviu LKjIP per triwulan side by side (one empty column). */
export function spipReviuTelukBarambai(): BookW {
  const b = new BookW(
    "maturitas-spip-opd-dan-reviu-lkjip-2024-teluk-barambai-325.xlsx",
    "Rekap maturitas SPIP + reviu LKjIP (Inspektorat)",
    "Penilaian maturitas SPIP per OPD 2024: weighted scores of three unsur under a merged group, Skor = SUM, target, capaian, Rata-rata row; beside it after one empty column: reviu LKjIP per triwulan with Jumlah and ratio of totals",
  );
  const S = "SPIP dan Reviu 2024";
  const s = b.sheet(S);
  s.lines([
    "INSPEKTORAT KOTA TELUK BARAMBAI",
    "Hasil Penilaian Maturitas SPIP Perangkat Daerah dan Pelaksanaan Reviu LKjIP Tahun 2024",
  ]);
  s.gap();
  const opd: Array<[string, string, number[], number]> = [
    ["d1", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", [1.42, 1.05, 1.01], 3.4],
    ["d2", "Dinas Pendidikan", [1.3, 0.98, 0.95], 3.3],
    ["d3", "Dinas Kesehatan", [1.36, 1.02, 0.97], 3.3],
    ["d4", "Dinas Pekerjaan Umum dan Penataan Ruang", [1.18, 0.91, 0.88], 3.2],
    ["d5", "Badan Pengelola Pajak dan Pendapatan Daerah", [1.46, 1.08, 1.04], 3.5],
    ["d6", "Dinas Sosial", [1.22, 0.94, 0.86], 3.1],
    ["d7", "Dinas Perhubungan", [1.15, 0.89, 0.9], 3.2],
    ["d8", "Kecamatan Teluk Barambai Tengah", [1.1, 0.86, 0.82], 3.0],
  ];
  const U = ["Penetapan Tujuan (40%)", "Struktur dan Proses (30%)", "Pencapaian Tujuan (30%)"];
  const ta = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "opd", head: ["Perangkat Daerah"], num: 2, width: 36 },
      ...U.map((h, i): Col => ({ key: `u${i}`, head: ["Nilai Tertimbang Unsur", h], num: 3 + i, fmt: DEC })),
      { key: "skor", head: ["Skor Maturitas SPIP"], num: "6 = 3+4+5", fmt: DEC },
      { key: "tgt", head: ["Target Skor 2024"], role: "target", year: 2024, num: 7, fmt: DEC },
      { key: "cap", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "8 = 6/7 x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...opd.map(([id, name, u, tgt], i): Row => ({
        id,
        cells: (x) => ({
          no: i + 1,
          opd: name,
          u0: u[0],
          u1: u[1],
          u2: u[2],
          // planted: Dinas Perhubungan's score typed (last year's self-assessment), not the sum
          skor: id === "d7" ? 3.49 : fx(`SUM(${x.a("u0")}:${x.a("u2")})`),
          tgt,
          cap: fx(`ROUND(${x.a("skor")}/${x.a("tgt")}*100,2)`),
        }),
      })),
      {
        id: "rr",
        span: ["no", "opd"],
        bold: true,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { no: "Rata-rata" };
          for (const k of ["u0", "u1", "u2", "skor"])
            c[k] = fx(`ROUND(AVERAGE(${x.c(k)}${x.row("d1")}:${x.c(k)}${x.row("d8")}),2)`);
          return c;
        },
      },
    ],
  });
  const tb = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"] },
        { key: "lk", head: ["LKjIP OPD Direviu"], fmt: INT },
        { key: "cat", head: ["Jumlah Catatan Reviu"], fmt: INT },
        { key: "tl", head: ["Catatan Ditindaklanjuti"], fmt: INT },
        { key: "p", head: ["Persentase TL (%)"], fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...(
          [
            ["q1", "Triwulan I", 38, 214, 187],
            ["q2", "Triwulan II", 4, 19, 15],
            ["q3", "Triwulan III", 2, 11, 6],
            ["q4", "Triwulan IV", 3, 14, 13],
          ] as Array<[string, string, number, number, number]>
        ).map(([id, tw, lk, cat, tl]): Row => ({
          id,
          cells: (x) => ({
            tw,
            lk,
            cat,
            tl,
            // planted: a stale result (93.75) left from before the catatan of Triwulan II were recounted
            p: fx(`ROUND(${x.a("tl")}/${x.a("cat")}*100,2)`, id === "q2" ? 93.75 : undefined),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => ({
            tw: "Jumlah",
            lk: fx(`SUM(${x.c("lk")}${x.row("q1")}:${x.c("lk")}${x.row("q4")})`),
            cat: fx(`SUM(${x.c("cat")}${x.row("q1")}:${x.c("cat")}${x.row("q4")})`),
            tl: fx(`SUM(${x.c("tl")}${x.row("q1")}:${x.c("tl")}${x.row("q4")})`),
            p: fx(`ROUND(${x.a("tl")}/${x.a("cat")}*100,2)`),
          }),
        },
      ],
    },
    ta.right + 2,
    ta.top,
  );
  s.r = ta.lastDataRow + 1;
  s.gap();
  s.lines(["Sumber: aplikasi penilaian mandiri maturitas SPIP dan kertas kerja reviu LKjIP."]);
  s.gap();
  signature(s, 9, {
    tempat: "Teluk Barambai, 20 Januari 2025",
    jabatan: ["INSPEKTUR KOTA TELUK BARAMBAI"],
    nama: "H. Muhammad Rifani Anshari, S.E., M.M.",
    nip: "19750624 200112 1 003",
  });
  const a = (k: string, id: string) => ta.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("skor", "d7") },
    rules: ["sum-mismatch", "hardcoded-value"],
    truth: `${a("u0", "d7")}+${a("u1", "d7")}+${a("u2", "d7")}`,
    note: "Dinas Perhubungan's skor typed 3.49 among SUM formulas; its weighted unsur add up to 2.94",
  });
  b.plant({
    at: { sheet: S, cell: tb.a("p", "q2") },
    rules: ["ratio-components-mismatch"],
    truth: `${tb.a("tl", "q2")}/${tb.a("cat", "q2")}*100`,
    note: "Triwulan II % TL caches a stale 93.75; 15 / 19 gives 78.95",
  });
  b.ok({
    sheet: S,
    cell: tb.a("p", "jml"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `${tb.a("tl", "jml")}/${tb.a("cat", "jml")}*100`,
    trap: `AVERAGE(${tb.a("p", "q1")}:${tb.a("p", "q4")})`,
  });
  for (const k of ["lk", "cat", "tl"])
    b.ok({
      sheet: S,
      cell: tb.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((q) => tb.a(k, q)).join("+"),
    });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: tb.a("p", id),
      rules: ["ratio-components-mismatch"],
      truth: `${tb.a("tl", id)}/${tb.a("cat", id)}*100`,
    });
  for (const id of ["d1", "d4", "d6", "d8"]) {
    b.ok({
      sheet: S,
      cell: a("skor", id),
      rules: ["sum-mismatch"],
      truth: `${a("u0", id)}+${a("u1", id)}+${a("u2", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: `${a("skor", id)}/${a("tgt", id)}*100`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("u0", "rr"),
    rules: ["sum-mismatch"],
    truth: `AVERAGE(${a("u0", "d1")}:${a("u0", "d8")})`,
    tol: 0.006,
  });
  return b.finish();
}
