// A sender that is not ours, for WebhookLoadBenchmark (sender=autocannon): autocannon sends signed
// Twilio callbacks, each a new recording, and GETs of the app's bare endpoint, at one rate each, at once,
// and prints one JSON line with both latency summaries. Twilio's signature is computed here from its
// documented rule (HMAC-SHA1 of the URL followed by the sorted form fields, keyed by the auth token).
//
// node callbacks.mjs <base-url> <bare-path> <rate per second> <seconds> <account sid> <auth token>
import autocannon from 'autocannon';
import { createHmac, randomBytes } from 'node:crypto';

const [base, barePath, rateArg, secondsArg, accountSid, authToken] = process.argv.slice(2);
const rate = Number(rateArg);
const seconds = Number(secondsArg);
const webhook = `${base}/webhook/handle_recording`;
// enough connections that none waits for another's answer at this rate (a 30 ms answer at 500/s needs 15)
const connections = Math.max(8, Math.ceil(rate / 10));

function signedCallback() {
  const hex = randomBytes(16).toString('hex');
  const form = {
    AccountSid: accountSid,
    CallSid: `CA${hex}`,
    RecordingSid: `RE${hex}`,
    RecordingUrl: `https://api.twilio.com/2010-04-01/Accounts/${accountSid}/Recordings/RE${hex}`,
    RecordingStatus: 'completed',
    RecordingDuration: '4',
    RecordingChannels: '1',
    RecordingSource: 'RecordVerb',
  };
  const signed = Object.keys(form).sort().reduce((text, key) => text + key + form[key], webhook);
  return {
    body: new URLSearchParams(form).toString(),
    signature: createHmac('sha1', authToken).update(signed, 'utf8').digest('base64'),
  };
}

function run(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections, overallRate: rate, duration: seconds, timeout: 15, ...options },
      (error, result) => (error ? reject(error) : resolve(result)));
  });
}

function summary(result) {
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    sent: result.requests.sent,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

const [callbacks, bare] = await Promise.all([
  run({
    url: webhook,
    requests: [{
      method: 'POST',
      setupRequest: (request) => {
        const { body, signature } = signedCallback();
        return {
          ...request,
          body,
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        };
      },
    }],
  }),
  run({ url: base + barePath }),
]);
console.log(JSON.stringify({ rate, seconds, connections, callback: summary(callbacks), bare: summary(bare) }));
