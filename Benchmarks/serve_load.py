#!/usr/bin/env python3
"""The load and fault benchmark of `congtac serve` (Benchmarks/serve.sh runs it).

  python3 Benchmarks/serve_load.py --server .build/release/congtac-server [--seconds 30] [--clients 8]

On a copy of examples/ in a temporary workspace, with the server on a loopback port:
  1. previews under load: --clients threads, each with its own keep-alive connection, POST the month's
     draft to /api/months/M/preview for --seconds: requests/s, p50/p99 latency, errors;
  2. twenty editors saving the same month at once (same ETag, --rounds rounds): how many 200 and 412;
     the final file passes check and is the one save that was acknowledged;
  3. kill -9 during saves (--kills rounds): editors save in a loop, the server is killed, restarted;
     every acknowledged save is in the history, the file is the last acknowledged save (or a save in
     flight whose answer was lost), and SQLite's `PRAGMA integrity_check` says ok.
Prints a small table; exits 1 when a property does not hold.
"""
import argparse, hashlib, http.client, json, pathlib, random, shutil, socket, sqlite3, subprocess, sys, tempfile
import threading, time

MONTH = "2025-02"
OFFICE = ("bench", "mat-khau-do-tai-1")


class Client:
    """One keep-alive connection with the office's session."""

    def __init__(self, port, cookie=None, csrf=None):
        self.port, self.cookie, self.csrf = port, cookie, csrf
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)

    def call(self, method, path, body=None, headers=None):
        all_headers = {"Accept": "application/json"}
        if self.cookie:
            all_headers["Cookie"] = self.cookie
        if self.csrf and method != "GET":
            all_headers["X-CSRF-Token"] = self.csrf
        data = None
        if body is not None:
            data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
            all_headers["Content-Type"] = "application/json"
        all_headers.update(headers or {})
        for attempt in (0, 1):
            try:
                self.connection.request(method, path, body=data, headers=all_headers)
                response = self.connection.getresponse()
                return response.status, response.getheaders(), response.read()
            except (http.client.HTTPException, ConnectionError, socket.timeout, OSError):
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                if attempt == 1:
                    raise

    def login(self, name, password):
        status, headers, body = self.call("POST", "/api/login", {"username": name, "password": password})
        if status != 200:
            raise RuntimeError(f"login {name}: {status} {body[:200]!r}")
        cookie = [v for k, v in headers if k.lower() == "set-cookie"][0].split(";")[0]
        self.cookie, self.csrf = cookie, json.loads(body)["csrfToken"]
        return self

    def clone(self):
        return Client(self.port, self.cookie, self.csrf)


class Server:
    def __init__(self, binary, workspace, log):
        self.binary, self.workspace, self.log = binary, workspace, log
        self.port = free_port()
        self.process = None

    def start(self):
        self.process = subprocess.Popen([self.binary, "serve", "--workspace", str(self.workspace), "--listen", f"127.0.0.1:{self.port}"],
                                        stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("the server stopped at start")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("the server did not start")

    def kill9(self):
        self.process.kill()  # SIGKILL
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def add_user(binary, workspace, name, role, password):
    for extra in (["--password-stdin"], []):
        result = subprocess.run([binary, "users", "add", name, "--workspace", str(workspace), "--role", role] + extra,
                                input=password + "\n", capture_output=True, text=True, timeout=60)
        if result.returncode == 0:
            return
    raise RuntimeError("users add: " + result.stdout + result.stderr)


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def month_file(workspace):
    for path in sorted(workspace.glob("*.yaml")):
        if f"month: {MONTH}" in path.read_text(encoding="utf-8"):
            return path
    raise RuntimeError("no file for " + MONTH)


def etag_matches(etag, data):
    digest = hashlib.sha256(data).hexdigest()
    value = etag.strip('"').lower()
    return bool(value) and digest.startswith(value)


# --- 1. previews under load ------------------------------------------------------------------------
def preview_load(base, seconds, clients):
    status, _, body = base.call("GET", f"/api/months/{MONTH}")
    draft = json.dumps(json.loads(body)["schedule"], ensure_ascii=False).encode()
    latencies, errors, lock = [], [0], threading.Lock()
    stop = time.time() + seconds

    def worker():
        client = base.clone()
        mine, bad = [], 0
        while time.time() < stop:
            started = time.perf_counter()
            try:
                status, _, page = client.call("POST", f"/api/months/{MONTH}/preview", draft)
                ok = status == 200 and b"<html" in page[:2000].lower()
            except Exception:
                ok = False
            mine.append(time.perf_counter() - started)
            bad += not ok
        with lock:
            latencies.extend(mine)
            errors[0] += bad

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    began = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.time() - began
    return {"requests": len(latencies), "rps": len(latencies) / elapsed, "p50": percentile(latencies, 0.5) * 1000,
            "p99": percentile(latencies, 0.99) * 1000, "errors": errors[0]}


# --- 2. twenty editors at once ---------------------------------------------------------------------
def concurrent_editors(base, workspace, editors, rounds):
    counts = {}
    final_ok = valid_ok = True
    for round_number in range(rounds):
        status, headers, body = base.call("GET", f"/api/months/{MONTH}")
        month = json.loads(body)
        barrier = threading.Barrier(editors)
        results = [None] * editors

        def editor(index):
            client = base.clone()
            schedule = json.loads(json.dumps(month["schedule"]))
            schedule["banner"] = f"BẢN CỦA NGƯỜI SỬA {round_number}-{index}"
            barrier.wait()
            status, headers, body = client.call("PUT", f"/api/months/{MONTH}", schedule, {"If-Match": month["etag"]})
            results[index] = (status, json.loads(body) if status == 200 else None, schedule["banner"])

        threads = [threading.Thread(target=editor, args=(i,)) for i in range(editors)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        for status, _, _ in results:
            counts[status] = counts.get(status, 0) + 1
        acknowledged = [(answer, banner) for status, answer, banner in results if status == 200]
        data = month_file(workspace).read_bytes()
        _, _, body = base.call("GET", f"/api/months/{MONTH}")
        now = json.loads(body)
        valid_ok &= now["schedule"] is not None and not any(d["severity"] == "error" for d in now["diagnostics"])
        final_ok &= (len(acknowledged) == 1 and etag_matches(acknowledged[0][0]["etag"], data)
                     and now["schedule"].get("banner") == acknowledged[0][1])
    return {"counts": counts, "final": final_ok, "valid": valid_ok}


# --- 3. kill -9 during saves -----------------------------------------------------------------------
def kill_during_saves(server, workspace, kills, editors):
    rounds = []
    for _ in range(kills):
        base = Client(server.port).login(*OFFICE)
        acknowledged, lock, stop = [], threading.Lock(), threading.Event()
        attempted = []

        def editor(index):
            client = base.clone()
            n = 0
            while not stop.is_set():
                try:
                    status, _, body = client.call("GET", f"/api/months/{MONTH}")
                    if status != 200:
                        continue
                    month = json.loads(body)
                    n += 1
                    marker = f"LƯU {index}-{n}-{random.random():.6f}"
                    month["schedule"]["banner"] = marker
                    with lock:
                        attempted.append(marker)
                    status, _, body = client.call("PUT", f"/api/months/{MONTH}", month["schedule"], {"If-Match": month["etag"]})
                    if status == 200:
                        answer = json.loads(body)
                        with lock:
                            acknowledged.append((time.perf_counter(), answer["version"], answer["etag"], marker))
                except Exception:
                    if stop.is_set():
                        return
                    time.sleep(0.05)

        threads = [threading.Thread(target=editor, args=(i,)) for i in range(editors)]
        for thread in threads:
            thread.start()
        time.sleep(random.uniform(1.5, 3.0))
        server.kill9()
        stop.set()
        for thread in threads:
            thread.join()
        with sqlite3.connect(str(workspace / ".congtac" / "workspace.sqlite")) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        server.start()
        after = Client(server.port).login(*OFFICE)
        status, _, body = after.call("GET", f"/api/months/{MONTH}/history")
        history = json.loads(body) if status == 200 else []
        versions = {entry["version"]: entry for entry in history}
        in_history = sum(1 for _, version, etag, _ in acknowledged if version in versions and versions[version]["etag"] == etag)
        data = month_file(workspace).read_bytes()
        status, _, body = after.call("GET", f"/api/months/{MONTH}")
        now = json.loads(body)
        banner = (now.get("schedule") or {}).get("banner")
        last = max(acknowledged, key=lambda a: a[1])[3] if acknowledged else None
        in_flight = set(attempted) - {marker for *_, marker in acknowledged}
        file_ok = now.get("schedule") is not None and (banner == last or banner in in_flight)
        file_in_history = any(etag_matches(entry["etag"], data) for entry in history)
        rounds.append({"acknowledged": len(acknowledged), "in_history": in_history, "file_ok": file_ok,
                       "file_in_history": file_in_history, "integrity": integrity, "lost_answer": banner in in_flight})
    return rounds


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--server", required=True)
    parser.add_argument("--examples", default=str(pathlib.Path(__file__).resolve().parent.parent / "examples"))
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--editors", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--kills", type=int, default=3)
    args = parser.parse_args()
    binary = str(pathlib.Path(args.server).resolve())
    temp = pathlib.Path(tempfile.mkdtemp(prefix="congtac-bench-serve-"))
    workspace = temp / "workspace"
    workspace.mkdir()
    for example in pathlib.Path(args.examples).glob("*.yaml"):
        shutil.copy(example, workspace / example.name)
    add_user(binary, workspace, OFFICE[0], "office", OFFICE[1])
    log = open(temp / "server.log", "w")
    server = Server(binary, workspace, log)
    good = True
    rows = []
    try:
        server.start()
        base = Client(server.port).login(*OFFICE)
        load = preview_load(base, args.seconds, args.clients)
        rows.append((f"previews, {args.clients} clients, {args.seconds:.0f} s",
                     f"{load['requests']} requests, {load['rps']:.1f} req/s, p50 {load['p50']:.1f} ms, "
                     f"p99 {load['p99']:.1f} ms, {load['errors']} errors"))
        good &= load["errors"] == 0
        edit = concurrent_editors(base, workspace, args.editors, args.rounds)
        counts = ", ".join(f"{n} × {status}" for status, n in sorted(edit["counts"].items()))
        rows.append((f"{args.editors} editors save at once, {args.rounds} rounds",
                     f"{counts}; file = the acknowledged save: {'yes' if edit['final'] else 'NO'}; "
                     f"passes check: {'yes' if edit['valid'] else 'NO'}"))
        good &= edit["final"] and edit["valid"] and edit["counts"].get(200) == args.rounds \
            and edit["counts"].get(412, 0) == args.rounds * (args.editors - 1)
        kills = kill_during_saves(server, workspace, args.kills, 4)
        acknowledged = sum(r["acknowledged"] for r in kills)
        in_history = sum(r["in_history"] for r in kills)
        files = sum(r["file_ok"] and r["file_in_history"] for r in kills)
        integrity = all(r["integrity"] == "ok" for r in kills)
        lost = sum(r["lost_answer"] for r in kills)
        rows.append((f"kill -9 during saves, {args.kills} rounds",
                     f"{acknowledged} acknowledged saves, {in_history} in the history; file = last acknowledged "
                     f"(or in flight: {lost}) {files}/{len(kills)}; integrity_check: {'ok' if integrity else 'NOT ok'}"))
        good &= acknowledged == in_history and files == len(kills) and integrity and acknowledged > 0
    except Exception as error:  # a broken run is a failed benchmark, with its reason
        rows.append(("error", repr(error)))
        good = False
    finally:
        server.stop()
        log.close()
        if not good:
            print("server log (end):\n" + (temp / "server.log").read_text()[-1500:], file=sys.stderr)
        shutil.rmtree(temp, ignore_errors=True)
    width = max(len(name) for name, _ in rows)
    print(f"{'scenario'.ljust(width)}  result")
    print(f"{'-' * width}  {'-' * 60}")
    for name, result in rows:
        print(f"{name.ljust(width)}  {result}")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
