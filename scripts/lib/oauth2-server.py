#!/usr/bin/env python3
"""A small OAuth2 authorization server for regbot's tests (Python standard library only).

It stands in for Microsoft's and Google's token endpoints on loopback so that the OAuth2 test
stack (`MAILSTACK_AUTH=oauth2 scripts/mailstack start`) needs no internet. Dovecot's `oauth2`
passdb asks its introspection endpoint whether a token is valid and whose mailbox it opens, so
a token regbot fetched here is what Dovecot (IMAP) and Postfix (SMTP AUTH via Dovecot) accept.

Endpoints (form-encoded like RFC 6749; answers are JSON):
  POST /token        grant_type = client_credentials | refresh_token |
                     urn:ietf:params:oauth:grant-type:device_code
                     client authentication: HTTP Basic or client_id/client_secret in the form
  POST /device       RFC 8628 device authorization (client_id, scope)
  POST /introspect   RFC 7662-like: token=... -> {"active": true, "username": ...}

Admin endpoints for the tests (JSON in, JSON out; they stand for what a person or an admin
does at the provider):
  POST /admin/clients   {"client_id", "client_secret" (null: public client),
                         "mailbox" (client_credentials only: the one mailbox the app may open,
                         like Exchange's Add-MailboxPermission),
                         "access_lifetime", "device_interval" (optional, this client only, so
                         tests running in parallel do not change each other's lifetimes)}
  POST /admin/approve   {"user_code", "user"}    the person signs in and consents
  POST /admin/deny      {"user_code"}            the person declines
  POST /admin/revoke    {"user", "access": bool} refresh tokens of the user revoked (and its
                                                 access tokens too when access is true)
  POST /admin/settings  {"access_lifetime", "device_interval", "device_lifetime",
                         "slow_down_step"}        (seconds; each optional)
  POST /admin/fail      {"status", "body"}       the next /token answer, once (e.g. an
                                                 AADSTS65001 consent error)
  GET  /admin/stats     counts per grant, introspections, tokens issued per user
  GET  /admin/tokens?user=U   every access and refresh token issued for U (tests grep logs
                              for them)

Usage: oauth2-server.py --port N [--access-lifetime 30] [--device-interval 1] [--log FILE]
        [--client ID:SECRET] [--public-client ID]
"""

import argparse
import base64
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"


class State:
    """Everything the server knows; one lock, because requests run on several threads."""

    def __init__(self, args):
        self.lock = threading.Lock()
        self.access_lifetime = args.access_lifetime
        self.device_interval = args.device_interval
        self.device_lifetime = args.device_lifetime
        self.slow_down_step = args.slow_down_step
        self.clients = {}
        for spec in args.client:
            cid, _, secret = spec.partition(":")
            self.clients[cid] = {"secret": secret, "mailbox": None}
        for cid in args.public_client:
            self.clients[cid] = {"secret": None, "mailbox": None}
        self.access = {}  # token -> {user, client_id, scope, exp, revoked}
        self.refresh = {}  # token -> {user, client_id, scope, revoked}
        self.devices = {}  # device_code -> {...}
        self.fail_next = []
        self.counts = {}
        self.introspections = 0


class Handler(BaseHTTPRequestHandler):
    server_version = "regbot-test-oauth2/1"
    protocol_version = "HTTP/1.1"

    # --- plumbing -----------------------------------------------------------------------------

    def log_message(self, fmt, *args):
        # One line per request; never the body (tokens and secrets travel there).
        sys.stderr.write("%s %s\n" % (time.strftime("%H:%M:%S"), fmt % args))

    def reply(self, status, obj, headers=None):
        body = json.dumps(obj).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def error(self, status, code, description, **extra):
        obj = {"error": code, "error_description": description}
        obj.update(extra)
        headers = {"WWW-Authenticate": 'Basic realm="test"'} if status == 401 else None
        self.reply(status, obj, headers)

    def body(self):
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def form(self):
        return {k: v[0] for k, v in urllib.parse.parse_qs(self.body().decode(), keep_blank_values=True).items()}

    def json_body(self):
        raw = self.body()
        return json.loads(raw) if raw else {}

    @property
    def state(self):
        return self.server.state

    # --- routes -------------------------------------------------------------------------------

    def do_GET(self):
        url = urllib.parse.urlparse(self.path)
        if url.path == "/admin/stats":
            with self.state.lock:
                per_user = {}
                for t in self.state.access.values():
                    per_user[t["user"]] = per_user.get(t["user"], 0) + 1
                self.reply(200, {
                    "grants": dict(self.state.counts),
                    "introspections": self.state.introspections,
                    "access_tokens_per_user": per_user,
                })
        elif url.path == "/admin/tokens":
            user = urllib.parse.parse_qs(url.query).get("user", [""])[0]
            with self.state.lock:
                self.reply(200, {
                    "access": [k for k, v in self.state.access.items() if v["user"] == user],
                    "refresh": [k for k, v in self.state.refresh.items() if v["user"] == user],
                })
        elif url.path == "/device":
            self.reply(200, {"note": "sign in here: the tests approve codes with POST /admin/approve"})
        elif url.path == "/healthz":
            self.reply(200, {"ok": True})
        else:
            self.reply(404, {"error": "not_found"})

    def do_POST(self):
        path = urllib.parse.urlparse(self.path).path
        routes = {
            "/token": self.token,
            "/device": self.device,
            "/introspect": self.introspect,
            "/admin/clients": self.admin_clients,
            "/admin/approve": self.admin_approve,
            "/admin/deny": self.admin_deny,
            "/admin/revoke": self.admin_revoke,
            "/admin/settings": self.admin_settings,
            "/admin/fail": self.admin_fail,
        }
        route = routes.get(path)
        if route is None:
            self.body()
            self.reply(404, {"error": "not_found"})
            return
        try:
            route()
        except (ValueError, KeyError) as e:
            self.reply(400, {"error": "invalid_request", "error_description": "bad request: %r" % (e,)})

    # --- client authentication ----------------------------------------------------------------

    def client(self, form):
        """The authenticated client's id, or None after answering invalid_client."""
        cid, secret = form.get("client_id"), form.get("client_secret")
        auth = self.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            decoded = base64.b64decode(auth[6:]).decode()
            user, _, pw = decoded.partition(":")
            cid, secret = urllib.parse.unquote_plus(user), urllib.parse.unquote_plus(pw)
        with self.state.lock:
            known = self.state.clients.get(cid or "")
        if known is None:
            self.error(401, "invalid_client", "unknown client_id")
            return None
        if known["secret"] is not None and secret != known["secret"]:
            self.error(401, "invalid_client", "client authentication failed: wrong client secret")
            return None
        return cid

    # --- token endpoint -----------------------------------------------------------------------

    def issue(self, user, cid, scope, grant, with_refresh):
        now = time.time()
        access = "at-" + secrets.token_urlsafe(24)
        st = self.state
        lifetime = st.clients[cid].get("access_lifetime") or st.access_lifetime
        st.access[access] = {"user": user, "client_id": cid, "scope": scope,
                             "exp": now + lifetime, "revoked": False}
        st.counts[grant] = st.counts.get(grant, 0) + 1
        out = {"access_token": access, "token_type": "Bearer",
               "expires_in": lifetime, "scope": scope}
        if with_refresh:
            refresh = "rt-" + secrets.token_urlsafe(32)
            st.refresh[refresh] = {"user": user, "client_id": cid, "scope": scope, "revoked": False}
            out["refresh_token"] = refresh
        return out

    def token(self):
        form = self.form()
        with self.state.lock:
            injected = self.state.fail_next.pop(0) if self.state.fail_next else None
        if injected is not None:
            self.reply(injected["status"], injected["body"])
            return
        cid = self.client(form)
        if cid is None:
            return
        grant = form.get("grant_type", "")
        st = self.state
        with st.lock:
            if grant == "client_credentials":
                mailbox = st.clients[cid]["mailbox"]
                if not form.get("scope"):
                    self.error(400, "invalid_scope", "scope is required (e.g. .../.default)")
                elif mailbox is None:
                    self.error(400, "unauthorized_client",
                               "this client has no mailbox permission (POST /admin/clients with a mailbox)")
                else:
                    self.reply(200, self.issue(mailbox, cid, form["scope"], grant, False))
            elif grant == "refresh_token":
                rec = st.refresh.get(form.get("refresh_token", ""))
                if rec is None or rec["revoked"] or rec["client_id"] != cid:
                    self.error(400, "invalid_grant", "the refresh token is revoked, expired or unknown")
                else:
                    # Rotation like Microsoft: a new refresh token each time; the old one stays
                    # valid until revoked.
                    self.reply(200, self.issue(rec["user"], cid, rec["scope"], grant, True))
            elif grant == DEVICE_GRANT:
                self.device_poll(form, cid)
            else:
                self.error(400, "unsupported_grant_type", "grant_type %r is not supported" % grant)

    def device_poll(self, form, cid):
        st = self.state
        dev = st.devices.get(form.get("device_code", ""))
        now = time.time()
        if dev is None or dev["client_id"] != cid:
            self.error(400, "invalid_grant", "unknown device_code")
            return
        if now > dev["exp"]:
            self.error(400, "expired_token", "the device code expired")
            return
        too_soon = dev["last_poll"] is not None and now - dev["last_poll"] < dev["interval"] - 0.05
        dev["last_poll"] = now
        dev["polls"] += 1
        if dev["status"] == "denied":
            self.error(400, "access_denied", "the user declined")
        elif too_soon:
            dev["interval"] += st.slow_down_step
            self.error(400, "slow_down", "polling too fast", interval=dev["interval"])
        elif dev["status"] == "pending":
            self.error(400, "authorization_pending", "the user has not signed in yet")
        elif dev["status"] == "used":
            self.error(400, "invalid_grant", "the device code was already used")
        else:
            dev["status"] = "used"
            self.reply(200, self.issue(dev["user"], cid, dev["scope"], DEVICE_GRANT, True))

    def device(self):
        form = self.form()
        st = self.state
        cid = self.client(form)
        if cid is None:
            return
        with st.lock:
            device_code = "dc-" + secrets.token_urlsafe(24)
            alphabet = "BCDFGHJKLMNPQRSTVWXZ"
            user_code = "".join(secrets.choice(alphabet) for _ in range(8))
            user_code = user_code[:4] + "-" + user_code[4:]
            interval = st.clients[cid].get("device_interval") or st.device_interval
            st.devices[device_code] = {
                "user_code": user_code, "client_id": cid,
                "scope": form.get("scope", ""), "exp": time.time() + st.device_lifetime,
                "interval": interval, "status": "pending", "user": None,
                "last_poll": None, "polls": 0,
            }
            host = "127.0.0.1:%d" % self.server.server_address[1]
            self.reply(200, {
                "device_code": device_code, "user_code": user_code,
                "verification_uri": "http://%s/device" % host,
                "expires_in": st.device_lifetime, "interval": interval,
                "message": "To sign in, open http://%s/device and enter the code %s." % (host, user_code),
            })

    def introspect(self):
        form = self.form()
        st = self.state
        with st.lock:
            st.introspections += 1
            rec = st.access.get(form.get("token", ""))
            now = time.time()
            if rec is None:
                # Dovecot compares the user name before `active`; an unknown token names nobody.
                self.reply(200, {"active": False, "username": "-"})
            elif rec["revoked"] or now >= rec["exp"]:
                self.reply(200, {"active": False, "username": rec["user"]})
            else:
                self.reply(200, {"active": True, "username": rec["user"], "client_id": rec["client_id"],
                                 "scope": rec["scope"], "exp": int(rec["exp"]), "token_type": "Bearer"})

    # --- admin --------------------------------------------------------------------------------

    def admin_clients(self):
        req = self.json_body()
        with self.state.lock:
            self.state.clients[req["client_id"]] = {
                "secret": req.get("client_secret"), "mailbox": req.get("mailbox"),
                "access_lifetime": req.get("access_lifetime"),
                "device_interval": req.get("device_interval"),
            }
        self.reply(200, {"ok": True})

    def find_device(self, user_code):
        for dev in self.state.devices.values():
            if dev["user_code"] == user_code:
                return dev
        return None

    def admin_approve(self):
        req = self.json_body()
        with self.state.lock:
            dev = self.find_device(req["user_code"])
            if dev is None:
                self.reply(404, {"error": "unknown user_code"})
                return
            dev["status"], dev["user"] = "approved", req["user"]
        self.reply(200, {"ok": True})

    def admin_deny(self):
        req = self.json_body()
        with self.state.lock:
            dev = self.find_device(req["user_code"])
            if dev is None:
                self.reply(404, {"error": "unknown user_code"})
                return
            dev["status"] = "denied"
        self.reply(200, {"ok": True})

    def admin_revoke(self):
        req = self.json_body()
        n = 0
        with self.state.lock:
            for rec in self.state.refresh.values():
                if rec["user"] == req["user"] and not rec["revoked"]:
                    rec["revoked"] = True
                    n += 1
            if req.get("access"):
                for rec in self.state.access.values():
                    if rec["user"] == req["user"]:
                        rec["revoked"] = True
        self.reply(200, {"revoked_refresh_tokens": n})

    def admin_settings(self):
        req = self.json_body()
        with self.state.lock:
            for key in ("access_lifetime", "device_interval", "device_lifetime", "slow_down_step"):
                if key in req:
                    setattr(self.state, key, int(req[key]))
        self.reply(200, {"ok": True})

    def admin_fail(self):
        req = self.json_body()
        with self.state.lock:
            self.state.fail_next.append({"status": int(req.get("status", 400)), "body": req["body"]})
        self.reply(200, {"ok": True})


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--access-lifetime", type=int, default=30)
    p.add_argument("--device-interval", type=int, default=1)
    p.add_argument("--device-lifetime", type=int, default=900)
    p.add_argument("--slow-down-step", type=int, default=5)
    p.add_argument("--client", action="append", default=[], help="confidential client ID:SECRET")
    p.add_argument("--public-client", action="append", default=[], help="public client ID (no secret)")
    p.add_argument("--pid-file")
    args = p.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.state = State(args)
    if args.pid_file:
        import os
        with open(args.pid_file, "w") as f:
            f.write("%d\n" % os.getpid())
    sys.stderr.write("oauth2-server: listening on 127.0.0.1:%d\n" % args.port)
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
