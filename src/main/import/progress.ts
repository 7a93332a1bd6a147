/** How a long read reports rows done and learns that the user cancelled. */
export interface ReadProgress {
  signal?: AbortSignal;
  onRows?: (rowsRead: number) => void;
}
