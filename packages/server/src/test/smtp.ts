import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface Received {
  headers: Map<string, unknown>;
  id: string;
  to: string;
  from: string;
  subject: string;
  html: string;
  text: string;
}

/** A real SMTP server on a free port that records what it accepts and can refuse recipients. */
export async function startSmtp() {
  const received: Received[] = [];
  const state = { refuse: null as null | { code: number; message: string } };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (!state.refuse) return callback();
      callback(Object.assign(new Error(state.refuse.message), { responseCode: state.refuse.code }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            id: String(mail.headers.get("x-lanyard-message-id") ?? ""),
            to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
            from: mail.from?.text ?? "",
            subject: mail.subject ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            text: mail.text ?? "",
            headers: mail.headers as Map<string, unknown>,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    state,
    copiesOf: (id: string) => received.filter((r) => r.id === id).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
