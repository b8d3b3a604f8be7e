// A sector recap: the TB case finding and treatment outcome per puskesmas of an NTT kabupaten's Dinas
// Kesehatan, 2024 (kohort 2023 for the outcomes). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Row } from "../forms/kit";

type Pkm = {
  id: string;
  pkm: string;
  kec: string;
  td: number;
  bak: number;
  kli: number;
  ob: number;
  sb: number;
  lk: number;
};

export const TB_PKM: Pkm[] = [
  { id: "p1", pkm: "Ruteng Timur", kec: "Langke Rembong", td: 612, bak: 41, kli: 23, ob: 58, sb: 40, lk: 12 },
  { id: "p2", pkm: "Wae Mbeling", kec: "Rahong Utara", td: 388, bak: 22, kli: 15, ob: 34, sb: 21, lk: 9 },
  { id: "p3", pkm: "Golo Welu", kec: "Kuwus Barat", td: 455, bak: 39, kli: 29, ob: 61, sb: 38, lk: 14 },
  { id: "p4", pkm: "Lembor Selatan", kec: "Lembor", td: 297, bak: 18, kli: 9, ob: 25, sb: 19, lk: 6 },
  { id: "p5", pkm: "Satar Mese", kec: "Satar Mese", td: 501, bak: 33, kli: 20, ob: 47, sb: 30, lk: 10 },
  { id: "p6", pkm: "Iteng", kec: "Satar Mese Barat", td: 264, bak: 14, kli: 11, ob: 22, sb: 12, lk: 5 },
  { id: "p7", pkm: "Borong Kota", kec: "Borong", td: 733, bak: 52, kli: 31, ob: 79, sb: 51, lk: 16 },
  { id: "p8", pkm: "Dampek", kec: "Lamba Leda Utara", td: 341, bak: 19, kli: 12, ob: 28, sb: 16, lk: 7 },
];

export function rekapTbPuskesmas(): BookW {
  const b = new BookW(
    "rekap-kasus-tb-per-puskesmas-manggarai-selatan-raya.xlsx",
    "sector recap: TB cases and outcomes per puskesmas",
    "No | Puskesmas | Kecamatan | Terduga TB Dilayani | 'Kasus TB Ditemukan' > Terkonfirmasi Bakteriologis | Terdiagnosis Klinis | Jumlah | 'Hasil Pengobatan Kohort 2023' > Diobati | Sembuh | Pengobatan Lengkap | Berhasil | TSR (%); number row '7 = 5 + 6', '11 = 9 + 10', '12 = 11 / 8 x 100'; JUMLAH KABUPATEN row",
  );
  const S = "Rekap TB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN MANGGARAI SELATAN RAYA",
    "BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT",
  ]);
  s.lines(["REKAPITULASI PENEMUAN DAN HASIL PENGOBATAN KASUS TUBERKULOSIS PER PUSKESMAS", "Tahun 2024"]);
  s.gap();
  const K = "Kasus TB Ditemukan";
  const H = "Hasil Pengobatan Kohort 2023";
  const last = TB_PKM[TB_PKM.length - 1].id;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5, num: "1" },
      { key: "pkm", head: ["Puskesmas"], role: "lokasi", width: 18, num: "2" },
      { key: "kec", head: ["Kecamatan"], width: 18, num: "3" },
      {
        key: "td",
        head: ["Terduga TB Dilayani"],
        role: "realisasi",
        year: 2024,
        fmt: INT,
        width: 10,
        num: "4",
      },
      {
        key: "bak",
        head: [K, "Terkonfirmasi Bakteriologis"],
        role: "realisasi",
        year: 2024,
        fmt: INT,
        num: "5",
      },
      { key: "kli", head: [K, "Terdiagnosis Klinis"], role: "realisasi", year: 2024, fmt: INT, num: "6" },
      { key: "jml", head: [K, "Jumlah"], role: "realisasi", year: 2024, fmt: INT, num: "7 = 5 + 6" },
      { key: "ob", head: [H, "Diobati"], fmt: INT, num: "8" },
      { key: "sb", head: [H, "Sembuh"], fmt: INT, num: "9" },
      { key: "lk", head: [H, "Pengobatan Lengkap"], fmt: INT, num: "10" },
      { key: "bh", head: [H, "Berhasil"], fmt: INT, num: "11 = 9 + 10" },
      { key: "tsr", head: [H, "TSR (%)"], role: "capaian", fmt: DEC, num: "12 = 11 / 8 x 100" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...TB_PKM.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          pkm: x.pkm,
          kec: x.kec,
          td: x.td,
          bak: x.bak,
          kli: x.kli,
          // planted: Golo Welu's Jumlah typed 86 (39 + 29 = 68)
          jml: x.id === "p3" ? 86 : fx(`${c.a("bak")}+${c.a("kli")}`),
          ob: x.ob,
          sb: x.sb,
          lk: x.lk,
          bh: fx(`${c.a("sb")}+${c.a("lk")}`),
          tsr: fx(`ROUND(${c.a("bh")}/${c.a("ob")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH KABUPATEN" };
          for (const k of ["td", "bak", "kli", "jml", "ob", "sb", "lk", "bh"])
            // planted: the Terduga total stops at Borong Kota, Dampek left out
            out[k] = fx(`SUM(${c.a(k, "p1")}:${c.a(k, k === "td" ? "p7" : last)})`);
          out.tsr = fx(`ROUND(${c.a("bh")}/${c.a("ob")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: SITB per 15 Januari 2025. TSR = (sembuh + pengobatan lengkap) / pasien diobati x 100%.",
    "Target TSR nasional 90%.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Borong Raya, 17 Januari 2025",
    jabatan: ["Kepala Bidang P2P,"],
    nama: "YOSEFINA N. JEHAMAT, S.K.M., M.Kes.",
    nip: "19810923 200502 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jml", "p3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah kasus of Puskesmas Golo Welu is a typed 86 among (5)+(6) formulas; 39 + 29 give 68 (digits swapped)",
    truth: `${a("bak", "p3")}+${a("kli", "p3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("td", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH KABUPATEN of the Terduga TB dilayani is SUM over Ruteng Timur .. Borong Kota = 3,250, Dampek's 341 left out; the eight puskesmas give 3,591",
    truth: `SUM(${a("td", "p1")}:${a("td", last)})`,
  });
  for (const x of TB_PKM) {
    if (x.id !== "p3")
      b.ok({
        sheet: S,
        cell: a("jml", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("bak", x.id)}+${a("kli", x.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("tsr", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("sb", x.id)}+${a("lk", x.id)})/${a("ob", x.id)}*100,2)`,
    });
  }
  for (const k of ["bak", "kli", "ob", "bh"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "p1")}:${a(k, last)})` });
  b.ok({
    sheet: S,
    cell: a("tsr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("bh", "tot")}/${a("ob", "tot")}*100,2)`,
    // the kabupaten TSR is the ratio of the totals, not the mean of the puskesmas rates
    trap: `ROUND(AVERAGE(${a("tsr", "p1")}:${a("tsr", last)}),2)`,
  });
  return b.finish();
}
