/** The lines of a text area as a list, the empty ones dropped (a list field is written one item per line). */
export const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
