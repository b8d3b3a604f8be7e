// Which indicators add up over quarters or years (src/core/rules/konsolidasi.ts).
import { aditif } from "../../../src/core/rules/konsolidasi";

describe("aditif", () => {
  it.each([
    ["orang", "Jumlah akseptor inseminasi buatan", "ya"],
    ["ton", "Produksi daging ternak", "ya"],
    ["Rp", "Penerimaan retribusi pasar", "ya"],
    ["%", "Cakupan vaksinasi rabies", "tidak"],
    ["ekor", "Populasi ternak sapi potong", "tidak-tahu"],
    ["ton", "Ketersediaan cadangan pangan", "tidak-tahu"],
  ])("%s, %s: %s", (satuan, nama, want) => {
    expect(aditif(satuan, nama)).toBe(want);
  });
});
