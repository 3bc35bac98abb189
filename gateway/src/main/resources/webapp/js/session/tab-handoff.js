// A new tab of this browser signed in from an open one: a token kept per tab (sessionStorage, an identity
// provider's) is asked for over a same-origin BroadcastChannel and answered by any signed-in tab. It never touches
// lasting storage; when the last signed-in tab closes, the next one asks for a sign-in again.
import {PROVIDER_TOKEN, signIn, token, tokenKind} from './session.js';

const CHANNEL = 'netfocus.session';
const ASK = 'who-is-signed-in';
const ANSWER = 'signed-in';
const WAIT_MS = 250;

let channel = null;

/** Answers other tabs' questions with this tab's token (a local development token needs no handing over). */
export function answerOtherTabs() {
  if (typeof BroadcastChannel === 'undefined' || channel) return;
  channel = new BroadcastChannel(CHANNEL);
  channel.addEventListener('message', (event) => {
    const bearer = token();
    if (event.data?.type === ASK && bearer && tokenKind() === PROVIDER_TOKEN) {
      channel.postMessage({type: ANSWER, token: bearer});
    }
  });
}

/** Without a token of its own, asks the open tabs for theirs; resolves once signed in, or after a short wait. */
export function askOtherTabs() {
  if (token() || typeof BroadcastChannel === 'undefined') return Promise.resolve(Boolean(token()));
  return new Promise((resolve) => {
    const asking = new BroadcastChannel(CHANNEL);
    const done = (signedIn) => {
      asking.close();
      resolve(signedIn);
    };
    const timer = setTimeout(() => done(false), WAIT_MS);
    asking.addEventListener('message', (event) => {
      if (event.data?.type !== ANSWER || typeof event.data.token !== 'string') return;
      clearTimeout(timer);
      signIn(event.data.token, PROVIDER_TOKEN);
      done(true);
    });
    asking.postMessage({type: ASK});
  });
}
