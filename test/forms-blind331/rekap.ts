// Two Diskominfo recaps of set 331: layanan aduan SP4N-LAPOR! per OPD beside PPID permohonan informasi
// per triwulan (Kabupaten Wae Lolo), and statistik sektoral per OPD with its pembinaan budget (Kota
// Sungai Berlian). Every name, person and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Row } from "../forms/kit";

/** Rekap aduan per OPD (left) and PPID per triwulan (right, after one empty column), Wae Lolo 2024. */
export function rekapAduanPpid(): BookW {
  const b = new BookW(
    "rekap-aduan-lapor-ppid-wae-lolo-331.xlsx",
    "Rekap aduan dan PPID (Diskominfo)",
    "SP4N-LAPOR! per OPD with '(3) = (4)+(5)+(6)' and '(7) = (4)/(3) x 100' number row and JUMLAH row; PPID per triwulan side by side after one empty column, shorter, with its own Jumlah",
  );
  const S = "Rekap Aduan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN WAE LOLO", "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN"]);
  s.lines(["REKAPITULASI PENGELOLAAN PENGADUAN (SP4N-LAPOR!) DAN PERMOHONAN INFORMASI PUBLIK TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const opd: Array<[string, number, number, number]> = [
    ["Dinas Pekerjaan Umum dan Penataan Ruang", 41, 7, 5],
    ["Dinas Kesehatan", 36, 4, 2],
    ["Dinas Pendidikan dan Kebudayaan", 29, 5, 3],
    ["Dinas Kependudukan dan Pencatatan Sipil", 33, 2, 0],
    ["Dinas Perhubungan", 14, 3, 4],
    ["Badan Pengelolaan Keuangan dan Aset Daerah", 9, 1, 1],
    ["RSUD Lolo Bajo", 22, 6, 2],
  ];
  const BAD = 0; // aduan masuk typed without the 'belum ditindaklanjuti'
  const a = s.table(
    {
      cols: [
        { key: "no", head: ["No"], num: "(1)", role: "no", width: 5 },
        { key: "opd", head: ["Perangkat Daerah"], num: "(2)", width: 34 },
        { key: "in", head: ["Aduan Masuk"], num: "(3) = (4)+(5)+(6)", fmt: INT },
        { key: "ok", head: ["Selesai Ditindaklanjuti"], num: "(4)", fmt: INT },
        { key: "pr", head: ["Dalam Proses"], num: "(5)", fmt: INT },
        { key: "bl", head: ["Belum Ditindaklanjuti"], num: "(6)", fmt: INT },
        {
          key: "pc",
          head: ["Persentase Selesai (%)"],
          num: "(7) = (4)/(3) x 100",
          role: "capaian",
          fmt: DEC,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...opd.map(([n, ok, pr, bl], i): Row => ({
          id: `o${i}`,
          cells: (x) => ({
            no: i + 1,
            opd: n,
            in: i === BAD ? ok + pr : ok + pr + bl,
            ok,
            pr,
            bl,
            pc: fx(`${x.a("ok")}/${x.a("in")}*100`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "opd"],
          cells: (x) => {
            const c: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
            for (const k of ["in", "ok", "pr", "bl"]) c[k] = fx(`SUM(${x.a(k, "o0")}:${x.a(k, "o6")})`);
            c.pc = fx(`${x.a("ok")}/${x.a("in")}*100`);
            return c;
          },
        },
      ],
    },
    1,
    top,
  );
  const tw: Array<[string, number, number, number]> = [
    ["I", 38, 9, 3],
    ["II", 44, 12, 2],
    ["III", 51, 8, 5],
    ["IV", 47, 10, 4],
  ];
  const pp = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"] },
        { key: "in", head: ["Permohonan Informasi Masuk"], fmt: INT },
        { key: "full", head: ["Dikabulkan Seluruhnya"], fmt: INT },
        { key: "part", head: ["Dikabulkan Sebagian"], fmt: INT },
        { key: "tolak", head: ["Ditolak"], fmt: INT },
        { key: "pc", head: ["Diputus (%)"], role: "capaian", fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...tw.map(([q, f, pa, to], i): Row => ({
          id: `q${i}`,
          cells: (x) => ({
            tw: `Triwulan ${q}`,
            in: f + pa + to,
            full: f,
            part: pa,
            tolak: to,
            pc: fx(`(${x.a("full")}+${x.a("part")}+${x.a("tolak")})/${x.a("in")}*100`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          cells: (x) => {
            const c: Record<string, ReturnType<typeof fx> | string> = { tw: "Jumlah" };
            c.in = fx(`SUM(${x.a("in", "q0")}:${x.a("in", "q2")})`); // planted: Triwulan IV left out
            for (const k of ["full", "part", "tolak"]) c[k] = fx(`SUM(${x.a(k, "q0")}:${x.a(k, "q3")})`);
            c.pc = fx(`(${x.a("full")}+${x.a("part")}+${x.a("tolak")})/${x.a("in")}*100`);
            return c;
          },
        },
      ],
    },
    a.right + 2,
    top,
  );
  s.r = a.lastDataRow + 2;
  signature(s, 9, {
    tempat: "Lolo Bajo, 15 Januari 2025",
    jabatan: ["Kepala Bidang Informasi dan Komunikasi Publik"],
    nama: "Maria Goreti Naben, S.Sos.",
    nip: "19850318 201001 2 011",
  });
  const [n0, ok0, pr0, bl0] = opd[BAD];
  const masuk = tw.map(([, f, pa, to]) => f + pa + to);
  b.plant({
    at: { sheet: S, cell: a.a("in", "o0") },
    rules: ["sum-mismatch"],
    truth: `${a.a("ok", "o0")}+${a.a("pr", "o0")}+${a.a("bl", "o0")}`,
    note: `${n0}: aduan masuk typed ${ok0 + pr0}, the belum ditindaklanjuti (${bl0}) left out; (4)+(5)+(6) = ${ok0 + pr0 + bl0}`,
  });
  b.plant({
    at: { sheet: S, cell: pp.a("in", "jml") },
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((i) => pp.a("in", `q${i}`)).join("+"),
    note: `Jumlah permohonan =SUM stops at Triwulan III (${masuk.slice(0, 3).reduce((x, y) => x + y, 0)} instead of ${masuk.reduce((x, y) => x + y, 0)})`,
  });
  const rows = opd.map((_, i) => `o${i}`);
  b.ok({
    sheet: S,
    cell: a.a("pc", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `${a.a("ok", "jml")}/${a.a("in", "jml")}*100`,
    trap: `AVERAGE(${a.a("pc", rows[0])}:${a.a("pc", rows[6])})`,
  });
  for (const k of ["ok", "pr", "bl"])
    b.ok({
      sheet: S,
      cell: a.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: rows.map((r) => a.a(k, r)).join("+"),
    });
  for (const i of [1, 4, 6])
    b.ok({
      sheet: S,
      cell: a.a("in", `o${i}`),
      rules: ["sum-mismatch"],
      truth: `${a.a("ok", `o${i}`)}+${a.a("pr", `o${i}`)}+${a.a("bl", `o${i}`)}`,
    });
  b.ok({
    sheet: S,
    cell: pp.a("full", "jml"),
    rules: ["sum-mismatch"],
    truth: [0, 1, 2, 3].map((i) => pp.a("full", `q${i}`)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: pp.a("in", "q2"),
    rules: ["sum-mismatch"],
    truth: `${pp.a("full", "q2")}+${pp.a("part", "q2")}+${pp.a("tolak", "q2")}`,
  });
  return b.finish();
}

/** Statistik sektoral per OPD with its pembinaan budget, Kota Sungai Berlian 2024 (no No column). */
export function rekapStatistikSektoral(): BookW {
  const b = new BookW(
    "rekap-statistik-sektoral-opd-sungai-berlian-331.xlsx",
    "Rekap statistik sektoral per OPD (Diskominfo)",
    "Daftar Data per OPD: direncanakan / terpublikasi / % with ROUND formulas, pagu / realisasi / serapan; group headers written once (unmerged), no No column, Jumlah row with ratio of totals",
  );
  const S = "Satu Data 2024";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI PENYELENGGARAAN STATISTIK SEKTORAL PER PERANGKAT DAERAH",
    "KOTA SUNGAI BERLIAN TAHUN 2024",
  ]);
  s.gap();
  const opd: Array<[string, number, number, number, number]> = [
    ["Dinas Kesehatan", 48, 41, 62_500_000, 58_730_000],
    ["Dinas Pendidikan", 55, 39, 58_000_000, 51_240_000],
    ["Dinas Pertanian dan Ketahanan Pangan", 32, 27, 45_000_000, 41_250_000],
    ["Dinas Sosial", 26, 24, 38_500_000, 36_915_000],
    ["Dinas Perdagangan dan Perindustrian", 30, 18, 40_000_000, 29_880_000],
    ["Bappeda", 44, 40, 52_000_000, 49_120_000],
  ];
  const PCT = 2; // % typed from a mistyped count
  const RPX = 4; // realisasi typed ten times off
  const t = s.table({
    cols: [
      { key: "opd", head: ["Perangkat Daerah"], width: 34 },
      { key: "dr", head: ["Daftar Data (dataset)", "Direncanakan"], fmt: INT },
      { key: "dp", head: ["Daftar Data (dataset)", "Terpublikasi di Portal Satu Data"], fmt: INT },
      { key: "pc", head: ["Daftar Data (dataset)", "% Terpublikasi"], role: "capaian", year: 2024, fmt: DEC },
      {
        key: "pg",
        head: ["Anggaran Pembinaan Statistik (Rp)", "Pagu"],
        role: "anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      {
        key: "rl",
        head: ["Anggaran Pembinaan Statistik (Rp)", "Realisasi"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 16,
      },
      { key: "sr", head: ["Anggaran Pembinaan Statistik (Rp)", "Serapan (%)"], fmt: DEC },
    ],
    headerRows: 2,
    groups: "first",
    rows: [
      ...opd.map(([n, dr, dp, pg, rl], i): Row => ({
        id: `o${i}`,
        cells: (x) => ({
          opd: n,
          dr,
          dp,
          pc: i === PCT ? 118.75 : fx(`ROUND(${x.a("dp")}/${x.a("dr")}*100,2)`),
          pg,
          rl: i === RPX ? rl * 10 : rl,
          sr: fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x) => {
          const c: Record<string, ReturnType<typeof fx> | string> = { opd: "Jumlah" };
          for (const k of ["dr", "dp", "pg", "rl"]) c[k] = fx(`SUM(${x.a(k, "o0")}:${x.a(k, "o5")})`);
          c.pc = fx(`ROUND(${x.a("dp")}/${x.a("dr")}*100,2)`);
          c.sr = fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Portal Satu Data Kota Sungai Berlian, diunduh 10 Januari 2025"]);
  s.gap();
  signature(s, 5, {
    tempat: "Sungai Berlian, 13 Januari 2025",
    jabatan: ["Kepala Bidang Statistik"],
    nama: "Siti Aulia Rahmah, S.Si., M.Stat.",
    nip: "19880704 201101 2 009",
  });
  const [n2, dr2, dp2] = opd[PCT];
  const [n4, , , pg4, rl4] = opd[RPX];
  b.plant({
    at: { sheet: S, cell: t.a("pc", `o${PCT}`) },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    truth: `${t.a("dp", `o${PCT}`)}/${t.a("dr", `o${PCT}`)}*100`,
    note: `${n2}: typed 118.75 (38/32) in a column of ROUND formulas; ${dp2}/${dr2} gives ${((dp2 / dr2) * 100).toFixed(2)}`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t.a("rl", `o${RPX}`) },
        { sheet: S, cell: t.a("sr", `o${RPX}`) },
      ],
    },
    rules: ["serapan-over-100", "number-scale"],
    truth: String(rl4),
    note: `${n4}: realisasi typed ${(rl4 * 10).toLocaleString("en")}, ten times the ${rl4.toLocaleString("en")} spent; serapan shows ${((rl4 * 1000) / pg4).toFixed(2)} %`,
  });
  const ids = opd.map((_, i) => `o${i}`);
  b.ok({
    sheet: S,
    cell: t.a("pc", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `${t.a("dp", "jml")}/${t.a("dr", "jml")}*100`,
    trap: `AVERAGE(${t.a("pc", "o0")}:${t.a("pc", "o5")})`,
  });
  for (const i of [0, 1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: t.a("pc", ids[i]),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${t.a("dp", ids[i])}/${t.a("dr", ids[i])}*100`,
    });
    b.ok({
      sheet: S,
      cell: t.a("sr", ids[i]),
      rules: ["serapan-over-100"],
      truth: `${t.a("rl", ids[i])}/${t.a("pg", ids[i])}*100`,
    });
  }
  for (const k of ["dr", "dp", "pg"])
    b.ok({
      sheet: S,
      cell: t.a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ids.map((r) => t.a(k, r)).join("+"),
    });
  return b.finish();
}
