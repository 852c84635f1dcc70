/** Build-time switches (Vite replaces import.meta.env.VITE_* when it builds). */
interface ImportMetaEnv {
  /** "1": the debug switch: failing analysis steps are logged and listed in the report's diagnostics (`npm run dev` sets it). */
  readonly VITE_SOURCE_LENS_DEBUG?: string;
}
