// Data a journey needs that the demo data does not hold, made through the gateway as its real callers would make
// it: an app user's migration (a pending access review for a merchant) and a cabinet's signed report of an abnormal
// swap. Local profile only (tokens from the gateway's POST /dev/tokens, the cabinet's local key).
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';

export class Setup {
  constructor(gatewayUrl) {
    this.gateway = gatewayUrl.replace(/\/+$/, '');
  }

  async token(role, extra = {}) {
    const answer = await this.post('/dev/tokens', { sub: `e2e-${role.toLowerCase()}`, roles: [role], ...extra });
    if (!answer.token) throw new Error(`POST /dev/tokens answered ${JSON.stringify(answer)}`);
    return answer.token;
  }

  async post(path, body, headers = {}) {
    const response = await fetch(this.gateway + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    try {
      return JSON.parse(text);
    } catch {
      throw new Error(`POST ${path} answered ${response.status}: ${text.slice(0, 300)}`);
    }
  }

  async get(path, token) {
    const response = await fetch(this.gateway + path, { headers: { Authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.json().catch(() => null) };
  }

  /**
   * A Weichuang user (the simulator knows every 139 + 8 digits phone it did not seed) starts moving to the new app;
   * answers the phone once the migration waits for the merchant's access review.
   */
  async pendingAccessReview() {
    const phone = `1398${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
    const app = await this.token('APP');
    const started = await this.post('/api/member/migrations', { phoneNo: phone }, { Authorization: `Bearer ${app}` });
    if (started.code !== 200) throw new Error(`memberMigrationStart answered ${JSON.stringify(started)}`);
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const { body } = await this.get(`/api/member/migrations/${phone}`, app);
      if (body?.data?.state === 'PENDING_REVIEW') return phone;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`the migration of ${phone} did not reach PENDING_REVIEW in 30 s`);
  }

  /** A cabinet of merchant M001 reports a swap that failed: an abnormal order awaiting handling (orderState 2). */
  async abnormalSwap() {
    const deviceOrderId = `E2E-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
    const now = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    const body = JSON.stringify({
      deviceOrderId, deviceId: 'CAB-E2E-01', merchantCode: 'M001', userId: 990001, phone: '13900000001',
      userName: 'e2e 骑手', channel: 'APP', orderType: 0, orderState: 2, startTime: now, payStatus: 0, payType: 3,
    });
    const answer = await this.post('/api/swap/orders/report', body, this.signed('POST', '/api/swap/orders/report', body));
    if (answer.code !== 200) throw new Error(`swapOrderReport answered ${JSON.stringify(answer)}`);
    return answer.data.orderId;
  }

  /** The cabinet platform's HMAC signature (the suite's local key and secret). */
  signed(method, path, body) {
    const timestamp = String(Date.now());
    const nonce = randomBytes(12).toString('hex');
    const digest = createHash('sha256').update(body).digest('hex');
    const signature = createHmac('sha256', process.env.CABINET_SECRET ?? 'cabinet-local-secret')
      .update(`${method}\n${path}\n${timestamp}\n${nonce}\n${digest}`).digest('hex');
    return { 'X-App-Key': process.env.CABINET_APP_KEY ?? 'cabinet-local', 'X-Timestamp': timestamp, 'X-Nonce': nonce, 'X-Signature': signature };
  }
}
