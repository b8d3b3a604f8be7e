// The E.81, the T-C.27 and the LKjIP table of two BPBD (Kabupaten Tanah Lingga, Jambi; Kota Sungai
// Rawa, Kalimantan Selatan): desa tangguh bencana, kajian risiko, EWS, waktu tanggap. All invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  predikatBaik,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

type E = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  k6: number;
  k7: number;
  q: number[];
  r5: number;
  r6: number;
  r7: number;
  rq: number[];
};

/** E.81 of the BPBD Kabupaten Tanah Lingga (Jambi), 2024, calendar-year headers, Kinerja | Keuangan. */
export function e81Bpbd(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-bpbd-tanah-lingga-2024.xlsx",
    "E.81 Evaluasi Renja (BPBD)",
    "E.81 Tahun 2024, Renstra 2022-2026; calendar years in the headers; Kinerja | Keuangan pairs; an extra Capaian Renja (%) pair; a level row (% desa tangguh) over flows; Rata-rata and Predikat rows",
  );
  const S = "Evaluasi Renja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TANAH LINGGA",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Lintas Sumatera Km. 7 Muara Lingga",
  ]);
  s.lines([
    "Tabel T-C.19 / E.81 Evaluasi Terhadap Hasil Renja BPBD Kabupaten Tanah Lingga",
    "Renstra BPBD 2022-2026, Realisasi s.d. Triwulan IV Tahun 2024",
  ]);
  s.gap();
  const s1: E = {
    id: "s1",
    kode: "1.05.03.2.02.0001",
    ur: "Sosialisasi, Komunikasi, Informasi dan Edukasi (KIE) Rawan Bencana",
    ind: "Jumlah desa/kelurahan tangguh bencana yang dibentuk",
    sat: "desa",
    level: false,
    k5: 48,
    k6: 26,
    k7: 10,
    q: [1, 2, 3, 4],
    r5: 3_850_000_000,
    r6: 2_104_300_000,
    r7: 760_000_000,
    rq: [96_250_000, 171_400_000, 214_900_000, 236_150_000],
  };
  const s2: E = {
    id: "s2",
    kode: "1.05.03.2.02.0003",
    ur: "Penyediaan Peralatan Peringatan Dini Bencana",
    ind: "Jumlah unit Early Warning System (EWS) terpasang",
    sat: "unit",
    level: false,
    k5: 30,
    k6: 14,
    k7: 8,
    q: [0, 2, 3, 3],
    r5: 6_400_000_000,
    r6: 3_318_750_000,
    r7: 1_420_000_000,
    rq: [42_800_000, 388_600_000, 455_120_000, 497_330_000],
  };
  const subs = [s1, s2];
  const add = (k: "r5" | "r6" | "r7") => sum(subs.map((x) => x[k]));
  const rq = [0, 1, 2, 3].map((i) => sum(subs.map((x) => x.rq[i])));
  const keg: E = {
    id: "keg",
    kode: "1.05.03.2.02",
    ur: "Pelayanan Pencegahan dan Kesiapsiagaan terhadap Bencana",
    ind: "Jumlah dokumen kajian risiko bencana yang disusun",
    sat: "dokumen",
    level: false,
    k5: 5,
    k6: 3,
    k7: 1,
    q: [0, 0, 1, 0],
    r5: add("r5"),
    r6: add("r6"),
    r7: add("r7"),
    rq,
  };
  const prog: E = {
    ...keg,
    id: "prog",
    kode: "1.05.03",
    ur: "PROGRAM PENANGGULANGAN BENCANA",
    ind: "Persentase desa/kelurahan tangguh bencana",
    sat: "%",
    level: true,
    k5: 40,
    k6: 22.5,
    k7: 30,
    q: [24.1, 25.9, 27.6, 30.2],
  };
  const rows = [prog, keg, s1, s2];
  const k12 = (e: E) => (e.level ? e.q[3] : sum(e.q));
  const k13 = (e: E) => (e.level ? k12(e) : e.k6 + k12(e));
  const r12 = (e: E) => sum(e.rq);
  const k14 = (e: E) => round((k13(e) / e.k5) * 100);
  const r14 = (e: E) => round(((e.r6 + r12(e)) / e.r5) * 100);
  const pair = (
    key: string,
    g: string,
    num: string,
    role: Col["role"],
    rrole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [g, "Kinerja"], role, year, num, fmt: DEC, width: 9 },
    { key: `r${key}`, head: [g, "Keuangan (Rp)"], role: rrole, year, num, fmt: RP, width: 16 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "3", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "4", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4a", width: 8 },
    ...pair("5", "Target Renstra BPBD Akhir Periode (2026)", "5", "target", "anggaran"),
    ...pair("6", "Realisasi Renstra s.d. Tahun 2023", "6", "realisasi", "realisasi-anggaran", 2023),
    ...pair("7", "Target Renja Tahun 2024", "7", "target", "anggaran", 2024),
    ...pair("8", "Realisasi TW I 2024", "8", "realisasi", "realisasi-anggaran", 2024),
    ...pair("9", "Realisasi TW II 2024", "9", "realisasi", "realisasi-anggaran", 2024),
    ...pair("10", "Realisasi TW III 2024", "10", "realisasi", "realisasi-anggaran", 2024),
    ...pair("11", "Realisasi TW IV 2024", "11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("12", "Realisasi Renja Tahun 2024", "12 = 8+9+10+11", "realisasi", "realisasi-anggaran", 2024),
    ...pair("cr", "Capaian Renja 2024 (%)", "12/7 x 100", "capaian", "capaian", 2024),
    ...pair(
      "13",
      "Realisasi Renstra s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair("14", "Tingkat Capaian Renstra s.d. Tahun 2024 (%)", "14 = 13/5 x 100", "capaian", "capaian"),
    { key: "pj", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 16 },
  ];
  // planted: EWS sub kegiatan (12) Rp typed 1,473,850,000; the quarters give 1,383,850,000
  const R12S2 = 1_473_850_000;
  // planted: desa tangguh sub kegiatan (14) K typed 57.50 (digits swapped); 36/48 x 100 = 75.00
  const K14S1 = 57.5;
  const k14v = (e: E) => (e.id === "s1" ? K14S1 : k14(e));
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    bold: e.id === "prog",
    cells: {
      no: i + 1,
      kode: e.kode,
      ur: e.ur,
      ind: e.ind,
      sat: e.sat,
      k5: e.k5,
      r5: e.r5,
      k6: e.k6,
      r6: e.r6,
      k7: e.k7,
      r7: e.r7,
      k8: e.q[0],
      r8: e.rq[0],
      k9: e.q[1],
      r9: e.rq[1],
      k10: e.q[2],
      r10: e.rq[2],
      k11: e.q[3],
      r11: e.rq[3],
      k12: k12(e),
      r12: e.id === "s2" ? R12S2 : r12(e),
      kcr: round((k12(e) / e.k7) * 100),
      rcr: round((r12(e) / e.r7) * 100),
      k13: k13(e),
      r13: e.r6 + r12(e),
      k14: k14v(e),
      r14: r14(e),
      pj: "Bidang Pencegahan dan Kesiapsiagaan",
    },
  }));
  const avgK = round(sum(rows.map(k14v)) / 4);
  const avgR = round(sum(rows.map(r14)) / 4);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja dan Realisasi Anggaran (%)",
          k14: fx(`ROUND(AVERAGE(${x.a("k14", "prog")}:${x.a("k14", "s2")}),2)`),
          r14: fx(`ROUND(AVERAGE(${x.a("r14", "prog")}:${x.a("r14", "s2")}),2)`),
        }),
      },
      {
        id: "pred",
        span: ["no", "sat"],
        cells: { no: "Predikat Kinerja", k14: predikat(avgK), r14: predikat(avgR) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: dukungan BNPB untuk pengadaan EWS banjir di DAS Batang Lingga.",
    "Tindak lanjut: percepatan pembentukan Destana di kecamatan rawan longsor.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Muara Lingga, 14 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "KABUPATEN TANAH LINGGA"],
    nama: "HENDRI SAPUTRA NASUTION, S.T., M.Si.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19780322 200312 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q = (p: string, id: string) => ["8", "9", "10", "11"].map((n) => a(`${p}${n}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("r12", "s2") },
    rules: ["sum-mismatch"],
    note: "Realisasi Renja 2024 Rp of sub kegiatan 1.05.03.2.02.0003 (EWS) is 1,473,850,000; the four quarters add up to 1,383,850,000",
    truth: q("r", "s2"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s1") },
    rules: ["capaian-mismatch"],
    note: "Tingkat capaian Renstra K of sub kegiatan 1.05.03.2.02.0001 typed 57.50; 13/5 x 100 = 36/48 x 100 = 75.00",
    truth: `ROUND(${a("k13", "s1")}/${a("k5", "s1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k11", "prog"),
    trap: q("k", "prog"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k12", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["keg", "s1", "s2"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: q("k", id) });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["prog", "keg", "s1"]) {
    b.ok({ sheet: S, cell: a("r12", id), rules: ["sum-mismatch"], truth: q("r", id) });
    b.ok({
      sheet: S,
      cell: a("r14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r13", id)}/${a("r5", id)}*100,2)`,
    });
  }
  for (const id of ["prog", "keg", "s2"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("kcr", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("k12", "prog")}/${a("k7", "prog")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("r7", "keg"),
    rules: ["sum-mismatch"],
    truth: `${a("r7", "s1")}+${a("r7", "s2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("r14", "pred"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("r14", "avg")})`,
  });
  return b.finish();
}

type P = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  level: boolean;
  awal: number;
  k: number[];
  rp?: number[];
  sas: string;
};

/** T-C.27 of the BPBD Kota Sungai Rawa (Kalimantan Selatan), Renstra 2025-2029, Rp in thousands. */
export function tc27Bpbd(): BookW {
  const b = new BookW(
    "renstra-tc27-pendanaan-bpbd-sungai-rawa.xlsx",
    "T-C.27 Rencana program dan pendanaan (BPBD)",
    "T-C.27 Renstra 2025-2029 '(dalam ribuan rupiah)'; Sasaran column merged over its rows; calendar years over Target | Rp; kegiatan Rp = SUM of sub kegiatan, program Rp = sum of kegiatan; Lokasi last; a negative level (waktu tanggap) and flows (EWS, dokumen)",
  );
  const S = "T-C.27 BPBD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SUNGAI RAWA", "BADAN PENANGGULANGAN BENCANA DAERAH"]);
  s.lines([
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPBD Kota Sungai Rawa 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const SA = "Menurunnya risiko bencana di Kota Sungai Rawa";
  const SB = "Meningkatnya kecepatan penanganan darurat bencana";
  const rows: P[] = [
    {
      id: "p",
      kode: "1.05.03",
      ur: "PROGRAM PENANGGULANGAN BENCANA",
      ind: "Persentase kelurahan dengan dokumen kajian risiko bencana",
      sat: "%",
      level: true,
      awal: 35,
      k: [45, 55, 65, 75, 85],
      sas: SA,
    },
    {
      id: "g1",
      kode: "1.05.03.2.01",
      ur: "Pelayanan Informasi Rawan Bencana Kabupaten/Kota",
      ind: "Jumlah dokumen kajian risiko bencana yang disusun",
      sat: "dokumen",
      level: false,
      awal: 1,
      k: [1, 1, 1, 1, 1],
      sas: SA,
    },
    {
      id: "s11",
      kode: "1.05.03.2.01.0001",
      ur: "Penyediaan Informasi Rawan Bencana bagi Penduduk",
      ind: "Jumlah unit EWS banjir dan longsor yang terpasang",
      sat: "unit",
      level: false,
      awal: 3,
      k: [4, 4, 5, 5, 6],
      rp: [612_400, 640_800, 788_250, 812_000, 965_300],
      sas: SA,
    },
    {
      id: "s12",
      kode: "1.05.03.2.01.0002",
      ur: "Penyusunan Kajian Risiko Bencana Kota",
      ind: "Jumlah dokumen KRB kelurahan yang disusun",
      sat: "dokumen",
      level: false,
      awal: 2,
      k: [3, 3, 3, 3, 3],
      rp: [185_000, 192_500, 201_000, 209_750, 218_400],
      sas: SA,
    },
    {
      id: "g2",
      kode: "1.05.03.2.03",
      ur: "Pelayanan Penyelamatan dan Evakuasi Korban Bencana",
      ind: "Persentase korban bencana yang mendapat pelayanan dasar",
      sat: "%",
      level: true,
      awal: 88,
      k: [90, 92, 95, 98, 100],
      sas: SB,
    },
    {
      id: "s21",
      kode: "1.05.03.2.03.0001",
      ur: "Pencarian, Pertolongan dan Evakuasi Korban Bencana",
      ind: "Rata-rata waktu tanggap darurat sejak laporan kejadian",
      sat: "jam",
      level: true,
      awal: 8,
      k: [7.5, 7, 6.5, 6, 5.5],
      rp: [1_204_600, 1_265_000, 1_318_400, 1_377_900, 1_436_200],
      sas: SB,
    },
    {
      id: "s22",
      kode: "1.05.03.2.03.0002",
      ur: "Penyediaan Logistik Penyelamatan dan Evakuasi Korban",
      ind: "Jumlah paket logistik buffer stock yang disediakan",
      sat: "paket",
      level: false,
      awal: 1_800,
      k: [2_000, 2_100, 2_200, 2_300, 2_400],
      rp: [845_000, 887_250, 931_600, 978_200, 1_027_100],
      sas: SB,
    },
    {
      id: "s23",
      kode: "1.05.03.2.03.0004",
      ur: "Pemenuhan Kebutuhan Dasar Korban Bencana",
      ind: "Jumlah jiwa korban terdampak yang dilayani kebutuhan dasarnya",
      sat: "jiwa",
      level: false,
      awal: 3_150,
      k: [3_200, 3_200, 3_300, 3_300, 3_400],
      rp: [476_300, 500_100, 525_100, 551_400, 579_000],
      sas: SB,
    },
  ];
  const years = [2025, 2026, 2027, 2028, 2029];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 26 },
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...years.flatMap((y): Col[] => [
      { key: `k${y}`, head: [TK, String(y), "Target"], role: "target", year: y, fmt: DEC },
      { key: `r${y}`, head: [TK, String(y), "Rp"], role: "anggaran", year: y, fmt: RP },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", fmt: DEC },
    { key: "akR", head: [AK, "Rp"], role: "anggaran", fmt: RP },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const kids: Record<string, [string, string]> = { g1: ["s11", "s12"], g2: ["s21", "s23"] };
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["sas"],
    rows: rows.map((p) => ({
      id: p.id,
      bold: !p.rp,
      cells: (x) => {
        // planted: kondisi akhir K of the EWS flow typed as the 2029 target (6); the five years give 24
        const akK = p.id === "s11" ? p.k[4] : p.level ? p.k[4] : sum(p.k);
        const out: Record<string, Cell> = {
          sas: p.sas,
          kode: p.kode,
          ur: p.ur,
          ind: p.ind,
          sat: p.sat,
          awal: p.awal,
          akK,
          pj:
            p.id.startsWith("s2") || p.id === "g2" ? "Bidang Kedaruratan dan Logistik" : "Bidang Pencegahan",
          lok: "Kota Sungai Rawa",
        };
        years.forEach((y) => {
          const c = `r${y}`;
          out[`k${y}`] = p.k[years.indexOf(y)];
          if (p.rp) out[c] = p.rp[years.indexOf(y)];
          else if (p.id === "p") out[c] = fx(`${x.a(c, "g1")}+${x.a(c, "g2")}`);
          else {
            const [f, l] = kids[p.id];
            // planted: 2027 of kegiatan 1.05.03.2.03 sums one row short (leaves out .0004)
            const last = p.id === "g2" && y === 2027 ? "s22" : l;
            out[c] = fx(`SUM(${x.a(c, f)}:${x.a(c, last)})`);
          }
        });
        out.akR = fx(years.map((y) => x.a(`r${y}`)).join("+"));
        return out;
      },
    })),
  });
  s.gap();
  s.lines(["Keterangan: waktu tanggap adalah indikator negatif (semakin kecil semakin baik)."]);
  s.gap();
  signature(s, 16, {
    tempat: "Sungai Rawa, 3 Maret 2025",
    jabatan: ["KEPALA PELAKSANA BPBD KOTA SUNGAI RAWA"],
    nama: "Drs. MUHAMMAD RIDHANI, M.AP.",
    nip: "19720811 199803 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = (id: string) => years.map((y) => a(`k${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akK", "s11") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the EWS count (a flow: units installed per year) is 6, the 2029 target; the five years add up to 24",
    truth: ks("s11"),
  });
  b.plant({
    at: { sheet: S, cell: a("r2027", "g2") },
    rules: ["sum-mismatch"],
    note: "2027 Rp of kegiatan 1.05.03.2.03 is SUM over two of its three sub kegiatan (2,250,000); with .0004 it is 2,775,100",
    truth: `${a("r2027", "s21")}+${a("r2027", "s22")}+${a("r2027", "s23")}`,
  });
  b.ok({
    sheet: S,
    cell: a("akK", "p"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "p"),
    trap: ks("p"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "s21"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k2029", "s21"),
    trap: ks("s21"),
  });
  b.ok({
    sheet: S,
    cell: a("akK", "g1"),
    rules: ["kondisi-akhir-mismatch"],
    truth: ks("g1"),
    trap: a("k2029", "g1"),
  });
  b.ok({ sheet: S, cell: a("akK", "s22"), rules: ["kondisi-akhir-mismatch"], truth: ks("s22") });
  for (const id of ["g1", "s11", "s12", "s21", "s23"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: years.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2025, 2027, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "g1"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "s11")}+${a(`r${y}`, "s12")}`,
    });
  b.ok({
    sheet: S,
    cell: a("r2026", "g2"),
    rules: ["sum-mismatch"],
    truth: `${a("r2026", "s21")}+${a("r2026", "s22")}+${a("r2026", "s23")}`,
  });
  for (const [id, par] of [
    ["s12", "1.05.03.2.01"],
    ["s21", "1.05.03.2.03"],
    ["s23", "1.05.03.2.03"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `"${par}"`,
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}

/** LKjIP 2024 capaian kinerja of the BPBD Kabupaten Tanah Lingga: refleksi on negative indicators. */
export function lkjipBpbd(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-bpbd-tanah-lingga.xlsx",
    "LKjIP capaian kinerja (BPBD)",
    "LKjIP 2024 Tabel 3.3: No | Sasaran (merged) | Indikator | Satuan | Target akhir Renstra | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; refleksi (2T-R)/T on IRB and waktu tanggap; Rata-rata and Predikat rows",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, ["LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024", "BPBD KABUPATEN TANAH LINGGA"]);
  s.lines(["Tabel 3.3 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"]);
  s.gap();
  const SA = "Menurunnya indeks risiko bencana daerah";
  const SB = "Meningkatnya kualitas penanganan darurat bencana";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Indeks Risiko Bencana (IRB)",
      sat: "indeks",
      neg: true,
      akhir: 130.5,
      r23: 146.2,
      t: 142.5,
      r: 138.9,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase desa/kelurahan tangguh bencana",
      sat: "%",
      neg: false,
      akhir: 40,
      r23: 22.5,
      t: 30,
      r: 30.2,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Rata-rata waktu tanggap darurat bencana",
      sat: "jam",
      neg: true,
      akhir: 5,
      r23: 6.4,
      t: 6,
      r: 5.1,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase korban terdampak yang dilayani",
      sat: "%",
      neg: false,
      akhir: 100,
      r23: 94.8,
      t: 100,
      r: 96.4,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Persentase EWS terpasang yang berfungsi",
      sat: "%",
      neg: false,
      akhir: 95,
      r23: 80,
      t: 90,
      r: 71.5,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (x: (typeof I)[number], plantedRT = false) =>
    round(plantedRT || !x.neg ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "ak", head: ["Target Akhir Renstra"], role: "target" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const shown = I.map((x) => val(x, x.id === "i3"));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          ak: x.akhir,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: waktu tanggap (negative) with the positive R/T formula
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: "Sangat Baik" for the EWS row (79.44 is Baik); i3 keeps its true word
          p: x.id === "i5" ? "Sangat Baik" : predikatBaik(val(x)),
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
      {
        id: "pred",
        span: ["no", "r"],
        cells: { no: "Predikat Kinerja BPBD", p: predikatBaik(round(sum(shown) / 5)) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (IRB, waktu tanggap) dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Waktu tanggap (negative) computed with R / T = 85.00; refleksi (2 x 6 - 5.1) / 6 gives 115.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Sangat Baik' for 79.44 (71.5 / 90); the band > 75 - 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i1"), a("r", "i1")),
    trap: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  for (const id of ["i2", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}
