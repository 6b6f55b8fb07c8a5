"""Polite HTTP: one request at a time per host with a delay, robots.txt, retries with back-off,
timeouts, a size cap, redirects followed by hand (each hop checked against robots.txt, loops
caught), conditional requests.

trafilatura's own ``fetch_url`` is not used for the download: it refuses loopback and private
addresses (its SSRF guard, which also rules out an intranet news site), never reads robots.txt,
sends no conditional requests and gives no reason when it fails. urllib3 (which it wraps) is used
directly instead, with the rules below.
"""

from __future__ import annotations

import hashlib
import threading
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import urllib3

from .. import __version__
from ..errors import message

USER_AGENT = f"dateline/{__version__} (news-event extraction; polite crawler honouring robots.txt)"
ROBOTS_AGENT = "dateline"          # the token robots.txt rules name
DELAY = 1.0                         # seconds between two requests to one host
TIMEOUT = 20.0                      # seconds for the connection, and for the whole answer
MAX_BYTES = 10_000_000              # a page or feed larger than this is refused
RETRIES = 2                         # further tries after a 429, a 5xx or a timeout
BACKOFF = 2.0                       # seconds before the first retry, doubled each time
MAX_RETRY_AFTER = 120.0             # a server's Retry-After is honoured up to this
MAX_REDIRECTS = 5
ROBOTS_TTL = 3600.0                 # robots.txt is read again after this many seconds
UNREACHABLE_TTL = 60.0              # ... or this many when it could not be read (5xx, no answer)


@dataclass(slots=True)
class Response:
    """One fetch: what came back, or why nothing usable did (``code`` and ``reason``)."""

    url: str
    final_url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    fetched_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    code: str | None = None        # E5xx when the fetch failed
    reason: str | None = None      # the full message
    tries: int = 1

    @property
    def ok(self) -> bool:
        return self.code is None and 200 <= self.status < 300

    @property
    def not_modified(self) -> bool:
        return self.code is None and self.status == 304

    @property
    def transient(self) -> bool:
        """A failure that may pass: a timeout, a refused connection, a 429 or a 5xx."""
        return self.code in ("E503", "E504") or (self.code == "E502" and (self.status >= 500 or self.status == 429))

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def fail(self, code: str, **details) -> "Response":
        self.code = code
        self.reason = message(code, url=self.url, **details)
        return self


def host_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """Fetches URLs politely; thread-safe, but requests to one host go one at a time."""

    def __init__(self, *, user_agent: str = USER_AGENT, delay: float = DELAY, timeout: float = TIMEOUT,
                 max_bytes: int = MAX_BYTES, retries: int = RETRIES, backoff: float = BACKOFF,
                 robots: bool = True, max_redirects: int = MAX_REDIRECTS):
        self.user_agent = user_agent
        self.delay = delay
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.robots = robots
        self.max_redirects = max_redirects
        self.pool = urllib3.PoolManager(num_pools=32, retries=False, headers={"User-Agent": user_agent},
                                        timeout=urllib3.Timeout(connect=timeout, read=timeout))
        self._locks: dict[str, threading.Lock] = {}
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._robots_text: dict[str, str] = {}
        self._unreachable: dict[str, Response] = {}
        self._guard = threading.Lock()
        self.requests = 0

    # --- politeness -------------------------------------------------------------------------------

    def _host_lock(self, host: str) -> threading.Lock:
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())

    def _wait_turn(self, host: str) -> None:
        """Sleep until ``delay`` (or the host's robots.txt Crawl-delay) has passed since the last
        request to ``host``."""
        delay = self.delay
        rules = self._robots.get(host, (0, None))[1]
        if rules is not None:
            delay = max(delay, float(rules.crawl_delay(ROBOTS_AGENT) or 0))
        wait = self._last.get(host, -1e9) + delay - time.monotonic()
        if wait > 0:
            time.sleep(wait)

    def _rules(self, host: str) -> RobotFileParser | None:
        """The host's robots.txt rules (None: everything allowed); read once per ROBOTS_TTL."""
        cached = self._robots.get(host)
        if cached and time.monotonic() - cached[0] < ROBOTS_TTL:
            return cached[1]
        rules: RobotFileParser | None = None
        self._unreachable.pop(host, None)
        found = self._get(host + "/robots.txt", {"User-Agent": self.user_agent}, robots=False)
        self._robots_text[host] = found.body.decode("utf-8", "replace") if found.ok else ""
        if found.ok:
            rules = RobotFileParser(host + "/robots.txt")
            rules.parse(self._robots_text[host].splitlines())
        elif found.code == "E502" and found.status >= 500 or found.code in ("E503", "E504"):
            # RFC 9309: robots.txt unreachable (5xx, no answer) means "assume everything
            # disallowed"; the host's pages then fail with that reason, and it is asked again
            # after UNREACHABLE_TTL
            rules = RobotFileParser(host + "/robots.txt")
            rules.disallow_all = True
            self._unreachable[host] = found
        # a 4xx robots.txt (none there) allows everything
        self._robots[host] = (time.monotonic() - (ROBOTS_TTL - UNREACHABLE_TTL if host in self._unreachable else 0),
                              rules)
        return rules

    def allowed(self, url: str) -> bool:
        if not self.robots:
            return True
        rules = self._rules(host_of(url))
        return rules is None or rules.can_fetch(ROBOTS_AGENT, url)

    def _refusal(self, url: str) -> Response:
        """Why ``url`` is not fetched: its robots.txt rule, or its host not answering."""
        down = self._unreachable.get(host_of(url))
        if down is None:
            return Response(url, url).fail("E501")
        failed = Response(url, url, status=down.status, headers=down.headers, tries=down.tries)
        failed.code = down.code
        failed.reason = down.reason.replace(down.url, url, 1) + " (robots.txt could not be read)"
        return failed

    def robots_txt(self, url: str) -> str:
        """The robots.txt text of ``url``'s host ('' when there is none): for its Sitemap lines."""
        host = host_of(url)
        self._rules(host)
        return self._robots_text.get(host, "")

    # --- fetching ---------------------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` following redirects; conditional when ``etag``/``last_modified`` are given
        (a 304 comes back as ``not_modified``)."""
        headers = {"User-Agent": self.user_agent}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._get(url, headers, robots=self.robots)

    def _get(self, url: str, headers: dict[str, str], robots: bool) -> Response:
        seen = [url]
        current = url
        for _ in range(self.max_redirects + 1):
            if robots and not self.allowed(current):
                refused = self._refusal(current)
                refused.url = url
                return refused
            response = self._request(current, headers)
            response.url = url
            location = response.headers.get("location")
            if response.code or response.status not in (301, 302, 303, 307, 308) or not location:
                return response
            target = urljoin(current, location.strip())
            if urlsplit(target).scheme not in ("http", "https"):
                return response.fail("E505", detail=f"redirect to {target}")
            if target in seen:
                return response.fail("E505", detail="redirect loop: " + " -> ".join(seen + [target]))
            seen.append(target)
            current = target
        return Response(url, current, status=response.status).fail(
            "E505", detail=f"more than {self.max_redirects} redirects")

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        """One URL, retried with back-off on a 429, a 5xx or a timeout."""
        host = host_of(url)
        result = Response(url, url)
        for attempt in range(self.retries + 1):
            with self._host_lock(host):
                self._wait_turn(host)
                try:
                    result = self._once(url, headers)
                finally:
                    self._last[host] = time.monotonic()
            result.tries = attempt + 1
            if not result.transient or attempt == self.retries:
                return result
            time.sleep(self._pause(result, attempt))
        return result

    def _pause(self, result: Response, attempt: int) -> float:
        pause = self.backoff * (2 ** attempt)
        after = result.headers.get("retry-after", "").strip()
        if after:
            try:
                pause = float(after)
            except ValueError:
                try:
                    pause = (parsedate_to_datetime(after) - datetime.now(timezone.utc)).total_seconds()
                except (TypeError, ValueError):
                    pass
        return max(0.0, min(pause, MAX_RETRY_AFTER))

    def _once(self, url: str, headers: dict[str, str]) -> Response:
        result = Response(url, url)
        self.requests += 1
        started = time.monotonic()
        try:
            raw = self.pool.request("GET", url, headers=headers, redirect=False, preload_content=False,
                                    decode_content=True)
        except (urllib3.exceptions.TimeoutError, TimeoutError):
            return result.fail("E503", seconds=self.timeout)
        except urllib3.exceptions.HTTPError as exc:
            return result.fail("E504", detail=_short(exc))
        except ValueError as exc:  # not a URL urllib3 can use
            return result.fail("E504", detail=str(exc))
        try:
            result.status = raw.status
            result.headers = {k.lower(): v for k, v in raw.headers.items()}
            length = result.headers.get("content-length", "")
            if length.isdigit() and int(length) > self.max_bytes:
                return result.fail("E506", limit=self.max_bytes, size=f"{int(length):,} bytes")
            chunks, size = [], 0
            for chunk in raw.stream(65536):
                chunks.append(chunk)
                size += len(chunk)
                if size > self.max_bytes:
                    return result.fail("E506", limit=self.max_bytes, size="more")
                if time.monotonic() - started > self.timeout * 3:
                    return result.fail("E503", seconds=self.timeout * 3)
            result.body = b"".join(chunks)
        except (urllib3.exceptions.TimeoutError, TimeoutError):
            return result.fail("E503", seconds=self.timeout)
        except (urllib3.exceptions.HTTPError, OSError) as exc:
            return result.fail("E504", detail=_short(exc))
        finally:
            raw.release_conn()
        if result.status >= 400 or (result.status >= 300 and result.status not in (301, 302, 303, 304, 307, 308)):
            return result.fail("E502", status=result.status, detail=raw.reason or "")
        return result


def gunzip(data: bytes, limit: int) -> bytes:
    """``data`` itself, or uncompressed when it is a gzip file (a ``sitemap.xml.gz``); ValueError
    when it is broken or uncompresses to more than ``limit`` bytes."""
    if data[:2] != b"\x1f\x8b":
        return data
    inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = inflate.decompress(data, limit + 1)
    except zlib.error as exc:
        raise ValueError(f"broken gzip data: {exc}") from None
    if len(out) > limit:
        raise ValueError(f"uncompresses to more than {limit:,} bytes")
    return out


def _short(exc: Exception) -> str:
    text = str(exc)
    if "Connection refused" in text:
        return "connection refused"
    return text.split(": ", 1)[-1][:200]
