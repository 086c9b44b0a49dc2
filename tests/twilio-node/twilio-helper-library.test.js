// tst_twilionode: Twilio's own Node helper library, unchanged but for its base URL, against
// the sandbox: list, search, buy, read, update and release numbers, and Twilio's errors.
//
//   node twilio-helper-library.test.js <switchboard-sandbox> <node_modules folder>
//
// Starts its own switchboard-sandbox on a temporary data folder. Exits 0 on success, 1 on a
// failure (with the reason on stderr), 77 (CTest: skipped) when the library is not
// installed (scripts/setup.sh installs it into the build tree; it needs the npm registry).
'use strict';

const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');

const SKIP = 77;
const [sandboxExe, modules] = process.argv.slice(2);
if (!sandboxExe || !modules) {
  console.error('usage: node twilio-helper-library.test.js <switchboard-sandbox> <node_modules>');
  process.exit(2);
}
let twilio;
try {
  twilio = require(path.resolve(modules, 'twilio'));
} catch (error) {
  console.log(`SKIP: Twilio's helper library is not installed in ${modules} (${error.code})`);
  process.exit(SKIP);
}

function startSandbox(dataDir) {
  return new Promise((resolve, reject) => {
    const child = spawn(sandboxExe, ['--data', dataDir, '--seed', 'demo', '--numbers', '20'],
                        { stdio: ['ignore', 'pipe', 'inherit'] });
    const timer = setTimeout(() => reject(new Error('the sandbox did not start in 60 s')), 60000);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the sandbox exited with ${code}`)));
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      resolve({ child, start: JSON.parse(line) });
    });
  });
}

async function expectTwilioError(promise, status, code) {
  await assert.rejects(promise, (error) => {
    assert.equal(error.status, status, `HTTP status of ${error.message}`);
    assert.equal(error.code, code, `Twilio code of ${error.message}`);
    assert.equal(error.moreInfo, `https://www.twilio.com/docs/errors/${code}`);
    return true;
  });
}

async function run(start) {
  const client = twilio(start.twilio.account_sid, start.twilio.auth_token);
  client.api.baseUrl = start.base_url; // the only change

  // The account's numbers, paged through next_page_uri.
  const numbers = await client.incomingPhoneNumbers.list({ pageSize: 7 });
  assert.equal(numbers.length, 20);
  assert.equal(new Set(numbers.map((n) => n.sid)).size, 20);
  for (const n of numbers) {
    assert.match(n.sid, /^PN[0-9a-f]{32}$/);
    // North American, British, German or Australian: the demo's countries.
    assert.match(n.phoneNumber, /^\+(1\d{10}|44\d{10}|49\d{10,11}|61\d{9})$/);
    assert.equal(n.accountSid, start.twilio.account_sid);
    assert.ok(n.dateCreated instanceof Date && !isNaN(n.dateCreated), 'RFC 2822 dates parse');
  }
  const some = await client.incomingPhoneNumbers.list({ limit: 3 });
  assert.equal(some.length, 3);

  // Countries and searches.
  const countries = await client.availablePhoneNumbers.list();
  assert.deepEqual(countries.map((c) => c.countryCode).sort(), ['AU', 'CA', 'DE', 'GB', 'US']);
  const london = await client.availablePhoneNumbers('GB').local.list({ limit: 5 });
  assert.equal(london.length, 5);
  for (const n of london) {
    assert.match(n.phoneNumber, /^\+44(20[37]|161)\d{7}$/);
    assert.equal(n.isoCountry, 'GB');
    assert.equal(n.addressRequirements, 'any');
  }
  const us = await client.availablePhoneNumbers('US').fetch();
  assert.equal(us.country, 'United States');
  const local = await client.availablePhoneNumbers('US').local.list({
    areaCode: 415, smsEnabled: true, excludeAllAddressRequired: true, limit: 5 });
  assert.equal(local.length, 5);
  for (const n of local) {
    assert.match(n.phoneNumber, /^\+1415\d{7}$/);
    assert.equal(n.region, 'CA');
    assert.equal(n.addressRequirements, 'none');
    assert.equal(n.isoCountry, 'US');
  }
  const all = await client.availablePhoneNumbers('US').local.list({ pageSize: 100 });
  assert.equal(all.length, 30, 'at most 30, no next page');
  const tollFree = await client.availablePhoneNumbers('US').tollFree.list({ contains: '8**', limit: 2 });
  assert.equal(tollFree.length, 2);
  const mobile = await client.availablePhoneNumbers('CA').mobile.list({ limit: 2 });
  assert.equal(mobile.length, 2);
  await expectTwilioError(client.availablePhoneNumbers('US').local.list({ areaCode: 41 }), 400, 21451);

  // Buy, read, update, release.
  const bought = await client.incomingPhoneNumbers.create({
    phoneNumber: local[0].phoneNumber,
    friendlyName: 'Bought by twilio-node',
    voiceUrl: 'https://hooks.example.com/voice',
  });
  assert.match(bought.sid, /^PN[0-9a-f]{32}$/);
  assert.equal(bought.phoneNumber, local[0].phoneNumber);
  assert.equal(bought.friendlyName, 'Bought by twilio-node');
  assert.equal(bought.voiceMethod, 'POST');
  const byType = await client.incomingPhoneNumbers.local.create({ phoneNumber: local[1].phoneNumber });
  assert.equal(byType.phoneNumber, local[1].phoneNumber);
  const byAreaCode = await client.incomingPhoneNumbers.create({ areaCode: '500' });
  assert.match(byAreaCode.phoneNumber, /^\+1500/);

  const read = await client.incomingPhoneNumbers(bought.sid).fetch();
  assert.equal(read.voiceUrl, 'https://hooks.example.com/voice');
  const updated = await client.incomingPhoneNumbers(bought.sid).update({
    smsUrl: 'https://hooks.example.com/sms', voiceMethod: 'get', trunkSid: 'TK' + 'a'.repeat(32) });
  assert.equal(updated.smsUrl, 'https://hooks.example.com/sms');
  assert.equal(updated.voiceMethod, 'GET');
  assert.equal(updated.trunkSid, 'TK' + 'a'.repeat(32));
  const mine = await client.incomingPhoneNumbers.list({ phoneNumber: local[0].phoneNumber });
  assert.equal(mine.length, 1);

  assert.equal(await client.incomingPhoneNumbers(bought.sid).remove(), true);
  await expectTwilioError(client.incomingPhoneNumbers(bought.sid).fetch(), 404, 20404);
  await expectTwilioError(client.incomingPhoneNumbers(bought.sid).remove(), 404, 20404);
  const back = await client.availablePhoneNumbers('US').local.list({ contains: local[0].phoneNumber });
  assert.equal(back.length, 1, 'a released number is for sale again');

  // Twilio's errors, as the library reports them.
  await expectTwilioError(client.incomingPhoneNumbers.create({ phoneNumber: '+15005550000' }), 400, 21422);
  await expectTwilioError(client.incomingPhoneNumbers.create({ phoneNumber: '+15005550001' }), 400, 21421);
  await expectTwilioError(client.incomingPhoneNumbers.create({ areaCode: '533' }), 400, 21452);
  await expectTwilioError(client.incomingPhoneNumbers.create({ phoneNumber: local[1].phoneNumber }), 400, 21422);
  await expectTwilioError(
    client.incomingPhoneNumbers(byType.sid).update({ voiceUrl: 'ftp://example.com' }), 400, 21502);
  const wrong = twilio(start.twilio.account_sid, 'wrong-token');
  wrong.api.baseUrl = start.base_url;
  await expectTwilioError(wrong.incomingPhoneNumbers.list({ limit: 1 }), 401, 20003);
}

(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'switchboard-twilio-node-'));
  let child;
  const deadline = setTimeout(() => {
    console.error('FAIL: took longer than 120 s');
    if (child)
      child.kill('SIGTERM');
    process.exit(1);
  }, 120000);
  let failed = false;
  try {
    const started = await startSandbox(dataDir);
    child = started.child;
    child.removeAllListeners('exit');
    await run(started.start);
    console.log("PASS: Twilio's Node helper library lists, searches, buys, updates and releases");
  } catch (error) {
    console.error('FAIL:', error && error.stack ? error.stack : error);
    failed = true;
  } finally {
    clearTimeout(deadline);
    if (child)
      child.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  process.exit(failed ? 1 : 0);
})();
