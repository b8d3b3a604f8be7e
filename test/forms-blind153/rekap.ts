// The per-kecamatan recap of violence cases of a DP3A in Kalimantan Timur (SIMFONI-PPA shape): cases
// reported and handled against women and against children, the Jumlah pair, the % handled per
// kecamatan, and a TOTAL row whose % is the ratio of the totals. Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; pl: number; pd: number; al: number; ad: number };

export function rekapKasusKutaiPedalaman(): BookW {
  const b = new BookW(
    "rekap-kasus-kekerasan-per-kecamatan-dp3a-kutai-pedalaman.xlsx",
    "Rekap kasus kekerasan per kecamatan (DP3A)",
    "Rekapitulasi kasus kekerasan terhadap perempuan dan anak 2024 per kecamatan of a DP3A in Kalimantan Timur: No | Kecamatan | 'Kekerasan terhadap Perempuan' > Dilaporkan | Ditangani | 'Kekerasan terhadap Anak' > Dilaporkan | Ditangani | 'Jumlah' > Dilaporkan | Ditangani | % Kasus Ditangani; number row 1 .. '7 = 3 + 5', '8 = 4 + 6', '9 = 8 / 7 x 100'; TOTAL row",
  );
  const S = "Rekap Kasus 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KUTAI PEDALAMAN",
    "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
    "Jl. Awang Long No. 27 Long Bagun Ilir, Kalimantan Timur",
  ]);
  s.lines([
    "REKAPITULASI KASUS KEKERASAN TERHADAP PEREMPUAN DAN ANAK YANG DILAPORKAN DAN DITANGANI",
    "MENURUT KECAMATAN, JANUARI s.d. DESEMBER 2024 (sumber: SIMFONI-PPA dan UPTD PPA)",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Long Bagun Ilir", pl: 21, pd: 20, al: 34, ad: 33 },
    { id: "k2", nama: "Tering Seberang", pl: 14, pd: 14, al: 19, ad: 18 },
    { id: "k3", nama: "Melak Hulu", pl: 17, pd: 15, al: 26, ad: 24 },
    { id: "k4", nama: "Damai Baru", pl: 9, pd: 9, al: 12, ad: 12 },
    { id: "k5", nama: "Barong Tongkok Timur", pl: 23, pd: 20, al: 41, ad: 35 },
    { id: "k6", nama: "Linggang Bigung Raya", pl: 11, pd: 10, al: 15, ad: 15 },
    { id: "k7", nama: "Muara Pahu Ulu", pl: 6, pd: 5, al: 10, ad: 8 },
    { id: "k8", nama: "Long Iram Seberang", pl: 8, pd: 8, al: 13, ad: 12 },
    { id: "k9", nama: "Penyinggahan Ilir", pl: 5, pd: 4, al: 7, ad: 7 },
  ];
  const P = "Kekerasan terhadap Perempuan (dewasa)";
  const A = "Kekerasan terhadap Anak (0-17 th)";
  const J = "Jumlah";
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 22 },
    { key: "pl", head: [P, "Dilaporkan"], num: 3, fmt: INT, width: 11 },
    { key: "pd", head: [P, "Ditangani"], role: "realisasi", year: 2024, num: 4, fmt: INT, width: 11 },
    { key: "al", head: [A, "Dilaporkan"], num: 5, fmt: INT, width: 11 },
    { key: "ad", head: [A, "Ditangani"], role: "realisasi", year: 2024, num: 6, fmt: INT, width: 11 },
    { key: "jl", head: [J, "Dilaporkan"], num: "7 = 3 + 5", fmt: INT, width: 11 },
    {
      key: "jd",
      head: [J, "Ditangani"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4 + 6",
      fmt: INT,
      width: 11,
    },
    { key: "pc", head: ["% Kasus Ditangani"], num: "9 = 8 / 7 x 100", fmt: DEC, width: 12 },
  ];
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k9")})`;
  const truePd = K.reduce((n, k) => n + k.pd, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kec: k.nama,
          pl: k.pl,
          pd: k.pd,
          al: k.al,
          ad: k.ad,
          jl: fx(`${x.a("pl")}+${x.a("al")}`),
          jd: fx(`${x.a("pd")}+${x.a("ad")}`),
          // planted: Barong Tongkok Timur's % typed 92.19 (55 / 64 gives 85.94)
          pc: k.id === "k5" ? 92.19 : fx(`ROUND(${x.a("jd")}/${x.a("jl")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          pl: fx(sumCol("pl", x)),
          // planted: a stale cached result from before Melak Hulu's 15 handled cases were entered (was 13)
          pd: fx(sumCol("pd", x), truePd - 2),
          al: fx(sumCol("al", x)),
          ad: fx(sumCol("ad", x)),
          jl: fx(sumCol("jl", x)),
          jd: fx(sumCol("jd", x)),
          pc: fx(`ROUND(${x.a("jd")}/${x.a("jl")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Kasus ditangani = kasus yang mendapat layanan pengaduan, kesehatan, bantuan hukum dan/atau rehabilitasi sosial UPTD PPA.",
    "2. Kolom 9 baris TOTAL dihitung dari jumlah kolom 8 dan 7, bukan rata-rata persentase kecamatan.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Long Bagun Ilir, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PEMBERDAYAAN PEREMPUAN", "DAN PERLINDUNGAN ANAK,"],
    nama: "Dra. HELENA LUSI BAYAU, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700812 199503 2 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "k5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Kasus Ditangani of Barong Tongkok Timur is a typed 92.19 among ROUND(8/7) formulas; 55 handled of 64 reported gives 85.94",
    truth: `ROUND(${a("jd", "k5")}/${a("jl", "k5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pd", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Ditangani of the cases against women is =SUM over the kecamatan with a stale cached ${truePd - 2}; the nine rows give ${truePd}`,
    truth: `SUM(${a("pd", "k1")}:${a("pd", "k9")})`,
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("jl", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("pl", k.id)}+${a("al", k.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("jd", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("pd", k.id)}+${a("ad", k.id)}`,
    });
  }
  // Damai Baru and Linggang Bigung Raya handled every case: 100.00 % is in range
  for (const id of ["k4", "k1", "k9"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("jd", id)}/${a("jl", id)}*100,2)`,
    });
  for (const k of ["pl", "al", "ad", "jl", "jd"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k9")})` });
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("jd", "k1")}:${a("jd", "k9")})/SUM(${a("jl", "k1")}:${a("jl", "k9")})*100,2)`,
    trap: `SUM(${a("pc", "k1")}:${a("pc", "k9")})`,
  });
  return b.finish();
}
