// What a person is told when a request fails, the same whichever client sent it (Apollo in the
// admin app, graphqlRequest on the public pages).

export const UNREACHABLE = "Lanyard can't be reached. Check your connection and try again.";
export const NO_ANSWER = "The server could not answer this request.";

export function httpFailure(status: number): string {
  return `The server answered with an error (HTTP ${status}). Try again in a moment.`;
}
