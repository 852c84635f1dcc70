/**
 * Text for a terminal or any human-readable output: C0 and C1 control
 * characters (ESC, BEL, CSI, OSC, backspace, carriage return…) would let a
 * page or a file name set the window title, clear the screen or plant
 * hyperlinks. They are shown as visible escapes instead ("\x1b").
 * Tab and newline are kept only where the caller allows them.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

const visible = (c: string) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;

/** Every control character escaped: for one-line fields such as names, titles and file names. */
export function noControls(s: string): string {
  return s.replace(CONTROLS, visible);
}

/** Control characters escaped except the newline: for multi-line text the caller lays out itself. */
export function noControlsKeepLines(s: string): string {
  return s.replace(CONTROLS_BUT_NEWLINE, visible);
}
