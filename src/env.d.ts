/** Build-time switches (Vite replaces import.meta.env.VITE_* when it builds). */
interface ImportMetaEnv {
  /** "1": the debug switch: failing analysis steps are logged and listed in the report's diagnostics (`npm run dev` sets it). */
  readonly VITE_SOURCE_LENS_DEBUG?: string;
}

/** The lazy stage's built file (assets/…js), for the gate's import by URL: vite.config.ts defines it in the gate's build. */
declare const __SOURCE_LENS_LAZY_STAGE__: string;
