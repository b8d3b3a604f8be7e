// Health tables: the SPM kesehatan achievement 2024 of the Dinas Kesehatan of Kota Siriwo (Papua
// Tengah), twelve jenis layanan dasar with sasaran, yang dilayani and capaian, and the KIA recap 2024
// per puskesmas of the Dinas Kesehatan of Kota Bontolempa (Sulawesi Selatan), with K1 / K4 / K6 and
// persalinan di fasyankes as counts and as shares of the sasaran, the kota row computed from its
// totals. Every person and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Spm = { ur: string; sas: number; lay: number; ket?: string };

/** Capaian SPM bidang kesehatan 2024, Dinas Kesehatan Kota Siriwo. */
export function spmSiriwo(): BookW {
  const b = new BookW(
    "capaian-spm-kesehatan-2024-dinkes-kota-siriwo.xlsx",
    "SPM kesehatan achievement (12 jenis layanan dasar)",
    "No | Jenis Layanan Dasar | 'Jumlah Warga yang Harus Dilayani (Sasaran)' | 'Jumlah yang Mendapat Layanan Sesuai Standar' | 'Persentase Capaian (%)' | Ket.; number row (1)..(6) with '(5) = (4) : (3) x 100'; no total row (the twelve sasaran are different people)",
  );
  const S = "SPM 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SIRIWO", "DINAS KESEHATAN", "Jl. Bukit Weyaimo No. 7, Siriwo"]);
  s.lines(["LAPORAN PENERAPAN DAN PENCAPAIAN SPM BIDANG KESEHATAN", "KEADAAN S.D. DESEMBER 2024"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Spm[] = [
    {
      ur: "Pelayanan kesehatan ibu hamil",
      sas: 3_104,
      lay: 3_201,
      ket: "ibu hamil pindahan dari kabupaten sekitar",
    },
    { ur: "Pelayanan kesehatan ibu bersalin", sas: 2_963, lay: 2_718 },
    { ur: "Pelayanan kesehatan bayi baru lahir", sas: 2_822, lay: 2_690 },
    { ur: "Pelayanan kesehatan balita", sas: 11_487, lay: 9_356 },
    { ur: "Pelayanan kesehatan pada usia pendidikan dasar", sas: 24_615, lay: 21_977 },
    { ur: "Pelayanan kesehatan pada usia produktif", sas: 96_240, lay: 73_604 },
    { ur: "Pelayanan kesehatan pada usia lanjut", sas: 8_730, lay: 6_118 },
    { ur: "Pelayanan kesehatan penderita hipertensi", sas: 14_062, lay: 8_941 },
    { ur: "Pelayanan kesehatan penderita diabetes melitus", sas: 2_476, lay: 1_893 },
    { ur: "Pelayanan kesehatan orang dengan gangguan jiwa berat", sas: 212, lay: 187 },
    { ur: "Pelayanan kesehatan orang terduga tuberkulosis", sas: 3_390, lay: 2_845 },
    { ur: "Pelayanan kesehatan orang dengan risiko terinfeksi HIV", sas: 7_905, lay: 7_412 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "ur", head: ["Jenis Layanan Dasar"], role: "indikator", num: "(2)", width: 44 },
    {
      key: "sas",
      head: ["Jumlah Warga yang Harus Dilayani (Sasaran)"],
      role: "target",
      year: 2024,
      num: "(3)",
      fmt: INT,
      width: 14,
    },
    {
      key: "lay",
      head: ["Jumlah yang Mendapat Layanan Sesuai Standar"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
      width: 14,
    },
    {
      key: "cp",
      head: ["Persentase Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(5) = (4) : (3) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "ket", head: ["Ket."], role: "keterangan", num: "(6)", width: 26 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: `l${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const f = `ROUND(${c.a("lay")}/${c.a("sas")}*100,2)`;
      let cp: Cell = fx(f);
      // planted: the balita row keeps the result of an earlier count (8.356 served) in its cache
      if (i === 3) cp = fx(f, 72.74);
      // planted: the usia produktif capaian typed with two digits swapped (76,48 -> 67,48)
      if (i === 5) cp = 67.48;
      return { no: i + 1, ur: x.ur, sas: x.sas, lay: x.lay, cp, ket: x.ket ?? "-" };
    },
  }));
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows });
  s.gap();
  s.lines(["Sumber: laporan bulanan 9 puskesmas se-Kota Siriwo (SIP Kesehatan), diolah."]);
  s.gap();
  signature(s, 4, {
    tempat: "Siriwo, 20 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan Kota Siriwo,"],
    nama: "dr. YOHANA KOGOYA-MAGAI, M.Kes.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19750826 200312 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const cap = (id: string) => `ROUND(${a("lay", id)}/${a("sas", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("cp", "l4") },
    rules: ["capaian-mismatch"],
    note: "balita capaian shows a stale 72.74 (an earlier count of 8,356 served); 9,356 / 11,487 x 100 = 81.45",
    truth: cap("l4"),
  });
  b.plant({
    at: { sheet: S, cell: a("cp", "l6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "usia produktif capaian typed 67.48; 73,604 / 96,240 x 100 = 76.48 (two digits swapped)",
    truth: cap("l6"),
  });
  b.ok({
    sheet: S,
    cell: a("cp", "l1"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: cap("l1"),
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("cp", "l12"), rules: ["capaian-mismatch"], truth: cap("l12") });
  return b.finish();
}

type Pkm = { nm: string; bumil: number; bulin: number; k1: number; k4: number; k6: number; pf: number };

/** Rekap KIA per puskesmas 2024, Dinas Kesehatan Kota Bontolempa. */
export function kiaBontolempa(): BookW {
  const b = new BookW(
    "rekap-kia-puskesmas-2024-dinkes-kota-bontolempa.xlsx",
    "KIA recap per puskesmas (K1 / K4 / K6 / persalinan di fasyankes with % of sasaran)",
    "No | Puskesmas | Sasaran > Bumil | Bulin | 'Kunjungan K1' > Abs | % | 'Kunjungan K4' > Abs | % | 'Kunjungan K6' > Abs | % | 'Persalinan di Fasyankes' > Abs | %; two header rows; KOTA row sums the counts and divides its own totals (shares never summed)",
  );
  const S = "KIA 2024";
  const s = b.sheet(S);
  s.lines(["DINAS KESEHATAN KOTA BONTOLEMPA", "SEKSI KESEHATAN KELUARGA DAN GIZI"], 1, { bold: true });
  s.gap();
  s.lines(
    ["Tabel 3. Cakupan Pelayanan Kesehatan Ibu Hamil dan Ibu Bersalin menurut Puskesmas, Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  const xs: Pkm[] = [
    { nm: "Borong Tammu", bumil: 842, bulin: 804, k1: 871, k4: 768, k6: 702, pf: 781 },
    { nm: "Lembang Parang", bumil: 615, bulin: 587, k1: 598, k4: 541, k6: 486, pf: 560 },
    { nm: "Tallo Riaja", bumil: 1_127, bulin: 1_076, k1: 1_102, k4: 1_013, k6: 928, pf: 1_049 },
    { nm: "Mangasa Timur", bumil: 934, bulin: 891, k1: 917, k4: 852, k6: 779, pf: 866 },
    { nm: "Karuwisi Selatan", bumil: 508, bulin: 485, k1: 496, k4: 447, k6: 401, pf: 462 },
    { nm: "Bira Tallasa", bumil: 376, bulin: 359, k1: 371, k4: 318, k6: 287, pf: 334 },
    { nm: "Pannara Baru", bumil: 721, bulin: 688, k1: 709, k4: 655, k6: 590, pf: 671 },
  ];
  const G = [
    ["k1", "Kunjungan K1"],
    ["k4", "Kunjungan K4"],
    ["k6", "Kunjungan K6"],
    ["pf", "Persalinan di Fasyankes"],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "nm", head: ["Puskesmas"], role: "lokasi", width: 18 },
    { key: "bumil", head: ["Sasaran", "Bumil"], role: "target", year: 2024, fmt: INT, width: 9 },
    { key: "bulin", head: ["Sasaran", "Bulin"], role: "target", year: 2024, fmt: INT, width: 9 },
    ...G.flatMap(([k, h]): Col[] => [
      { key: k, head: [h, "Abs"], role: "realisasi", year: 2024, fmt: INT, width: 8 },
      { key: `${k}p`, head: [h, "%"], role: "capaian", year: 2024, fmt: DEC, width: 8 },
    ]),
  ];
  const den = (k: string) => (k === "pf" ? "bulin" : "bumil");
  const rows: Row[] = xs.map((x, i) => ({
    id: `p${i + 1}`,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, nm: x.nm, bumil: x.bumil, bulin: x.bulin };
      for (const [k] of G) {
        out[k] = x[k as keyof Pkm] as number;
        // planted: the K6 share of Mangasa Timur divides by the sasaran bersalin
        const d = k === "k6" && i === 3 ? "bulin" : den(k);
        out[`${k}p`] = fx(`ROUND(${c.a(k)}/${c.a(d)}*100,2)`);
      }
      return out;
    },
  }));
  const last = `p${xs.length}`;
  rows.push({
    id: "kota",
    bold: true,
    span: ["no", "nm"],
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: "KOTA BONTOLEMPA" };
      const col = (k: string, to = last) => `SUM(${c.a(k, "p1")}:${c.a(k, to)})`;
      out.bumil = fx(col("bumil"));
      out.bulin = fx(col("bulin"));
      for (const [k] of G) {
        // planted: the K4 total stops one row short (Pannara Baru left out)
        out[k] = fx(k === "k4" ? col(k, `p${xs.length - 1}`) : col(k));
        out[`${k}p`] = fx(`ROUND(${c.a(k)}/${c.a(den(k))}*100,2)`);
      }
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Ket.: persentase kota dihitung dari jumlah absolut kota dibagi jumlah sasaran kota, bukan penjumlahan persentase puskesmas.",
    "Sasaran bumil = 1,1 x sasaran bulin; sumber: proyeksi penduduk sasaran program 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Bontolempa, 27 Januari 2025",
    jabatan: ["Kepala Seksi Kesga dan Gizi,"],
    nama: "HJ. ST. RAHMATIAH DAENG NGAI, SKM., M.Kes.",
    nip: "19810309 200502 2 017",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const full = (k: string) => `SUM(${a(k, "p1")}:${a(k, last)})`;
  b.plant({
    at: { sheet: S, cell: a("k4", "kota") },
    rules: ["sum-mismatch"],
    note: "kota K4 = SUM over the first six puskesmas (3,939); with Pannara Baru's 655 it is 4,594",
    truth: full("k4"),
  });
  b.plant({
    at: { sheet: S, cell: a("k6p", "p4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Mangasa Timur K6 % divides 779 by the sasaran bersalin 891 (87.43); of its 934 ibu hamil it is 83.40",
    truth: `ROUND(${a("k6", "p4")}/${a("bumil", "p4")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k1p", "kota"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("k1", "kota")}/${a("bumil", "kota")}*100,2)`,
    trap: `SUM(${a("k1p", "p1")}:${a("k1p", last)})`,
  });
  b.ok({
    sheet: S,
    cell: a("pfp", "kota"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("pf", "kota")}/${a("bulin", "kota")}*100,2)`,
    trap: `ROUND(${a("pf", "kota")}/${a("bumil", "kota")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k1p", "p1"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `ROUND(${a("k1", "p1")}/${a("bumil", "p1")}*100,2)`,
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("pf", "kota"), rules: ["sum-mismatch"], truth: full("pf") });
  return b.finish();
}
