// Types of first-chunk.js (plain JS so that eslint.config.js can import it).
export declare const FIRST_CHUNK_ENTRY: string;
export declare const FIRST_CHUNK: readonly string[];
export declare const FIRST_CHUNK_OUTLETS: readonly string[];
export declare const HEAVY_LIBRARIES: readonly string[];
