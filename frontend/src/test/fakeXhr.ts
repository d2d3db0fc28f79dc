import { afterEach, beforeEach, vi } from 'vitest';

/** Stands in for XMLHttpRequest: records what is sent, and lets the test report progress and answer. */
export class FakeXhr {
  static sent: FakeXhr[] = [];

  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }

  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }

  respond(status: number, body?: unknown) {
    this.status = status;
    this.responseText = body === undefined ? '' : JSON.stringify(body);
    this.onload?.();
  }

  fail() {
    this.onerror?.();
  }
}

/** Takes the oldest request sent and not yet taken; fails when there is none, so that `vi.waitFor` retries. */
export function nextXhr(): FakeXhr {
  const request = FakeXhr.sent.shift();
  if (!request) {
    throw new Error('aucune requête envoyée');
  }
  return request;
}

/** Replaces XMLHttpRequest by {@link FakeXhr} around each test of the enclosing block. */
export function stubXhrInEachTest() {
  beforeEach(() => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });
}
