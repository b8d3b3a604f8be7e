// Sector recaps of a Dinas Ketahanan Pangan: the penyaluran of cadangan pangan pemerintah kabupaten
// (CPPD beras) per kecamatan in Nusa Tenggara Barat, and the gerakan pangan murah (GPM) with the
// fasilitasi distribusi beras SPHP per lokasi in Sulawesi Tengah. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

type Kec = { id: string; nama: string; alok: number; t1: number; t2: number };

export function rekapCppdTambora(): BookW {
  const b = new BookW(
    "rekap-penyaluran-cppd-beras-dkp-tambora-raya.xlsx",
    "Rekap penyaluran CPPD beras per kecamatan (Dinas Ketahanan Pangan)",
    "No | Kecamatan | Alokasi CPPD (kg) | 'Realisasi Penyaluran (kg)' > Tahap I (Jan-Jun) | Tahap II (Jul-Des) | Jumlah | % Penyaluran | Sisa Alokasi (kg) | Keterangan; number row 1 .. 9 with '6 = 4 + 5', '7 = 6 / 3 x 100', '8 = 3 - 6'; TOTAL row; notes and signature",
  );
  const S = "Penyaluran CPPD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBORA RAYA",
    "DINAS KETAHANAN PANGAN",
    "Jl. Lintas Sumbawa No. 41 Kempo",
  ]);
  s.lines([
    "REKAPITULASI PENYALURAN CADANGAN PANGAN PEMERINTAH KABUPATEN (CPPD) BERAS",
    "UNTUK PENANGGULANGAN KERAWANAN PANGAN DAN KEADAAN DARURAT TAHUN 2024",
  ]);
  s.gap();
  const K: Kec[] = [
    { id: "k1", nama: "Kempo Utara", alok: 12_000, t1: 6_250, t2: 5_150 },
    { id: "k2", nama: "Tambora Hilir", alok: 15_500, t1: 8_400, t2: 6_850 },
    { id: "k3", nama: "Sanggar Timur", alok: 9_000, t1: 4_750, t2: 3_900 },
    { id: "k4", nama: "Pekat Barat", alok: 18_000, t1: 11_200, t2: 6_550 },
    { id: "k5", nama: "Kilo Laut", alok: 7_500, t1: 3_600, t2: 2_950 },
    { id: "k6", nama: "Manggelewa Atas", alok: 10_500, t1: 5_800, t2: 4_100 },
    { id: "k7", nama: "Calabai Raya", alok: 8_000, t1: 4_150, t2: 3_450 },
  ];
  const P = "Realisasi Penyaluran (kg)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "2", width: 20 },
    { key: "alok", head: ["Alokasi CPPD (kg)"], role: "target", year: 2024, num: "3", fmt: INT, width: 12 },
    { key: "t1", head: [P, "Tahap I (Jan - Jun)"], role: "realisasi", year: 2024, num: "4", fmt: INT },
    { key: "t2", head: [P, "Tahap II (Jul - Des)"], role: "realisasi", year: 2024, num: "5", fmt: INT },
    { key: "jml", head: [P, "Jumlah"], role: "realisasi", year: 2024, num: "6 = 4 + 5", fmt: INT },
    { key: "pct", head: ["% Penyaluran"], role: "capaian", year: 2024, num: "7 = 6 / 3 x 100", fmt: DEC },
    { key: "sisa", head: ["Sisa Alokasi (kg)"], num: "8 = 3 - 6", fmt: INT },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "9", width: 18 },
  ];
  const col = (k: string, x: Ctx, last = "k7") => `SUM(${x.a(k, "k1")}:${x.a(k, last)})`;
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
          alok: k.alok,
          t1: k.t1,
          t2: k.t2,
          jml: fx(`${x.a("t1")}+${x.a("t2")}`),
          // planted: Sanggar Timur's % typed 86.11 among ROUND formulas (8,650 / 9,000 gives 96.11)
          pct: k.id === "k3" ? 86.11 : fx(`ROUND(${x.a("jml")}/${x.a("alok")}*100,2)`),
          sisa: fx(`${x.a("alok")}-${x.a("jml")}`),
          ket: k.id === "k4" ? "banjir Maret 2024" : "rawan pangan",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          alok: fx(col("alok", x)),
          t1: fx(col("t1", x)),
          // planted: the range stops at Manggelewa Atas, Calabai Raya's 3,450 kg left out
          t2: fx(col("t2", x, "k6")),
          jml: fx(col("jml", x)),
          pct: fx(`ROUND(${x.a("jml")}/${x.a("alok")}*100,2)`),
          sisa: fx(col("sisa", x)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Penyaluran berdasarkan Keputusan Bupati tentang penetapan penerima bantuan CPPD; 10 kg/KK/bulan.",
    "- Kolom (7) baris TOTAL dihitung dari jumlah penyaluran dibagi jumlah alokasi.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Kempo, 8 Januari 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "KABUPATEN TAMBORA RAYA,"],
    nama: "Ir. LALU MUHAMMAD HAZMIN, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19700915 199703 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "k3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Penyaluran of Sanggar Timur is a typed 86.11 among ROUND formulas; 8,650 kg / 9,000 kg gives 96.11",
    truth: `ROUND(${a("jml", "k3")}/${a("alok", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("t2", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Tahap II is =SUM over Kempo Utara .. Manggelewa Atas (29,500 kg), Calabai Raya's 3,450 kg left out; the seven kecamatan give 32,950 kg",
    truth: `SUM(${a("t2", "k1")}:${a("t2", "k7")})`,
  });
  for (const k of K)
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("t1", k.id)}+${a("t2", k.id)}`,
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jml", id)}/${a("alok", id)}*100,2)`,
    });
  for (const k of ["alok", "t1", "jml"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  // the TOTAL % is the ratio of the totals, not the sum (nor the mean) of the kecamatan percentages
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("jml", "k1")}:${a("jml", "k7")})/SUM(${a("alok", "k1")}:${a("alok", "k7")})*100,2)`,
    trap: `SUM(${a("pct", "k1")}:${a("pct", "k7")})`,
  });
  return b.finish();
}

type Lok = { id: string; nama: string; q: number[]; kg: number; pagu: number; rp?: number };

export function gpmPosoLembah(): BookW {
  const b = new BookW(
    "gpm-stabilisasi-harga-sphp-dkp-poso-lembah.xlsx",
    "Rekap gerakan pangan murah dan fasilitasi distribusi (Dinas Ketahanan Pangan)",
    "No | Lokasi GPM | 'Frekuensi GPM (kali)' > Trw I | Trw II | Trw III | Trw IV | Jumlah | Beras SPHP Tersalur (kg) | 'Fasilitasi Distribusi Pangan (Rp)' > Pagu | Realisasi | % Serapan; group headers written once, not merged; number row (1) .. (11); JUMLAH row; note on the Rp 1.250/kg ongkos angkut",
  );
  const S = "GPM 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KETAHANAN PANGAN KABUPATEN POSO LEMBAH", "Bidang Distribusi dan Cadangan Pangan"]);
  s.lines([
    "Tabel 4",
    "Pelaksanaan Gerakan Pangan Murah (GPM) dan Stabilisasi Pasokan dan Harga Pangan Tahun 2024",
  ]);
  s.gap();
  const RATE = 1_250;
  const L: Lok[] = [
    { id: "l1", nama: "Pasar Sentral Lembah Tengah", q: [3, 4, 3, 5], kg: 18_400, pagu: 25_000_000 },
    { id: "l2", nama: "Kec. Pamona Hilir", q: [2, 3, 2, 3], kg: 11_200, pagu: 15_000_000 },
    // planted: realisasi typed 61,750,000 (13,400 kg x 1,250 = 16,750,000), above the pagu of 17,500,000
    {
      id: "l3",
      nama: "Kec. Lore Sigi Selatan",
      q: [2, 2, 3, 3],
      kg: 13_400,
      pagu: 17_500_000,
      rp: 61_750_000,
    },
    { id: "l4", nama: "Kec. Tojo Pesisir", q: [1, 2, 2, 2], kg: 8_600, pagu: 12_500_000 },
    { id: "l5", nama: "Kec. Ampana Barat", q: [2, 3, 3, 4], kg: 14_800, pagu: 20_000_000 },
    { id: "l6", nama: "Kec. Bungku Lembah", q: [1, 1, 2, 2], kg: 6_400, pagu: 10_000_000 },
  ];
  const F = "Frekuensi GPM (kali)";
  const D = "Fasilitasi Distribusi Pangan (Rp)";
  const Q = ["Trw I", "Trw II", "Trw III", "Trw IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "lok", head: ["Lokasi GPM"], role: "lokasi", num: "(2)", width: 26 },
    ...Q.map((q, i): Col => ({
      key: `q${i + 1}`,
      head: [F, q],
      role: "realisasi",
      year: 2024,
      num: `(${i + 3})`,
      fmt: INT,
      width: 7,
    })),
    { key: "jq", head: [F, "Jumlah"], role: "realisasi", year: 2024, num: "(7)", fmt: INT, width: 8 },
    { key: "kg", head: ["Beras SPHP Tersalur (kg)"], num: "(8)", fmt: INT, width: 12 },
    { key: "pagu", head: [D, "Pagu"], role: "anggaran", year: 2024, num: "(9)", fmt: RP, width: 15 },
    {
      key: "rp",
      head: [D, "Realisasi"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(10)",
      fmt: RP,
      width: 15,
    },
    { key: "ser", head: [D, "% Serapan"], role: "capaian", year: 2024, num: "(11)", fmt: DEC, width: 9 },
  ];
  const qs = ["q1", "q2", "q3", "q4"];
  const colSum = (k: string, x: Ctx) => `SUM(${x.a(k, "l1")}:${x.a(k, "l6")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...L.map((l, i): Row => ({
        id: l.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          lok: l.nama,
          ...Object.fromEntries(qs.map((k, j) => [k, l.q[j]])),
          // planted: Ampana Barat's Jumlah adds Trw I - III only
          jq: fx(l.id === "l5" ? `SUM(${x.a("q1")}:${x.a("q3")})` : `SUM(${x.a("q1")}:${x.a("q4")})`),
          kg: l.kg,
          pagu: l.pagu,
          rp: l.rp ?? l.kg * RATE,
          ser: fx(`ROUND(${x.a("rp")}/${x.a("pagu")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "lok"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          ...Object.fromEntries(qs.map((k) => [k, fx(colSum(k, x))])),
          jq: fx(colSum("jq", x)),
          kg: fx(colSum("kg", x)),
          pagu: fx(colSum("pagu", x)),
          rp: fx(colSum("rp", x)),
          ser: fx(`ROUND(${x.a("rp")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: fasilitasi distribusi = ongkos angkut beras SPHP Rp 1.250/kg dari gudang Perum BULOG ke lokasi GPM.",
    "Sumber: Bidang Distribusi dan Cadangan Pangan, data s.d. 31 Desember 2024.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("rp", "l3") },
        { sheet: S, cell: a("ser", "l3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "realisasi of Lore Sigi Selatan is a typed 61,750,000 against a pagu of 17,500,000 (352.86 %); 13,400 kg x Rp 1,250 gives 16,750,000 (95.71 %), digits swapped",
    truth: `${a("kg", "l3")}*1250`,
  });
  b.plant({
    at: { sheet: S, cell: a("jq", "l5") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Jumlah frekuensi of Ampana Barat is =SUM(Trw I:Trw III) = 8 among SUM(Trw I:Trw IV) formulas; with Trw IV's 4 it is 12",
    truth: qs.map((k) => a(k, "l5")).join("+"),
  });
  for (const l of L) {
    if (l.id !== "l5")
      b.ok({
        sheet: S,
        cell: a("jq", l.id),
        rules: ["sum-mismatch", "inconsistent-formula"],
        truth: qs.map((k) => a(k, l.id)).join("+"),
      });
    if (l.id !== "l3")
      b.ok({
        sheet: S,
        cell: a("ser", l.id),
        rules: ["serapan-over-100", "percent-out-of-range"],
        truth: `ROUND(${a("kg", l.id)}*1250/${a("pagu", l.id)}*100,2)`,
      });
  }
  for (const k of [...qs, "kg", "pagu"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "l1")}:${a(k, "l6")})` });
  return b.finish();
}
