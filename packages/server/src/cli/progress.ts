/** A one-line progress bar on a terminal; occasional plain lines otherwise (CI logs). */
export function progressBar(stream: NodeJS.WriteStream = process.stderr) {
  let lastLabel = "";
  let lastPrinted = 0;
  return (done: number, total: number, label: string) => {
    const ratio = total ? Math.min(1, done / total) : 1;
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round(ratio * width);
      stream.write(`\r${label.padEnd(22)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total}`);
      if (done >= total) stream.write("\n");
      return;
    }
    const now = Date.now();
    if (label !== lastLabel || done >= total || now - lastPrinted > 2000) {
      stream.write(`${label}: ${done}/${total} (${Math.round(ratio * 100)}%)\n`);
      lastLabel = label;
      lastPrinted = now;
    }
  };
}
