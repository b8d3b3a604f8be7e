export * from "./address";
export * from "./grid";
export { toR1C1 } from "./r1c1";
