// Sector recaps a Badan Kesatuan Bangsa dan Politik really keeps: the registered ormas per
// kabupaten / kota of a Jawa Tengah-like province (SKT / SIORMAS stock, new, revoked, reporting
// ormas and their share), and the bantuan keuangan partai politik of a Sulawesi Barat-like province
// (suara sah x nilai per suara, penyaluran, sisa, % penyaluran). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ============================================== Rekap ormas terdaftar per kabupaten / kota, Jawa Tengah

type Kab = { id: string; nama: string; awal: number; baru: number; cabut: number; lapor: number };

export function rekapOrmasJateng(): BookW {
  const b = new BookW(
    "rekap-ormas-terdaftar-kesbangpol-jateng-2024.xlsx",
    "Rekap ormas terdaftar per kabupaten/kota (Kesbangpol)",
    "Rekap ormas terdaftar 2024 per kabupaten/kota of a provincial Badan Kesbangpol in Jawa Tengah: No | Kabupaten/Kota | 'Ormas Terdaftar (SKT / SIORMAS)' > s.d. 2023 | Baru 2024 | Dicabut / Habis Berlaku | Jumlah s.d. 2024 | 'Ormas Menyampaikan Laporan Kegiatan' > Jumlah | Persentase (%); number row with (6)=(3)+(4)-(5) and (8)=(7)/(6)x100; eks-karesidenan section rows; JUMLAH row whose % is the ratio of the totals",
  );
  const S = "Rekap Ormas 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAWA TENGAH",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "Jl. Pandanaran Wetan No. 27 Semarang 50134",
  ]);
  s.lines([
    "REKAPITULASI ORGANISASI KEMASYARAKATAN TERDAFTAR DAN PELAPORAN KEGIATAN",
    "MENURUT KABUPATEN / KOTA KEADAAN 31 DESEMBER 2024",
  ]);
  s.gap();
  const K: Kab[] = [
    { id: "k1", nama: "Kabupaten Sindangrejo", awal: 412, baru: 37, cabut: 12, lapor: 301 },
    { id: "k2", nama: "Kabupaten Wonoasri", awal: 356, baru: 21, cabut: 44, lapor: 262 },
    { id: "k3", nama: "Kota Tirtomulyo", awal: 289, baru: 33, cabut: 9, lapor: 247 },
    { id: "k4", nama: "Kabupaten Gunungsari Wetan", awal: 198, baru: 14, cabut: 6, lapor: 121 },
    { id: "k5", nama: "Kabupaten Kalijambe", awal: 265, baru: 18, cabut: 31, lapor: 188 },
    { id: "k6", nama: "Kota Sekarpandan", awal: 174, baru: 26, cabut: 5, lapor: 163 },
    { id: "k7", nama: "Kabupaten Randuwangi", awal: 233, baru: 15, cabut: 11, lapor: 149 },
  ];
  const G = "Ormas Terdaftar (SKT / SIORMAS)";
  const L = "Ormas Menyampaikan Laporan Kegiatan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kab", head: ["Kabupaten / Kota"], role: "lokasi", num: "(2)", width: 28 },
    { key: "awal", head: [G, "s.d. 2023"], role: "kondisi-awal", year: 2023, num: "(3)", fmt: INT },
    { key: "baru", head: [G, "Baru 2024"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "cabut", head: [G, "Dicabut / Habis Berlaku"], num: "(5)", fmt: INT },
    {
      key: "jml",
      head: [G, "Jumlah s.d. 2024"],
      role: "realisasi",
      year: 2024,
      num: "(6)=(3)+(4)-(5)",
      fmt: INT,
    },
    { key: "lap", head: [L, "Jumlah"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "pct", head: [L, "Persentase (%)"], num: "(8)=(7)/(6)x100", fmt: DEC },
  ];
  const body = (k: Kab, i: number): Row => ({
    id: k.id,
    cells: (x: Ctx) => ({
      no: i + 1,
      kab: k.nama,
      awal: k.awal,
      baru: k.baru,
      cabut: k.cabut,
      lap: k.lapor,
      // planted: Kabupaten Kalijambe's Jumlah typed 314 (265 + 18 - 31 = 252; the revoked ormas added)
      jml: k.id === "k5" ? 314 : fx(`${x.a("awal")}+${x.a("baru")}-${x.a("cabut")}`),
      // planted: Kota Sekarpandan's % typed 118.54 (163 / 195 gives 83.59)
      pct: k.id === "k6" ? 118.54 : fx(`ROUND(${x.a("lap")}/${x.a("jml")}*100,2)`),
    }),
  });
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "k1")}:${x.a(k, "k7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map(body),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          awal: fx(sumCol("awal", x)),
          baru: fx(sumCol("baru", x)),
          cabut: fx(sumCol("cabut", x)),
          jml: fx(sumCol("jml", x)),
          lap: fx(sumCol("lap", x)),
          pct: fx(`ROUND(${x.a("lap")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SIORMAS Kemendagri dan laporan Kesbangpol Kabupaten/Kota (diolah).",
    "Kolom (8) baris JUMLAH dihitung dari jumlah kolom (7) dibagi jumlah kolom (6).",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Semarang, 15 Januari 2025",
    jabatan: ["KEPALA BIDANG ORGANISASI KEMASYARAKATAN,"],
    nama: "Drs. BAMBANG SETYO WIRANTO, M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730512 199803 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah s.d. 2024 of Kabupaten Kalijambe is a typed 314 among (3)+(4)-(5) formulas; 265 + 18 - 31 gives 252 (the 31 revoked ormas were added instead of subtracted)",
    truth: `${a("awal", "k5")}+${a("baru", "k5")}-${a("cabut", "k5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["percent-out-of-range", "hardcoded-value"],
    note: "Persentase of Kota Sekarpandan is a typed 118.54 among ROUND formulas; 163 / 195 x 100 gives 83.59",
    truth: `ROUND(${a("lap", "k6")}/${a("jml", "k6")}*100,2)`,
  });
  for (const k of K) {
    if (k.id === "k5") continue;
    // Jumlah subtracts the revoked ormas: (3)+(4) alone does not give it
    b.ok({
      sheet: S,
      cell: a("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a("awal", k.id)}+${a("baru", k.id)}-${a("cabut", k.id)}`,
      trap: ["k2", "k3"].includes(k.id) ? `${a("awal", k.id)}+${a("baru", k.id)}` : undefined,
    });
  }
  for (const id of ["k1", "k3", "k4"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["percent-out-of-range"],
      truth: `ROUND(${a("lap", id)}/${a("jml", id)}*100,2)`,
    });
  for (const k of ["awal", "baru", "cabut", "lap"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k7")})` });
  return b.finish();
}

// =========================================== Bantuan keuangan partai politik 2024, Sulawesi Barat

type Parpol = { id: string; nama: string; kursi: number; suara: number; paid: number | "full" };

export function banparpolSulbar(): BookW {
  const b = new BookW(
    "bantuan-keuangan-parpol-kesbangpol-sulbar-2024.xlsx",
    "Rekap bantuan keuangan partai politik (Kesbangpol)",
    "Rekap penyaluran bantuan keuangan partai politik 2024 of a provincial Badan Kesbangpol in Sulawesi Barat: No | Partai Politik | Kursi DPRD | Perolehan Suara Sah | Nilai Bantuan per Suara (Rp) | Pagu Bantuan (Rp) = suara x nilai | Realisasi Penyaluran (Rp) | Sisa (Rp) | % Penyaluran | Keterangan; number row 1 .. 10 with '6 = 4 x 5', '8 = 6 - 7', '9 = 7 / 6 x 100'; a party not paid for want of its LPJ; JUMLAH row without a per-suara total",
  );
  const S = "Banparpol 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI BARAT",
    "BADAN KESATUAN BANGSA DAN POLITIK",
    "Jl. Abdul Malik Pattana Endeng Km. 4, Mamuju",
  ]);
  s.lines([
    "DAFTAR PENYALURAN BANTUAN KEUANGAN KEPADA PARTAI POLITIK",
    "YANG MEMPEROLEH KURSI DI DPRD PROVINSI SULAWESI BARAT TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const NPS = 1_450;
  const P: Parpol[] = [
    { id: "p1", nama: "Partai Karya Nusantara", kursi: 9, suara: 118_406, paid: "full" },
    { id: "p2", nama: "Partai Demokrasi Rakyat Bersatu", kursi: 7, suara: 96_215, paid: "full" },
    { id: "p3", nama: "Partai Amanat Persatuan", kursi: 6, suara: 83_950, paid: "full" },
    { id: "p4", nama: "Partai Kebangkitan Umat", kursi: 6, suara: 79_312, paid: 154_002_000 },
    { id: "p5", nama: "Partai Gerakan Indonesia Baru", kursi: 5, suara: 71_088, paid: "full" },
    { id: "p6", nama: "Partai Solidaritas Madani", kursi: 5, suara: 66_740, paid: 0 },
    { id: "p7", nama: "Partai Persatuan Pembangunan Daerah", kursi: 4, suara: 52_903, paid: "full" },
    { id: "p8", nama: "Partai Nasional Demokrat Sejahtera", kursi: 3, suara: 41_127, paid: "full" },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "par", head: ["Partai Politik"], num: 2, width: 32 },
    { key: "kursi", head: ["Jumlah Kursi DPRD"], num: 3, fmt: INT, width: 9 },
    { key: "suara", head: ["Perolehan Suara Sah Pemilu 2019"], num: 4, fmt: INT, width: 13 },
    { key: "nps", head: ["Nilai Bantuan per Suara Sah (Rp)"], num: 5, fmt: RP, width: 12 },
    {
      key: "pagu",
      head: ["Pagu Bantuan (Rp)"],
      role: "anggaran",
      year: 2024,
      num: "6 = 4 x 5",
      fmt: RP,
      width: 16,
    },
    {
      key: "real",
      head: ["Realisasi Penyaluran (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: 7,
      fmt: RP,
      width: 16,
    },
    { key: "sisa", head: ["Sisa (Rp)"], num: "8 = 6 - 7", fmt: RP, width: 14 },
    { key: "pct", head: ["% Penyaluran"], num: "9 = 7 / 6 x 100", fmt: DEC, width: 10 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 10, width: 30 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          par: p.nama,
          kursi: p.kursi,
          suara: p.suara,
          nps: NPS,
          pagu: fx(`${x.a("suara")}*${x.a("nps")}`),
          real: p.paid === "full" ? p.suara * NPS : p.paid,
          // a party paid in full shows "-" for its Sisa; the unpaid party's 0 % is typed
          sisa: p.paid === "full" ? "-" : fx(`${x.a("pagu")}-${x.a("real")}`),
          pct: p.paid === 0 ? 0 : fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
          ket:
            p.paid === 0
              ? "Belum disalurkan, LPJ TA 2023 belum diterima"
              : p.id === "p4"
                ? "Disalurkan sekaligus (SP2D 14/08/2024)"
                : "Lunas",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "par"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          kursi: fx(`SUM(${x.a("kursi", "p1")}:${x.a("kursi", "p8")})`),
          // planted: one row short, the last party's votes left out
          suara: fx(`SUM(${x.a("suara", "p1")}:${x.a("suara", "p7")})`),
          pagu: fx(`SUM(${x.a("pagu", "p1")}:${x.a("pagu", "p8")})`),
          real: fx(`SUM(${x.a("real", "p1")}:${x.a("real", "p8")})`),
          sisa: fx(`SUM(${x.a("sisa", "p1")}:${x.a("sisa", "p8")})`),
          pct: fx(`ROUND(${x.a("real")}/${x.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: nilai bantuan Rp 1.450 per suara sah sesuai hasil verifikasi BPK atas jumlah suara sah Pemilu 2019.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Mamuju, 20 Desember 2024",
    jabatan: ["KEPALA BADAN KESATUAN BANGSA DAN POLITIK", "PROVINSI SULAWESI BARAT,"],
    nama: "Dr. H. MUHAMMAD ARSYAD LATANRO, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710827 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("real", "p4") },
        { sheet: S, cell: a("pct", "p4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Partai Kebangkitan Umat: Realisasi 154,002,000 is above its pagu of 115,002,400 (79,312 suara x Rp 1,450); 133.91 % and a negative Sisa",
    truth: a("pagu", "p4"),
  });
  b.plant({
    at: { sheet: S, cell: a("suara", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Perolehan Suara is =SUM over the first seven parties only (568,614); the eight give 609,741",
    truth: `SUM(${a("suara", "p1")}:${a("suara", "p8")})`,
  });
  // the parties paid in full receive exactly their pagu
  for (const id of ["p1", "p3", "p8"])
    b.ok({ sheet: S, cell: a("real", id), rules: ["serapan-over-100"], truth: a("pagu", id) });
  // the unpaid party: 0 % and a Sisa equal to its pagu, a reported zero, not a gap
  b.ok({
    sheet: S,
    cell: a("pct", "p6"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("real", "p6")}/${a("pagu", "p6")}*100,2)`,
  });
  for (const id of ["p6"])
    b.ok({
      sheet: S,
      cell: a("sisa", id),
      rules: ["sum-mismatch"],
      truth: `${a("pagu", id)}-${a("real", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("kursi", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("kursi", "p1")}:${a("kursi", "p8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("pagu", "p1")}:${a("pagu", "p8")})`,
  });
  // the Nilai per suara is a rate: JUMLAH leaves it blank (a total of 8 x 1,450 would mean nothing)
  return b.finish();
}
