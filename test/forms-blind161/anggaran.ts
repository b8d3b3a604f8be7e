// Funding tables of a Dinas Peternakan dan Kesehatan Hewan: the T-C.27 of a Jawa Timur kabupaten's
// Renstra 2025-2029 (K | Rp pairs per year in thousands of rupiah, kondisi akhir: the last K of a level,
// the five Rp added) and the E.81 evaluation of an NTT kabupaten's Renja 2024 (Triwulan I-IV K | Rp;
// flows add their quarters, a percentage takes the Triwulan IV level). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  rp?: number[];
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27Brantas(): BookW {
  const b = new BookW(
    "tc27-pendanaan-renstra-disnakkeswan-brantas-hilir.xlsx",
    "T-C.27 Renstra pendanaan (Disnakkeswan)",
    "T-C.27 of the Renstra 2025-2029 of a Dinas Peternakan dan Kesehatan Hewan in Jawa Timur, (dalam ribuan rupiah): Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Kondisi Awal 2024 | 'Target Kinerja Program dan Kerangka Pendanaan' > 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Kerja PD Penanggung Jawab; number row merged over the pairs, '11 = 6 + 7 + 8 + 9 + 10'; programs add their kegiatan, JUMLAH adds the programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN BRANTAS HILIR"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan dan Pendanaan Dinas Peternakan dan Kesehatan Hewan Kabupaten Brantas Hilir 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const L: Line[] = [
    {
      id: "p1",
      kode: "3.27.02",
      ur: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase akseptor IB yang bunting (CR)",
      sat: "%",
      aw: 58,
      k: [60, 62, 64, 66, 68],
    },
    {
      id: "k11",
      kode: "3.27.02.2.03",
      ur: "Penyediaan Benih/Bibit Ternak dan Hijauan Pakan Ternak yang Sumbernya dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Jumlah inseminator aktif",
      sat: "orang",
      aw: 58,
      k: [62, 64, 66, 68, 70],
      rp: [1_845_200, 1_912_600, 1_986_300, 2_054_900, 2_131_400],
    },
    {
      id: "k12",
      kode: "3.27.02.2.05",
      ur: "Pengembangan Sarana Pendukung Usaha Peternakan",
      ind: "Jumlah pos IB yang beroperasi",
      sat: "unit",
      aw: 21,
      k: [23, 25, 27, 29, 31],
      rp: [623_500, 648_200, 672_900, 701_300, 728_600],
    },
    {
      id: "p2",
      kode: "3.27.05",
      ur: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
      ind: "Cakupan vaksinasi PMK pada sapi",
      sat: "%",
      aw: 68.5,
      k: [72, 75, 78, 81, 85],
    },
    {
      id: "k21",
      kode: "3.27.05.2.01",
      ur: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
      ind: "Jumlah dosis vaksin PMK yang diberikan",
      sat: "dosis",
      aw: 214_000,
      k: [230_000, 236_000, 242_000, 248_000, 254_000],
      rp: [2_318_700, 2_402_500, 2_487_300, 2_571_800, 2_660_400],
    },
    {
      id: "k22",
      kode: "3.27.05.2.02",
      ur: "Pengawasan Keamanan dan Kesehatan Produk Hewan di Rumah Potong Hewan dan Unit Usaha",
      ind: "Jumlah RPH/TPU bersertifikat NKV",
      sat: "unit",
      aw: 3,
      k: [4, 5, 6, 7, 8],
      rp: [412_800, 436_500, 458_100, 481_700, 506_200],
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const A = "Kondisi Kinerja pada Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 13 },
    { key: "ur", head: ["Program dan Kegiatan"], role: "indikator", num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    { key: "aw", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, num: 5, width: 10 },
  ];
  YEARS.forEach((y, i) => {
    const h = `Tahun ke-${i + 1} (${y})`;
    cols.push({ key: `k${y}`, head: [G, h, "K"], role: "target", year: y, num: 6 + i, width: 9 });
    cols.push({
      key: `r${y}`,
      head: [G, h, "Rp"],
      role: "anggaran",
      year: y,
      num: 6 + i,
      fmt: RP,
      width: 13,
    });
  });
  cols.push({
    key: "akk",
    head: [A, "K"],
    role: "kondisi-akhir",
    year: 2029,
    num: "11 = 6 + 7 + 8 + 9 + 10",
    width: 10,
  });
  cols.push({
    key: "akr",
    head: [A, "Rp"],
    role: "kondisi-akhir",
    year: 2029,
    num: "11 = 6 + 7 + 8 + 9 + 10",
    fmt: RP,
    width: 14,
  });
  cols.push({
    key: "pj",
    head: ["Unit Kerja PD Penanggung Jawab"],
    role: "penanggung-jawab",
    num: 12,
    width: 16,
  });
  const rpSum = (x: Ctx) => YEARS.map((y) => x.a(`r${y}`)).join("+");
  const kids: Record<string, string[]> = { p1: ["k11", "k12"], p2: ["k21", "k22"] };
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...L.map((l): Row => ({
        id: l.id,
        bold: !l.rp,
        cells: (x: Ctx) => {
          const out: Record<string, ReturnType<typeof fx> | number | string> = {
            kode: l.kode,
            ur: l.ur,
            ind: l.ind,
            sat: l.sat,
            aw: l.aw,
            akk: l.k[4],
            // planted: k22's kondisi akhir Rp stops at 2028
            akr:
              l.id === "k22"
                ? fx(
                    YEARS.slice(0, 4)
                      .map((y) => x.a(`r${y}`))
                      .join("+"),
                  )
                : fx(rpSum(x)),
            pj: l.kode.startsWith("3.27.02")
              ? "Bidang Perbibitan dan Produksi"
              : "Bidang Keswan dan Kesmavet",
          };
          YEARS.forEach((y, i) => {
            out[`k${y}`] = l.k[i];
            if (l.rp) out[`r${y}`] = l.rp[i];
            else {
              const f = kids[l.id].map((id) => x.a(`r${y}`, id)).join("+");
              // planted: p2's 2027 Rp is a stale cached result from before k22 was raised by 41,600
              out[`r${y}`] = l.id === "p2" && y === 2027 ? fx(f, 2_487_300 + 458_100 - 41_600) : fx(f);
            }
          });
          return out;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "sat"],
        cells: (x: Ctx) => ({
          kode: "JUMLAH PENDANAAN",
          ...Object.fromEntries(
            YEARS.map((y) => [`r${y}`, fx(`${x.a(`r${y}`, "p1")}+${x.a(`r${y}`, "p2")}`)]),
          ),
          akr: fx(rpSum(x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Keterangan: K = kinerja (target); Rp = pagu indikatif dalam ribuan rupiah."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akr", "k22") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of kegiatan 3.27.05.2.02 adds 2025-2028 only (1,789,100); with 2029's 506,200 the five years give 2,295,300",
    truth: YEARS.map((y) => a(`r${y}`, "k22")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "p2") },
    rules: ["sum-mismatch"],
    note: "Rp 2027 of program 3.27.05 is =k21+k22 with a stale cached 2,903,800; 2,487,300 + 458,100 give 2,945,400",
    truth: `${a("r2027", "k21")}+${a("r2027", "k22")}`,
  });
  for (const p of ["p1", "p2"])
    for (const y of YEARS)
      if (!(p === "p2" && y === 2027))
        b.ok({
          sheet: S,
          cell: a(`r${y}`, p),
          rules: ["sum-mismatch"],
          truth: kids[p].map((id) => a(`r${y}`, id)).join("+"),
        });
  for (const id of ["p1", "k11", "k12", "k21"])
    b.ok({
      sheet: S,
      cell: a("akr", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
      // the Rp columns only: a range would add the K between them
      trap: `SUM(${a("r2025", id)}:${a("r2029", id)})`,
    });
  for (const l of L)
    b.ok({
      sheet: S,
      cell: a("akk", l.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", l.id),
      trap: YEARS.map((y) => a(`k${y}`, l.id)).join("+"),
    });
  return b.finish();
}

// ============================================ E.81 evaluasi Renja 2024, Kabupaten Sumba Lewa Tana

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp?: number;
  q: number[];
  qrp?: number[];
  level?: boolean;
};

export function e81Sumba(): BookW {
  const b = new BookW(
    "evaluasi-e81-renja-disnakkeswan-sumba-lewa-tana.xlsx",
    "E.81 evaluasi Renja (Disnakkeswan)",
    "E.81 evaluation of the Renja 2024 of a Dinas Peternakan dan Kesehatan Hewan in NTT: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | K | Rp pairs for (6) Target Renja 2024, (7)-(10) Realisasi Triwulan I-IV, (11) Realisasi 2024 and (12) Tingkat Capaian (%); number row merged over the pairs; flows add their quarters, the cakupan (a level) takes Triwulan IV; Rata-rata capaian and predikat under the table",
  );
  const S = "E.81 Renja 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SUMBA LEWA TANA", "DINAS PETERNAKAN DAN KESEHATAN HEWAN"]);
  s.lines(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH", "TRIWULAN IV TAHUN ANGGARAN 2024"]);
  s.gap();
  const rows: E[] = [
    {
      id: "p",
      kode: "3.27.05",
      ur: "Program Pengendalian Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",
      ind: "Cakupan vaksinasi rabies pada HPR",
      sat: "%",
      tk: 70,
      q: [18.4, 39.75, 57.2, 72.6],
      level: true,
    },
    {
      id: "k",
      kode: "3.27.05.2.01",
      ur: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
      ind: "Jumlah HPR yang divaksin",
      sat: "ekor",
      tk: 24_000,
      q: [6_310, 7_204, 6_118, 5_046],
    },
    {
      id: "s1",
      kode: "3.27.05.2.01.0001",
      ur: "Pelaksanaan Vaksinasi Hewan Penular Rabies",
      ind: "Jumlah dosis vaksin rabies yang diberikan",
      sat: "dosis",
      tk: 24_000,
      trp: 486_500_000,
      q: [6_310, 7_204, 6_118, 5_046],
      qrp: [96_420_000, 138_750_000, 117_300_000, 121_860_000],
    },
    {
      id: "s2",
      kode: "3.27.05.2.01.0002",
      ur: "Pelayanan Inseminasi Buatan dan Pemeriksaan Kebuntingan",
      ind: "Jumlah akseptor IB yang dilayani",
      sat: "ekor",
      tk: 3_600,
      trp: 318_200_000,
      q: [742, 1_015, 968, 821],
      qrp: [54_380_000, 82_915_000, 79_460_000, 86_145_000],
    },
  ];
  const P = [
    "(6) Target Renja 2024",
    "(7) Triwulan I",
    "(8) Triwulan II",
    "(9) Triwulan III",
    "(10) Triwulan IV",
    "(11) Realisasi Kinerja dan Anggaran 2024",
    "(12) Tingkat Capaian Kinerja dan Realisasi Anggaran (%)",
  ];
  const keys = ["tg", "q1", "q2", "q3", "q4", "re", "cp"];
  const nums = ["6", "7", "8", "9", "10", "11 = 7+8+9+10", "12 = 11/6 x 100"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 16 },
    {
      key: "ur",
      head: ["Urusan / Bidang / Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 40,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 4,
      width: 32,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 8 },
  ];
  keys.forEach((k, i) => {
    const kRole = i === 0 ? "target" : i === 6 ? "capaian" : "realisasi";
    const rRole = i === 0 ? "anggaran" : i === 6 ? "capaian" : "realisasi-anggaran";
    cols.push({
      key: `${k}K`,
      head: [P[i], "K"],
      role: kRole,
      year: 2024,
      num: nums[i],
      fmt: i === 6 ? DEC : undefined,
      width: 10,
    });
    cols.push({
      key: `${k}R`,
      head: [P[i], "Rp"],
      role: rRole,
      year: 2024,
      num: nums[i],
      fmt: i === 6 ? DEC : RP,
      width: 14,
    });
  });
  cols.push({ key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 14 });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: rows.map((e, i): Row => ({
      id: e.id,
      cells: (x: Ctx) => {
        const out: Record<string, ReturnType<typeof fx> | number | string | undefined> = {
          no: i === 0 ? 1 : undefined,
          kode: e.kode,
          ur: e.ur,
          ind: e.ind,
          sat: e.sat,
          tgK: e.tk,
          pj: "Bidang Keswan",
        };
        e.q.forEach((v, j) => (out[`q${j + 1}K`] = v));
        const qs = (u: string) => [1, 2, 3, 4].map((j) => x.a(`q${j}${u}`)).join("+");
        out.reK = fx(e.level ? x.a("q4K") : qs("K"));
        if (e.qrp) {
          out.tgR = e.trp!;
          e.qrp.forEach((v, j) => (out[`q${j + 1}R`] = v));
          // planted: s1's realisasi Rp adds Triwulan I-III only
          out.reR = fx(e.id === "s1" ? [1, 2, 3].map((j) => x.a(`q${j}R`)).join("+") : qs("R"));
        } else {
          const kids = e.id === "p" ? ["k"] : ["s1", "s2"];
          for (const k of ["tgR", "q1R", "q2R", "q3R", "q4R", "reR"])
            out[k] = fx(kids.map((id) => x.a(k, id)).join("+"));
        }
        out.cpK = fx(`ROUND(${x.a("reK")}/${x.a("tgK")}*100,2)`);
        // planted: s2's capaian Rp has a stale cached result from before Triwulan IV
        out.cpR = fx(`ROUND(${x.a("reR")}/${x.a("tgR")}*100,2)`, e.id === "s2" ? 67.99 : undefined);
        return out;
      },
    })),
  });
  s.gap();
  const first = t.a("cpK", "p");
  const last = t.a("cpK", "s2");
  s.lines(["Rata-rata capaian kinerja"], 3, { bold: true });
  s.put(s.r - 1, 4, fx(`ROUND(AVERAGE(${first}:${last}),2)`), { fmt: DEC, bold: true });
  s.lines(["Predikat kinerja"], 3, { bold: true });
  s.put(s.r - 1, 4, "Sangat Tinggi", { bold: true });
  s.lines(
    ["Faktor pendorong: dukungan vaksin dari Balai Besar Veteriner Denpasar dan kader siaga rabies desa."],
    3,
  );
  s.lines(["Faktor penghambat: medan berat di wilayah selatan, keterbatasan tenaga inseminator."], 3);
  s.gap();
  signature(s, 14, {
    tempat: "Waingapu Lewa, 14 Januari 2025",
    jabatan: ["Kepala Dinas Peternakan dan Kesehatan Hewan", "Kabupaten Sumba Lewa Tana,"],
    nama: "drh. UMBU NDAKULARAK, M.P.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19780206 200604 1 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (u: string, id: string) => [1, 2, 3, 4].map((j) => a(`q${j}${u}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("reR", "s1") },
    rules: ["sum-mismatch"],
    note: "Realisasi Rp 2024 (11) of sub kegiatan 3.27.05.2.01.0001 adds Triwulan I-III only (352,470,000); with Triwulan IV's 121,860,000 it is 474,330,000",
    truth: q("R", "s1"),
  });
  b.plant({
    at: { sheet: S, cell: a("cpR", "s2") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Rp (12) of sub kegiatan 3.27.05.2.01.0002 is =ROUND(11/6*100,2) with a stale cached 67.99 (before Triwulan IV); 302,900,000 / 318,200,000 gives 95.19",
    truth: `ROUND(${a("reR", "s2")}/${a("tgR", "s2")}*100,2)`,
  });
  for (const id of ["k", "s1", "s2"])
    b.ok({ sheet: S, cell: a("reK", id), rules: ["sum-mismatch"], truth: q("K", id) });
  // the cakupan is a level: its realisasi is Triwulan IV, not the quarters added
  b.ok({ sheet: S, cell: a("reK", "p"), rules: ["sum-mismatch"], truth: a("q4K", "p"), trap: q("K", "p") });
  b.ok({
    sheet: S,
    cell: a("cpK", "p"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("q4K", "p")}/${a("tgK", "p")}*100,2)`,
    trap: `ROUND((${q("K", "p")})/${a("tgK", "p")}*100,2)`,
  });
  for (const id of ["k", "s1", "s2"])
    b.ok({
      sheet: S,
      cell: a("cpK", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("reK", id)}/${a("tgK", id)}*100,2)`,
    });
  b.ok({ sheet: S, cell: a("reR", "s2"), rules: ["sum-mismatch"], truth: q("R", "s2") });
  for (const k of ["tgR", "q1R", "q2R", "q3R", "q4R"])
    b.ok({ sheet: S, cell: a(k, "k"), rules: ["sum-mismatch"], truth: `${a(k, "s1")}+${a(k, "s2")}` });
  return b.finish();
}
