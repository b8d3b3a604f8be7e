// SPM kesehatan and imunisasi of two Dinas Kesehatan: the capaian of the twelve basic services of
// the SPM bidang kesehatan of a Jawa Barat kabupaten (sasaran, terlayani, capaian per layanan, a
// JUMLAH row whose capaian is the ratio of the totals), and the imunisasi dasar lengkap per
// puskesmas per quarter of a Maluku kabupaten (quarters added, coverage of the year's sasaran).
// Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ============================== Dinas Kesehatan Kabupaten Cibeureum Raya (Jawa Barat), SPM 2024

type Spm = { id: string; nm: string; sas: number; lay: number };

export function spmKesehatan(): BookW {
  const b = new BookW(
    "capaian-spm-kesehatan-12-layanan-dinkes-cibeureum-raya.xlsx",
    "Rekap capaian SPM bidang kesehatan (Dinas Kesehatan)",
    "Capaian 12 jenis layanan dasar SPM bidang kesehatan 2024 of a Jawa Barat kabupaten: No | Jenis Pelayanan Dasar | 'Jumlah Warga Negara (orang)' > Sasaran | Terlayani sesuai standar | Belum Terlayani | Capaian SPM (%) | Keterangan; number row 1 .. 7 with '5 = 3 - 4' and '6 = 4 / 3 x 100'; JUMLAH row (capaian = ratio of the totals)",
  );
  const S = "SPM Kesehatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN CIBEUREUM RAYA",
    "DINAS KESEHATAN",
    "Jl. Raya Siliwangi No. 112 Cibeureum, Jawa Barat",
  ]);
  s.lines(["LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL", "BIDANG KESEHATAN TAHUN 2024"]);
  s.gap();
  const L: Spm[] = [
    { id: "l1", nm: "Pelayanan kesehatan ibu hamil", sas: 18_426, lay: 17_903 },
    { id: "l2", nm: "Pelayanan kesehatan ibu bersalin", sas: 17_588, lay: 17_214 },
    { id: "l3", nm: "Pelayanan kesehatan bayi baru lahir", sas: 16_752, lay: 16_752 },
    { id: "l4", nm: "Pelayanan kesehatan balita", sas: 70_315, lay: 63_118 },
    { id: "l5", nm: "Pelayanan kesehatan pada usia pendidikan dasar", sas: 142_860, lay: 137_402 },
    { id: "l6", nm: "Pelayanan kesehatan pada usia produktif", sas: 812_447, lay: 564_220 },
    { id: "l7", nm: "Pelayanan kesehatan pada usia lanjut", sas: 161_930, lay: 124_805 },
    { id: "l8", nm: "Pelayanan kesehatan penderita hipertensi", sas: 214_506, lay: 148_227 },
    { id: "l9", nm: "Pelayanan kesehatan penderita diabetes melitus", sas: 27_841, lay: 25_903 },
    { id: "l10", nm: "Pelayanan kesehatan orang dengan gangguan jiwa berat", sas: 2_318, lay: 2_107 },
    { id: "l11", nm: "Pelayanan kesehatan orang terduga tuberkulosis", sas: 21_654, lay: 18_396 },
    { id: "l12", nm: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV", sas: 46_210, lay: 41_377 },
  ];
  const G = "Jumlah Warga Negara (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["Jenis Pelayanan Dasar"], role: "indikator", num: 2, width: 44 },
    { key: "sas", head: [G, "Sasaran"], role: "target", year: 2024, num: 3, fmt: INT, width: 12 },
    {
      key: "lay",
      head: [G, "Terlayani sesuai standar"],
      role: "realisasi",
      year: 2024,
      num: 4,
      fmt: INT,
      width: 12,
    },
    { key: "bel", head: [G, "Belum Terlayani"], num: "5 = 3 - 4", fmt: INT, width: 12 },
    { key: "cap", head: ["Capaian SPM (%)"], role: "capaian", year: 2024, num: "6 = 4 / 3 x 100", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: 7, width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...L.map((l, i): Row => ({
        id: l.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: l.nm,
          sas: l.sas,
          lay: l.lay,
          // nothing left unserved: "-" as the office writes it
          bel: l.lay === l.sas ? "-" : fx(`${x.a("sas")}-${x.a("lay")}`),
          // planted: the balita capaian typed 98.76 (63,118 / 70,315 gives 89.76)
          cap: l.id === "l4" ? 98.76 : fx(`ROUND(${x.a("lay")}/${x.a("sas")}*100,2)`),
          ket: l.lay === l.sas ? "Tuntas" : "Belum tuntas",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          // planted: the JUMLAH sasaran stops at the ODGJ row (l10), the TBC and HIV rows left out
          sas: fx(`SUM(${x.a("sas", "l1")}:${x.a("sas", "l10")})`),
          lay: fx(`SUM(${x.a("lay", "l1")}:${x.a("lay", "l12")})`),
          bel: fx(`SUM(${x.a("bel", "l1")}:${x.a("bel", "l12")})`),
          cap: fx(`ROUND(${x.a("lay")}/(${x.a("lay")}+${x.a("bel")})*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "- Sasaran sesuai Permenkes 4 Tahun 2019 dan data Pusdatin; capaian = terlayani sesuai standar / sasaran x 100%.",
    "- Baris JUMLAH: capaian dihitung dari jumlah terlayani terhadap jumlah sasaran, bukan dijumlahkan atau dirata-ratakan.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Cibeureum, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN CIBEUREUM RAYA,"],
    nama: "dr. H. ASEP SURYANA KUSUMAH, M.K.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19740611 200312 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "l4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian SPM of the pelayanan kesehatan balita is a typed 98.76 among ROUND formulas; 63,118 / 70,315 x 100 gives 89.76 (digits swapped)",
    truth: `ROUND(${a("lay", "l4")}/${a("sas", "l4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sas", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Sasaran is =SUM over layanan 1-10 only, the TBC (21,654) and HIV (46,210) rows left out; the twelve rows give 1,552,847",
    truth: `SUM(${a("sas", "l1")}:${a("sas", "l12")})`,
  });
  for (const l of L) {
    if (l.lay !== l.sas)
      b.ok({
        sheet: S,
        cell: a("bel", l.id),
        rules: ["sum-mismatch"],
        truth: `${a("sas", l.id)}-${a("lay", l.id)}`,
      });
    if (l.id !== "l4")
      b.ok({
        sheet: S,
        cell: a("cap", l.id),
        rules: l.id === "l3" ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: `ROUND(${a("lay", l.id)}/${a("sas", l.id)}*100,2)`,
      });
  }
  for (const k of ["lay", "bel"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(k, "l1")}:${a(k, "l12")})`,
    });
  // the JUMLAH capaian is the ratio of the totals (terlayani over terlayani + belum), not the sum of the rows
  b.ok({
    sheet: S,
    cell: a("cap", "tot"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a("lay", "l1")}:${a("lay", "l12")})/SUM(${a("sas", "l1")}:${a("sas", "l12")})*100,2)`,
    trap: `SUM(${a("cap", "l1")}:${a("cap", "l12")})`,
  });
  return b.finish();
}

// ======================== Dinas Kesehatan Kabupaten Seram Tenggara (Maluku), IDL per puskesmas 2024

type Pkm = { id: string; nm: string; sas: number; tw: number[] };

export function idlPuskesmas(): BookW {
  const b = new BookW(
    "imunisasi-dasar-lengkap-per-puskesmas-seram-tenggara.xlsx",
    "Rekap imunisasi dasar lengkap per puskesmas (Dinas Kesehatan)",
    "Cakupan imunisasi dasar lengkap (IDL) 2024 per puskesmas of a Maluku kabupaten: No | Puskesmas | Sasaran Bayi (Surviving Infant) | 'Bayi Diimunisasi Dasar Lengkap' > Tw I .. Tw IV | Jumlah s.d. Tw IV | Cakupan IDL (%) | Target (%); number row (1) .. (9) with (8) = (4)+(5)+(6)+(7) and (9) = (8)/(3) x 100; TOTAL KABUPATEN row",
  );
  const S = "IDL Puskesmas 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN SERAM TENGGARA", "BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT"]);
  s.lines(["REKAPITULASI CAKUPAN IMUNISASI DASAR LENGKAP (IDL) PER PUSKESMAS", "JANUARI s.d. DESEMBER 2024"]);
  s.gap();
  const P: Pkm[] = [
    { id: "p1", nm: "Geser", sas: 412, tw: [88, 97, 104, 92] },
    { id: "p2", nm: "Kilmury", sas: 276, tw: [51, 63, 58, 70] },
    { id: "p3", nm: "Tutuktolu", sas: 198, tw: [44, 47, 39, 52] },
    { id: "p4", nm: "Kianlaut", sas: 341, tw: [72, 85, 79, 81] },
    { id: "p5", nm: "Pulau Gorom", sas: 587, tw: [121, 139, 142, 128] },
    { id: "p6", nm: "Wakate", sas: 233, tw: [47, 55, 61, 49] },
    { id: "p7", nm: "Teor", sas: 154, tw: [31, 36, 29, 40] },
  ];
  const G = "Bayi Diimunisasi Dasar Lengkap";
  const TW = ["Tw I", "Tw II", "Tw III", "Tw IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 18 },
    { key: "sas", head: ["Sasaran Bayi (Surviving Infant)"], num: "(3)", fmt: INT, width: 12 },
    ...TW.map((w, i): Col => ({ key: `q${i}`, head: [G, w], num: `(${i + 4})`, fmt: INT, width: 8 })),
    {
      key: "jml",
      head: [G, "Jumlah s.d. Tw IV"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
      fmt: INT,
      width: 12,
    },
    {
      key: "cak",
      head: ["Cakupan IDL (%)"],
      role: "capaian",
      year: 2024,
      num: "(9) = (8)/(3) x 100",
      fmt: DEC,
      width: 11,
    },
    { key: "tg", head: ["Target (%)"], role: "target", year: 2024, num: "(10)", fmt: DEC, width: 9 },
  ];
  const qs = (x: Ctx) => [0, 1, 2, 3].map((i) => x.a(`q${i}`)).join("+");
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "p1")}:${x.a(k, "p7")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...P.map((p, i): Row => ({
        id: p.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nm: p.nm,
          sas: p.sas,
          ...Object.fromEntries(p.tw.map((v, k) => [`q${k}`, v])),
          // planted: Kianlaut's Jumlah typed 371 (72 + 85 + 79 + 81 = 317)
          jml: p.id === "p4" ? 371 : fx(qs(x)),
          // planted: Pulau Gorom's cakupan with a stale result from before Tw IV (402 / 587 = 68.48)
          cak:
            p.id === "p5"
              ? fx(`ROUND(${x.a("jml")}/${x.a("sas")}*100,2)`, 68.48)
              : fx(`ROUND(${x.a("jml")}/${x.a("sas")}*100,2)`),
          tg: 95,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x: Ctx) => ({
          no: "TOTAL KABUPATEN",
          sas: fx(sumCol("sas", x)),
          ...Object.fromEntries([0, 1, 2, 3].map((k) => [`q${k}`, fx(sumCol(`q${k}`, x))])),
          jml: fx(sumCol("jml", x)),
          cak: fx(`ROUND(${x.a("jml")}/${x.a("sas")}*100,2)`),
          tg: 95,
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: IDL = HB0, BCG, Polio 4 kali, DPT-HB-Hib 3 kali, IPV dan campak-rubela pada bayi usia 0-11 bulan.",
    "Sumber: laporan bulanan imunisasi puskesmas (PWS) yang diterima s.d. 15 Januari 2025.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Geser, 22 Januari 2025",
    jabatan: ["Kepala Bidang P2P,"],
    nama: "JOHANIS R. LATUPEIRISSA, S.K.M., M.Kes.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820915 200903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (id: string) => [0, 1, 2, 3].map((k) => a(`q${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "p4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah IDL of Puskesmas Kianlaut is a typed 371 among quarter-sum formulas; 72 + 85 + 79 + 81 give 317 (digits swapped)",
    truth: q4("p4"),
  });
  b.plant({
    at: { sheet: S, cell: a("cak", "p5") },
    rules: ["capaian-mismatch"],
    note: "Cakupan IDL of Puskesmas Pulau Gorom is =ROUND(8/3*100,2) with a stale cached 68.48 (402 bayi, before Tw IV); 530 / 587 gives 90.29",
    truth: `ROUND(${a("jml", "p5")}/${a("sas", "p5")}*100,2)`,
  });
  for (const p of P) {
    if (p.id !== "p4") b.ok({ sheet: S, cell: a("jml", p.id), rules: ["sum-mismatch"], truth: q4(p.id) });
    if (!["p4", "p5"].includes(p.id))
      b.ok({
        sheet: S,
        cell: a("cak", p.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${a("jml", p.id)}/${a("sas", p.id)}*100,2)`,
      });
  }
  for (const k of ["sas", "q0", "q1", "q2", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, "p7")})` });
  // the kabupaten's target is the same 95 %, not the puskesmas targets added up
  b.ok({
    sheet: S,
    cell: a("tg", "tot"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: a("tg", "p1"),
    trap: `SUM(${a("tg", "p1")}:${a("tg", "p7")})`,
  });
  return b.finish();
}
