// A local SMTP sink in a process of its own (forked by email.bench.ts), so accepting mail
// neither steals the outbox worker's event loop nor counts in its CPU time. It accepts every
// message (smtp-server, as src/test/smtp.ts does, without parsing) and counts those carrying
// the outbox's X-Lanyard-Message-Id header. Plain JavaScript: started without the TS loader.
import { SMTPServer } from "smtp-server";

let received = 0;
let identified = 0;
let bytes = 0;
const waiting = [];

function settleWaiters() {
  for (let i = waiting.length - 1; i >= 0; i--) {
    if (received >= waiting[i]) {
      process.send({ type: "reached", count: waiting[i], received, identified, bytes });
      waiting.splice(i, 1);
    }
  }
}

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  logger: false,
  size: 25 * 1024 * 1024,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on("data", (chunk) => chunks.push(chunk));
    stream.on("end", () => {
      const message = Buffer.concat(chunks);
      bytes += message.length;
      received++;
      const header = message.subarray(0, Math.min(message.length, 4096)).toString("latin1");
      if (/^x-lanyard-message-id:/im.test(header)) identified++;
      callback();
      settleWaiters();
    });
  },
});

server.listen(0, "127.0.0.1", () => process.send({ type: "listening", port: server.server.address().port }));

process.on("message", (message) => {
  if (message.type === "count") process.send({ type: "count", received, identified, bytes });
  else if (message.type === "wait") {
    waiting.push(message.count);
    settleWaiters();
  } else if (message.type === "close") server.close(() => process.exit(0));
});
process.on("disconnect", () => process.exit(0));
