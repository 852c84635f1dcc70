/** A status line under a section: polite for success, assertive for errors. */
export interface Note {
  kind: 'ok' | 'error';
  text: string;
  details?: string[];
}

export function NoteLine({ note }: { note: Note | null }) {
  if (!note) return null;
  return (
    <div class={`note note-${note.kind}`} role={note.kind === 'error' ? 'alert' : 'status'}>
      <p>{note.text}</p>
      {note.details && note.details.length > 0 && (
        <ul class="note-details">
          {note.details.slice(0, 8).map((d) => (
            <li key={d}>{d}</li>
          ))}
          {note.details.length > 8 && <li>…</li>}
        </ul>
      )}
    </div>
  );
}
