// A sector recap of a Sulawesi Barat province: peserta KB aktif per kabupaten by method (Tabel A) and,
// beside it after one empty column, the unmet need per kabupaten (Tabel B, its own PUS column and one
// row shorter: no No column). Jumlah PA and mCPR are formulas per row; the JUMLAH PROVINSI row sums
// the counts and takes the ratio of the totals for the percentages. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  fx,
  letterhead,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type Kab = { id: string; nm: string; pus: number; m: number[]; iat: number; tial: number };

export function rekapKbSulbar(): BookW {
  const b = new BookW(
    "rekap-peserta-kb-unmet-need-kabupaten-sulbar-2024.xlsx",
    "rekap sektor: peserta KB aktif dan unmet need per kabupaten",
    "one sheet, two tables side by side: Tabel A No | Kabupaten | PUS | 'Peserta KB Aktif Menurut Metode Kontrasepsi' > MOW | MOP | IUD | Implan | Suntik | Pil | Kondom | Jumlah PA | mCPR (%), number row (1) .. (12) with '(11) = (4) s.d. (10)' and '(12) = (11) / (3) x 100'; Tabel B Kabupaten | PUS | 'Unmet Need' > Ingin Anak Ditunda (IAT) | Tidak Ingin Anak Lagi (TIAL) | Jumlah | % thd PUS; JUMLAH PROVINSI rows; notes and a signature",
  );
  const S = "Rekap KB Des 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI BARAT",
    "DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA",
  ]);
  s.lines([
    "REKAPITULASI PESERTA KB AKTIF DAN UNMET NEED MENURUT KABUPATEN",
    "Keadaan s.d. Bulan Desember 2024 (Sumber: New SIGA, diolah)",
  ]);
  s.gap();
  const kabs: Kab[] = [
    {
      id: "k1",
      nm: "Balanipa Utara",
      pus: 38_420,
      m: [1_126, 64, 1_402, 4_865, 11_238, 3_974, 412],
      iat: 2_186,
      tial: 2_315,
    },
    {
      id: "k2",
      nm: "Mandar Hulu",
      pus: 52_815,
      m: [1_548, 91, 2_106, 6_730, 15_904, 5_287, 603],
      iat: 3_042,
      tial: 3_518,
    },
    {
      id: "k3",
      nm: "Lembah Karossa",
      pus: 71_264,
      m: [2_315, 138, 3_084, 9_452, 19_736, 6_918, 543],
      iat: 3_125,
      tial: 3_870,
    },
    {
      id: "k4",
      nm: "Budong Raya",
      pus: 29_736,
      m: [786, 42, 958, 3_604, 8_827, 3_126, 295],
      iat: 1_704,
      tial: 1_952,
    },
    {
      id: "k5",
      nm: "Tommo Hilir",
      pus: 24_118,
      m: [652, 37, 814, 2_946, 7_105, 2_468, 231],
      iat: 1_588,
      tial: 1_720,
    },
    {
      id: "k6",
      nm: "Sumarorong Barat",
      pus: 18_905,
      m: [498, 21, 605, 2_318, 5_472, 2_014, 176],
      iat: 1_526,
      tial: 1_653,
    },
  ];
  const M = ["MOW", "MOP", "IUD", "Implan", "Suntik", "Pil", "Kondom"];
  const mk = M.map((_, i) => `m${i}`);
  const TYPED_K3 = 41_286; // the seven methods of Lembah Karossa add up to 42,186
  if (sum(kabs[2].m) !== 42_186) throw new Error("rekap k3");
  const G = "Peserta KB Aktif Menurut Metode Kontrasepsi";
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten"], role: "lokasi", num: "(2)", width: 18 },
    { key: "pus", head: ["Jumlah PUS"], role: "lainnya", num: "(3)", fmt: INT, width: 10 },
    ...M.map((m, i): Col => ({
      key: mk[i],
      head: [G, m],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: INT,
      width: 8,
    })),
    {
      key: "pa",
      head: ["Jumlah PA"],
      role: "realisasi",
      year: 2024,
      num: "(11) = (4) s.d. (10)",
      fmt: INT,
      width: 10,
    },
    {
      key: "cpr",
      head: ["mCPR (%)"],
      role: "capaian",
      year: 2024,
      num: "(12) = (11) / (3) x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const first = "k1";
  const lastK = "k6";
  const ta = s.table({
    cols: colsA,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kabs.map((x, i): Row => ({
        id: x.id,
        cells: (c) => {
          const out: Record<string, Cell> = { no: i + 1, kab: x.nm, pus: x.pus };
          x.m.forEach((v, j) => (out[mk[j]] = v));
          // planted: Lembah Karossa's Jumlah PA is typed among SUM formulas
          out.pa = x.id === "k3" ? TYPED_K3 : fx(`SUM(${c.a("m0")}:${c.a("m6")})`);
          out.cpr = fx(`ROUND(${c.a("pa")}/${c.a("pus")}*100,2)`);
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH PROVINSI" };
          // planted: the PUS total leaves out the last kabupaten
          out.pus = fx(`SUM(${c.a("pus", first)}:${c.a("pus", "k5")})`);
          for (const k of [...mk, "pa"]) out[k] = fx(`SUM(${c.a(k, first)}:${c.a(k, lastK)})`);
          out.cpr = fx(`ROUND(${c.a("pa")}/${c.a("pus")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const colsB: Col[] = [
    { key: "kab", head: ["Kabupaten"], role: "lokasi", width: 18 },
    { key: "pus", head: ["PUS"], role: "lainnya", fmt: INT, width: 10 },
    {
      key: "iat",
      head: ["Unmet Need", "Ingin Anak Ditunda (IAT)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 10,
    },
    {
      key: "tial",
      head: ["Unmet Need", "Tidak Ingin Anak Lagi (TIAL)"],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 10,
    },
    { key: "jml", head: ["Unmet Need", "Jumlah"], role: "realisasi", year: 2024, fmt: INT, width: 10 },
    { key: "pct", head: ["Unmet Need", "% thd PUS"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const tb = s.table(
    {
      cols: colsB,
      headerRows: 2,
      rows: [
        ...kabs.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            kab: x.nm,
            pus: x.pus,
            iat: x.iat,
            tial: x.tial,
            jml: fx(`${c.a("iat")}+${c.a("tial")}`),
            pct: fx(`ROUND(${c.a("jml")}/${c.a("pus")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            kab: "JUMLAH PROVINSI",
            pus: fx(`SUM(${c.a("pus", first)}:${c.a("pus", lastK)})`),
            iat: fx(`SUM(${c.a("iat", first)}:${c.a("iat", lastK)})`),
            tial: fx(`SUM(${c.a("tial", first)}:${c.a("tial", lastK)})`),
            jml: fx(`SUM(${c.a("jml", first)}:${c.a("jml", lastK)})`),
            pct: fx(`ROUND(${c.a("jml")}/${c.a("pus")}*100,2)`),
          }),
        },
      ],
    },
    ta.right + 2,
    ta.top + 1,
  );
  s.r = Math.max(ta.lastDataRow, tb.lastDataRow) + 1;
  s.gap();
  s.lines([
    "Keterangan: PA = peserta KB aktif; mCPR = jumlah PA metode modern / jumlah PUS x 100.",
    "Persentase JUMLAH PROVINSI dihitung dari jumlah, bukan rata-rata persentase kabupaten.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Mamuju, 15 Januari 2025",
    jabatan: ["Kepala Dinas,"],
    nama: "Dra. HJ. ST. NURBAYA AMIR, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690411 199403 2 006",
  });

  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("pa", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah PA of Lembah Karossa is a typed 41,286 among SUM formulas; its seven methods add up to 42,186 (digits swapped)",
    truth: mk.map((k) => A(k, "k3")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: A("pus", "tot") },
    rules: ["sum-mismatch"],
    note: `The PUS of JUMLAH PROVINSI is SUM over the first five kabupaten (${sum(kabs.slice(0, 5).map((x) => x.pus)).toLocaleString("en")}); with Sumarorong Barat's 18,905 it is ${sum(kabs.map((x) => x.pus)).toLocaleString("en")}`,
    truth: kabs.map((x) => A("pus", x.id)).join("+"),
  });
  for (const x of kabs) {
    if (x.id !== "k3") {
      b.ok({
        sheet: S,
        cell: A("pa", x.id),
        rules: ["sum-mismatch", "hardcoded-value"],
        truth: mk.map((k) => A(k, x.id)).join("+"),
      });
      b.ok({
        sheet: S,
        cell: A("cpr", x.id),
        rules: ["percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${A("pa", x.id)}/${A("pus", x.id)}*100,2)`,
      });
    }
    b.ok({
      sheet: S,
      cell: B("jml", x.id),
      rules: ["sum-mismatch"],
      truth: `${B("iat", x.id)}+${B("tial", x.id)}`,
    });
    b.ok({ sheet: S, cell: B("pus", x.id), rules: ["cross-table-mismatch"], truth: A("pus", x.id) });
  }
  for (const k of mk)
    b.ok({
      sheet: S,
      cell: A(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kabs.map((x) => A(k, x.id)).join("+"),
    });
  for (const k of ["pus", "iat", "tial", "jml"])
    b.ok({
      sheet: S,
      cell: B(k, "tot"),
      rules: ["sum-mismatch"],
      truth: kabs.map((x) => B(k, x.id)).join("+"),
    });
  // the province's share is the ratio of the totals, not the kabupaten shares added or averaged
  b.ok({
    sheet: S,
    cell: B("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${B("jml", "tot")}/${B("pus", "tot")}*100,2)`,
    trap: kabs.map((x) => B("pct", x.id)).join("+"),
  });
  const avgPct = round(sum(kabs.map((x) => round(((x.iat + x.tial) / x.pus) * 100))) / kabs.length);
  const totPct = round((sum(kabs.map((x) => x.iat + x.tial)) / sum(kabs.map((x) => x.pus))) * 100);
  if (Math.abs(avgPct - totPct) <= 0.06) throw new Error(`rekap: average ${avgPct} too close to ${totPct}`);
  return b.finish();
}
