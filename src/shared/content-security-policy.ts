// The one Content-Security-Policy of Kept's renderer: no inline or evaluated script, no remote
// content. Electron sends it as a header and the browser host too; index.html carries the same
// policy in a meta tag (a test checks they match).
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')
