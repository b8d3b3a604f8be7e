export { hitung } from "./mathTerbatas";
export { parseRumusBaris, nilaiRumus } from "./rumusBaris";
export type { RumusBaris } from "./rumusBaris";
